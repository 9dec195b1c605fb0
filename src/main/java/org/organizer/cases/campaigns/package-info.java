/**
 * Campaigns for a public case: demands per language, planned hearings with an iCalendar feed, how to write to
 * the prisoner (only where the person or the family allows it), solidarity messages from organisations
 * (confirmed by e-mail, then approved by the case's team or an editor) and the funds linked to the case.
 */
@NullMarked
package org.organizer.cases.campaigns;

import org.jspecify.annotations.NullMarked;

/**
 * Days of action inside the network module: registering local actions (confirmed by e-mail, moderated unless the
 * organisation is verified), the public pages with their map, reports after the day and the round-up draft.
 */
@NullMarked
package org.organizer.network.days;

import org.jspecify.annotations.NullMarked;

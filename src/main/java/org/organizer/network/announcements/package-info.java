/**
 * Announces the network's public events through distribution's announcements: a call opened for endorsement
 * (per published language), its decided date once it is public, and a daily digest of new endorsements per
 * call, counted by country. Round-ups of days of action are articles and go out like every article.
 */
@NullMarked
package org.organizer.network.announcements;

import org.jspecify.annotations.NullMarked;

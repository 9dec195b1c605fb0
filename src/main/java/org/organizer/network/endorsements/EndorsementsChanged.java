package org.organizer.network.endorsements;

/** The public endorsements of a call changed; cached pages are dropped after the commit. */
record EndorsementsChanged() {}

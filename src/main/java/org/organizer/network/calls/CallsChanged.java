package org.organizer.network.calls;

/** Something public about a call may have changed; cached pages are dropped after the commit. */
record CallsChanged() {}

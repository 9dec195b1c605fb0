package org.organizer.distribution.delivery;

import java.util.Locale;

/** Where one delivery stands. A delivery that failed for good can be queued again by an editor. */
public enum DeliveryState {
    QUEUED,
    SENDING,
    SENT,
    FAILED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DeliveryState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

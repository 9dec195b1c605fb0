package org.organizer.distribution.newsletter;

import java.util.Locale;

/** Only confirmed readers receive newsletters. */
public enum SubscriberState {
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SubscriberState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

package org.organizer.distribution.delivery;

/** What a batch of deliveries is, for the deliveries page. */
public enum BatchKind {
    NEWSLETTER,
    TELEGRAM,
    MAIL;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

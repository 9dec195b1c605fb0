package org.organizer.distribution.delivery;

import java.time.Duration;

/** The receiving side asked to come back later, e.g. Telegram's {@code retry_after}. */
public class RetryDeliveryLater extends Exception {

    private final Duration after;

    public RetryDeliveryLater(String reason, Duration after) {
        super(reason);
        this.after = after;
    }

    public Duration after() {
        return after;
    }
}

package org.organizer.distribution.delivery;

/** Trying again cannot help: the delivery is marked failed with this reason, and an editor may retry it. */
public class PermanentDeliveryFailure extends Exception {

    public PermanentDeliveryFailure(String reason) {
        super(reason);
    }

    public PermanentDeliveryFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}

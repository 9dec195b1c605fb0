package org.organizer.funds;

import java.util.UUID;

/** Identifies a receipt file attached to a disbursement. */
public record ReceiptId(UUID value) {

    public static ReceiptId random() {
        return new ReceiptId(UUID.randomUUID());
    }

    /** Parses an id from an address; anything else is {@link ReceiptNotFound}. */
    public static ReceiptId parse(String text) {
        try {
            return new ReceiptId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new ReceiptNotFound();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

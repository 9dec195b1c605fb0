package org.organizer.funds;

import java.util.UUID;

/** Identifies a fund. */
public record FundId(UUID value) {

    public static FundId random() {
        return new FundId(UUID.randomUUID());
    }

    /** Parses an id from an address; anything else is {@link FundNotFound}. */
    public static FundId parse(String text) {
        try {
            return new FundId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new FundNotFound();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

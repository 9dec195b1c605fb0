package org.organizer.funds;

import java.util.UUID;

/** Identifies one ledger entry. */
public record EntryId(UUID value) {

    public static EntryId random() {
        return new EntryId(UUID.randomUUID());
    }

    /** Parses an id from an address; anything else is {@link EntryNotFound}. */
    public static EntryId parse(String text) {
        try {
            return new EntryId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new EntryNotFound();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.organizer.network;

import java.util.Optional;
import java.util.UUID;

public record DayOfActionId(UUID value) {

    public static DayOfActionId random() {
        return new DayOfActionId(UUID.randomUUID());
    }

    /** An id from an address or a form; empty when it is not a UUID. */
    public static Optional<DayOfActionId> parse(String text) {
        try {
            return Optional.of(new DayOfActionId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

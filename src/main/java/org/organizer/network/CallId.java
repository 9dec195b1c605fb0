package org.organizer.network;

import java.util.Optional;
import java.util.UUID;

/** The identity of a call (appeal) of the network. Other modules keep it to refer to a call. */
public record CallId(UUID value) {

    public static CallId random() {
        return new CallId(UUID.randomUUID());
    }

    /** An id from an address or a form; empty when it is not a UUID. */
    public static Optional<CallId> parse(String text) {
        try {
            return Optional.of(new CallId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

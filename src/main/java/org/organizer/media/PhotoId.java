package org.organizer.media;

import java.util.Optional;
import java.util.UUID;

public record PhotoId(UUID value) {

    public static PhotoId random() {
        return new PhotoId(UUID.randomUUID());
    }

    /** An id from an address; anything that is not a UUID is simply no photo. */
    public static Optional<PhotoId> parse(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PhotoId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

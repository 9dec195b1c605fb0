package org.organizer.press.editions;

import java.util.UUID;

public record EditionId(UUID value) {

    static EditionId random() {
        return new EditionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

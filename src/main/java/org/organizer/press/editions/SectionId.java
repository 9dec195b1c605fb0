package org.organizer.press.editions;

import java.util.UUID;

public record SectionId(UUID value) {

    static SectionId random() {
        return new SectionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

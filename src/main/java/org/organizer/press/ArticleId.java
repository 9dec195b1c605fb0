package org.organizer.press;

import java.util.UUID;

public record ArticleId(UUID value) {

    public static ArticleId random() {
        return new ArticleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

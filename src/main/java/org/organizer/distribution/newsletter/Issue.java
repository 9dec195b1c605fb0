package org.organizer.distribution.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A newsletter issue: what was chosen, and once sent, the delivery batch that carries it.
 *
 * @param editionNumber set when the issue is an edition (with {@code editionLanguage}); else articles
 * @param languages the languages it was rendered in, the default first
 */
public record Issue(
        UUID id,
        String title,
        @Nullable String editionLanguage,
        @Nullable Integer editionNumber,
        List<UUID> articleIds,
        List<String> countries,
        String defaultLanguage,
        List<String> languages,
        Instant createdAt,
        @Nullable UUID batchId,
        @Nullable Instant sentAt) {

    public Issue {
        articleIds = List.copyOf(articleIds);
        countries = List.copyOf(countries);
        languages = List.copyOf(languages);
    }

    public boolean sent() {
        return sentAt != null;
    }
}

package org.organizer.distribution.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A newsletter reader.
 *
 * @param countries ISO codes; empty means every country
 * @param manageToken the secret in the reader's manage and unsubscribe links
 */
public record Subscriber(
        UUID id,
        String email,
        String language,
        List<String> countries,
        SubscriberState state,
        String manageToken,
        @Nullable Instant lastMailAt,
        Instant createdAt,
        @Nullable Instant confirmedAt,
        Instant updatedAt) {

    public Subscriber {
        countries = List.copyOf(countries);
    }
}

package org.organizer.distribution.delivery;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One delivery as editors see it: where it stands, how often it was tried and why it last failed. */
public record DeliveryRecord(
        UUID id,
        UUID batchId,
        String channel,
        String recipient,
        DeliveryState state,
        int attempts,
        @Nullable String lastError,
        @Nullable Instant nextAttemptAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant sentAt) {}

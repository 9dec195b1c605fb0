package org.organizer.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The record of one merge of a duplicate person into another. The names and the removed person's conflicting
 * values are case-team values: null for whoever is not on the team of the case the record is shown in.
 */
public record PersonMerge(
        UUID id,
        UUID keptPersonId,
        UUID removedPersonId,
        @Nullable String keptName,
        @Nullable String removedName,
        @Nullable String preserved,
        String mergedBy,
        Instant mergedAt) {}

package org.organizer.press;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change of an article: who, when, from which state to which, and why. */
public record ArticleHistoryEntry(
        Instant at,
        String actorName,
        @Nullable ArticleState from,
        ArticleState to,
        @Nullable String comment) {}

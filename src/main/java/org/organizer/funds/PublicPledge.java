package org.organizer.funds;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A confirmed pledge as anyone may see it: the name only when the pledger chose "name", the country
 * unless the pledger chose "anonymous", never the e-mail address.
 */
public record PublicPledge(
        UUID id,
        PledgeVisibility visibility,
        @Nullable String name,
        @Nullable String country,
        PledgerKind kind,
        Money money,
        @Nullable Money wage,
        @Nullable Integer members,
        Money fulfilled,
        Money remaining,
        Instant confirmedAt) {}

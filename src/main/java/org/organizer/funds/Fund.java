package org.organizer.funds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;

/** A fund as its treasurers and administrators see it. */
public record Fund(
        FundId id,
        String slug,
        Currency currency,
        @Nullable Money target,
        LocalDate opensOn,
        @Nullable LocalDate closesOn,
        FundStatus status,
        @Nullable UUID callId,
        @Nullable UUID dayOfActionId,
        @Nullable UUID caseId,
        Map<String, FundText> texts,
        List<Person> treasurers,
        Instant createdAt) {

    /** The text in this language, or else in the first language the fund has. */
    public FundText text(String language) {
        FundText text = texts.get(language);
        return text != null ? text : texts.values().iterator().next();
    }

    public boolean hasTreasurer(UserId user) {
        return treasurers.stream().anyMatch(t -> t.id().equals(user));
    }
}

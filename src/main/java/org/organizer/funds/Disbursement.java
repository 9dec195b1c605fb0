package org.organizer.funds;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Money paid out: how much, when, for what, and to whom at the level of detail the treasurer chooses
 * ("families of detained dockworkers, Juliaca") — never the names of people at risk without their consent.
 */
public record Disbursement(Money money, LocalDate paid, String purpose, String recipient) {

    public Disbursement {
        EntryRules.positive(money);
        EntryRules.notInFuture(paid);
        purpose = EntryRules.requiredText(purpose, 500, "funds.error.purpose.missing", "funds.error.purpose.long");
        recipient =
                EntryRules.requiredText(recipient, 500, "funds.error.recipient.missing", "funds.error.recipient.long");
    }

    public static Disbursement typed(
            @Nullable String amount,
            @Nullable String currency,
            @Nullable String paid,
            @Nullable String purpose,
            @Nullable String recipient) {
        return new Disbursement(
                Money.of(amount, currency),
                EntryRules.date(paid),
                purpose == null ? "" : purpose,
                recipient == null ? "" : recipient);
    }
}

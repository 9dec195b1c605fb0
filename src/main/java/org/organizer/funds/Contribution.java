package org.organizer.funds;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Money that arrived: how much, when, how, the bank's or collector's reference (private), an optional pledge. */
public record Contribution(
        Money money,
        LocalDate received,
        PaymentMethod method,
        @Nullable String reference,
        @Nullable UUID pledgeId) {

    public Contribution {
        EntryRules.positive(money);
        EntryRules.notInFuture(received);
        reference = EntryRules.optionalText(reference, 200, "funds.error.reference.long");
    }

    public static Contribution typed(
            @Nullable String amount,
            @Nullable String currency,
            @Nullable String received,
            @Nullable String method,
            @Nullable String reference,
            @Nullable String pledgeId) {
        Money money = Money.of(amount, currency);
        LocalDate date = EntryRules.date(received);
        PaymentMethod how =
                PaymentMethod.parse(method).orElseThrow(() -> new InvalidEntry("funds.error.method.unknown"));
        UUID pledge = null;
        if (pledgeId != null && !pledgeId.isBlank()) {
            try {
                pledge = UUID.fromString(pledgeId.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidEntry("funds.error.pledge.malformed");
            }
        }
        return new Contribution(money, date, how, reference, pledge);
    }
}

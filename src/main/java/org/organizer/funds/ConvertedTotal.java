package org.organizer.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fund's totals in one currency. Each entry that counts is converted on its own date with the rate of
 * that date, rounded half to even at the target's minor units; the totals are the exact sums of those
 * converted entries (rounding per entry, never on the total), so every line can be checked by hand.
 */
public record ConvertedTotal(Currency currency, Money received, Money disbursed, BigDecimal balance, List<Line> lines) {

    /** How an entry moves a total. */
    public enum Effect {
        RECEIVED,
        UNRECEIVED,
        DISBURSED,
        UNDISBURSED
    }

    /** One counted entry: its own amount, the rate used (none when already in the currency), the result. */
    public record Line(
            EntryId entry,
            Effect effect,
            Money original,
            @Nullable ExchangeRate rate,
            Money converted) {}

    /** Finds the rate between two currencies on a date, in either direction. */
    @FunctionalInterface
    public interface Rates {
        Optional<ExchangeRate> between(Currency from, Currency to, LocalDate date);
    }

    /**
     * Converts the entries that count.
     *
     * @throws MissingExchangeRate for the first entry whose date has no rate into the currency
     */
    public static ConvertedTotal of(Currency currency, List<LedgerEntry> entries, Rates rates) {
        Map<EntryId, LedgerEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        List<Line> lines = new ArrayList<>();
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (LedgerEntry entry : entries) {
            Effect effect = effect(entry, byId);
            if (effect == null) {
                continue;
            }
            Line line = convert(entry, effect, currency, rates);
            lines.add(line);
            BigDecimal amount = line.converted().amount();
            switch (effect) {
                case RECEIVED -> received = received.add(amount);
                case UNRECEIVED -> received = received.subtract(amount);
                case DISBURSED -> disbursed = disbursed.add(amount);
                case UNDISBURSED -> disbursed = disbursed.subtract(amount);
            }
        }
        return new ConvertedTotal(
                currency,
                Money.of(received, currency),
                Money.of(disbursed, currency),
                received.subtract(disbursed),
                List.copyOf(lines));
    }

    private static @Nullable Effect effect(LedgerEntry entry, Map<EntryId, LedgerEntry> byId) {
        return switch (entry.kind()) {
            case CONTRIBUTION -> Effect.RECEIVED;
            case DISBURSEMENT -> entry.approved() ? Effect.DISBURSED : null;
            case REVERSAL -> {
                LedgerEntry original = byId.get(entry.reverses());
                if (original == null) {
                    throw new IllegalStateException("reversal " + entry.id() + " of an entry of another ledger");
                }
                if (original.kind() == EntryKind.CONTRIBUTION) {
                    yield Effect.UNRECEIVED;
                }
                yield original.approved() ? Effect.UNDISBURSED : null;
            }
        };
    }

    private static Line convert(LedgerEntry entry, Effect effect, Currency currency, Rates rates) {
        Money original = entry.money();
        if (original.currency().equals(currency)) {
            return new Line(entry.id(), effect, original, null, original);
        }
        ExchangeRate rate = rates.between(original.currency(), currency, entry.date())
                .orElseThrow(() ->
                        new MissingExchangeRate(original.currencyCode(), currency.getCurrencyCode(), entry.date()));
        return new Line(entry.id(), effect, original, rate, rate.convert(original));
    }
}

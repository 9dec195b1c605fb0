package org.organizer.funds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A fund's account as anyone may see it, in one language. It holds no e-mail address, no bank reference,
 * no reversal reason and no treasurer's name: only what the public pages, exports, feed and API show.
 *
 * @param raised what was received, converted into the fund's currency; null when a rate is missing
 * @param missingRate the first rate missing for the conversion, when there is one
 * @param pledgedTotal confirmed pledges converted into the fund's currency, each at the rate of the day it was
 *     confirmed; null when a rate is missing
 * @param pledgedMissingRate the first rate missing to convert the pledges, when there is one
 * @param call the public call the fund belongs to, when it has one
 * @param dayOfAction the day of action the fund belongs to, when it has one
 */
public record PublicAccount(
        String slug,
        String language,
        String title,
        String description,
        Currency currency,
        @Nullable Money target,
        LocalDate opensOn,
        @Nullable LocalDate closesOn,
        FundStatus status,
        @Nullable Money raised,
        @Nullable Money spent,
        @Nullable MissingRate missingRate,
        List<CurrencyTotal> byCurrency,
        List<CountryTotal> byCountry,
        List<Conversion> conversions,
        List<PublicPledge> pledgers,
        List<PublicDisbursement> disbursements,
        List<PublicEntry> entries,
        Instant lastUpdated,
        @Nullable Money pledgedTotal,
        @Nullable MissingRate pledgedMissingRate,
        List<CountryPledged> pledgedByCountry,
        List<PledgeConversion> pledgeConversions,
        @Nullable Link call,
        @Nullable Link dayOfAction) {

    /** A rate the converted totals need and nobody entered yet. */
    public record MissingRate(String from, String to, LocalDate date) {}

    /** Per currency: confirmed pledges, money received and approved disbursements. */
    public record CurrencyTotal(Currency currency, Money pledged, Money received, Money disbursed) {
        public String currencyCode() {
            return currency.getCurrencyCode();
        }
    }

    /** Received per country of the pledge a contribution fulfils; country null for "not stated". */
    public record CountryTotal(@Nullable String country, Money received) {}

    /** Pledged per country the pledger made public, converted; country null for "not stated". */
    public record CountryPledged(@Nullable String country, Money pledged) {}

    /** One confirmed pledge converted into the fund's currency at the rate of the day it was confirmed. */
    public record PledgeConversion(
            LocalDate date,
            Money original,
            @Nullable String rate,
            @Nullable LocalDate rateDate,
            Money converted) {}

    /** A public page the fund belongs to (a call, a day of action), in the reader's language if it has one. */
    public record Link(String title, String href, @Nullable LocalDate date) {}

    /**
     * The entries of one day in one currency with the same effect, converted into the fund's currency with the
     * rate of that day: each entry converted and rounded on its own, then summed.
     *
     * @param entries how many entries the line sums
     */
    public record Conversion(
            LocalDate date,
            ConvertedTotal.Effect effect,
            Money original,
            @Nullable String rate,
            @Nullable LocalDate rateDate,
            Money converted,
            long entries) {}

    /** Money paid out, once approved by a second treasurer and not reversed. */
    public record PublicDisbursement(UUID id, LocalDate date, Money money, String purpose, String recipient) {}

    /** One public line of the ledger, for the CSV and JSON exports and the feed. */
    public record PublicEntry(
            UUID id,
            String kind,
            LocalDate date,
            Money money,
            @Nullable UUID pledge,
            @Nullable String purpose,
            @Nullable String recipient,
            @Nullable UUID reverses,
            Instant recordedAt) {}

    /** Confirmed pledges in each currency, summed. */
    public List<Money> pledged() {
        return byCurrency.stream()
                .map(CurrencyTotal::pledged)
                .filter(m -> !m.isZero())
                .toList();
    }

    /** How much of the target is reached, 0 to 100, rounded down; null without a target or a total. */
    public @Nullable Integer percent() {
        if (target == null || raised == null) {
            return null;
        }
        return raised.amount()
                .multiply(java.math.BigDecimal.valueOf(100))
                .divide(target.amount(), 0, java.math.RoundingMode.DOWN)
                .min(java.math.BigDecimal.valueOf(100))
                .intValue();
    }
}

package org.organizer.funds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.network.Calls;
import org.organizer.network.DayOfActionId;
import org.organizer.network.DaysOfAction;
import org.springframework.stereotype.Service;

/**
 * The public side of funds: what anyone may read about every fund, built only from public fields. Nothing
 * here reads an e-mail address, a bank reference, a reversal reason or a treasurer's name into its result.
 */
@Service
public class PublicFunds {

    private final FundRepository funds;
    private final LedgerRepository ledger;
    private final PledgeRepository pledges;
    private final ExchangeRateRepository rates;
    private final Calls calls;
    private final DaysOfAction days;

    PublicFunds(
            FundRepository funds,
            LedgerRepository ledger,
            PledgeRepository pledges,
            ExchangeRateRepository rates,
            Calls calls,
            DaysOfAction days) {
        this.funds = funds;
        this.ledger = ledger;
        this.pledges = pledges;
        this.rates = rates;
        this.calls = calls;
        this.days = days;
    }

    /** Every fund, newest first, in the language asked (or the fund's first language). */
    public List<PublicAccount> all(String language) {
        return funds.all().stream().map(f -> account(f, language)).toList();
    }

    /** @throws FundNotFound for an unknown slug */
    public PublicAccount account(String slug, String language) {
        return account(funds.bySlug(slug).orElseThrow(FundNotFound::new), language);
    }

    private PublicAccount account(Fund fund, String language) {
        List<LedgerEntry> entries = ledger.entries(fund.id());
        List<Pledge> confirmed = pledges.confirmed(fund.id());
        Map<UUID, Pledge> pledgeById = new HashMap<>();
        confirmed.forEach(p -> pledgeById.put(p.id(), p));
        Map<EntryId, LedgerEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));

        ConvertedTotal.Rates known = memoized(rates::between);
        Money raised = null;
        Money spent = null;
        PublicAccount.MissingRate missing = null;
        List<PublicAccount.Conversion> conversions = new ArrayList<>();
        List<PublicAccount.CountryTotal> byCountry = new ArrayList<>();
        try {
            ConvertedTotal total = ConvertedTotal.of(fund.currency(), entries, known);
            raised = total.received();
            spent = total.disbursed();
            Map<String, java.math.BigDecimal> countries = new TreeMap<>();
            java.math.BigDecimal notStated = java.math.BigDecimal.ZERO;
            for (ConvertedTotal.Line line : total.lines()) {
                ExchangeRate rate = line.rate();
                conversions.add(new PublicAccount.Conversion(
                        byId.get(line.entry()).date(),
                        line.effect(),
                        line.original(),
                        rate == null ? null : rateText(rate),
                        rate == null ? null : rate.date(),
                        line.converted()));
                if (line.effect() != ConvertedTotal.Effect.RECEIVED
                        && line.effect() != ConvertedTotal.Effect.UNRECEIVED) {
                    continue;
                }
                LedgerEntry entry = byId.get(line.entry());
                LedgerEntry contribution = entry.kind() == EntryKind.REVERSAL ? byId.get(entry.reverses()) : entry;
                java.math.BigDecimal signed = line.effect() == ConvertedTotal.Effect.RECEIVED
                        ? line.converted().amount()
                        : line.converted().amount().negate();
                String country = country(Objects.requireNonNull(contribution), pledgeById);
                if (country == null) {
                    notStated = notStated.add(signed);
                } else {
                    countries.merge(country, signed, java.math.BigDecimal::add);
                }
            }
            countries.forEach((code, amount) -> byCountry.add(new PublicAccount.CountryTotal(
                    code, Money.of(amount.max(java.math.BigDecimal.ZERO), fund.currency()))));
            byCountry.sort(Comparator.comparing(
                            (PublicAccount.CountryTotal c) -> c.received().amount())
                    .reversed());
            if (notStated.signum() > 0) {
                byCountry.add(new PublicAccount.CountryTotal(null, Money.of(notStated, fund.currency())));
            }
        } catch (MissingExchangeRate e) {
            missing = new PublicAccount.MissingRate(e.from(), e.to(), e.date());
            conversions.clear();
        }

        FundText text = fund.text(language);
        PledgedTotals pledged = pledged(fund, confirmed, known);
        return new PublicAccount(
                fund.slug(),
                text.language(),
                text.title(),
                text.description(),
                fund.currency(),
                fund.target(),
                fund.opensOn(),
                fund.closesOn(),
                fund.status(),
                raised,
                spent,
                missing,
                byCurrency(fund.id(), confirmed),
                List.copyOf(byCountry),
                List.copyOf(conversions),
                confirmed.stream().map(Pledge::toPublic).toList(),
                disbursements(entries),
                publicEntries(entries, byId),
                lastUpdated(fund, entries, confirmed),
                pledged.total(),
                pledged.missing(),
                pledged.byCountry(),
                pledged.lines(),
                call(fund, text.language()),
                day(fund, text.language()));
    }

    private record PledgedTotals(
            @Nullable Money total,
            PublicAccount.@Nullable MissingRate missing,
            List<PublicAccount.CountryPledged> byCountry,
            List<PublicAccount.PledgeConversion> lines) {}

    /**
     * Confirmed pledges converted into the fund's currency, each at the rate of the day it was confirmed (the
     * day it became a pledge), rounded once per pledge like the received totals; by the country the pledger
     * made public. A missing rate is named and no converted total is given.
     */
    private static PledgedTotals pledged(Fund fund, List<Pledge> confirmed, ConvertedTotal.Rates rates) {
        Currency currency = fund.currency();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        java.math.BigDecimal notStated = java.math.BigDecimal.ZERO;
        Map<String, java.math.BigDecimal> countries = new TreeMap<>();
        List<PublicAccount.PledgeConversion> lines = new ArrayList<>();
        for (Pledge pledge : confirmed) {
            LocalDate date = LocalDate.ofInstant(Objects.requireNonNull(pledge.confirmedAt()), ZoneOffset.UTC);
            Money converted;
            ExchangeRate rate = null;
            if (pledge.money().currency().equals(currency)) {
                converted = pledge.money();
            } else {
                rate = rates.between(pledge.money().currency(), currency, date).orElse(null);
                if (rate == null) {
                    return new PledgedTotals(
                            null,
                            new PublicAccount.MissingRate(
                                    pledge.money().currencyCode(), currency.getCurrencyCode(), date),
                            List.of(),
                            List.of());
                }
                converted = rate.convert(pledge.money());
            }
            lines.add(new PublicAccount.PledgeConversion(
                    date,
                    pledge.money(),
                    rate == null ? null : rateText(rate),
                    rate == null ? null : rate.date(),
                    converted));
            total = total.add(converted.amount());
            if (pledge.visibility() == PledgeVisibility.ANONYMOUS) {
                notStated = notStated.add(converted.amount());
            } else {
                countries.merge(pledge.country(), converted.amount(), java.math.BigDecimal::add);
            }
        }
        List<PublicAccount.CountryPledged> byCountry = new ArrayList<>();
        countries.forEach(
                (code, amount) -> byCountry.add(new PublicAccount.CountryPledged(code, Money.of(amount, currency))));
        byCountry.sort(Comparator.comparing(
                        (PublicAccount.CountryPledged c) -> c.pledged().amount())
                .reversed());
        if (notStated.signum() > 0) {
            byCountry.add(new PublicAccount.CountryPledged(null, Money.of(notStated, currency)));
        }
        return new PledgedTotals(Money.of(total, currency), null, List.copyOf(byCountry), List.copyOf(lines));
    }

    /** The call the fund belongs to, linked only while it is public and in a language it is published in. */
    private PublicAccount.@Nullable Link call(Fund fund, String language) {
        if (fund.callId() == null) {
            return null;
        }
        return calls.byId(new CallId(fund.callId()))
                .filter(Call::isPublic)
                .flatMap(c -> c.version(language)
                        .filter(Call.Version::published)
                        .or(() -> c.version(c.originalLanguage()).filter(Call.Version::published))
                        .or(() -> c.versions().stream()
                                .filter(Call.Version::published)
                                .findFirst()))
                .map(v -> new PublicAccount.Link(v.title(), "/" + v.language() + "/calls/" + v.slug(), null))
                .orElse(null);
    }

    /** The day of action the fund belongs to; days of action are public. */
    private PublicAccount.@Nullable Link day(Fund fund, String language) {
        if (fund.dayOfActionId() == null) {
            return null;
        }
        return days.byId(new DayOfActionId(fund.dayOfActionId()))
                .map(d -> new PublicAccount.Link(
                        d.title(language, language), "/" + language + "/days/" + d.slug(), d.date()))
                .orElse(null);
    }

    /** Each rate is looked up once per account, however many entries share its date and currencies. */
    static ConvertedTotal.Rates memoized(ConvertedTotal.Rates rates) {
        Map<String, Optional<ExchangeRate>> known = new HashMap<>();
        return (from, to, date) -> known.computeIfAbsent(
                from.getCurrencyCode() + to.getCurrencyCode() + date, k -> rates.between(from, to, date));
    }

    private List<PublicAccount.CurrencyTotal> byCurrency(FundId fund, List<Pledge> confirmed) {
        Map<Currency, Money> pledged = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        confirmed.forEach(p -> pledged.merge(p.money().currency(), p.money(), Money::plus));
        Map<Currency, PublicAccount.CurrencyTotal> totals =
                new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (Balance b : ledger.balances(fund)) {
            totals.put(
                    b.currency(),
                    new PublicAccount.CurrencyTotal(
                            b.currency(),
                            pledged.getOrDefault(b.currency(), Money.zero(b.currency())),
                            b.received(),
                            b.disbursed()));
        }
        pledged.forEach((currency, money) -> totals.putIfAbsent(
                currency,
                new PublicAccount.CurrencyTotal(currency, money, Money.zero(currency), Money.zero(currency))));
        return List.copyOf(totals.values());
    }

    private static List<PublicAccount.PublicDisbursement> disbursements(List<LedgerEntry> entries) {
        return entries.stream()
                .filter(e -> e.kind() == EntryKind.DISBURSEMENT && e.approved() && !e.reversed())
                .map(e -> new PublicAccount.PublicDisbursement(
                        e.id().value(),
                        e.date(),
                        e.money(),
                        Objects.requireNonNull(e.purpose()),
                        Objects.requireNonNull(e.recipient())))
                .toList();
    }

    /**
     * Contributions, approved disbursements and the reversals of either; never a reference, a reason or a
     * name. A disbursement waiting for approval is not public yet.
     */
    private static List<PublicAccount.PublicEntry> publicEntries(
            List<LedgerEntry> entries, Map<EntryId, LedgerEntry> byId) {
        List<PublicAccount.PublicEntry> result = new ArrayList<>();
        for (LedgerEntry e : entries) {
            switch (e.kind()) {
                case CONTRIBUTION -> result.add(entry(e, "contribution", e.pledgeId(), null, null, null));
                case DISBURSEMENT -> {
                    if (e.approved()) {
                        result.add(entry(e, "disbursement", null, e.purpose(), e.recipient(), null));
                    }
                }
                case REVERSAL -> {
                    LedgerEntry original = byId.get(e.reverses());
                    if (original != null && (original.kind() == EntryKind.CONTRIBUTION || original.approved())) {
                        result.add(entry(
                                e, "reversal", null, null, null, original.id().value()));
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    private static PublicAccount.PublicEntry entry(
            LedgerEntry e,
            String kind,
            @Nullable UUID pledge,
            @Nullable String purpose,
            @Nullable String recipient,
            @Nullable UUID reverses) {
        return new PublicAccount.PublicEntry(
                e.id().value(), kind, e.date(), e.money(), pledge, purpose, recipient, reverses, e.recordedAt());
    }

    private static Instant lastUpdated(Fund fund, List<LedgerEntry> entries, List<Pledge> confirmed) {
        Instant last = fund.createdAt();
        for (LedgerEntry e : entries) {
            last = later(last, e.recordedAt());
            if (e.approval() != null) {
                last = later(last, e.approval().at());
            }
        }
        for (Pledge p : confirmed) {
            last = later(last, Objects.requireNonNull(p.confirmedAt()));
        }
        return last;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The country a contribution came from, if it fulfils a pledge whose pledger made the country public. */
    private static @Nullable String country(LedgerEntry contribution, Map<UUID, Pledge> pledges) {
        if (contribution.pledgeId() == null) {
            return null;
        }
        Pledge pledge = pledges.get(contribution.pledgeId());
        if (pledge == null || pledge.visibility() == PledgeVisibility.ANONYMOUS) {
            return null;
        }
        return pledge.country();
    }

    private static String rateText(ExchangeRate rate) {
        return "1 " + rate.base().getCurrencyCode() + " = "
                + rate.rate().stripTrailingZeros().toPlainString() + " "
                + rate.quote().getCurrencyCode();
    }
}

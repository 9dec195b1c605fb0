package org.organizer.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final PublicTotalsRepository totals;
    private final PledgeRepository pledges;
    private final ExchangeRateRepository rates;
    private final Calls calls;
    private final DaysOfAction days;

    PublicFunds(
            FundRepository funds,
            PublicTotalsRepository totals,
            PledgeRepository pledges,
            ExchangeRateRepository rates,
            Calls calls,
            DaysOfAction days) {
        this.funds = funds;
        this.totals = totals;
        this.pledges = pledges;
        this.rates = rates;
        this.calls = calls;
        this.days = days;
    }

    /** Every fund, newest first, in the language asked (or the fund's first language), with their entries. */
    public List<PublicAccount> all(String language) {
        return funds.all().stream().map(f -> account(f, language, true)).toList();
    }

    /** The funds linked to a case (by its id), newest first, for the case's campaign page: totals only. */
    public List<PublicAccount> linkedToCase(UUID caseId, String language) {
        return funds.all().stream()
                .filter(f -> caseId.equals(f.caseId()))
                .map(f -> account(f, language, false))
                .toList();
    }

    /** Every fund for the list page: totals only, no entries. */
    public List<PublicAccount> summaries(String language) {
        return funds.all().stream().map(f -> account(f, language, false)).toList();
    }

    /**
     * The whole public account, every public entry included (exports, feed, API).
     *
     * @throws FundNotFound for an unknown slug
     */
    public PublicAccount account(String slug, String language) {
        return account(funds.bySlug(slug).orElseThrow(FundNotFound::new), language, true);
    }

    /**
     * A fund's account by id without the list of entries (announcements).
     *
     * @throws FundNotFound for an unknown fund
     */
    public PublicAccount account(FundId id, String language) {
        return account(funds.byId(id).orElseThrow(FundNotFound::new), language, false);
    }

    /**
     * What the fund's page shows: totals, conversions, pledges and disbursements, without the list of entries
     * (a long ledger's entries are in the exports). The totals are computed by the database in one query.
     *
     * @throws FundNotFound for an unknown slug
     */
    public PublicAccount summary(String slug, String language) {
        return account(funds.bySlug(slug).orElseThrow(FundNotFound::new), language, false);
    }

    private PublicAccount account(Fund fund, String language, boolean withEntries) {
        Currency currency = fund.currency();
        int scale = Money.minorUnits(currency);
        List<PublicTotalsRepository.Group> groups = totals.groups(fund.id(), currency);
        List<Pledge> confirmed = pledges.confirmed(fund.id());

        Money raised = null;
        Money spent = null;
        PublicAccount.MissingRate missing = null;
        List<PublicAccount.Conversion> conversions = new ArrayList<>();
        List<PublicAccount.CountryTotal> byCountry = new ArrayList<>();
        PublicTotalsRepository.Group firstMissing = groups.stream()
                .filter(g -> g.convertedMinor() == null)
                .min(Comparator.comparingLong(PublicTotalsRepository.Group::firstPosition))
                .orElse(null);
        if (firstMissing != null) {
            missing = new PublicAccount.MissingRate(
                    firstMissing.currency().getCurrencyCode(), currency.getCurrencyCode(), firstMissing.date());
        } else {
            BigDecimal received = BigDecimal.ZERO;
            BigDecimal disbursed = BigDecimal.ZERO;
            Map<String, BigDecimal> countries = new TreeMap<>();
            BigDecimal notStated = BigDecimal.ZERO;
            Map<List<Object>, PublicAccount.Conversion> lines = new LinkedHashMap<>();
            for (PublicTotalsRepository.Group g : groups) {
                BigDecimal converted =
                        Objects.requireNonNull(g.convertedMinor()).movePointLeft(scale);
                switch (g.effect()) {
                    case RECEIVED -> received = received.add(converted);
                    case UNRECEIVED -> received = received.subtract(converted);
                    case DISBURSED -> disbursed = disbursed.add(converted);
                    case UNDISBURSED -> disbursed = disbursed.subtract(converted);
                }
                lines.merge(
                        List.of(g.date(), g.currency(), g.effect()),
                        new PublicAccount.Conversion(
                                g.date(),
                                g.effect(),
                                Money.of(g.original(), g.currency()),
                                g.rate() == null ? null : rateText(g),
                                g.rate() == null ? null : g.date(),
                                Money.of(converted, currency),
                                g.entries()),
                        (a, b) -> new PublicAccount.Conversion(
                                a.date(),
                                a.effect(),
                                a.original().plus(b.original()),
                                a.rate(),
                                a.rateDate(),
                                a.converted().plus(b.converted()),
                                a.entries() + b.entries()));
                if (g.effect() == ConvertedTotal.Effect.RECEIVED || g.effect() == ConvertedTotal.Effect.UNRECEIVED) {
                    BigDecimal signed = g.effect() == ConvertedTotal.Effect.RECEIVED ? converted : converted.negate();
                    if (g.country() == null) {
                        notStated = notStated.add(signed);
                    } else {
                        countries.merge(g.country(), signed, BigDecimal::add);
                    }
                }
            }
            raised = Money.of(received, currency);
            spent = Money.of(disbursed, currency);
            conversions.addAll(lines.values());
            countries.forEach((code, amount) -> byCountry.add(
                    new PublicAccount.CountryTotal(code, Money.of(amount.max(BigDecimal.ZERO), currency))));
            byCountry.sort(Comparator.comparing(
                            (PublicAccount.CountryTotal c) -> c.received().amount())
                    .reversed());
            if (notStated.signum() > 0) {
                byCountry.add(new PublicAccount.CountryTotal(null, Money.of(notStated, currency)));
            }
        }

        FundText text = fund.text(language);
        PledgedTotals pledged = pledged(
                fund,
                confirmed,
                rates.onDates(
                        currency,
                        confirmed.stream()
                                .map(p -> LocalDate.ofInstant(Objects.requireNonNull(p.confirmedAt()), ZoneOffset.UTC))
                                .toList()));
        return new PublicAccount(
                fund.slug(),
                text.language(),
                text.title(),
                text.description(),
                currency,
                fund.target(),
                fund.opensOn(),
                fund.closesOn(),
                fund.status(),
                raised,
                spent,
                missing,
                byCurrency(groups, confirmed),
                List.copyOf(byCountry),
                List.copyOf(conversions),
                confirmed.stream().map(Pledge::toPublic).toList(),
                totals.disbursements(fund.id()),
                withEntries ? totals.entries(fund.id()) : List.of(),
                totals.lastUpdated(fund.id()),
                pledged.total(),
                pledged.missing(),
                pledged.byCountry(),
                pledged.lines(),
                call(fund, text.language()),
                day(fund, text.language()));
    }

    /** Per currency: confirmed pledges, and what was received and disbursed in that currency itself. */
    private static List<PublicAccount.CurrencyTotal> byCurrency(
            List<PublicTotalsRepository.Group> groups, List<Pledge> confirmed) {
        Map<Currency, BigDecimal[]> sums = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (PublicTotalsRepository.Group g : groups) {
            BigDecimal[] s = sums.computeIfAbsent(
                    g.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            switch (g.effect()) {
                case RECEIVED -> s[1] = s[1].add(g.original());
                case UNRECEIVED -> s[1] = s[1].subtract(g.original());
                case DISBURSED -> s[2] = s[2].add(g.original());
                case UNDISBURSED -> s[2] = s[2].subtract(g.original());
            }
        }
        for (Pledge p : confirmed) {
            BigDecimal[] s = sums.computeIfAbsent(
                    p.money().currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(p.money().amount());
        }
        List<PublicAccount.CurrencyTotal> result = new ArrayList<>();
        sums.forEach((c, s) -> result.add(new PublicAccount.CurrencyTotal(
                c, Money.of(s[0], c), Money.of(s[1].max(BigDecimal.ZERO), c), Money.of(s[2].max(BigDecimal.ZERO), c))));
        return List.copyOf(result);
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
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal notStated = BigDecimal.ZERO;
        Map<String, BigDecimal> countries = new TreeMap<>();
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
                countries.merge(pledge.country(), converted.amount(), BigDecimal::add);
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

    private static String rateText(PublicTotalsRepository.Group g) {
        return "1 " + g.rateBase() + " = "
                + Objects.requireNonNull(g.rate()).stripTrailingZeros().toPlainString() + " " + g.rateQuote();
    }

    private static String rateText(ExchangeRate rate) {
        return "1 " + rate.base().getCurrencyCode() + " = "
                + rate.rate().stripTrailingZeros().toPlainString() + " "
                + rate.quote().getCurrencyCode();
    }
}

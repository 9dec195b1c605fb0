package org.organizer.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference exchange rates per date, typed in or imported from a CSV file, and the converted totals of a
 * fund that name every rate and date they used. Administrators and treasurers enter rates.
 */
@Service
public class ExchangeRates {

    static final List<String> CSV_COLUMNS = List.of("date", "base", "quote", "rate");
    private static final int MAX_CSV_LINES = 100_000;
    private static final Pattern RATE = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?");

    private final ExchangeRateRepository rates;
    private final Funds funds;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;

    ExchangeRates(ExchangeRateRepository rates, Funds funds, Ledger ledger, ApplicationEventPublisher events) {
        this.events = events;
        this.rates = rates;
        this.funds = funds;
        this.ledger = ledger;
    }

    /** A rate from a form's fields; every problem a named exception with a message key. */
    public static ExchangeRate typed(
            @Nullable String date,
            @Nullable String base,
            @Nullable String quote,
            @Nullable String rate,
            @Nullable String source) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidExchangeRates("funds.error.date.malformed");
        }
        String value = rate == null ? "" : rate.strip();
        if (!RATE.matcher(value).matches()) {
            throw new InvalidExchangeRates("funds.error.rate.malformed");
        }
        String from = source == null ? "" : source.strip();
        if (from.isEmpty() || from.length() > 200) {
            throw new InvalidExchangeRates("funds.error.rate.source");
        }
        return new ExchangeRate(day, Money.currency(base), Money.currency(quote), new BigDecimal(value), from);
    }

    /** Adds a rate; the same rate again changes nothing, a different one for the same day is refused. */
    @Transactional
    public boolean enter(Actor actor, ExchangeRate rate) {
        requireKeeper(actor);
        boolean added = add(actor, rate, 0);
        if (added) {
            events.publishEvent(new ExchangeRatesChanged());
        }
        return added;
    }

    /**
     * Imports a CSV file with the header {@code date,base,quote,rate} (in any order, names in any case):
     * all lines or none. Lines already entered with the same rate are skipped, so importing a file twice
     * adds nothing. Returns how many rates were added.
     */
    @Transactional
    public int importCsv(Actor actor, String csv, @Nullable String source) {
        requireKeeper(actor);
        String from = source == null || source.isBlank() ? "CSV" : source.strip();
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new InvalidExchangeRates("funds.error.rates.empty");
        }
        if (lines.size() > MAX_CSV_LINES + 1) {
            throw new InvalidExchangeRates("funds.error.rates.tooLong", MAX_CSV_LINES);
        }
        int[] column = columns(lines.getFirst());
        int added = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            int lineNumber = i + 1;
            if (cells.length != CSV_COLUMNS.size()) {
                throw new InvalidExchangeRates("funds.error.rates.cells", lineNumber, CSV_COLUMNS.size());
            }
            ExchangeRate rate;
            try {
                rate = typed(cells[column[0]], cells[column[1]], cells[column[2]], cells[column[3]], from);
            } catch (org.organizer.web.UserFacingException e) {
                throw new InvalidExchangeRates("funds.error.rates.line", lineNumber);
            }
            added += add(actor, rate, lineNumber) ? 1 : 0;
        }
        if (added > 0) {
            events.publishEvent(new ExchangeRatesChanged());
        }
        return added;
    }

    public Optional<ExchangeRate> between(Currency from, Currency to, LocalDate date) {
        return rates.between(from, to, date);
    }

    public List<ExchangeRate> latest(Actor actor, int limit) {
        requireKeeper(actor);
        return rates.latest(limit);
    }

    /**
     * The fund's totals in one currency, every entry converted at the rate of its own date.
     *
     * @throws MissingExchangeRate when a date lacks a rate
     */
    public ConvertedTotal convertedTotal(Actor actor, FundId fund, Currency currency) {
        funds.fund(actor, fund);
        return ConvertedTotal.of(currency, ledger.entries(fund), PublicFunds.memoized(rates::between));
    }

    private boolean add(Actor actor, ExchangeRate rate, int lineNumber) {
        Optional<ExchangeRate> existing = rates.exactly(rate.date(), rate.base(), rate.quote());
        if (existing.isPresent()) {
            if (existing.get().rate().compareTo(rate.rate()) == 0) {
                return false;
            }
            throw new InvalidExchangeRates(
                    "funds.error.rate.conflict",
                    lineNumber,
                    rate.base().getCurrencyCode(),
                    rate.quote().getCurrencyCode(),
                    rate.date().toString());
        }
        rates.insert(rate, actor.id(), Funds.now());
        return true;
    }

    private static int[] columns(String header) {
        List<String> names = Arrays.stream(header.split(",", -1))
                .map(name -> name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT))
                .toList();
        if (names.size() != CSV_COLUMNS.size() || !names.containsAll(CSV_COLUMNS)) {
            throw new InvalidExchangeRates("funds.error.rates.columns", String.join(",", CSV_COLUMNS));
        }
        List<Integer> positions = new ArrayList<>();
        CSV_COLUMNS.forEach(name -> positions.add(names.indexOf(name)));
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    private void requireKeeper(Actor actor) {
        if (!actor.can(Role.ADMINISTRATOR) && !funds.keepsAnyFund(actor)) {
            throw FundAccessDenied.treasurersOnly();
        }
    }
}

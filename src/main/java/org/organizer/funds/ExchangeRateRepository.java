package org.organizer.funds;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.organizer.accounts.UserId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fund_exchange_rate table: rates are added, never changed. */
@Repository
class ExchangeRateRepository {

    private static final RowMapper<ExchangeRate> RATE = (rs, n) -> new ExchangeRate(
            rs.getObject("rate_date", LocalDate.class),
            Currency.getInstance(rs.getString("base_currency")),
            Currency.getInstance(rs.getString("quote_currency")),
            rs.getBigDecimal("rate"),
            rs.getString("source"));

    private final JdbcClient jdbc;
    private final DayTotals dayTotals;

    ExchangeRateRepository(JdbcClient jdbc, DayTotals dayTotals) {
        this.jdbc = jdbc;
        this.dayTotals = dayTotals;
    }

    void insert(ExchangeRate rate, UserId by, Instant at) {
        jdbc.sql("""
                        INSERT INTO fund_exchange_rate (rate_date, base_currency, quote_currency, rate, source,
                                                        entered_by, entered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        rate.date(),
                        rate.base().getCurrencyCode(),
                        rate.quote().getCurrencyCode(),
                        rate.rate(),
                        rate.source(),
                        by.value(),
                        Timestamp.from(at))
                .update();
        dayTotals.rateAdded(rate.date(), rate.base(), rate.quote());
    }

    /** The rate between two currencies on a date, entered in either direction. */
    Optional<ExchangeRate> between(Currency from, Currency to, LocalDate date) {
        return jdbc.sql("""
                        SELECT rate_date, base_currency, quote_currency, rate, source FROM fund_exchange_rate
                        WHERE rate_date = ? AND ((base_currency = ? AND quote_currency = ?)
                                              OR (base_currency = ? AND quote_currency = ?))
                        ORDER BY base_currency = ? DESC LIMIT 1""")
                .params(
                        date,
                        from.getCurrencyCode(),
                        to.getCurrencyCode(),
                        to.getCurrencyCode(),
                        from.getCurrencyCode(),
                        from.getCurrencyCode())
                .query(RATE)
                .optional();
    }

    Optional<ExchangeRate> exactly(LocalDate date, Currency base, Currency quote) {
        return jdbc.sql("""
                        SELECT rate_date, base_currency, quote_currency, rate, source FROM fund_exchange_rate
                        WHERE rate_date = ? AND base_currency = ? AND quote_currency = ?""")
                .params(date, base.getCurrencyCode(), quote.getCurrencyCode())
                .query(RATE)
                .optional();
    }

    List<ExchangeRate> latest(int limit) {
        return jdbc.sql("""
                        SELECT rate_date, base_currency, quote_currency, rate, source FROM fund_exchange_rate
                        ORDER BY rate_date DESC, base_currency, quote_currency LIMIT ?""").param(limit).query(RATE).list();
    }

    /**
     * Every rate between {@code target} and another currency on these dates, read in one query, as a lookup
     * that answers like {@link #between} (a rate entered from the other currency first).
     */
    ConvertedTotal.Rates onDates(Currency target, Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return (from, to, date) -> Optional.empty();
        }
        Map<String, ExchangeRate> found = new HashMap<>();
        jdbc.sql("""
                        SELECT rate_date, base_currency, quote_currency, rate, source FROM fund_exchange_rate
                        WHERE rate_date IN (:dates) AND (base_currency = :target OR quote_currency = :target)""")
                .param("dates", List.copyOf(new HashSet<>(dates)))
                .param("target", target.getCurrencyCode())
                .query(RATE)
                .list()
                .forEach(rate -> {
                    boolean forward = rate.quote().equals(target);
                    Currency other = forward ? rate.base() : rate.quote();
                    String key = other.getCurrencyCode() + rate.date();
                    if (forward || !found.containsKey(key)) {
                        found.put(key, rate);
                    }
                });
        return (from, to, date) -> to.equals(target)
                ? Optional.ofNullable(found.get(from.getCurrencyCode() + date))
                : between(from, to, date);
    }
}

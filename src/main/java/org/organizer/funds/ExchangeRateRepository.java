package org.organizer.funds;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
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

    ExchangeRateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}

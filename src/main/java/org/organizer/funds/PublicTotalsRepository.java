package org.organizer.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A fund's public totals, read from the day totals ({@link DayTotals}), or computed from the whole ledger for
 * comparison. Each entry that
 * counts converted on its own date and rounded half to even at the target's minor units — exactly as {@link
 * ExchangeRate#convert} does it, in integer arithmetic — then summed per group of entries that share an
 * effect, a date, a currency and the country of the pledge they fulfil. The groups are few (days × currencies
 * × countries), so a fund of a million entries is summed without loading one entry into the JVM.
 */
@Repository
class PublicTotalsRepository {

    /**
     * One group of counted entries.
     *
     * @param firstPosition the earliest entry of the group, to name the first missing rate as the ledger would
     * @param original the sum of the entries' own amounts
     * @param convertedMinor the sum of the converted entries in minor units of the target; null without a rate
     * @param rate the rate used (1 rateBase = rate rateQuote); null in the target currency or without a rate
     */
    record Group(
            ConvertedTotal.Effect effect,
            LocalDate date,
            Currency currency,
            @Nullable String country,
            long entries,
            long firstPosition,
            BigDecimal original,
            @Nullable BigDecimal convertedMinor,
            @Nullable BigDecimal rate,
            @Nullable String rateBase,
            @Nullable String rateQuote) {}

    // Half to even of a non-negative exact value y at integer precision: floor, then up past one half, and
    // to the even neighbour on exactly one half. Division uses div() (exact integer quotient) and compares
    // twice the remainder with the divisor, so no quotient is ever rounded before the final rounding.
    /** The groups read from fund_day_total (kept by {@link DayTotals}): a few rows per day and currency. */
    static final String FROM_DAY_TOTALS = """
            SELECT d.effect, d.entry_date, d.currency,
                   CASE WHEN p.visibility <> 'ANONYMOUS' THEN p.country END AS country,
                   sum(d.entries) AS entries, min(d.first_position) AS first_position, sum(d.original) AS original,
                   CASE WHEN bool_or(d.converted_minor IS NULL) THEN NULL ELSE sum(d.converted_minor) END
                       AS converted_minor,
                   min(coalesce(fw.rate, bw.rate)) AS rate,
                   min(coalesce(fw.base_currency, bw.base_currency)) AS rate_base,
                   min(coalesce(fw.quote_currency, bw.quote_currency)) AS rate_quote
            FROM fund_day_total d
            LEFT JOIN fund_pledge p ON p.id = d.pledge_key AND p.fund_id = d.fund_id AND p.confirmed_at IS NOT NULL
            LEFT JOIN fund_exchange_rate fw ON d.currency <> :target AND fw.rate_date = d.entry_date
                 AND fw.base_currency = d.currency AND fw.quote_currency = :target
            LEFT JOIN fund_exchange_rate bw ON d.currency <> :target AND fw.rate IS NULL
                 AND bw.rate_date = d.entry_date AND bw.base_currency = :target AND bw.quote_currency = d.currency
            WHERE d.fund_id = :fund
            GROUP BY d.effect, d.entry_date, d.currency, 4
            ORDER BY d.entry_date, d.currency, d.effect, 4
            """;

    /** The same groups computed from the whole ledger: the reference the day totals are checked against. */
    static final String QUERY = """
            WITH counted AS (
                SELECT e.position, e.entry_date, e.currency, e.amount,
                       CASE e.kind
                           WHEN 'CONTRIBUTION' THEN 'RECEIVED'
                           WHEN 'DISBURSEMENT' THEN CASE WHEN a.entry_id IS NOT NULL THEN 'DISBURSED' END
                           ELSE CASE WHEN o.kind = 'CONTRIBUTION' THEN 'UNRECEIVED'
                                     WHEN oa.entry_id IS NOT NULL THEN 'UNDISBURSED' END
                       END AS effect,
                       CASE WHEN e.kind = 'CONTRIBUTION' THEN e.pledge_id
                            WHEN o.kind = 'CONTRIBUTION' THEN o.pledge_id END AS pledge_id
                FROM fund_ledger_entry e
                LEFT JOIN fund_disbursement_approval a ON e.kind = 'DISBURSEMENT' AND a.entry_id = e.id
                LEFT JOIN fund_ledger_entry o ON e.kind = 'REVERSAL' AND o.id = e.reverses
                LEFT JOIN fund_disbursement_approval oa ON o.kind = 'DISBURSEMENT' AND oa.entry_id = o.id
                WHERE e.fund_id = :fund
            ), daily AS (
                SELECT effect, entry_date, currency, pledge_id, count(*) AS entries, min(position) AS first_position,
                       sum(amount) AS original,
                       -- in the target currency: exact, already at its minor units
                       sum(amount * :scale) FILTER (WHERE currency = :target) AS same_minor,
                       -- half to even, computed per entry, for either direction of the rate
                       sum(CASE WHEN currency = :target THEN 0 ELSE
                           CASE WHEN fw.rate IS NOT NULL THEN
                               floor(amount * fw.rate * :scale)
                               + CASE WHEN amount * fw.rate * :scale - floor(amount * fw.rate * :scale) > 0.5 THEN 1
                                      WHEN amount * fw.rate * :scale - floor(amount * fw.rate * :scale) < 0.5 THEN 0
                                      ELSE mod(floor(amount * fw.rate * :scale), 2) END
                           ELSE
                               div(amount * :scale, bw.rate)
                               + CASE WHEN 2 * (amount * :scale - div(amount * :scale, bw.rate) * bw.rate) > bw.rate
                                          THEN 1
                                      WHEN 2 * (amount * :scale - div(amount * :scale, bw.rate) * bw.rate) < bw.rate
                                          THEN 0
                                      ELSE mod(div(amount * :scale, bw.rate), 2) END
                           END END) AS other_minor,
                       min(coalesce(fw.rate, bw.rate)) AS rate,
                       min(coalesce(fw.base_currency, bw.base_currency)) AS rate_base,
                       min(coalesce(fw.quote_currency, bw.quote_currency)) AS rate_quote
                FROM counted c
                LEFT JOIN fund_exchange_rate fw ON c.currency <> :target AND fw.rate_date = c.entry_date
                     AND fw.base_currency = c.currency AND fw.quote_currency = :target
                LEFT JOIN fund_exchange_rate bw ON c.currency <> :target AND fw.rate IS NULL
                     AND bw.rate_date = c.entry_date AND bw.base_currency = :target AND bw.quote_currency = c.currency
                WHERE effect IS NOT NULL
                GROUP BY effect, entry_date, currency, pledge_id
            )
            SELECT d.effect, d.entry_date, d.currency,
                   CASE WHEN p.visibility <> 'ANONYMOUS' THEN p.country END AS country,
                   sum(d.entries) AS entries, min(d.first_position) AS first_position, sum(d.original) AS original,
                   CASE WHEN d.currency = :target THEN sum(d.same_minor)
                        WHEN min(d.rate) IS NULL THEN NULL
                        ELSE sum(d.other_minor) END AS converted_minor,
                   min(d.rate) AS rate, min(d.rate_base) AS rate_base, min(d.rate_quote) AS rate_quote
            FROM daily d
            LEFT JOIN fund_pledge p ON p.id = d.pledge_id AND p.fund_id = :fund AND p.confirmed_at IS NOT NULL
            GROUP BY d.effect, d.entry_date, d.currency, 4
            ORDER BY d.entry_date, d.currency, d.effect, 4
            """;

    private final JdbcClient jdbc;

    PublicTotalsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The public totals' groups, from the day totals: fast however long the ledger. */
    List<Group> groups(FundId fund, Currency target) {
        return groups(FROM_DAY_TOTALS, fund, target);
    }

    /** The same, computed from every entry of the ledger (tests and the benchmark compare the two). */
    List<Group> groupsFromLedger(FundId fund, Currency target) {
        return groups(QUERY, fund, target);
    }

    private List<Group> groups(String query, FundId fund, Currency target) {
        return jdbc.sql(query)
                .param("fund", fund.value())
                .param("target", target.getCurrencyCode())
                .param("scale", BigDecimal.TEN.pow(Money.minorUnits(target)))
                .query((rs, n) -> new Group(
                        ConvertedTotal.Effect.valueOf(rs.getString("effect")),
                        rs.getObject("entry_date", LocalDate.class),
                        Currency.getInstance(rs.getString("currency")),
                        rs.getString("country"),
                        rs.getLong("entries"),
                        rs.getLong("first_position"),
                        rs.getBigDecimal("original"),
                        rs.getBigDecimal("converted_minor"),
                        rs.getBigDecimal("rate"),
                        rs.getString("rate_base"),
                        rs.getString("rate_quote")))
                .list();
    }

    /** Approved disbursements not reversed, oldest first: purpose and recipient as the treasurers wrote them. */
    List<PublicAccount.PublicDisbursement> disbursements(FundId fund) {
        return jdbc.sql("""
                        SELECT e.id, e.entry_date, e.amount, e.currency, e.purpose, e.recipient
                        FROM fund_ledger_entry e
                        JOIN fund_disbursement_approval a ON a.entry_id = e.id
                        WHERE e.fund_id = ? AND e.kind = 'DISBURSEMENT'
                          AND NOT EXISTS (SELECT 1 FROM fund_ledger_entry r WHERE r.reverses = e.id)
                        ORDER BY e.position""")
                .param(fund.value())
                .query((rs, n) -> new PublicAccount.PublicDisbursement(
                        rs.getObject("id", UUID.class),
                        rs.getObject("entry_date", LocalDate.class),
                        Money.of(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                        rs.getString("purpose"),
                        rs.getString("recipient")))
                .list();
    }

    /**
     * Contributions, approved disbursements and the reversals of either, oldest first; never a reference, a
     * reason or a name (those columns are not even read). A disbursement waiting for approval is not public.
     */
    List<PublicAccount.PublicEntry> entries(FundId fund) {
        return jdbc.sql("""
                        SELECT e.id, e.kind, e.entry_date, e.amount, e.currency, e.recorded_at,
                               CASE WHEN e.kind = 'CONTRIBUTION' THEN e.pledge_id END AS pledge_id,
                               CASE WHEN e.kind = 'DISBURSEMENT' THEN e.purpose END AS purpose,
                               CASE WHEN e.kind = 'DISBURSEMENT' THEN e.recipient END AS recipient,
                               e.reverses
                        FROM fund_ledger_entry e
                        LEFT JOIN fund_disbursement_approval a ON e.kind = 'DISBURSEMENT' AND a.entry_id = e.id
                        LEFT JOIN fund_ledger_entry o ON e.kind = 'REVERSAL' AND o.id = e.reverses
                        LEFT JOIN fund_disbursement_approval oa ON o.kind = 'DISBURSEMENT' AND oa.entry_id = o.id
                        WHERE e.fund_id = ?
                          AND (e.kind = 'CONTRIBUTION' OR a.entry_id IS NOT NULL
                               OR o.kind = 'CONTRIBUTION' OR oa.entry_id IS NOT NULL)
                        ORDER BY e.position""")
                .param(fund.value())
                .query((rs, n) -> new PublicAccount.PublicEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind").toLowerCase(Locale.ROOT),
                        rs.getObject("entry_date", LocalDate.class),
                        Money.of(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                        rs.getObject("pledge_id", UUID.class),
                        rs.getString("purpose"),
                        rs.getString("recipient"),
                        rs.getObject("reverses", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The last time anything public about the fund changed: an entry, an approval, a confirmed pledge. */
    Instant lastUpdated(FundId fund) {
        return jdbc.sql("""
                        SELECT greatest(f.created_at,
                                        (SELECT max(recorded_at) FROM fund_ledger_entry WHERE fund_id = f.id),
                                        (SELECT max(a.approved_at) FROM fund_disbursement_approval a
                                             JOIN fund_ledger_entry e ON e.id = a.entry_id WHERE e.fund_id = f.id),
                                        (SELECT max(confirmed_at) FROM fund_pledge WHERE fund_id = f.id))
                        FROM fund f WHERE f.id = ?""").param(fund.value()).query(Timestamp.class).single().toInstant();
    }
}

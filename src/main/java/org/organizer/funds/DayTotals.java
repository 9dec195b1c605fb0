package org.organizer.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps fund_day_total equal to the sums of the ledger, in the transaction that writes the ledger: a new entry
 * or approval adds to its day's row, a new rate recomputes the rows of its day and currencies, and {@link
 * #rebuild} recomputes a whole fund (after a bulk load). Each entry is converted on its own, as {@link
 * ExchangeRate#convert} does (fund_minor_units), and only then summed, so the sums equal the entry-by-entry
 * conversion of {@link ConvertedTotal}.
 */
@Repository
class DayTotals {

    private static final String ADD = """
            INSERT INTO fund_day_total AS t (fund_id, entry_date, currency, effect, pledge_key, entries, first_position,
                                             original, converted_minor)
            SELECT c.fund_id, c.entry_date, c.currency, c.effect, c.pledge_key, count(*), min(c.position),
                   sum(c.amount),
                   CASE WHEN c.currency = :target THEN sum(c.amount * :scale)
                        ELSE sum(fund_minor_units(c.amount, coalesce(fw.rate, bw.rate), fw.rate IS NOT NULL, :scale))
                   END
            FROM (
                SELECT e.fund_id, e.position, e.entry_date, e.currency, e.amount,
                       CASE e.kind
                           WHEN 'CONTRIBUTION' THEN 'RECEIVED'
                           WHEN 'DISBURSEMENT' THEN
                               CASE WHEN EXISTS (SELECT 1 FROM fund_disbursement_approval a WHERE a.entry_id = e.id)
                                    THEN 'DISBURSED' END
                           ELSE (SELECT CASE WHEN o.kind = 'CONTRIBUTION' THEN 'UNRECEIVED'
                                             WHEN EXISTS (SELECT 1 FROM fund_disbursement_approval oa
                                                          WHERE oa.entry_id = o.id) THEN 'UNDISBURSED' END
                                 FROM fund_ledger_entry o WHERE o.id = e.reverses)
                       END AS effect,
                       coalesce(CASE WHEN e.kind = 'CONTRIBUTION' THEN e.pledge_id
                                     ELSE (SELECT o.pledge_id FROM fund_ledger_entry o
                                           WHERE o.id = e.reverses AND o.kind = 'CONTRIBUTION') END,
                                '00000000-0000-0000-0000-000000000000'::uuid) AS pledge_key
                FROM fund_ledger_entry e
                WHERE e.fund_id = :fund AND %s
            ) c
            LEFT JOIN fund_exchange_rate fw ON c.currency <> :target AND fw.rate_date = c.entry_date
                 AND fw.base_currency = c.currency AND fw.quote_currency = :target
            LEFT JOIN fund_exchange_rate bw ON c.currency <> :target AND fw.rate IS NULL
                 AND bw.rate_date = c.entry_date AND bw.base_currency = :target AND bw.quote_currency = c.currency
            WHERE c.effect IS NOT NULL
            GROUP BY c.fund_id, c.entry_date, c.currency, c.effect, c.pledge_key
            ON CONFLICT (fund_id, entry_date, currency, effect, pledge_key) DO UPDATE SET
                entries = t.entries + excluded.entries,
                first_position = least(t.first_position, excluded.first_position),
                original = t.original + excluded.original,
                converted_minor = t.converted_minor + excluded.converted_minor
            """;

    private final JdbcClient jdbc;

    DayTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** After one entry was recorded or approved: adds what it now counts for (nothing if it counts for nothing). */
    void entry(FundId fund, EntryId entry) {
        add(fund, "e.id = :entry", Map.of("entry", entry.value()));
    }

    /** After a batch of entries (a bank statement): those recorded after this position, under the fund's lock. */
    void entriesAfter(FundId fund, long position) {
        add(fund, "e.position > :after", Map.of("after", position));
    }

    /** The fund's last position, read under its lock before a batch. */
    long lastPosition(FundId fund) {
        return jdbc.sql("SELECT coalesce(max(position), 0) FROM fund_ledger_entry WHERE fund_id = ?")
                .param(fund.value())
                .query(Long.class)
                .single();
    }

    /** After a rate was entered: the days it converts are summed again, in every fund it concerns. */
    void rateAdded(LocalDate date, Currency base, Currency quote) {
        List<Map<String, Object>> concerned = jdbc.sql("SELECT id, currency FROM fund WHERE currency IN (?, ?)")
                .params(base.getCurrencyCode(), quote.getCurrencyCode())
                .query()
                .listOfRows();
        for (Map<String, Object> row : concerned) {
            FundId fund = new FundId((java.util.UUID) row.get("id"));
            String other = base.getCurrencyCode().equals(row.get("currency"))
                    ? quote.getCurrencyCode()
                    : base.getCurrencyCode();
            jdbc.sql("DELETE FROM fund_day_total WHERE fund_id = ? AND entry_date = ? AND currency = ?")
                    .params(fund.value(), date, other)
                    .update();
            add(fund, "e.entry_date = :day AND e.currency = :other", Map.of("day", date, "other", other));
        }
    }

    /** Recomputes every row of the fund from its ledger (after a bulk load; the services keep it otherwise). */
    void rebuild(FundId fund) {
        jdbc.sql("DELETE FROM fund_day_total WHERE fund_id = ?")
                .param(fund.value())
                .update();
        add(fund, "true", Map.of());
    }

    private void add(FundId fund, String filter, Map<String, Object> params) {
        String target = jdbc.sql("SELECT currency FROM fund WHERE id = ?")
                .param(fund.value())
                .query(String.class)
                .single();
        JdbcClient.StatementSpec statement = jdbc.sql(ADD.formatted(filter))
                .param("fund", fund.value())
                .param("target", target)
                .param("scale", BigDecimal.TEN.pow(Money.minorUnits(Currency.getInstance(target))));
        for (Map.Entry<String, Object> p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        statement.update();
    }
}

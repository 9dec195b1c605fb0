package org.organizer.funds;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fund_ledger_entry and fund_disbursement_approval tables: inserts and reads only. */
@Repository
class LedgerRepository {

    private static final String SELECT = """
            SELECT e.id, e.position, e.fund_id, e.kind, e.amount, e.currency, e.entry_date, e.method, e.reference,
                   e.pledge_id, e.purpose, e.recipient, e.reverses, e.reason, e.recorded_by, e.recorded_at,
                   a.approved_by, a.approved_at, r.id AS reversed_by
            FROM fund_ledger_entry e
            LEFT JOIN fund_disbursement_approval a ON a.entry_id = e.id
            LEFT JOIN fund_ledger_entry r ON r.reverses = e.id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final People people;
    private final DayTotals dayTotals;

    LedgerRepository(JdbcClient jdbc, JdbcTemplate batch, People people, DayTotals dayTotals) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.people = people;
        this.dayTotals = dayTotals;
    }

    record NewEntry(
            EntryId id,
            FundId fund,
            EntryKind kind,
            Money money,
            LocalDate date,
            @Nullable PaymentMethod method,
            @Nullable String reference,
            @Nullable UUID pledgeId,
            @Nullable String purpose,
            @Nullable String recipient,
            @Nullable EntryId reverses,
            @Nullable String reason,
            UserId by,
            Instant at) {

        /** A contribution received, typed by a treasurer or read from a bank statement. */
        static NewEntry contribution(EntryId id, FundId fund, Contribution c, UserId by, Instant at) {
            return new NewEntry(
                    id,
                    fund,
                    EntryKind.CONTRIBUTION,
                    c.money(),
                    c.received(),
                    c.method(),
                    c.reference(),
                    c.pledgeId(),
                    null,
                    null,
                    null,
                    null,
                    by,
                    at);
        }
    }

    void insert(NewEntry e) {
        jdbc.sql("""
                        INSERT INTO fund_ledger_entry (id, fund_id, kind, amount, currency, entry_date, method, reference,
                            pledge_id, purpose, recipient, reverses, reason, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.id().value(),
                        e.fund().value(),
                        e.kind().name(),
                        e.money().amount(),
                        e.money().currencyCode(),
                        e.date(),
                        e.method() == null ? null : e.method().name(),
                        e.reference(),
                        e.pledgeId(),
                        e.purpose(),
                        e.recipient(),
                        e.reverses() == null ? null : e.reverses().value(),
                        e.reason(),
                        e.by().value(),
                        Timestamp.from(e.at()))
                .update();
        dayTotals.entry(e.fund(), e.id());
    }

    /**
     * Many contributions (a bank statement) in one statement, in the order given: the rows travel as arrays and
     * are inserted by one INSERT … SELECT FROM unnest, far faster than a statement per line.
     */
    void insertContributions(FundId fund, List<NewEntry> entries, UserId by, Instant at) {
        long after = dayTotals.lastPosition(fund);
        int size = entries.size();
        String[] ids = new String[size];
        String[] amounts = new String[size];
        String[] currencies = new String[size];
        String[] dates = new String[size];
        String[] methods = new String[size];
        String[] references = new String[size];
        String[] pledges = new String[size];
        for (int i = 0; i < size; i++) {
            NewEntry e = entries.get(i);
            if (e.kind() != EntryKind.CONTRIBUTION || !e.fund().equals(fund)) {
                throw new IllegalArgumentException("only contributions to " + fund);
            }
            ids[i] = e.id().value().toString();
            amounts[i] = e.money().amount().toPlainString();
            currencies[i] = e.money().currencyCode();
            dates[i] = e.date().toString();
            methods[i] = e.method() == null ? null : e.method().name();
            references[i] = e.reference();
            pledges[i] = e.pledgeId() == null ? null : e.pledgeId().toString();
        }
        batch.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO fund_ledger_entry (id, fund_id, kind, amount, currency, entry_date, method, reference,
                                                   pledge_id, recorded_by, recorded_at)
                    SELECT u.id::uuid, ?, 'CONTRIBUTION', u.amount::numeric, u.currency, u.entry_date::date, u.method,
                           u.reference, u.pledge_id::uuid, ?, ?
                    FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                         WITH ORDINALITY AS u(id, amount, currency, entry_date, method, reference, pledge_id, n)
                    ORDER BY u.n""");
            statement.setObject(1, fund.value());
            statement.setObject(2, by.value());
            statement.setTimestamp(3, Timestamp.from(at));
            int index = 4;
            for (String[] column : List.of(ids, amounts, currencies, dates, methods, references, pledges)) {
                statement.setArray(index++, connection.createArrayOf("text", column));
            }
            return statement;
        });
        dayTotals.entriesAfter(fund, after);
    }

    void approve(FundId fund, EntryId id, UserId by, Instant at) {
        jdbc.sql("INSERT INTO fund_disbursement_approval (entry_id, approved_by, approved_at) VALUES (?, ?, ?)")
                .params(id.value(), by.value(), Timestamp.from(at))
                .update();
        dayTotals.entry(fund, id);
    }

    Optional<LedgerEntry> entry(FundId fund, EntryId id) {
        Map<UserId, Person> names = new HashMap<>();
        return jdbc.sql(SELECT + " WHERE e.fund_id = ? AND e.id = ?")
                .params(fund.value(), id.value())
                .query((rs, n) -> map(rs, names))
                .optional();
    }

    /** Every entry of the fund in the order it was recorded. */
    List<LedgerEntry> entries(FundId fund) {
        Map<UserId, Person> names = new HashMap<>();
        return jdbc.sql(SELECT + " WHERE e.fund_id = ? ORDER BY e.position")
                .param(fund.value())
                .query((rs, n) -> map(rs, names))
                .list();
    }

    /** Per currency, what counts: computed by the database, so a long ledger needs no loading. */
    List<Balance> balances(FundId fund) {
        return jdbc.sql("""
                        SELECT e.currency,
                            coalesce(sum(e.amount) FILTER (WHERE e.kind = 'CONTRIBUTION'), 0)
                              - coalesce(sum(e.amount) FILTER (WHERE e.kind = 'REVERSAL' AND o.kind = 'CONTRIBUTION'), 0)
                              AS received,
                            coalesce(sum(e.amount) FILTER (WHERE e.kind = 'DISBURSEMENT' AND a.entry_id IS NOT NULL), 0)
                              - coalesce(sum(e.amount) FILTER (WHERE e.kind = 'REVERSAL' AND oa.entry_id IS NOT NULL), 0)
                              AS disbursed,
                            coalesce(sum(e.amount) FILTER (WHERE e.kind = 'DISBURSEMENT' AND a.entry_id IS NULL
                                                           AND r.id IS NULL), 0) AS awaiting
                        FROM fund_ledger_entry e
                        LEFT JOIN fund_ledger_entry o ON o.id = e.reverses
                        LEFT JOIN fund_disbursement_approval a ON a.entry_id = e.id
                        LEFT JOIN fund_disbursement_approval oa ON oa.entry_id = o.id
                        LEFT JOIN fund_ledger_entry r ON r.reverses = e.id
                        WHERE e.fund_id = ?
                        GROUP BY e.currency ORDER BY e.currency""")
                .param(fund.value())
                .query((rs, n) -> {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    BigDecimal received = rs.getBigDecimal("received");
                    BigDecimal disbursed = rs.getBigDecimal("disbursed");
                    return new Balance(
                            currency,
                            Money.of(received, currency),
                            Money.of(disbursed, currency),
                            Money.of(rs.getBigDecimal("awaiting"), currency),
                            received.subtract(disbursed).setScale(Money.minorUnits(currency)));
                })
                .list();
    }

    private LedgerEntry map(ResultSet rs, Map<UserId, Person> names) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        UUID approvedBy = rs.getObject("approved_by", UUID.class);
        String method = rs.getString("method");
        return new LedgerEntry(
                new EntryId(rs.getObject("id", UUID.class)),
                rs.getLong("position"),
                new FundId(rs.getObject("fund_id", UUID.class)),
                EntryKind.valueOf(rs.getString("kind")),
                Money.of(rs.getBigDecimal("amount"), currency),
                rs.getObject("entry_date", LocalDate.class),
                method == null ? null : PaymentMethod.valueOf(method),
                rs.getString("reference"),
                rs.getObject("pledge_id", UUID.class),
                rs.getString("purpose"),
                rs.getString("recipient"),
                entryId(rs, "reverses"),
                rs.getString("reason"),
                person(names, rs.getObject("recorded_by", UUID.class)),
                rs.getTimestamp("recorded_at").toInstant(),
                approvedBy == null
                        ? null
                        : new LedgerEntry.Approval(
                                person(names, approvedBy),
                                rs.getTimestamp("approved_at").toInstant()),
                entryId(rs, "reversed_by"));
    }

    private Person person(Map<UserId, Person> names, UUID id) {
        return names.computeIfAbsent(new UserId(id), people::person);
    }

    private static @Nullable EntryId entryId(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new EntryId(id);
    }
}

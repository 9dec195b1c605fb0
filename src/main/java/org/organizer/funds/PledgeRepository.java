package org.organizer.funds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fund_pledge table, with what linked contributions fulfilled of each pledge. */
@Repository
class PledgeRepository {

    private static final String SELECT = """
            SELECT p.*, coalesce((SELECT sum(e.amount) FROM fund_ledger_entry e
                                  WHERE e.pledge_id = p.id AND e.kind = 'CONTRIBUTION' AND e.currency = p.currency
                                    AND NOT EXISTS (SELECT 1 FROM fund_ledger_entry r WHERE r.reverses = e.id)),
                                 0) AS fulfilled
            FROM fund_pledge p
            """;

    private final JdbcClient jdbc;

    PledgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, FundId fund, NewPledge p, String confirmationHash, Instant at) {
        jdbc.sql("""
                        INSERT INTO fund_pledge (id, fund_id, pledger_kind, name, country, email, visibility, amount,
                            currency, wage, members, language, confirmation_hash, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        fund.value(),
                        p.kind().name(),
                        p.name(),
                        p.country(),
                        p.email(),
                        p.visibility().name(),
                        p.money().amount(),
                        p.money().currencyCode(),
                        p.wage() == null ? null : p.wage().amount(),
                        p.members(),
                        p.language(),
                        confirmationHash,
                        Timestamp.from(at))
                .update();
    }

    Optional<Pledge> pendingByHash(String hash, Instant issuedAfter) {
        return jdbc.sql(SELECT + " WHERE p.confirmation_hash = ? AND p.confirmed_at IS NULL AND p.created_at > ?")
                .params(hash, Timestamp.from(issuedAfter))
                .query((rs, n) -> map(rs))
                .optional();
    }

    boolean confirm(UUID id, Instant at) {
        return jdbc.sql("UPDATE fund_pledge SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL")
                        .params(Timestamp.from(at), id)
                        .update()
                > 0;
    }

    List<Pledge> confirmed(FundId fund) {
        return jdbc.sql(SELECT + " WHERE p.fund_id = ? AND p.confirmed_at IS NOT NULL ORDER BY p.confirmed_at, p.id")
                .param(fund.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    List<Pledge> all(FundId fund) {
        return jdbc.sql(SELECT + " WHERE p.fund_id = ? ORDER BY p.created_at, p.id")
                .param(fund.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    private static Pledge map(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        BigDecimal wage = rs.getBigDecimal("wage");
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new Pledge(
                rs.getObject("id", UUID.class),
                new FundId(rs.getObject("fund_id", UUID.class)),
                PledgerKind.valueOf(rs.getString("pledger_kind")),
                rs.getString("name"),
                rs.getString("country"),
                rs.getString("email"),
                PledgeVisibility.valueOf(rs.getString("visibility")),
                Money.of(rs.getBigDecimal("amount"), currency),
                wage == null ? null : Money.of(wage, currency),
                rs.getObject("members", Integer.class),
                rs.getString("language"),
                rs.getTimestamp("created_at").toInstant(),
                confirmed == null ? null : confirmed.toInstant(),
                Money.of(rs.getBigDecimal("fulfilled"), currency));
    }
}

package org.organizer.funds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.organizer.accounts.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fund_receipt table: inserts and reads only. */
@Repository
class ReceiptRepository {

    private static final String SELECT = """
            SELECT id, fund_id, entry_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
            FROM fund_receipt
            """;

    private final JdbcClient jdbc;
    private final People people;

    ReceiptRepository(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    void insert(Receipt r) {
        jdbc.sql("""
                        INSERT INTO fund_receipt (id, fund_id, entry_id, file_name, content_type, size_bytes, sha256,
                                                  uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.id().value(),
                        r.fund().value(),
                        r.entry().value(),
                        r.fileName(),
                        r.contentType(),
                        r.size(),
                        r.sha256(),
                        r.uploadedBy().id().value(),
                        Timestamp.from(r.uploadedAt()))
                .update();
    }

    Optional<Receipt> receipt(FundId fund, ReceiptId id) {
        Map<UserId, Person> names = new HashMap<>();
        return jdbc.sql(SELECT + " WHERE fund_id = ? AND id = ?")
                .params(fund.value(), id.value())
                .query((rs, n) -> map(rs, names))
                .optional();
    }

    /** Every receipt of the fund, oldest first. */
    List<Receipt> ofFund(FundId fund) {
        Map<UserId, Person> names = new HashMap<>();
        return jdbc.sql(SELECT + " WHERE fund_id = ? ORDER BY uploaded_at, file_name")
                .param(fund.value())
                .query((rs, n) -> map(rs, names))
                .list();
    }

    private Receipt map(ResultSet rs, Map<UserId, Person> names) throws SQLException {
        return new Receipt(
                new ReceiptId(rs.getObject("id", UUID.class)),
                new FundId(rs.getObject("fund_id", UUID.class)),
                new EntryId(rs.getObject("entry_id", UUID.class)),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                names.computeIfAbsent(new UserId(rs.getObject("uploaded_by", UUID.class)), people::person),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}

package org.organizer.funds;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fund, fund_text and fund_treasurer tables. */
@Repository
class FundRepository {

    private final JdbcClient jdbc;
    private final People people;

    FundRepository(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    void insert(FundId id, String slug, NewFund fund, UserId by, Instant at) {
        jdbc.sql("""
                        INSERT INTO fund (id, slug, currency, target, opens_on, closes_on, status,
                                          call_id, day_of_action_id, case_id, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)""")
                .params(
                        id.value(),
                        slug,
                        fund.currency().getCurrencyCode(),
                        fund.target() == null ? null : fund.target().amount(),
                        fund.opensOn(),
                        fund.closesOn(),
                        fund.callId(),
                        fund.dayOfActionId(),
                        fund.caseId(),
                        by.value(),
                        Timestamp.from(at))
                .update();
        saveText(id, fund.text());
    }

    void saveText(FundId id, FundText text) {
        jdbc.sql("""
                        INSERT INTO fund_text (fund_id, language, title, description) VALUES (?, ?, ?, ?)
                        ON CONFLICT (fund_id, language) DO UPDATE SET title = excluded.title,
                                                                      description = excluded.description""")
                .params(id.value(), text.language(), text.title(), text.description())
                .update();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT count(*) FROM fund WHERE slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void addTreasurer(FundId id, UserId user, UserId by, Instant at) {
        jdbc.sql("""
                        INSERT INTO fund_treasurer (fund_id, user_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(id.value(), user.value(), by.value(), Timestamp.from(at))
                .update();
    }

    void removeTreasurer(FundId id, UserId user) {
        jdbc.sql("DELETE FROM fund_treasurer WHERE fund_id = ? AND user_id = ?")
                .params(id.value(), user.value())
                .update();
    }

    boolean isTreasurer(FundId id, UserId user) {
        return jdbc.sql("SELECT count(*) FROM fund_treasurer WHERE fund_id = ? AND user_id = ?")
                        .params(id.value(), user.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Locks the fund's row until the transaction ends: writes to one ledger happen one after the other. */
    boolean lock(FundId id) {
        return jdbc.sql("SELECT id FROM fund WHERE id = ? FOR UPDATE")
                .param(id.value())
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    Optional<Fund> byId(FundId id) {
        return funds("WHERE f.id = ?", List.of(id.value())).stream().findFirst();
    }

    Optional<Fund> bySlug(String slug) {
        return funds("WHERE f.slug = ?", List.of(slug)).stream().findFirst();
    }

    List<Fund> all() {
        return funds("", List.of());
    }

    List<Fund> ofTreasurer(UserId user) {
        return funds("WHERE f.id IN (SELECT fund_id FROM fund_treasurer WHERE user_id = ?)", List.of(user.value()));
    }

    private List<Fund> funds(String condition, List<Object> params) {
        record Row(
                UUID id,
                String slug,
                String currency,
                java.math.@Nullable BigDecimal target,
                LocalDate opensOn,
                @Nullable LocalDate closesOn,
                String status,
                @Nullable UUID callId,
                @Nullable UUID dayOfActionId,
                @Nullable UUID caseId,
                Instant createdAt) {}
        List<Row> rows = jdbc.sql("""
                        SELECT f.id, f.slug, f.currency, f.target, f.opens_on, f.closes_on, f.status,
                               f.call_id, f.day_of_action_id, f.case_id, f.created_at
                        FROM fund f
                        """ + condition + " ORDER BY f.created_at DESC, f.id")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("currency"),
                        rs.getBigDecimal("target"),
                        rs.getObject("opens_on", LocalDate.class),
                        rs.getObject("closes_on", LocalDate.class),
                        rs.getString("status"),
                        rs.getObject("call_id", UUID.class),
                        rs.getObject("day_of_action_id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        List<Fund> funds = new ArrayList<>();
        for (Row row : rows) {
            FundId id = new FundId(row.id());
            Currency currency = Currency.getInstance(row.currency());
            funds.add(new Fund(
                    id,
                    row.slug(),
                    currency,
                    row.target() == null ? null : Money.of(row.target(), currency),
                    row.opensOn(),
                    row.closesOn(),
                    FundStatus.valueOf(row.status()),
                    row.callId(),
                    row.dayOfActionId(),
                    row.caseId(),
                    texts(id),
                    treasurers(id),
                    row.createdAt()));
        }
        return funds;
    }

    private Map<String, FundText> texts(FundId id) {
        Map<String, FundText> texts = new LinkedHashMap<>();
        jdbc.sql("SELECT language, title, description FROM fund_text WHERE fund_id = ? ORDER BY language")
                .param(id.value())
                .query((rs, n) -> new FundText(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(text -> texts.put(text.language(), text));
        return texts;
    }

    private List<Person> treasurers(FundId id) {
        return jdbc
                .sql("SELECT user_id FROM fund_treasurer WHERE fund_id = ? ORDER BY assigned_at, user_id")
                .param(id.value())
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
                .list()
                .stream()
                .map(people::person)
                .toList();
    }
}

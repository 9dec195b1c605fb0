package org.organizer.network.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.network.CallStatus;
import org.organizer.network.OrganisationId;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The call tables. Public only so that the module's {@link org.organizer.network.Calls} facade can read calls. */
@Repository
public class CallRepository {

    private final JdbcClient jdbc;

    CallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Comment(
            long id,
            @Nullable Integer paragraph,
            @Nullable Long parent,
            OrganisationId organisation,
            @Nullable UserId author,
            String body,
            OffsetDateTime at) {}

    record Amendment(
            long id,
            int paragraph,
            String replacement,
            String reason,
            OrganisationId organisation,
            OffsetDateTime at,
            String state,
            String decisionReason) {}

    record Answer(LocalDate day, OrganisationId organisation, PollAnswer answer, String comment) {}

    record Poll(boolean open, List<LocalDate> dates, List<Answer> answers) {}

    record Decision(LocalDate date, @Nullable UserId by, OffsetDateTime at, String participants, String tally) {}

    record HistoryEntry(OffsetDateTime at, @Nullable UserId by, String kind, String detail) {}

    /**
     * A call in one statement: its row with the issuers as an array, once per language version (a call without
     * versions gives one row with no version). One round trip instead of three matters on the path of every
     * endorsement; and reading issuers and versions from inside a row mapper would take a second pooled
     * connection while the first is still held, which with as many concurrent requests as the pool has
     * connections makes every request wait for a second one until the pool times out.
     */
    private static final String CALL = """
            SELECT c.id, c.status, c.original_language, c.original_date, c.decided_date,
                   ARRAY(SELECT i.organisation_id FROM call_issuer i WHERE i.call_id = c.id
                         ORDER BY i.organisation_id) AS issuers,
                   t.language, t.title, t.slug, t.body, t.state
            FROM call c LEFT JOIN call_translation t ON t.call_id = c.id
            """;

    public Optional<Call> byId(CallId id) {
        return one(CALL + "WHERE c.id = ? ORDER BY t.language", id.value());
    }

    public Optional<Call> bySlug(String language, String slug) {
        return one(CALL + """
                        WHERE c.id = (SELECT call_id FROM call_translation WHERE language = ? AND slug = ?)
                        ORDER BY t.language""", language, slug);
    }

    private Optional<Call> one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((ResultSetExtractor<Optional<Call>>) CallRepository::call);
    }

    private static Optional<Call> call(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        UUID id = rs.getObject("id", UUID.class);
        CallStatus status = CallStatus.valueOf(rs.getString("status"));
        String originalLanguage = rs.getString("original_language");
        LocalDate originalDate = rs.getObject("original_date", LocalDate.class);
        LocalDate decidedDate = rs.getObject("decided_date", LocalDate.class);
        List<OrganisationId> issuers = Arrays.stream(
                        (UUID[]) rs.getArray("issuers").getArray())
                .map(OrganisationId::new)
                .toList();
        List<Call.Version> versions = new ArrayList<>();
        do {
            if (rs.getString("language") != null) {
                versions.add(new Call.Version(
                        rs.getString("language"),
                        rs.getString("title"),
                        rs.getString("slug"),
                        rs.getString("body"),
                        rs.getString("state").equals("PUBLISHED")));
            }
        } while (rs.next());
        return Optional.of(
                new Call(new CallId(id), status, originalLanguage, originalDate, decidedDate, issuers, versions));
    }

    /** Public calls with a published version in the language, newest day of action first. */
    List<Call> publicIn(String language) {
        return ids("""
                SELECT c.id FROM call c JOIN call_translation t ON t.call_id = c.id
                WHERE c.status IN ('OPEN', 'CLOSED') AND t.language = ? AND t.state = 'PUBLISHED'
                ORDER BY c.decided_date DESC, c.created_at DESC
                """, language);
    }

    /** Every call, for editors, newest first. */
    List<Call> all() {
        return ids("SELECT id FROM call ORDER BY created_at DESC");
    }

    /** The calls past draft, and the drafts issued by one of the organisations, newest first. */
    List<Call> visibleTo(List<OrganisationId> organisations) {
        List<UUID> ids = organisations.stream().map(OrganisationId::value).toList();
        return jdbc.sql("""
                        SELECT c.id FROM call c WHERE c.status <> 'DRAFT'
                           OR EXISTS (SELECT 1 FROM call_issuer i
                                      WHERE i.call_id = c.id AND i.organisation_id IN (:organisations))
                        ORDER BY c.created_at DESC
                        """).param("organisations", ids).query(UUID.class).list().stream()
                .map(id -> byId(new CallId(id)).orElseThrow())
                .toList();
    }

    private List<Call> ids(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(UUID.class).list().stream()
                .distinct()
                .map(id -> byId(new CallId(id)).orElseThrow())
                .toList();
    }

    void insert(CallId id, String language, @Nullable LocalDate originalDate, List<OrganisationId> issuers, UserId by) {
        jdbc.sql(
                        "INSERT INTO call (id, status, original_language, original_date, created_by) VALUES (?, 'DRAFT', ?, ?, ?)")
                .params(id.value(), language, originalDate, by.value())
                .update();
        for (OrganisationId issuer : issuers) {
            jdbc.sql("INSERT INTO call_issuer (call_id, organisation_id) VALUES (?, ?)")
                    .params(id.value(), issuer.value())
                    .update();
        }
    }

    boolean slugTaken(String language, String slug) {
        return jdbc.sql("SELECT count(*) FROM call_translation WHERE language = ? AND slug = ?")
                        .params(language, slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void saveVersion(CallId id, String language, String title, String body, String slug) {
        jdbc.sql("""
                INSERT INTO call_translation (call_id, language, title, body, slug) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (call_id, language)
                DO UPDATE SET title = excluded.title, body = excluded.body, updated_at = now()
                """).params(id.value(), language, title, body, slug).update();
        touch(id);
    }

    void publishVersion(CallId id, String language) {
        jdbc.sql(
                        "UPDATE call_translation SET state = 'PUBLISHED', updated_at = now() WHERE call_id = ? AND language = ?")
                .params(id.value(), language)
                .update();
        touch(id);
    }

    void status(CallId id, CallStatus status) {
        jdbc.sql("UPDATE call SET status = ?, updated_at = now() WHERE id = ?")
                .params(status.name(), id.value())
                .update();
    }

    void decide(CallId id, LocalDate date) {
        jdbc.sql("UPDATE call SET status = 'DATE_DECIDED', decided_date = ?, updated_at = now() WHERE id = ?")
                .params(date, id.value())
                .update();
    }

    private void touch(CallId id) {
        jdbc.sql("UPDATE call SET updated_at = now() WHERE id = ?")
                .param(id.value())
                .update();
    }

    void history(CallId id, UserId by, String kind, String detail) {
        jdbc.sql("INSERT INTO call_history (call_id, by_user, kind, detail) VALUES (?, ?, ?, ?)")
                .params(id.value(), by.value(), kind, detail)
                .update();
    }

    List<HistoryEntry> history(CallId id) {
        return jdbc.sql("SELECT * FROM call_history WHERE call_id = ? ORDER BY id")
                .param(id.value())
                .query((rs, n) -> new HistoryEntry(
                        rs.getObject("at", OffsetDateTime.class),
                        user(rs, "by_user"),
                        rs.getString("kind"),
                        rs.getString("detail")))
                .list();
    }

    long comment(
            CallId id, @Nullable Integer paragraph, @Nullable Long parent, OrganisationId org, UserId by, String body) {
        return jdbc.sql("""
                INSERT INTO call_comment (call_id, paragraph, parent_id, organisation_id, author, body)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(id.value(), paragraph, parent, org.value(), by.value(), body)
                .query(Long.class)
                .single();
    }

    List<Comment> comments(CallId id) {
        return jdbc.sql("SELECT * FROM call_comment WHERE call_id = ? ORDER BY id")
                .param(id.value())
                .query((rs, n) -> new Comment(
                        rs.getLong("id"),
                        rs.getObject("paragraph", Integer.class),
                        rs.getObject("parent_id", Long.class),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        user(rs, "author"),
                        rs.getString("body"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    long propose(CallId id, int paragraph, String replacement, String reason, OrganisationId org, UserId by) {
        return jdbc.sql("""
                INSERT INTO call_amendment (call_id, paragraph, replacement, reason, organisation_id, author)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(id.value(), paragraph, replacement, reason, org.value(), by.value())
                .query(Long.class)
                .single();
    }

    List<Amendment> amendments(CallId id) {
        return jdbc.sql("SELECT * FROM call_amendment WHERE call_id = ? ORDER BY id")
                .param(id.value())
                .query((rs, n) -> new Amendment(
                        rs.getLong("id"),
                        rs.getInt("paragraph"),
                        rs.getString("replacement"),
                        rs.getString("reason"),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("state"),
                        rs.getString("decision_reason")))
                .list();
    }

    /** Locks the amendment's row; empty when the call has no such amendment. */
    Optional<Amendment> amendmentForUpdate(CallId id, long amendment) {
        return amendments(id).stream()
                .filter(a -> a.id() == amendment)
                .findFirst()
                .map(a -> {
                    jdbc.sql("SELECT id FROM call_amendment WHERE id = ? FOR UPDATE")
                            .param(amendment)
                            .query(Long.class)
                            .single();
                    return a;
                });
    }

    void decideAmendment(long amendment, String state, String reason, UserId by) {
        jdbc.sql("""
                UPDATE call_amendment SET state = ?, decision_reason = ?, decided_by = ?, decided_at = now()
                WHERE id = ?
                """).params(state, reason, by.value(), amendment).update();
    }

    void openPoll(CallId id, List<LocalDate> dates, UserId by) {
        jdbc.sql("INSERT INTO call_poll (call_id, opened_by) VALUES (?, ?)")
                .params(id.value(), by.value())
                .update();
        for (LocalDate date : dates) {
            jdbc.sql("INSERT INTO call_poll_date (call_id, day) VALUES (?, ?)")
                    .params(id.value(), date)
                    .update();
        }
    }

    Optional<Poll> poll(CallId id) {
        Optional<Boolean> open = jdbc.sql("SELECT state = 'OPEN' FROM call_poll WHERE call_id = ?")
                .param(id.value())
                .query(Boolean.class)
                .optional();
        return open.map(o -> new Poll(
                o,
                jdbc.sql("SELECT day FROM call_poll_date WHERE call_id = ? ORDER BY day")
                        .param(id.value())
                        .query(LocalDate.class)
                        .list(),
                jdbc.sql("SELECT * FROM call_poll_answer WHERE call_id = ? ORDER BY day, at")
                        .param(id.value())
                        .query((rs, n) -> new Answer(
                                rs.getObject("day", LocalDate.class),
                                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                PollAnswer.valueOf(rs.getString("answer")),
                                rs.getString("comment")))
                        .list()));
    }

    /** Locks the poll so that answers and closing do not cross; true when it is open. */
    boolean lockOpenPoll(CallId id) {
        return jdbc.sql("SELECT state = 'OPEN' FROM call_poll WHERE call_id = ? FOR UPDATE")
                .param(id.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void answer(CallId id, LocalDate day, OrganisationId org, PollAnswer answer, String comment, UserId by) {
        jdbc.sql("""
                INSERT INTO call_poll_answer (call_id, day, organisation_id, answer, comment, by_user)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (call_id, day, organisation_id)
                DO UPDATE SET answer = excluded.answer, comment = excluded.comment, by_user = excluded.by_user, at = now()
                """)
                .params(id.value(), day, org.value(), answer.name(), comment, by.value())
                .update();
    }

    void closePoll(CallId id, LocalDate date, UserId by, String participantsJson, String tallyJson) {
        jdbc.sql("UPDATE call_poll SET state = 'CLOSED' WHERE call_id = ?")
                .param(id.value())
                .update();
        jdbc.sql("""
                INSERT INTO call_date_decision (call_id, decided_date, decided_by, participants, tally)
                VALUES (?, ?, ?, ?::jsonb, ?::jsonb)
                """)
                .params(id.value(), date, by.value(), participantsJson, tallyJson)
                .update();
        decide(id, date);
    }

    Optional<Decision> decision(CallId id) {
        return jdbc.sql("SELECT * FROM call_date_decision WHERE call_id = ?")
                .param(id.value())
                .query((rs, n) -> new Decision(
                        rs.getObject("decided_date", LocalDate.class),
                        user(rs, "decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class),
                        rs.getString("participants"),
                        rs.getString("tally")))
                .optional();
    }

    /** Takes the call's row lock, so that concurrent changes of one call happen one after the other. */
    void lock(CallId id) {
        jdbc.sql("SELECT id FROM call WHERE id = ? FOR UPDATE")
                .param(id.value())
                .query(UUID.class)
                .optional();
    }

    private static @Nullable UserId user(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new UserId(id);
    }
}

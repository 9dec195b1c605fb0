package org.organizer.network.days;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;
import org.organizer.media.PhotoId;
import org.organizer.network.ActionKind;
import org.organizer.network.DayOfAction;
import org.organizer.network.DayOfActionId;
import org.organizer.network.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of days of action. Only {@link #contactEmail} and the token look-ups read the private contact. */
@Repository
class DayRepository {

    private static final String ACTION = """
            SELECT id, day_id, kind, city, country, latitude, longitude, meeting_point, show_meeting_point,
                   starts_at, time_zone, organisation_id, organiser, description, status, rejection_reason
            FROM day_action
            """;

    private final JdbcClient jdbc;

    DayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertDay(DayOfAction day, UserId by) {
        jdbc.sql("INSERT INTO day_of_action (id, slug, day, call_id, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(day.id().value(), day.slug(), day.date(), day.callId(), by.value())
                .update();
        day.titles()
                .forEach((language, title) -> jdbc.sql(
                                "INSERT INTO day_of_action_title (day_id, language, title) VALUES (?, ?, ?)")
                        .params(day.id().value(), language, title)
                        .update());
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT count(*) FROM day_of_action WHERE slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<DayOfAction> day(DayOfActionId id) {
        return days("WHERE id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    Optional<DayOfAction> day(String slug) {
        return days("WHERE slug = :slug", Map.of("slug", slug)).stream().findFirst();
    }

    List<DayOfAction> days() {
        return days("", Map.of());
    }

    List<DayOfAction> daysOfCall(UUID call) {
        return days("WHERE call_id = :call", Map.of("call", call));
    }

    private List<DayOfAction> days(String where, Map<String, Object> params) {
        record Row(
                DayOfActionId id,
                String slug,
                LocalDate date,
                @Nullable UUID call) {}
        List<Row> rows = jdbc.sql(
                        "SELECT id, slug, day, call_id FROM day_of_action " + where + " ORDER BY day DESC, slug")
                .params(params)
                .query((rs, n) -> new Row(
                        new DayOfActionId(rs.getObject("id", UUID.class)),
                        rs.getString("slug"),
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("call_id", UUID.class)))
                .list();
        List<DayOfAction> days = new ArrayList<>();
        for (Row row : rows) {
            Map<String, String> titles = new LinkedHashMap<>();
            jdbc.sql("SELECT language, title FROM day_of_action_title WHERE day_id = ? ORDER BY language")
                    .param(row.id().value())
                    .query(rs -> {
                        titles.put(rs.getString("language"), rs.getString("title"));
                    });
            days.add(new DayOfAction(row.id(), row.slug(), row.date(), row.call(), titles));
        }
        return days;
    }

    @Nullable
    UUID roundUp(DayOfActionId day) {
        return jdbc.sql("SELECT roundup_article_id FROM day_of_action WHERE id = ?")
                .param(day.value())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .optional()
                .orElse(null);
    }

    void setRoundUp(DayOfActionId day, UUID article) {
        jdbc.sql("UPDATE day_of_action SET roundup_article_id = ? WHERE id = ?")
                .params(article, day.value())
                .update();
    }

    void insertAction(Action a, String email, @Nullable String confirmHash, String reportHash, @Nullable UserId by) {
        jdbc.sql("""
                        INSERT INTO day_action (id, day_id, kind, city, country, latitude, longitude, meeting_point,
                            show_meeting_point, starts_at, time_zone, organisation_id, organiser, description, status,
                            registered_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        a.id(),
                        a.day().value(),
                        a.kind().name(),
                        a.city(),
                        a.country(),
                        a.latitude(),
                        a.longitude(),
                        a.meetingPoint(),
                        a.showMeetingPoint(),
                        a.startsAt().atOffset(ZoneOffset.UTC),
                        a.zone().getId(),
                        a.organisation() == null ? null : a.organisation().value(),
                        a.organiser(),
                        a.description(),
                        a.status().name(),
                        by == null ? null : by.value())
                .update();
        jdbc.sql("""
                        INSERT INTO day_action_contact (action_id, email, confirm_token_hash, report_token_hash)
                        VALUES (?, ?, ?, ?)""").params(a.id(), email, confirmHash, reportHash).update();
    }

    Optional<Action> action(UUID id) {
        return jdbc.sql(ACTION + "WHERE id = ?")
                .param(id)
                .query(DayRepository::action)
                .optional();
    }

    List<Action> actions(DayOfActionId day, ActionStatus status) {
        return jdbc.sql(ACTION + "WHERE day_id = ? AND status = ? ORDER BY country, city, starts_at")
                .params(day.value(), status.name())
                .query(DayRepository::action)
                .list();
    }

    List<Action> allActions(DayOfActionId day) {
        return jdbc.sql(ACTION + "WHERE day_id = ? ORDER BY status, country, city, starts_at")
                .param(day.value())
                .query(DayRepository::action)
                .list();
    }

    Optional<Action> byConfirmToken(String hash) {
        return jdbc.sql(ACTION + "WHERE id = (SELECT action_id FROM day_action_contact WHERE confirm_token_hash = ?)")
                .param(hash)
                .query(DayRepository::action)
                .optional();
    }

    Optional<Action> byReportToken(String hash) {
        return jdbc.sql(ACTION + "WHERE id = (SELECT action_id FROM day_action_contact WHERE report_token_hash = ?)")
                .param(hash)
                .query(DayRepository::action)
                .optional();
    }

    String contactEmail(UUID action) {
        return jdbc.sql("SELECT email FROM day_action_contact WHERE action_id = ?")
                .param(action)
                .query(String.class)
                .single();
    }

    /** Moves the action from one status to another; false when it was not in {@code from} any more. */
    boolean changeStatus(UUID action, ActionStatus from, ActionStatus to, @Nullable String reason) {
        return jdbc.sql("UPDATE day_action SET status = ?, rejection_reason = ? WHERE id = ? AND status = ?")
                        .params(to.name(), reason, action, from.name())
                        .update()
                == 1;
    }

    void forgetConfirmToken(UUID action) {
        jdbc.sql("UPDATE day_action_contact SET confirm_token_hash = NULL WHERE action_id = ?")
                .param(action)
                .update();
    }

    int countPublished(DayOfActionId day) {
        return jdbc.sql("SELECT count(*) FROM day_action WHERE day_id = ? AND status = 'PUBLISHED'")
                .param(day.value())
                .query(Integer.class)
                .single();
    }

    void insertReport(Report report, @Nullable UserId by) {
        jdbc.sql("INSERT INTO day_action_report (id, action_id, text, turnout, by_user) VALUES (?, ?, ?, ?, ?)")
                .params(report.id(), report.action(), report.text(), report.turnout(), by == null ? null : by.value())
                .update();
        int position = 0;
        for (PhotoId photo : report.photos()) {
            jdbc.sql("INSERT INTO day_action_report_photo (report_id, photo_id, position) VALUES (?, ?, ?)")
                    .params(report.id(), photo.value(), position++)
                    .update();
        }
    }

    /** The reports on the day's actions, by action, oldest first. */
    Map<UUID, List<Report>> reports(DayOfActionId day) {
        Map<UUID, List<PhotoId>> photos = new HashMap<>();
        jdbc.sql("""
                        SELECT p.report_id, p.photo_id FROM day_action_report_photo p
                        JOIN day_action_report r ON r.id = p.report_id JOIN day_action a ON a.id = r.action_id
                        WHERE a.day_id = ? ORDER BY p.position""").param(day.value()).query(rs -> {
            photos.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new PhotoId(rs.getObject(2, UUID.class)));
        });
        Map<UUID, List<Report>> reports = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.id, r.action_id, r.text, r.turnout, r.created_at FROM day_action_report r
                        JOIN day_action a ON a.id = r.action_id WHERE a.day_id = ? ORDER BY r.created_at""").param(day.value()).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Report report = new Report(
                    id,
                    rs.getObject("action_id", UUID.class),
                    rs.getString("text"),
                    rs.getObject("turnout", Integer.class),
                    rs.getObject("created_at", OffsetDateTime.class),
                    photos.getOrDefault(id, List.of()));
            reports.computeIfAbsent(report.action(), k -> new ArrayList<>()).add(report);
        });
        return reports;
    }

    private static Action action(ResultSet rs, int n) throws SQLException {
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        return new Action(
                rs.getObject("id", UUID.class),
                new DayOfActionId(rs.getObject("day_id", UUID.class)),
                ActionKind.valueOf(rs.getString("kind")),
                rs.getString("city"),
                rs.getString("country"),
                rs.getDouble("latitude"),
                rs.getDouble("longitude"),
                rs.getString("meeting_point"),
                rs.getBoolean("show_meeting_point"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                ZoneId.of(rs.getString("time_zone")),
                organisation == null ? null : new OrganisationId(organisation),
                rs.getString("organiser"),
                rs.getString("description"),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getString("rejection_reason"));
    }
}

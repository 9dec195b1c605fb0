package org.organizer.cases;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which cases the public sees, in SQL: the same rule as {@link PublicCase#published()} on what
 * {@link Cases#publicCase} shows — a public value that needs no consent, a person's public name with that
 * person's active NAME consent, or the public summary when every victim of the case has an active STORY
 * consent. Tests check both agree.
 */
@Repository
class StatisticsRepository {

    /** case_file rows the public sees, with the date of their first event that has a public value. */
    /** The condition on {@code case_file c} that the public sees the case. */
    static final String PUBLIC_CONDITION = """
            (EXISTS (SELECT 1 FROM case_field f
                          WHERE f.owner_kind = 'CASE' AND f.owner_id = c.id AND f.visibility = 'PUBLIC'
                            AND (f.name <> 'summary' OR NOT EXISTS (
                                SELECT 1 FROM case_person_role r
                                WHERE r.case_id = c.id AND r.role = 'VICTIM' AND NOT EXISTS (
                                    SELECT 1 FROM case_consent k WHERE k.person_id = r.person_id
                                      AND k.scope = 'STORY' AND k.withdrawn_at IS NULL))))
               OR EXISTS (SELECT 1 FROM case_person_role r JOIN case_field f
                              ON f.owner_kind = 'ROLE' AND f.owner_id = r.id AND f.visibility = 'PUBLIC'
                          WHERE r.case_id = c.id)
               OR EXISTS (SELECT 1 FROM case_person_role r JOIN case_field f
                              ON f.owner_kind = 'PERSON' AND f.owner_id = r.person_id AND f.visibility = 'PUBLIC'
                          WHERE r.case_id = c.id AND (f.name <> 'name' OR EXISTS (
                                SELECT 1 FROM case_consent k WHERE k.person_id = r.person_id
                                  AND k.scope = 'NAME' AND k.withdrawn_at IS NULL)))
               OR EXISTS (SELECT 1 FROM case_institution i JOIN case_field f
                              ON f.owner_kind = 'INSTITUTION' AND f.owner_id = i.id AND f.visibility = 'PUBLIC'
                          WHERE i.case_id = c.id)
               OR EXISTS (SELECT 1 FROM case_source s JOIN case_field f
                              ON f.owner_kind = 'SOURCE' AND f.owner_id = s.id AND f.visibility = 'PUBLIC'
                          WHERE s.case_id = c.id)
               OR EXISTS (SELECT 1 FROM case_event e JOIN case_field f
                              ON f.owner_kind = 'EVENT' AND f.owner_id = e.id AND f.visibility = 'PUBLIC'
                          WHERE e.case_id = c.id))
            """;

    /** case_file rows the public sees, with the date of their first event that has a public value. */
    static final String PUBLISHED = """
            SELECT c.id, c.slug, c.country, c.status, c.created_at,
                   (SELECT min(e.occurred_on) FROM case_event e WHERE e.case_id = c.id AND EXISTS (
                        SELECT 1 FROM case_field f
                        WHERE f.owner_kind = 'EVENT' AND f.owner_id = e.id AND f.visibility = 'PUBLIC')) AS first_public
            FROM case_file c
            WHERE """ + PUBLIC_CONDITION;

    /** How many cases the public list checks at a time. */
    private static final int CANDIDATES = 400;

    record Row(String dimension, String key, long cases) {}

    record Published(
            String slug,
            String country,
            CaseStatus status,
            @Nullable LocalDate firstPublic) {}

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> counts() {
        return jdbc.sql("WITH p AS (" + PUBLISHED + """
                        )
                        SELECT 'country', country, count(*) FROM p GROUP BY country
                        UNION ALL SELECT 'status', status, count(*) FROM p GROUP BY status
                        UNION ALL SELECT 'year', coalesce(extract(year FROM first_public)::int::text, ''), count(*)
                                  FROM p GROUP BY 2""")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** The newest cases the public sees, filtered by country and status: structure only, for the list. */
    /**
     * The newest cases the public sees, filtered by country and status. In two steps, so each step has a plan
     * that does not grow with the archive: the newest candidates by the filters (an index on (filter,
     * created_at) read up to a small limit), then the public rule for those candidates only (probes by id). In
     * one query, PostgreSQL may check the rule for every case by scanning case_field whole.
     */
    List<CaseSummary> publicList(@Nullable String country, @Nullable CaseStatus status, int limit) {
        List<CaseSummary> shown = new ArrayList<>();
        Timestamp beforeAt = null;
        UUID beforeId = null;
        while (shown.size() < limit) {
            StringBuilder sql =
                    new StringBuilder("SELECT id, slug, country, status, created_at FROM case_file c WHERE true");
            List<Object> params = new ArrayList<>();
            if (country != null) {
                sql.append(" AND c.country = ?");
                params.add(country);
            }
            if (status != null) {
                sql.append(" AND c.status = ?");
                params.add(status.name());
            }
            if (beforeAt != null) {
                sql.append(" AND (c.created_at, c.id) < (?, ?)");
                params.add(beforeAt);
                params.add(beforeId);
            }
            sql.append(" ORDER BY c.created_at DESC, c.id DESC LIMIT ").append(CANDIDATES);
            record Candidate(CaseSummary summary, Timestamp createdAt) {}
            List<Candidate> candidates = jdbc.sql(sql.toString())
                    .params(params)
                    .query((rs, n) -> new Candidate(
                            new CaseSummary(
                                    rs.getObject(1, UUID.class),
                                    rs.getString(2),
                                    rs.getString(3),
                                    CaseStatus.valueOf(rs.getString(4))),
                            rs.getTimestamp(5)))
                    .list();
            if (candidates.isEmpty()) {
                break;
            }
            Set<UUID> published = new HashSet<>(jdbc.sql(
                            "SELECT c.id FROM case_file c WHERE c.id = ANY(?) AND " + PUBLIC_CONDITION)
                    .param(candidates.stream().map(c -> c.summary().id()).toArray(UUID[]::new))
                    .query(UUID.class)
                    .list());
            for (Candidate c : candidates) {
                if (published.contains(c.summary().id()) && shown.size() < limit) {
                    shown.add(c.summary());
                }
            }
            Candidate last = candidates.getLast();
            beforeAt = last.createdAt();
            beforeId = last.summary().id();
            if (candidates.size() < CANDIDATES) {
                break;
            }
        }
        return List.copyOf(shown);
    }

    /** Every published case, newest first. */
    List<Published> published() {
        return jdbc.sql(PUBLISHED + " ORDER BY c.created_at DESC, c.id")
                .query((rs, n) -> new Published(
                        rs.getString("slug"),
                        rs.getString("country"),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getObject("first_public", LocalDate.class)))
                .list();
    }
}

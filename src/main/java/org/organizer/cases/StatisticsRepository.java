package org.organizer.cases;

import java.time.LocalDate;
import java.util.List;
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
    List<CaseSummary> publicList(@Nullable String country, @Nullable CaseStatus status, int limit) {
        // Only the filters given, so the planner walks an index on (filter, created_at) and stops at the limit.
        StringBuilder sql = new StringBuilder("SELECT c.id, c.slug, c.country, c.status FROM case_file c WHERE ");
        List<Object> params = new java.util.ArrayList<>();
        if (country != null) {
            sql.append("c.country = ? AND ");
            params.add(country);
        }
        if (status != null) {
            sql.append("c.status = ? AND ");
            params.add(status.name());
        }
        sql.append(PUBLIC_CONDITION).append(" ORDER BY c.created_at DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new CaseSummary(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        CaseStatus.valueOf(rs.getString(4))))
                .list();
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

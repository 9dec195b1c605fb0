package org.organizer.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation tables. Only {@link #contacts} reads the private contact details. */
@Repository
class OrganisationRepository {

    private static final String SELECT = """
            SELECT o.id, o.slug, o.kind, o.country, o.city, o.website, o.website_host, o.languages,
                   EXISTS (SELECT 1 FROM organisation_verification v WHERE v.organisation_id = o.id
                           AND (v.method = 'editor-vouch' OR v.domain = o.website_host)) AS verified,
                   t.language, t.name, t.description
            FROM organisation o LEFT JOIN organisation_text t ON t.organisation_id = o.id
            """;

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(Organisation organisation, @Nullable String websiteHost) {}

    record Verification(
            String method,
            @Nullable UserId by,
            OffsetDateTime at,
            @Nullable String domain,
            String detail) {}

    record Representative(
            UserId user, OffsetDateTime since, @Nullable UserId addedBy) {}

    record Challenge(OrganisationId organisation, UserId user, String email, String domain) {}

    Optional<Stored> byId(OrganisationId id) {
        return query(SELECT + "WHERE o.id = :id", Map.of("id", id.value())).stream()
                .findFirst();
    }

    Optional<Stored> bySlug(String slug) {
        return query(SELECT + "WHERE o.slug = :slug", Map.of("slug", slug)).stream()
                .findFirst();
    }

    /** Blank filters match everything; the name matches part of the name in any language. */
    List<Stored> search(String name, String country, String kind) {
        Map<String, Object> params = new HashMap<>();
        params.put(
                "pattern", "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        params.put("name", name);
        params.put("country", country);
        params.put("kind", kind);
        return query(SELECT + """
                WHERE (:country = '' OR o.country = :country) AND (:kind = '' OR o.kind = :kind)
                  AND (:name = '' OR EXISTS (SELECT 1 FROM organisation_text s WHERE s.organisation_id = o.id
                                             AND s.name ILIKE :pattern))
                """, params);
    }

    /**
     * The organisation whose website is at the host, else one with a name in any language that has the key;
     * the first by slug when several match. Both lookups use an index, whatever the size of the directory.
     */
    Optional<OrganisationId> recognised(String nameKey, @Nullable String websiteHost) {
        return jdbc.sql("""
                        SELECT id FROM (
                            SELECT o.id, o.slug, 0 AS rank FROM organisation o WHERE o.website_host = :host
                            UNION ALL
                            SELECT o.id, o.slug, 1 FROM organisation o
                            JOIN organisation_text t ON t.organisation_id = o.id WHERE t.name_key = :key
                        ) matches
                        ORDER BY rank, slug LIMIT 1
                        """)
                .param("host", websiteHost)
                .param("key", nameKey)
                .query(UUID.class)
                .optional()
                .map(OrganisationId::new);
    }

    /** Computes the name keys of names stored before they had one; answers how many there were. */
    int fillMissingNameKeys() {
        record Name(UUID organisation, String language, String name) {}
        List<Name> names = jdbc.sql(
                        "SELECT organisation_id, language, name FROM organisation_text WHERE name_key IS NULL")
                .query((rs, n) -> new Name(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
        if (!names.isEmpty()) {
            jdbc.sql("""
                            UPDATE organisation_text t SET name_key = k.key
                            FROM unnest(?::uuid[], ?::text[], ?::text[]) AS k(organisation_id, language, key)
                            WHERE t.organisation_id = k.organisation_id AND t.language = k.language
                            """)
                    .params(
                            names.stream().map(Name::organisation).toArray(UUID[]::new),
                            names.stream().map(Name::language).toArray(String[]::new),
                            names.stream()
                                    .map(n -> OrganisationNames.key(n.name()))
                                    .toArray(String[]::new))
                    .update();
        }
        return names.size();
    }

    List<Stored> representedBy(UserId user) {
        return query(
                SELECT
                        + "WHERE o.id IN (SELECT organisation_id FROM organisation_representative WHERE user_id = :user)",
                Map.of("user", user.value()));
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(OrganisationId id, String slug, OrganisationDetails details, UserId by) {
        jdbc.sql("""
                        INSERT INTO organisation (id, slug, kind, country, city, website, website_host, languages, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id.value(),
                        slug,
                        details.kind().name(),
                        details.country(),
                        details.city(),
                        details.website(),
                        details.websiteHost(),
                        details.languages().toArray(String[]::new),
                        by.value())
                .update();
        replaceTexts(id, details);
    }

    void update(OrganisationId id, OrganisationDetails details) {
        jdbc.sql("""
                        UPDATE organisation SET kind = ?, country = ?, city = ?, website = ?, website_host = ?,
                            languages = ?, updated_at = now()
                        WHERE id = ?""")
                .params(
                        details.kind().name(),
                        details.country(),
                        details.city(),
                        details.website(),
                        details.websiteHost(),
                        details.languages().toArray(String[]::new),
                        id.value())
                .update();
        replaceTexts(id, details);
    }

    private void replaceTexts(OrganisationId id, OrganisationDetails details) {
        jdbc.sql("DELETE FROM organisation_text WHERE organisation_id = ?")
                .param(id.value())
                .update();
        details.names()
                .forEach((language, name) -> jdbc.sql("""
                                INSERT INTO organisation_text (organisation_id, language, name, name_key, description)
                                VALUES (?, ?, ?, ?, ?)""")
                        .params(
                                id.value(),
                                language,
                                name,
                                OrganisationNames.key(name),
                                details.descriptions().getOrDefault(language, ""))
                        .update());
    }

    OrganisationContacts contacts(OrganisationId id) {
        return jdbc.sql(
                        "SELECT email, phone, postal_address, notes FROM organisation_contact WHERE organisation_id = ?")
                .param(id.value())
                .query((rs, n) -> new OrganisationContacts(
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("postal_address"),
                        rs.getString("notes")))
                .optional()
                .orElseGet(OrganisationContacts::none);
    }

    void saveContacts(OrganisationId id, OrganisationContacts contacts) {
        jdbc.sql("""
                        INSERT INTO organisation_contact (organisation_id, email, phone, postal_address, notes)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (organisation_id) DO UPDATE SET email = EXCLUDED.email, phone = EXCLUDED.phone,
                            postal_address = EXCLUDED.postal_address, notes = EXCLUDED.notes""")
                .params(id.value(), contacts.email(), contacts.phone(), contacts.postalAddress(), contacts.notes())
                .update();
    }

    /** False when the account already represents the organisation. */
    boolean addRepresentative(OrganisationId id, UserId user, UserId addedBy) {
        return jdbc.sql("""
                                INSERT INTO organisation_representative (organisation_id, user_id, added_by)
                                VALUES (?, ?, ?) ON CONFLICT DO NOTHING""").params(id.value(), user.value(), addedBy.value()).update() == 1;
    }

    List<Representative> representatives(OrganisationId id) {
        return jdbc.sql("""
                        SELECT user_id, since, added_by FROM organisation_representative
                        WHERE organisation_id = ? ORDER BY since""")
                .param(id.value())
                .query((rs, n) -> new Representative(
                        new UserId(rs.getObject("user_id", UUID.class)),
                        rs.getObject("since", OffsetDateTime.class),
                        userId(rs, "added_by")))
                .list();
    }

    boolean isRepresentative(OrganisationId id, UserId user) {
        return jdbc.sql("SELECT count(*) FROM organisation_representative WHERE organisation_id = ? AND user_id = ?")
                        .params(id.value(), user.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void addVerification(OrganisationId id, String method, UserId by, @Nullable String domain, String detail) {
        jdbc.sql("""
                        INSERT INTO organisation_verification (organisation_id, method, by_user, domain, detail)
                        VALUES (?, ?, ?, ?, ?)""").params(id.value(), method, by.value(), domain, detail).update();
    }

    List<Verification> verifications(OrganisationId id) {
        return jdbc.sql("""
                        SELECT method, by_user, at, domain, detail FROM organisation_verification
                        WHERE organisation_id = ? ORDER BY at, id""")
                .param(id.value())
                .query((rs, n) -> new Verification(
                        rs.getString("method"),
                        userId(rs, "by_user"),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("domain"),
                        rs.getString("detail")))
                .list();
    }

    void addChallenge(String tokenHash, Challenge challenge, java.time.Duration validity) {
        jdbc.sql("""
                        INSERT INTO organisation_domain_challenge (token_hash, organisation_id, user_id, email, domain, expires_at)
                        VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => ?))""")
                .params(
                        tokenHash,
                        challenge.organisation().value(),
                        challenge.user().value(),
                        challenge.email(),
                        challenge.domain(),
                        (double) validity.toSeconds())
                .update();
    }

    Optional<Challenge> challenge(String tokenHash) {
        return jdbc.sql("""
                        SELECT organisation_id, user_id, email, domain FROM organisation_domain_challenge
                        WHERE token_hash = ? AND expires_at > now()""")
                .param(tokenHash)
                .query((rs, n) -> new Challenge(
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        rs.getString("email"),
                        rs.getString("domain")))
                .optional();
    }

    /** True only for the one caller that used up a still-valid challenge. */
    boolean consumeChallenge(String tokenHash) {
        return jdbc.sql("DELETE FROM organisation_domain_challenge WHERE token_hash = ? AND expires_at > now()")
                        .param(tokenHash)
                        .update()
                == 1;
    }

    private List<Stored> query(String sql, Map<String, ?> params) {
        Map<UUID, Builder> rows = new LinkedHashMap<>();
        jdbc.sql(sql + " ORDER BY o.created_at, o.id, t.language")
                .params(params)
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Builder b = rows.get(id);
                    if (b == null) {
                        b = new Builder(rs);
                        rows.put(id, b);
                    }
                    String language = rs.getString("language");
                    if (language != null) {
                        b.names.put(language, rs.getString("name"));
                        if (!rs.getString("description").isEmpty()) {
                            b.descriptions.put(language, rs.getString("description"));
                        }
                    }
                });
        List<Stored> result = new ArrayList<>();
        rows.values().forEach(b -> result.add(b.build()));
        return result;
    }

    private static @Nullable UserId userId(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new UserId(id);
    }

    private static final class Builder {
        final OrganisationId id;
        final String slug;
        final OrganisationKind kind;
        final String country;
        final String city;
        final @Nullable String website;
        final @Nullable String websiteHost;
        final List<String> languages;
        final boolean verified;
        final Map<String, String> names = new LinkedHashMap<>();
        final Map<String, String> descriptions = new LinkedHashMap<>();

        Builder(ResultSet rs) throws SQLException {
            id = new OrganisationId(rs.getObject("id", UUID.class));
            slug = rs.getString("slug");
            kind = OrganisationKind.valueOf(rs.getString("kind"));
            country = rs.getString("country");
            city = rs.getString("city");
            website = rs.getString("website");
            websiteHost = rs.getString("website_host");
            languages = Arrays.asList((String[]) rs.getArray("languages").getArray());
            verified = rs.getBoolean("verified");
        }

        Stored build() {
            return new Stored(
                    new Organisation(id, slug, kind, country, city, website, languages, names, descriptions, verified),
                    websiteHost);
        }
    }
}

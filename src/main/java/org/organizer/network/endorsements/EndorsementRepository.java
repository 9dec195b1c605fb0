package org.organizer.network.endorsements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;
import org.organizer.network.CallId;
import org.organizer.network.OrganisationId;
import org.organizer.network.OrganisationNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Endorsements and their log, in plain SQL. */
@Repository
class EndorsementRepository {

    enum State {
        UNCONFIRMED,
        PENDING,
        PUBLIC,
        REJECTED,
        WITHDRAWN,
        MERGED
    }

    /** An endorsement with everything stored, the private contact address included. */
    record Stored(
            UUID id,
            CallId call,
            @Nullable OrganisationId organisation,
            @Nullable UUID mergedInto,
            String name,
            String nameKey,
            String kind,
            String country,
            @Nullable String website,
            @Nullable String websiteHost,
            @Nullable String signerName,
            @Nullable String signerRole,
            boolean publishSigner,
            boolean publishRole,
            String email,
            String emailDomain,
            State state,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime confirmedAt) {}

    record LogEntry(
            UUID endorsement,
            OffsetDateTime at,
            @Nullable String by,
            String action,
            @Nullable String reason) {}

    private final JdbcClient jdbc;

    EndorsementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new, unconfirmed endorsement with its first log entry, "submitted", in one statement. */
    void add(
            UUID id, CallId call, @Nullable OrganisationId organisation, EndorsementRules.Form form, String tokenHash) {
        jdbc.sql("""
                        WITH added AS (
                            INSERT INTO call_endorsement (id, call_id, organisation_id, name, name_key, kind, country,
                                website, website_host, signer_name, signer_role, publish_signer, publish_role, email,
                                email_domain, state, token_hash)
                            VALUES (:id, :call, :org, :name, :key, :kind, :country, :website, :host, :signer, :role,
                                :publishSigner, :publishRole, :email, :domain, 'UNCONFIRMED', :token)
                            RETURNING id)
                        INSERT INTO call_endorsement_log (endorsement_id, action) SELECT id, 'submitted' FROM added
                        """)
                .param("id", id)
                .param("call", call.value())
                .param("org", organisation == null ? null : organisation.value())
                .param("name", form.name())
                .param("key", OrganisationNames.key(form.name()))
                .param("kind", form.kind().code())
                .param("country", form.country())
                .param("website", form.website())
                .param("host", form.websiteHost())
                .param("signer", form.signerName().isEmpty() ? null : form.signerName())
                .param("role", form.signerRole().isEmpty() ? null : form.signerRole())
                .param("publishSigner", form.publishSigner())
                .param("publishRole", form.publishRole())
                .param("email", form.email())
                .param("domain", form.emailDomain())
                .param("token", tokenHash)
                .update();
    }

    Optional<Stored> byId(UUID id) {
        return jdbc.sql("SELECT * FROM call_endorsement WHERE id = :id")
                .param("id", id)
                .query(EndorsementRepository::stored)
                .optional();
    }

    /** The unconfirmed endorsement of a confirmation link still valid. */
    Optional<Stored> byToken(String tokenHash, Duration validity) {
        return jdbc.sql("""
                        SELECT * FROM call_endorsement
                        WHERE token_hash = :token AND state = 'UNCONFIRMED'
                          AND created_at > now() - make_interval(secs => :seconds)
                        """)
                .param("token", tokenHash)
                .param("seconds", validity.toSeconds())
                .query(EndorsementRepository::stored)
                .optional();
    }

    List<Stored> ofCall(CallId call) {
        return jdbc.sql("SELECT * FROM call_endorsement WHERE call_id = :call ORDER BY created_at, id")
                .param("call", call.value())
                .query(EndorsementRepository::stored)
                .list();
    }

    List<Stored> inState(CallId call, State state) {
        return jdbc.sql("""
                        SELECT * FROM call_endorsement WHERE call_id = :call AND state = :state
                        ORDER BY confirmed_at, created_at, id
                        """)
                .param("call", call.value())
                .param("state", state.name())
                .query(EndorsementRepository::stored)
                .list();
    }

    /** The endorsements of a call in a state from one country, in the order of {@link #inState}. */
    List<Stored> inState(CallId call, State state, String country) {
        return jdbc.sql("""
                        SELECT * FROM call_endorsement WHERE call_id = :call AND state = :state AND country = :country
                        ORDER BY confirmed_at, created_at, id
                        """)
                .param("call", call.value())
                .param("state", state.name())
                .param("country", country)
                .query(EndorsementRepository::stored)
                .list();
    }

    /**
     * The earliest pending or public endorsement of the call by the same organisation as the given one: the
     * same directory organisation, name key or website host, or the same e-mail domain when that domain
     * belongs to an organisation. Asked of the database so a
     * confirmation does not read every endorsement of a call.
     */
    Optional<Stored> earlierOfSameOrganisation(Stored endorsement, boolean organisationDomain) {
        return jdbc.sql("""
                        SELECT * FROM call_endorsement
                        WHERE call_id = :call AND state IN ('PENDING', 'PUBLIC') AND id <> :id
                          AND (organisation_id = :organisation
                               OR name_key = :nameKey
                               OR website_host = :websiteHost
                               OR (:organisationDomain AND email_domain = :emailDomain))
                        ORDER BY created_at, id
                        LIMIT 1
                        """)
                .param("call", endorsement.call().value())
                .param("id", endorsement.id())
                .param(
                        "organisation",
                        endorsement.organisation() == null
                                ? null
                                : endorsement.organisation().value())
                .param("nameKey", endorsement.nameKey())
                .param("websiteHost", endorsement.websiteHost())
                .param("organisationDomain", organisationDomain)
                .param("emailDomain", endorsement.emailDomain())
                .query(EndorsementRepository::stored)
                .optional();
    }

    /** Moves an endorsement from one state to another; false when it was not in the expected state. */
    boolean move(UUID id, State from, State to) {
        return jdbc.sql("UPDATE call_endorsement SET state = :to WHERE id = :id AND state = :from")
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .update()
                == 1;
    }

    void confirm(UUID id, State to, @Nullable UUID mergedInto) {
        jdbc.sql("""
                        UPDATE call_endorsement
                        SET state = :to, merged_into = :merged, confirmed_at = now(), token_hash = NULL
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("to", to.name())
                .param("merged", mergedInto)
                .update();
    }

    void log(UUID endorsement, @Nullable UserId by, String action, @Nullable String reason) {
        jdbc.sql("""
                        INSERT INTO call_endorsement_log (endorsement_id, by_user, action, reason)
                        VALUES (:id, :by, :action, :reason)
                        """)
                .param("id", endorsement)
                .param("by", by == null ? null : by.value())
                .param("action", action)
                .param("reason", reason)
                .update();
    }

    List<LogEntry> logOf(CallId call) {
        return jdbc.sql("""
                        SELECT l.endorsement_id, l.at, u.display_name, l.action, l.reason
                        FROM call_endorsement_log l
                        JOIN call_endorsement e ON e.id = l.endorsement_id
                        LEFT JOIN app_user u ON u.id = l.by_user
                        WHERE e.call_id = :call
                        ORDER BY l.at DESC, l.id DESC
                        """)
                .param("call", call.value())
                .query((rs, n) -> new LogEntry(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        UUID org = rs.getObject("organisation_id", UUID.class);
        return new Stored(
                rs.getObject("id", UUID.class),
                new CallId(rs.getObject("call_id", UUID.class)),
                org == null ? null : new OrganisationId(org),
                rs.getObject("merged_into", UUID.class),
                rs.getString("name"),
                rs.getString("name_key"),
                rs.getString("kind"),
                rs.getString("country"),
                rs.getString("website"),
                rs.getString("website_host"),
                rs.getString("signer_name"),
                rs.getString("signer_role"),
                rs.getBoolean("publish_signer"),
                rs.getBoolean("publish_role"),
                rs.getString("email"),
                rs.getString("email_domain"),
                State.valueOf(rs.getString("state")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("confirmed_at", OffsetDateTime.class));
    }
}

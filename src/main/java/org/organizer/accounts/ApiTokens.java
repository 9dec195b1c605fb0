package org.organizer.accounts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bearer tokens for API clients, stored only as SHA-256 hashes. */
@Repository
class ApiTokens {

    static final String PREFIX = "org_";

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Listed(
            long id,
            String name,
            Role role,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime revokedAt) {}

    /** A usable token: not revoked, owner enabled, acting with its role capped at the owner's current role. */
    record Valid(long id, UserId user, String email, Role role) {}

    record Issued(long id, String token) {}

    Issued issue(UserId user, String name, Role role) {
        String token = Secrets.newToken(PREFIX);
        long id = jdbc.sql("INSERT INTO api_token (user_id, name, role, token_hash) VALUES (?, ?, ?, ?) RETURNING id")
                .params(user.value(), name, role.name(), Secrets.sha256(token))
                .query(Long.class)
                .single();
        return new Issued(id, token);
    }

    Optional<Valid> validate(String token) {
        return jdbc.sql("""
                        SELECT t.id, t.role AS token_role, u.id AS user_id, u.email, u.role AS user_role
                        FROM api_token t JOIN app_user u ON u.id = t.user_id
                        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled""")
                .param(Secrets.sha256(token))
                .query((rs, n) -> {
                    Role tokenRole = Role.valueOf(rs.getString("token_role"));
                    Role userRole = Role.valueOf(rs.getString("user_role"));
                    return new Valid(
                            rs.getLong("id"),
                            new UserId(rs.getObject("user_id", UUID.class)),
                            rs.getString("email"),
                            lower(tokenRole, userRole));
                })
                .optional();
    }

    List<Listed> of(UserId user) {
        return jdbc.sql("SELECT id, name, role, created_at, revoked_at FROM api_token WHERE user_id = ? ORDER BY id")
                .param(user.value())
                .query((rs, n) -> new Listed(
                        rs.getLong("id"),
                        rs.getString("name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    boolean revoke(long id) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL")
                        .param(id)
                        .update()
                == 1;
    }

    static Role lower(Role a, Role b) {
        return a.includes(b) ? b : a;
    }
}

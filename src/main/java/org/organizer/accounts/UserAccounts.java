package org.organizer.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** The accounts table, and sign-in lookups for Spring Security. */
@Repository
class UserAccounts implements UserDetailsService {

    private static final String COLUMNS =
            "id, email, display_name, password_hash, role, enabled, failed_logins, locked_until";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            UserId id,
            String email,
            String displayName,
            @Nullable String passwordHash,
            Role role,
            boolean enabled,
            int failedLogins,
            @Nullable OffsetDateTime lockedUntil) {

        boolean lockedAt(OffsetDateTime now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(
            new UserId(rs.getObject("id", java.util.UUID.class)),
            rs.getString("email"),
            rs.getString("display_name"),
            rs.getString("password_hash"),
            Role.valueOf(rs.getString("role")),
            rs.getBoolean("enabled"),
            rs.getInt("failed_logins"),
            rs.getObject("locked_until", OffsetDateTime.class));

    Optional<Row> byEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE lower(email) = ?")
                .param(email.strip().toLowerCase(Locale.ROOT))
                .query(ROW)
                .optional();
    }

    Optional<Row> byId(UserId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?")
                .param(id.value())
                .query(ROW)
                .optional();
    }

    List<Row> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY lower(display_name)")
                .query(ROW)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    void insert(UserId id, String email, String displayName, @Nullable String passwordHash, Role role) {
        jdbc.sql("INSERT INTO app_user (id, email, display_name, password_hash, role) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), email.strip(), displayName.strip(), passwordHash, role.name())
                .update();
    }

    void updatePassword(UserId id, String passwordHash) {
        jdbc.sql("""
                        UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL, updated_at = now()
                        WHERE id = ?""").params(passwordHash, id.value()).update();
    }

    void updateRole(UserId id, Role role) {
        jdbc.sql("UPDATE app_user SET role = ?, updated_at = now() WHERE id = ?")
                .params(role.name(), id.value())
                .update();
    }

    void updateEnabled(UserId id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ?, updated_at = now() WHERE id = ?")
                .params(enabled, id.value())
                .update();
    }

    /** Counts a wrong password; the count that reaches the limit locks the account and starts counting anew. */
    void recordFailedLogin(String email, int limit, Duration lock) {
        jdbc.sql("""
                        UPDATE app_user SET
                            locked_until = CASE WHEN failed_logins + 1 >= :limit
                                THEN now() + make_interval(secs => :seconds) ELSE locked_until END,
                            failed_logins = CASE WHEN failed_logins + 1 >= :limit THEN 0 ELSE failed_logins + 1 END
                        WHERE lower(email) = :email""")
                .param("limit", limit)
                .param("seconds", (double) lock.toSeconds())
                .param("email", email.strip().toLowerCase(Locale.ROOT))
                .update();
    }

    void recordSuccessfulLogin(String email) {
        jdbc.sql("""
                        UPDATE app_user SET failed_logins = 0, locked_until = NULL
                        WHERE lower(email) = ? AND (failed_logins <> 0 OR locked_until IS NOT NULL)""").param(email.strip().toLowerCase(Locale.ROOT)).update();
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Row row = byEmail(email).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(row.email())
                .password(row.passwordHash() == null ? "{noop-never-matches}" : row.passwordHash())
                .disabled(!row.enabled() || row.passwordHash() == null)
                .accountLocked(row.lockedAt(OffsetDateTime.now()))
                .authorities(List.of(new SimpleGrantedAuthority(row.role().authority())))
                .build();
    }
}

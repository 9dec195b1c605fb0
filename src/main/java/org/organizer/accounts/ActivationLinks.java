package org.organizer.accounts;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time set-password links; a user has at most one valid link at a time. */
@Repository
class ActivationLinks {

    private final JdbcClient jdbc;

    ActivationLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces any earlier link of the user and returns the new raw token, which is not stored. */
    String issue(UserId user, Duration validity) {
        String token = Secrets.newToken("");
        jdbc.sql("DELETE FROM account_activation WHERE user_id = ?")
                .param(user.value())
                .update();
        jdbc.sql("""
                        INSERT INTO account_activation (token_hash, user_id, expires_at)
                        VALUES (?, ?, now() + make_interval(secs => ?))""")
                .params(Secrets.sha256(token), user.value(), (double) validity.toSeconds())
                .update();
        return token;
    }

    /** The user a still-valid link belongs to. */
    Optional<UserId> userOf(String token) {
        return jdbc.sql("SELECT user_id FROM account_activation WHERE token_hash = ? AND expires_at > now()")
                .param(Secrets.sha256(token))
                .query((rs, n) -> new UserId(rs.getObject(1, java.util.UUID.class)))
                .optional();
    }

    /** Deletes the link; true only for the one caller that deleted a still-valid link. */
    boolean consume(String token) {
        return jdbc.sql("DELETE FROM account_activation WHERE token_hash = ? AND expires_at > now()")
                        .param(Secrets.sha256(token))
                        .update()
                == 1;
    }
}

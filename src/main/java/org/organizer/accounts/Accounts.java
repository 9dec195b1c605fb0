package org.organizer.accounts;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of accounts: who is acting, and looking people up. */
@Service
public class Accounts {

    private final UserAccounts users;
    private final PasswordEncoder passwords;

    Accounts(UserAccounts users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /** The actor behind an authentication, if it is a known, enabled account. */
    public Optional<Actor> actor(@Nullable Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.byEmail(authentication.getName())
                .filter(UserAccounts.Row::enabled)
                .map(row -> new Actor(row.id(), row.email(), row.displayName(), row.role()));
    }

    public Optional<Actor> byEmail(String email) {
        return users.byEmail(email).map(row -> new Actor(row.id(), row.email(), row.displayName(), row.role()));
    }

    public Optional<Actor> byId(UserId id) {
        return users.byId(id).map(row -> new Actor(row.id(), row.email(), row.displayName(), row.role()));
    }

    /** Creates an account; without a password the person cannot sign in until one is set. */
    @Transactional
    public Actor create(String email, String displayName, Role role, @Nullable String rawPassword) {
        UserId id = UserId.random();
        users.insert(id, email, displayName, rawPassword == null ? null : passwords.encode(rawPassword), role);
        return new Actor(id, email.strip(), displayName.strip(), role);
    }

    public boolean anyExist() {
        return users.count() > 0;
    }
}

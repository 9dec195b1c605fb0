package org.organizer.accounts;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of accounts: who is acting, looking people up, and creating accounts. */
@Service
public class Accounts {

    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final AccountRules rules;
    private final ActivationLinks links;
    private final AccountsProperties properties;

    Accounts(
            UserAccounts users,
            PasswordEncoder passwords,
            AccountRules rules,
            ActivationLinks links,
            AccountsProperties properties) {
        this.users = users;
        this.passwords = passwords;
        this.rules = rules;
        this.links = links;
        this.properties = properties;
    }

    /** A new account and the one-time address (a path on this site) at which its owner sets a password. */
    public record Invitation(Actor account, String activationPath) {}

    /**
     * Creates an account without a password, and a one-time set-password link valid as long as the links
     * administrators hand out.
     *
     * @throws EmailAlreadyUsed when another account has this e-mail address
     */
    @Transactional
    public Invitation invite(String email, String displayName, Role role) {
        Actor account = create(email, displayName, role, null);
        String token = links.issue(account.id(), properties.activationValidity());
        return new Invitation(account, "/account/activate/" + token);
    }

    /**
     * The actor behind an authentication, if it is a known, enabled account. For an API token the role is
     * the token's, never more than the account's current role.
     */
    public Optional<Actor> actor(@Nullable Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Optional<UserAccounts.Row> row = users.byEmail(authentication.getName()).filter(UserAccounts.Row::enabled);
        if (authentication instanceof ApiTokenAuthentication token) {
            return row.filter(r -> r.id().equals(token.token().user()))
                    .map(r -> new Actor(
                            r.id(),
                            r.email(),
                            r.displayName(),
                            ApiTokens.lower(r.role(), token.token().role())));
        }
        return row.map(Accounts::actorOf);
    }

    /**
     * The actor behind a request that only signed-in accounts reach (the security rules let no one else in);
     * an account disabled or removed since it signed in is refused like a missing permission (403).
     */
    public Actor signedIn(@Nullable Authentication authentication) {
        return actor(authentication).orElseThrow(() -> new AccessDeniedException("no active account"));
    }

    public Optional<Actor> byEmail(String email) {
        return users.byEmail(email).map(Accounts::actorOf);
    }

    public Optional<Actor> byId(UserId id) {
        return users.byId(id).map(Accounts::actorOf);
    }

    /**
     * Creates an account; without a password the person cannot sign in until one is set.
     *
     * @throws EmailAlreadyUsed when another account has this e-mail address
     */
    @Transactional
    public Actor create(String email, String displayName, Role role, @Nullable String rawPassword) {
        UserId id = UserId.random();
        try {
            users.insert(id, email, displayName, rawPassword == null ? null : passwords.encode(rawPassword), role);
        } catch (DuplicateKeyException e) {
            throw new EmailAlreadyUsed();
        }
        return new Actor(id, email.strip(), displayName.strip(), role);
    }

    /** Creates an account with a random password and returns that password, to be shown to its owner once. */
    @Transactional
    public String createWithRandomPassword(String email, String displayName, Role role) {
        String password = Secrets.newToken("");
        create(email, displayName, role, password);
        return password;
    }

    public boolean anyExist() {
        return users.count() > 0;
    }

    /** Message keys of what is wrong with a new account's e-mail and display name; empty when acceptable. */
    public List<String> checkAccount(@Nullable String email, @Nullable String displayName) {
        return rules.checkAccount(email, displayName);
    }

    /** Message keys of what is wrong with a new password and its confirmation; empty when acceptable. */
    public List<String> checkPassword(@Nullable String password, @Nullable String confirmation) {
        return rules.checkPassword(password, confirmation);
    }

    public int minPasswordLength() {
        return rules.minPasswordLength();
    }

    private static Actor actorOf(UserAccounts.Row row) {
        return new Actor(row.id(), row.email(), row.displayName(), row.role());
    }
}

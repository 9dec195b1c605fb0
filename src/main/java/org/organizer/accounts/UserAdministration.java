package org.organizer.accounts;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases behind the users pages: accounts, roles, set-password links and passwords. */
@Service
class UserAdministration {

    record Created(Actor user, String activationToken) {}

    private final Accounts accounts;
    private final UserAccounts users;
    private final ActivationLinks links;
    private final PasswordEncoder passwords;
    private final AccountsProperties properties;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    UserAdministration(
            Accounts accounts,
            UserAccounts users,
            ActivationLinks links,
            PasswordEncoder passwords,
            AccountsProperties properties,
            ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.accounts = accounts;
        this.users = users;
        this.links = links;
        this.passwords = passwords;
        this.properties = properties;
        this.sessions = sessions;
    }

    List<UserAccounts.Row> all() {
        return users.all();
    }

    UserAccounts.Row get(UserId id) {
        return users.byId(id).orElseThrow(AccountNotFound::new);
    }

    /** Creates an account without a password, and the one-time link with which its owner sets one. */
    @Transactional
    Created create(String email, String displayName, Role role) {
        Actor user = accounts.create(email, displayName, role, null);
        return new Created(user, links.issue(user.id(), properties.activationValidity()));
    }

    /** A new set-password link; any earlier one stops working. */
    @Transactional
    String newActivationLink(UserId id) {
        UserAccounts.Row row = get(id);
        if (!row.enabled()) {
            throw new InvalidActivationLink();
        }
        return links.issue(id, properties.activationValidity());
    }

    @Transactional
    void changeRole(Actor admin, UserId id, Role role) {
        UserAccounts.Row row = get(id);
        refuseOwnAccount(admin, id);
        users.updateRole(id, role);
        signOutEverywhere(row.email());
    }

    @Transactional
    void setEnabled(Actor admin, UserId id, boolean enabled) {
        UserAccounts.Row row = get(id);
        refuseOwnAccount(admin, id);
        users.updateEnabled(id, enabled);
        if (!enabled) {
            signOutEverywhere(row.email());
        }
    }

    boolean activationLinkValid(String token) {
        return links.userOf(token)
                .flatMap(users::byId)
                .filter(UserAccounts.Row::enabled)
                .isPresent();
    }

    /** Sets the first (or a forgotten) password through a one-time link; the link is used up. */
    @Transactional
    void activate(String token, String password) {
        UserAccounts.Row row = links.userOf(token)
                .flatMap(users::byId)
                .filter(UserAccounts.Row::enabled)
                .orElseThrow(InvalidActivationLink::new);
        if (!links.consume(token)) {
            throw new InvalidActivationLink();
        }
        users.updatePassword(row.id(), passwords.encode(password));
    }

    /** Changes one's own password; false when the current password is wrong. */
    @Transactional
    boolean changePassword(UserId id, String currentPassword, String newPassword) {
        UserAccounts.Row row = get(id);
        if (row.passwordHash() == null || !passwords.matches(currentPassword, row.passwordHash())) {
            return false;
        }
        users.updatePassword(id, passwords.encode(newPassword));
        return true;
    }

    /** Administrators keep their own role and access, so an installation cannot lose its last administrator. */
    private static void refuseOwnAccount(Actor admin, UserId id) {
        if (admin.id().equals(id)) {
            throw AccountChangeRefused.ownAccount();
        }
    }

    /** A person whose role changed or who was disabled must sign in again before acting. */
    private void signOutEverywhere(String email) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(email).keySet().forEach(repository::deleteById);
        }
    }
}

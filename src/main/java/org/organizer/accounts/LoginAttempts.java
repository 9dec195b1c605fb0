package org.organizer.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after too many wrong passwords in a row, which makes guessing passwords
 * slow. A locked account is refused before its password is checked, so attempts while locked do not count.
 */
@Component
class LoginAttempts {

    private final UserAccounts users;
    private final AccountsProperties properties;

    LoginAttempts(UserAccounts users, AccountsProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            users.recordFailedLogin(attempt.getName(), properties.maxFailedLogins(), properties.lockDuration());
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            users.recordSuccessfulLogin(signedIn.getName());
        }
    }
}

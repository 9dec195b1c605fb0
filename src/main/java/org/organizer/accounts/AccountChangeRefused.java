package org.organizer.accounts;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** An account change that would be harmful, such as administrators demoting or disabling themselves. */
final class AccountChangeRefused extends UserFacingException {

    private AccountChangeRefused(String messageKey) {
        super(HttpStatus.CONFLICT, messageKey);
    }

    static AccountChangeRefused ownAccount() {
        return new AccountChangeRefused("accounts.users.error.ownAccount");
    }
}

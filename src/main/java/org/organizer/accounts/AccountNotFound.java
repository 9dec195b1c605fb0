package org.organizer.accounts;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

final class AccountNotFound extends UserFacingException {

    AccountNotFound() {
        super(HttpStatus.NOT_FOUND, "accounts.users.error.notFound");
    }
}

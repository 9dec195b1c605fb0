package org.organizer.accounts;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A request to change an account carried a value that makes no sense, such as an unknown role. */
final class InvalidAccountChange extends UserFacingException {

    private InvalidAccountChange(String messageKey) {
        super(HttpStatus.BAD_REQUEST, messageKey);
    }

    static InvalidAccountChange role() {
        return new InvalidAccountChange("accounts.users.error.role");
    }
}

package org.organizer.accounts;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Another account already signs in with this e-mail address. */
public final class EmailAlreadyUsed extends UserFacingException {

    EmailAlreadyUsed() {
        super(HttpStatus.CONFLICT, "accounts.user.error.emailTaken");
    }
}

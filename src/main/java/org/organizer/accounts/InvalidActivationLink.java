package org.organizer.accounts;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The set-password link is unknown, used already, expired, or its account is disabled. */
final class InvalidActivationLink extends UserFacingException {

    InvalidActivationLink() {
        super(HttpStatus.NOT_FOUND, "accounts.activate.error.invalid");
    }
}

package org.organizer.cases;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A value that cannot be saved; the key says which and why. Nothing is written. */
public final class InvalidCaseInput extends UserFacingException {

    InvalidCaseInput(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}

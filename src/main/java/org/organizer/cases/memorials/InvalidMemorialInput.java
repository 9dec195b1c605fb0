package org.organizer.cases.memorials;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A memorial value that cannot be saved; the key says which and why. Nothing is written. */
public final class InvalidMemorialInput extends UserFacingException {

    InvalidMemorialInput(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}

package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A bank statement that cannot be imported as it is: nothing of it is recorded. */
public final class InvalidStatement extends UserFacingException {

    InvalidStatement(String key, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, key, arguments);
    }
}

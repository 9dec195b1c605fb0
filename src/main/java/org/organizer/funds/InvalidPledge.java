package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A pledge form with a missing or malformed field. */
public final class InvalidPledge extends UserFacingException {

    InvalidPledge(String key, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, key, arguments);
    }
}

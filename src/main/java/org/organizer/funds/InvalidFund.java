package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A fund's texts, dates, target or treasurer that cannot be saved; the key says which and why. */
public final class InvalidFund extends UserFacingException {

    InvalidFund(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}

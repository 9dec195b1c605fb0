package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A ledger entry that cannot be recorded as typed (a date in the future, a missing purpose...). */
public final class InvalidEntry extends UserFacingException {

    InvalidEntry(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}

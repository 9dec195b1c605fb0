package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A rate or a file of rates that cannot be taken: wrong columns, a bad line, a rate that contradicts one entered. */
public final class InvalidExchangeRates extends UserFacingException {

    InvalidExchangeRates(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}

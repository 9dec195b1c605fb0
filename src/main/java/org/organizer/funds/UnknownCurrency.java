package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A code that is not an ISO 4217 currency with minor units. */
public final class UnknownCurrency extends UserFacingException {

    UnknownCurrency(String code) {
        super(HttpStatus.BAD_REQUEST, "funds.error.currency.unknown", code);
    }
}

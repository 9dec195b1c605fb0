package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** More decimals than the currency has minor units, e.g. 10.5 JPY or 1.2345 KWD. */
public final class TooManyDecimals extends UserFacingException {

    TooManyDecimals(String currency, int minorUnits) {
        super(HttpStatus.BAD_REQUEST, "funds.error.amount.decimals", currency, minorUnits);
    }
}

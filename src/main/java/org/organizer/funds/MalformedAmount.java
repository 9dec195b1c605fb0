package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** An amount that is not plain digits with an optional decimal point. */
public final class MalformedAmount extends UserFacingException {

    MalformedAmount() {
        super(HttpStatus.BAD_REQUEST, "funds.error.amount.malformed");
    }
}

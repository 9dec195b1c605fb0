package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No fund with this id. */
public final class FundNotFound extends UserFacingException {

    FundNotFound() {
        super(HttpStatus.NOT_FOUND, "funds.error.fund.notFound");
    }
}

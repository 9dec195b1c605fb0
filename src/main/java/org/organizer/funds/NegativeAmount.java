package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** An amount below zero; money in a fund is never negative. */
public final class NegativeAmount extends UserFacingException {

    NegativeAmount() {
        super(HttpStatus.BAD_REQUEST, "funds.error.amount.negative");
    }
}

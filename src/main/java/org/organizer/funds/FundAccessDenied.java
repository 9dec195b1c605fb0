package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The person is not an administrator (for reading and managing funds) or not this fund's treasurer (for writing). */
public final class FundAccessDenied extends UserFacingException {

    private FundAccessDenied(String key) {
        super(HttpStatus.FORBIDDEN, key);
    }

    static FundAccessDenied administratorsOnly() {
        return new FundAccessDenied("funds.error.access.administrators");
    }

    static FundAccessDenied treasurersOnly() {
        return new FundAccessDenied("funds.error.access.treasurers");
    }
}

package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A pledge confirmation link that is unknown, already used or expired. */
public final class PledgeLinkInvalid extends UserFacingException {

    PledgeLinkInvalid() {
        super(HttpStatus.NOT_FOUND, "funds.error.pledge.link");
    }
}

package org.organizer.cases.campaigns;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A confirmation link that is unknown, already used or expired. */
public final class SolidarityLinkInvalid extends UserFacingException {

    SolidarityLinkInvalid() {
        super(HttpStatus.NOT_FOUND, "cases.solidarity.error.link");
    }
}

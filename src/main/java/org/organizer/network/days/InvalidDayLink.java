package org.organizer.network.days;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A confirmation or report link that is unknown or already used. */
final class InvalidDayLink extends UserFacingException {

    InvalidDayLink() {
        super(HttpStatus.NOT_FOUND, "network.days.error.link");
    }
}

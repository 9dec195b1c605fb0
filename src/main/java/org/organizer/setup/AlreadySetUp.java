package org.organizer.setup;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Setup runs once; afterwards its page does not exist. */
final class AlreadySetUp extends UserFacingException {

    AlreadySetUp() {
        super(HttpStatus.NOT_FOUND, "web.error.404.message");
    }
}

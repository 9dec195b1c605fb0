package org.organizer.network;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A domain confirmation link that is unknown, used up or expired. */
final class InvalidDomainLink extends UserFacingException {

    InvalidDomainLink() {
        super(HttpStatus.NOT_FOUND, "network.verify.error.link");
    }
}

package org.organizer.network.endorsements;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No such public call, endorsement or confirmation link (or the link expired or was used). */
public final class EndorsementNotFound extends UserFacingException {

    EndorsementNotFound(String key) {
        super(HttpStatus.NOT_FOUND, key);
    }
}

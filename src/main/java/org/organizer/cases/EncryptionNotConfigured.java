package org.organizer.cases;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No key in organizer.cases.encryption-keys: case-team values can be neither written nor read. */
public final class EncryptionNotConfigured extends UserFacingException {

    EncryptionNotConfigured() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "cases.error.noKey");
    }
}

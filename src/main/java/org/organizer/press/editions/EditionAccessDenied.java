package org.organizer.press.editions;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Only editors and administrators compose and publish editions. */
public final class EditionAccessDenied extends UserFacingException {

    EditionAccessDenied() {
        super(HttpStatus.FORBIDDEN, "press.edition.error.forbidden");
    }
}

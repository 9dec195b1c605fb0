package org.organizer.cases.memorials;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Only administrators and the teams of a memorial's cases write it. */
public final class MemorialAccessDenied extends UserFacingException {

    MemorialAccessDenied() {
        super(HttpStatus.FORBIDDEN, "cases.memorial.error.access");
    }
}

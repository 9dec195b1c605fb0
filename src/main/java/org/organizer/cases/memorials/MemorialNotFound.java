package org.organizer.cases.memorials;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No such memorial, or none published in the language asked for. */
public final class MemorialNotFound extends UserFacingException {

    MemorialNotFound() {
        super(HttpStatus.NOT_FOUND, "cases.memorial.error.notFound");
    }
}

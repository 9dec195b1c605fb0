package org.organizer.cases;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

public final class CaseNotFound extends UserFacingException {

    public CaseNotFound() {
        super(HttpStatus.NOT_FOUND, "cases.error.notFound");
    }
}

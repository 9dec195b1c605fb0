package org.organizer.cases;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Only administrators manage cases and teams; only a case's team writes and reads its case-team values. */
public final class CaseAccessDenied extends UserFacingException {

    private CaseAccessDenied(String key) {
        super(HttpStatus.FORBIDDEN, key);
    }

    static CaseAccessDenied administratorsOnly() {
        return new CaseAccessDenied("cases.error.access.administrators");
    }

    static CaseAccessDenied teamOnly() {
        return new CaseAccessDenied("cases.error.access.team");
    }
}

package org.organizer.network.days;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Someone signed in lacks the role the action on a day needs. */
final class DayAccessDenied extends UserFacingException {

    DayAccessDenied() {
        super(HttpStatus.FORBIDDEN, "network.days.error.forbidden");
    }
}

package org.organizer.network.days;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No such day of action, or no such action on it. */
final class DayNotFound extends UserFacingException {

    DayNotFound() {
        super(HttpStatus.NOT_FOUND, "network.days.error.notFound");
    }
}

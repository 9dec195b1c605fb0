package org.organizer.search;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The index cannot be opened or read, e.g. while a command holds it; the rest of the site works. */
final class SearchUnavailable extends UserFacingException {

    SearchUnavailable(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "search.error.unavailable");
        initCause(cause);
    }
}

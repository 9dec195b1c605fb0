package org.organizer.search;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The publication does not publish in the language of the address, so it has no search page there. */
final class NoSuchSearchPage extends UserFacingException {

    NoSuchSearchPage() {
        super(HttpStatus.NOT_FOUND, "web.error.404.message");
    }
}

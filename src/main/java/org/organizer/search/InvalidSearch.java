package org.organizer.search;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A search parameter is out of range or malformed; the page and the API show the translated message. */
final class InvalidSearch extends UserFacingException {

    InvalidSearch(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}

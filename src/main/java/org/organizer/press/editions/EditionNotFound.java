package org.organizer.press.editions;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No such edition, section or article in it, or none the reader may see: drafts look like missing editions. */
public final class EditionNotFound extends UserFacingException {

    private EditionNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "press.edition.error.notFound", detail);
    }

    static EditionNotFound forId(Object id) {
        return new EditionNotFound(String.valueOf(id));
    }

    static EditionNotFound forNumber(String language, int number) {
        return new EditionNotFound(language + "/" + number);
    }
}

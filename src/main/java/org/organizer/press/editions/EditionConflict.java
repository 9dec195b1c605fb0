package org.organizer.press.editions;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The change clashes with the edition or another one: a number in use, an article already placed. */
public final class EditionConflict extends UserFacingException {

    private EditionConflict(String messageKey, Object... arguments) {
        super(HttpStatus.CONFLICT, messageKey, arguments);
    }

    static EditionConflict numberTaken() {
        return new EditionConflict("press.edition.error.numberTaken");
    }

    static EditionConflict alreadyPlaced() {
        return new EditionConflict("press.edition.error.alreadyPlaced");
    }

    static EditionConflict notPlaced() {
        return new EditionConflict("press.edition.error.notPlaced");
    }

    static EditionConflict state() {
        return new EditionConflict("press.edition.error.state");
    }
}

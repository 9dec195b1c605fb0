package org.organizer.press.editions;

import java.util.List;
import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** What was typed cannot make an edition or a section; each problem is a message key shown translated. */
public final class InvalidEdition extends UserFacingException {

    private final List<String> errors;

    InvalidEdition(List<String> errors) {
        super(HttpStatus.BAD_REQUEST, errors.getFirst());
        this.errors = List.copyOf(errors);
    }

    InvalidEdition(String error) {
        this(List.of(error));
    }

    public List<String> errors() {
        return errors;
    }
}

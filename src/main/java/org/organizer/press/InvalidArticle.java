package org.organizer.press;

import java.util.List;
import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** What was typed cannot make an article; each problem is a message key the form shows translated. */
public final class InvalidArticle extends UserFacingException {

    private final List<String> errors;

    InvalidArticle(List<String> errors) {
        super(HttpStatus.BAD_REQUEST, errors.getFirst());
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}

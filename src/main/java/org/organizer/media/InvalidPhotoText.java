package org.organizer.media;

import java.util.List;
import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Alt text, caption or credit that cannot be saved; each problem is a message key the form shows. */
public final class InvalidPhotoText extends UserFacingException {

    private final List<String> errors;

    InvalidPhotoText(List<String> errors) {
        super(HttpStatus.BAD_REQUEST, errors.getFirst());
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}

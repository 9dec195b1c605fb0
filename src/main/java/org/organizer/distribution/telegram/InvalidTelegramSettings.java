package org.organizer.distribution.telegram;

import java.util.List;
import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** What an administrator typed on the Telegram page cannot be used; one message key per problem. */
final class InvalidTelegramSettings extends UserFacingException {

    private final List<String> errors;

    InvalidTelegramSettings(List<String> errors) {
        super(HttpStatus.BAD_REQUEST, errors.getFirst());
        this.errors = List.copyOf(errors);
    }

    List<String> errors() {
        return errors;
    }
}

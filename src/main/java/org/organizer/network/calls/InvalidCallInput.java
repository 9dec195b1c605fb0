package org.organizer.network.calls;

import java.util.List;
import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** What was typed cannot be saved; {@link #errors()} are message keys, one per problem. */
public final class InvalidCallInput extends UserFacingException {

    private final List<String> errors;

    InvalidCallInput(List<String> errors) {
        super(HttpStatus.BAD_REQUEST, errors.size() == 1 ? errors.getFirst() : "network.calls.error.invalid");
        this.errors = List.copyOf(errors);
    }

    static InvalidCallInput of(String key) {
        return new InvalidCallInput(List.of(key));
    }

    public List<String> errors() {
        return errors;
    }
}

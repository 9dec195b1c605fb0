package org.organizer.network.endorsements;

import java.util.List;
import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** What was typed cannot be taken as an endorsement; {@link #errors()} are message keys, one per problem. */
public final class InvalidEndorsementInput extends UserFacingException {

    /** The call is not open for endorsement: the form shows it with what was typed, the API answers 409. */
    static final String CLOSED = "network.endorsements.error.closed";

    private final List<String> errors;

    InvalidEndorsementInput(List<String> errors) {
        super(HttpStatus.BAD_REQUEST, errors.size() == 1 ? errors.getFirst() : "network.endorsements.error.invalid");
        this.errors = List.copyOf(errors);
    }

    static InvalidEndorsementInput of(String key) {
        return new InvalidEndorsementInput(List.of(key));
    }

    public List<String> errors() {
        return errors;
    }
}

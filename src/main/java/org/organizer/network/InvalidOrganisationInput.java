package org.organizer.network;

import java.util.List;
import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** What was typed cannot be saved; {@link #errors()} are message keys, one per problem. */
public final class InvalidOrganisationInput extends UserFacingException {

    private final List<String> errors;

    InvalidOrganisationInput(List<String> errors) {
        super(HttpStatus.BAD_REQUEST, errors.size() == 1 ? errors.getFirst() : "network.error.invalid");
        this.errors = List.copyOf(errors);
    }

    static InvalidOrganisationInput of(String key) {
        return new InvalidOrganisationInput(List.of(key));
    }

    public List<String> errors() {
        return errors;
    }
}

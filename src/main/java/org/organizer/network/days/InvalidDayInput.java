package org.organizer.network.days;

import java.util.List;
import org.organizer.maps.Place;
import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/**
 * What was typed cannot be saved; {@link #errors()} are message keys, one per problem, and {@link
 * #suggestions()} the gazetteer's places when the city was not found.
 */
final class InvalidDayInput extends UserFacingException {

    private final List<String> errors;
    private final List<Place> suggestions;

    InvalidDayInput(List<String> errors, List<Place> suggestions) {
        super(HttpStatus.BAD_REQUEST, errors.size() == 1 ? errors.getFirst() : "network.days.error.invalid");
        this.errors = List.copyOf(errors);
        this.suggestions = List.copyOf(suggestions);
    }

    static InvalidDayInput of(String key) {
        return new InvalidDayInput(List.of(key), List.of());
    }

    List<String> errors() {
        return errors;
    }

    List<Place> suggestions() {
        return suggestions;
    }
}

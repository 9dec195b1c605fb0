package org.organizer.funds;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Who pledges: an organisation (a union, a branch, a committee) or a person. */
public enum PledgerKind {
    ORGANISATION,
    PERSON;

    public static Optional<PledgerKind> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.organizer.funds;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the public sees of a pledger: the name and country, the country only, or neither. */
public enum PledgeVisibility {
    NAME,
    COUNTRY,
    ANONYMOUS;

    public static Optional<PledgeVisibility> parse(@Nullable String value) {
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

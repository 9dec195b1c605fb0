package org.organizer.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a local group does on a day of action. */
public enum ActionKind {
    STRIKE,
    PICKET,
    MARCH,
    RALLY,
    ASSEMBLY,
    MEETING,
    VIGIL;

    /** The code in forms, addresses and message keys: "strike". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActionKind> parse(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}

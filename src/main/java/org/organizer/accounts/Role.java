package org.organizer.accounts;

import java.util.Locale;
import java.util.Optional;

/** What a person may do. Each role includes everything the roles below it may do. */
public enum Role {
    /** Acts in the name of the organisations whose representative they are (network module); no newsroom. */
    REPRESENTATIVE,
    CORRESPONDENT,
    EDITOR,
    ADMINISTRATOR;

    public static final String ADMINISTRATOR_NAME = "ADMINISTRATOR";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String CORRESPONDENT_NAME = "CORRESPONDENT";
    public static final String REPRESENTATIVE_NAME = "REPRESENTATIVE";

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Accepts "editor", "Editor" or "EDITOR". */
    public static Optional<Role> parse(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package org.organizer.cases;

import java.util.UUID;
import java.util.function.Supplier;

/** Ids typed in the addresses and forms of the case pages: a malformed id is answered like an unknown one. */
public final class CaseIds {

    private CaseIds() {}

    /** @throws RuntimeException the one {@code unknown} supplies, when the value is not an id */
    public static UUID parse(String value, Supplier<? extends RuntimeException> unknown) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw unknown.get();
        }
    }
}

package org.organizer.network;

import java.util.Optional;
import java.util.UUID;

public record OrganisationId(UUID value) {

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    /** An id from an address or a form; empty when it is not a UUID. */
    public static Optional<OrganisationId> parse(String text) {
        try {
            return Optional.of(new OrganisationId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

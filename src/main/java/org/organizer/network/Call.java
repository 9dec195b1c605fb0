package org.organizer.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A call (appeal) of the network, with every language version. Callers showing it to the public must keep to
 * {@link #isPublic()} and {@link Version#published()}.
 *
 * @param originalLanguage the language it was written and discussed in
 * @param originalDate the date the issuers gave the call, if any
 * @param decidedDate the day of action decided by the poll
 */
public record Call(
        CallId id,
        CallStatus status,
        String originalLanguage,
        @Nullable LocalDate originalDate,
        @Nullable LocalDate decidedDate,
        List<OrganisationId> issuers,
        List<Version> versions) {

    public Call {
        issuers = List.copyOf(issuers);
        versions = List.copyOf(versions);
    }

    public record Version(String language, String title, String slug, String body, boolean published) {}

    public boolean isPublic() {
        return status.isPublic();
    }

    public Optional<Version> version(String language) {
        return versions.stream().filter(v -> v.language().equals(language)).findFirst();
    }

    public Version original() {
        return version(originalLanguage).orElseThrow();
    }
}

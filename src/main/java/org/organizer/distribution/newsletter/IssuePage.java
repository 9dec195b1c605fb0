package org.organizer.distribution.newsletter;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One issue for editors: each language's subject and text part, who would get it, and whether it went out. */
public record IssuePage(
        Issue issue,
        List<Version> versions,
        int recipients,
        @Nullable String notice) {

    public IssuePage {
        versions = List.copyOf(versions);
    }

    public record Version(String language, String subject, String text) {}
}

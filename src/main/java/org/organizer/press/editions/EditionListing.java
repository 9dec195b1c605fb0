package org.organizer.press.editions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An edition in the public archive: its masthead details and the title of its cover article if public. */
public record EditionListing(
        String language, EditionDetails details, @Nullable String coverTitle) {

    public int number() {
        return details.number();
    }

    public LocalDate date() {
        return details.date();
    }

    public String path() {
        return EditionView.path(language, number());
    }

    /** The archive's editions of one year, newest first. */
    public record Year(int year, List<EditionListing> editions) {}
}

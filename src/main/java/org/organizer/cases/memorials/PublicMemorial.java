package org.organizer.cases.memorials;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A memorial as anyone may see it in one language: its published text, the languages it is published in, the
 * people whose names may be published (with their age where it is public) and how many others were killed whose
 * names are not published.
 */
public record PublicMemorial(
        String slug,
        LocalDate occurredOn,
        String country,
        Memorial.Text text,
        List<String> languages,
        List<Person> people,
        int unnamed) {

    /** A person killed, named with the consent of the person's family; the age only where it is public. */
    public record Person(String name, @Nullable Integer age) {}

    public int total() {
        return people.size() + unnamed;
    }
}

package org.organizer.cases.memorials;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.CasePhotos;

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
    /**
     * A named person, with the public photo of them in one of the memorial's cases when there is one: public,
     * with a standing PHOTO consent, on a public case (served at /{lang}/cases/{photoCase}/photos/{photo.id}).
     */
    public record Person(
            String name, @Nullable Integer age, @Nullable String photoCase, CasePhotos.@Nullable PublicPhoto photo) {}

    public int total() {
        return people.size() + unnamed;
    }
}

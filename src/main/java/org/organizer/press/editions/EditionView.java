package org.organizer.press.editions;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.press.ArticleSummary;

/**
 * An edition as a page shows it: masthead details, the cover article and the sections and supplements with
 * their articles. For readers only published articles are in it; the editors' preview shows all.
 */
public record EditionView(
        Edition edition, @Nullable ArticleSummary cover, List<SectionView> sections, List<SectionView> supplements) {

    public record SectionView(EditionSection section, List<ArticleSummary> articles) {}

    public String path() {
        return path(edition.language(), edition.number());
    }

    public static String path(String language, int number) {
        return "/" + language + "/editions/" + number;
    }
}

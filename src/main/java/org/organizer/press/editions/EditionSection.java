package org.organizer.press.editions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.organizer.press.ArticleId;

/**
 * A section of an edition (a country, a region, a topic) or a supplement (a named insert, e.g. devoted to
 * one country), with its articles in printed order.
 *
 * @param country ISO 3166 alpha-2 code when the section is about one country
 */
public record EditionSection(
        SectionId id, String title, @Nullable String country, boolean supplement, List<ArticleId> articles) {

    public static final int MAX_TITLE = 200;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public EditionSection {
        articles = List.copyOf(articles);
    }

    /** A new empty section, after checking its title and country. */
    static EditionSection create(@Nullable String title, @Nullable String country, boolean supplement) {
        Heading heading = Heading.of(title, country);
        return new EditionSection(SectionId.random(), heading.title(), heading.country(), supplement, List.of());
    }

    EditionSection renamed(@Nullable String title, @Nullable String country) {
        Heading heading = Heading.of(title, country);
        return new EditionSection(id, heading.title(), heading.country(), supplement, articles);
    }

    EditionSection withArticles(List<ArticleId> newArticles) {
        return new EditionSection(id, title, country, supplement, newArticles);
    }

    EditionSection with(ArticleId article) {
        List<ArticleId> more = new ArrayList<>(articles);
        more.add(article);
        return withArticles(more);
    }

    EditionSection without(ArticleId article) {
        return withArticles(articles.stream().filter(a -> !a.equals(article)).toList());
    }

    boolean holds(ArticleId article) {
        return articles.contains(article);
    }

    private record Heading(String title, @Nullable String country) {
        static Heading of(@Nullable String title, @Nullable String country) {
            List<String> errors = new ArrayList<>();
            String cleanTitle = title == null ? "" : title.strip();
            String cleanCountry = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
            if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
                errors.add("press.edition.error.sectionTitle");
            }
            if (!cleanCountry.isEmpty() && !COUNTRIES.contains(cleanCountry)) {
                errors.add("press.edition.error.sectionCountry");
            }
            if (!errors.isEmpty()) {
                throw new InvalidEdition(errors);
            }
            return new Heading(cleanTitle, cleanCountry.isEmpty() ? null : cleanCountry);
        }
    }
}

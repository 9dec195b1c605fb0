package org.organizer.press.editions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.organizer.press.ArticleState;
import org.organizer.press.ArticleSummary;

/**
 * An edition as API clients composing it see it: every id they need for the next change, and every placed
 * article whatever its state (readers' resources show published articles only).
 *
 * @param url the public page, once the edition is published
 */
public record ComposedEdition(
        UUID id,
        String language,
        int number,
        LocalDate date,
        String currency,
        BigDecimal coverPrice,
        BigDecimal solidarityPrice,
        EditionState state,
        @Nullable UUID cover,
        List<Section> sections,
        List<Section> supplements,
        @Nullable String url,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    public record Section(
            UUID id, String title, @Nullable String country, boolean supplement, List<PlacedArticle> articles) {}

    public record PlacedArticle(UUID id, UUID section, String title, ArticleState state, String language) {}

    static ComposedEdition of(EditionView view) {
        Edition e = view.edition();
        EditionDetails d = e.details();
        return new ComposedEdition(
                e.id().value(),
                e.language(),
                d.number(),
                d.date(),
                d.currency().getCurrencyCode(),
                d.coverPrice(),
                d.solidarityPrice(),
                e.state(),
                e.cover() == null ? null : e.cover().value(),
                view.sections().stream().map(ComposedEdition::section).toList(),
                view.supplements().stream().map(ComposedEdition::section).toList(),
                e.isPublished() ? view.path() : null,
                e.updatedAt(),
                e.publishedAt());
    }

    /** The section, or {@code null} when the edition has none with that id. */
    @Nullable
    Section section(UUID sectionId) {
        return Stream.concat(sections.stream(), supplements.stream())
                .filter(s -> s.id().equals(sectionId))
                .findFirst()
                .orElse(null);
    }

    /** The placed article, or {@code null} when it is not in the edition. */
    @Nullable
    PlacedArticle article(UUID articleId) {
        return Stream.concat(sections.stream(), supplements.stream())
                .flatMap(s -> s.articles().stream())
                .filter(a -> a.id().equals(articleId))
                .findFirst()
                .orElse(null);
    }

    private static Section section(EditionView.SectionView s) {
        EditionSection section = s.section();
        return new Section(
                section.id().value(),
                section.title(),
                section.country(),
                section.supplement(),
                s.articles().stream().map(a -> placed(a, section)).toList());
    }

    private static PlacedArticle placed(ArticleSummary a, EditionSection section) {
        return new PlacedArticle(a.id().value(), section.id().value(), a.title(), a.state(), a.language());
    }
}

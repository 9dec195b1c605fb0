package org.organizer.press.editions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.organizer.press.ArticleId;

/**
 * One numbered edition in one language. Sections keep their printed order; supplements are sections that
 * come after the main ones. Every change returns a new edition or refuses with a named exception; an article
 * has at most one place in the edition and the cover is always one of the placed articles.
 */
public record Edition(
        EditionId id,
        String language,
        EditionDetails details,
        EditionState state,
        @Nullable ArticleId cover,
        List<EditionSection> sections,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    public Edition {
        // Main sections first, supplements after, each group in its own order.
        List<EditionSection> ordered =
                new ArrayList<>(sections.stream().filter(s -> !s.supplement()).toList());
        ordered.addAll(sections.stream().filter(EditionSection::supplement).toList());
        sections = List.copyOf(ordered);
    }

    static Edition draft(String language, EditionDetails details, Instant now) {
        return new Edition(EditionId.random(), language, details, EditionState.DRAFT, null, List.of(), now, now, null);
    }

    public int number() {
        return details.number();
    }

    public boolean isPublished() {
        return state == EditionState.PUBLISHED;
    }

    public List<EditionSection> mainSections() {
        return sections.stream().filter(s -> !s.supplement()).toList();
    }

    public List<EditionSection> supplements() {
        return sections.stream().filter(EditionSection::supplement).toList();
    }

    public List<ArticleId> articles() {
        return sections.stream().flatMap(s -> s.articles().stream()).toList();
    }

    public Optional<EditionSection> sectionOf(ArticleId article) {
        return sections.stream().filter(s -> s.holds(article)).findFirst();
    }

    Edition withDetails(EditionDetails newDetails, Instant now) {
        return new Edition(id, language, newDetails, state, cover, sections, createdAt, now, publishedAt);
    }

    Edition addSection(EditionSection section, Instant now) {
        List<EditionSection> more = new ArrayList<>(sections);
        more.add(section);
        return withSections(more, cover, now);
    }

    Edition renameSection(SectionId sectionId, @Nullable String title, @Nullable String country, Instant now) {
        return replace(sectionId, s -> s.renamed(title, country), now);
    }

    /** Swaps the section with its neighbour among the main sections, or among the supplements. */
    Edition moveSection(SectionId sectionId, Direction direction, Instant now) {
        EditionSection section = section(sectionId);
        List<EditionSection> group = section.supplement() ? supplements() : mainSections();
        List<EditionSection> moved = new ArrayList<>(group);
        int from = moved.indexOf(section);
        int to = from + direction.step();
        if (to < 0 || to >= moved.size()) {
            return this;
        }
        Collections.swap(moved, from, to);
        List<EditionSection> all = new ArrayList<>(section.supplement() ? mainSections() : moved);
        all.addAll(section.supplement() ? moved : supplements());
        return withSections(all, cover, now);
    }

    /** The section's articles leave the edition with it, the cover too if it was one of them. */
    Edition removeSection(SectionId sectionId, Instant now) {
        EditionSection section = section(sectionId);
        List<EditionSection> fewer = new ArrayList<>(sections);
        fewer.remove(section);
        return withSections(fewer, cover != null && section.holds(cover) ? null : cover, now);
    }

    Edition addArticle(SectionId sectionId, ArticleId article, Instant now) {
        if (sectionOf(article).isPresent()) {
            throw EditionConflict.alreadyPlaced();
        }
        return replace(sectionId, s -> s.with(article), now);
    }

    Edition moveArticle(ArticleId article, Direction direction, Instant now) {
        EditionSection section = placed(article);
        List<ArticleId> moved = new ArrayList<>(section.articles());
        int from = moved.indexOf(article);
        int to = from + direction.step();
        if (to < 0 || to >= moved.size()) {
            return this;
        }
        Collections.swap(moved, from, to);
        return replace(section.id(), s -> s.withArticles(moved), now);
    }

    /** Moves the article to the end of another section (or of the same one). */
    Edition moveArticleTo(ArticleId article, SectionId target, Instant now) {
        EditionSection from = placed(article);
        section(target);
        Edition without = replace(from.id(), s -> s.without(article), now);
        return without.replace(target, s -> s.with(article), now);
    }

    Edition removeArticle(ArticleId article, Instant now) {
        EditionSection section = placed(article);
        Edition without = replace(section.id(), s -> s.without(article), now);
        return article.equals(cover) ? without.withSections(without.sections, null, now) : without;
    }

    /** The cover must be one of the edition's articles; {@code null} leaves the edition without a cover. */
    Edition withCover(@Nullable ArticleId article, Instant now) {
        if (article != null) {
            placed(article);
        }
        return withSections(sections, article, now);
    }

    Edition publish(Instant now) {
        if (state != EditionState.DRAFT) {
            throw EditionConflict.state();
        }
        return new Edition(
                id,
                language,
                details,
                EditionState.PUBLISHED,
                cover,
                sections,
                createdAt,
                now,
                publishedAt == null ? now : publishedAt);
    }

    Edition unpublish(Instant now) {
        if (state != EditionState.PUBLISHED) {
            throw EditionConflict.state();
        }
        return new Edition(id, language, details, EditionState.DRAFT, cover, sections, createdAt, now, publishedAt);
    }

    EditionSection section(SectionId sectionId) {
        return sections.stream()
                .filter(s -> s.id().equals(sectionId))
                .findFirst()
                .orElseThrow(() -> EditionNotFound.forId(sectionId));
    }

    private EditionSection placed(ArticleId article) {
        return sectionOf(article).orElseThrow(EditionConflict::notPlaced);
    }

    private Edition replace(SectionId sectionId, UnaryOperator<EditionSection> change, Instant now) {
        EditionSection target = section(sectionId);
        List<EditionSection> changed =
                sections.stream().map(s -> s == target ? change.apply(s) : s).toList();
        return withSections(changed, cover, now);
    }

    private Edition withSections(List<EditionSection> newSections, @Nullable ArticleId newCover, Instant now) {
        return new Edition(id, language, details, state, newCover, newSections, createdAt, now, publishedAt);
    }
}

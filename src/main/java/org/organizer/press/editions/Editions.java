package org.organizer.press.editions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.ArticleId;
import org.organizer.press.ArticleState;
import org.organizer.press.ArticleSummary;
import org.organizer.press.EditionPublished;
import org.organizer.press.EditionUnpublished;
import org.organizer.press.Newsroom;
import org.organizer.press.Publications;
import org.organizer.press.PublishedEditionChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editions' use cases. Editors and administrators compose, publish and unpublish them; readers see
 * published editions with their published articles. Changes to a public edition are announced so cached
 * pages are dropped.
 */
@Service
class Editions {

    static final int CANDIDATE_LIMIT = 500;

    private final EditionRepository editions;
    private final Newsroom newsroom;
    private final Publications publications;
    private final ApplicationEventPublisher events;

    Editions(
            EditionRepository editions,
            Newsroom newsroom,
            Publications publications,
            ApplicationEventPublisher events) {
        this.editions = editions;
        this.newsroom = newsroom;
        this.publications = publications;
        this.events = events;
    }

    @Transactional
    Edition create(Actor actor, @Nullable String language, EditionDetails details) {
        requireEditor(actor);
        if (language == null || !publications.publishesIn(language)) {
            throw new InvalidEdition("press.edition.error.language");
        }
        Edition edition = Edition.draft(language, details, now());
        editions.insert(edition);
        return edition;
    }

    @Transactional(readOnly = true)
    Edition edition(Actor actor, EditionId id) {
        requireEditor(actor);
        return editions.byId(id).orElseThrow(() -> EditionNotFound.forId(id));
    }

    @Transactional(readOnly = true)
    List<Edition> all(Actor actor) {
        requireEditor(actor);
        return editions.all();
    }

    @Transactional(readOnly = true)
    int nextNumber(Actor actor, String language) {
        requireEditor(actor);
        return editions.nextNumber(language);
    }

    @Transactional
    Edition update(Actor actor, EditionId id, EditionDetails details) {
        return change(actor, id, e -> e.withDetails(details, now()));
    }

    @Transactional
    Edition addSection(
            Actor actor, EditionId id, @Nullable String title, @Nullable String country, boolean supplement) {
        EditionSection section = EditionSection.create(title, country, supplement);
        return change(actor, id, e -> e.addSection(section, now()));
    }

    @Transactional
    Edition renameSection(
            Actor actor, EditionId id, SectionId section, @Nullable String title, @Nullable String country) {
        return change(actor, id, e -> e.renameSection(section, title, country, now()));
    }

    @Transactional
    Edition moveSection(Actor actor, EditionId id, SectionId section, Direction direction) {
        return change(actor, id, e -> e.moveSection(section, direction, now()));
    }

    @Transactional
    Edition removeSection(Actor actor, EditionId id, SectionId section) {
        return change(actor, id, e -> e.removeSection(section, now()));
    }

    /**
     * Any article of the edition's language may be placed, published or not, except archived ones and notes
     * (they live on the notes page and the channel, never in print).
     */
    @Transactional
    Edition addArticle(Actor actor, EditionId id, SectionId section, ArticleId article) {
        return change(actor, id, e -> {
            ArticleSummary found = newsroom.summaries(List.of(article)).get(article);
            if (found == null || !found.language().equals(e.language()) || found.state() == ArticleState.ARCHIVED) {
                throw new InvalidEdition("press.edition.error.article");
            }
            if (found.kind().isNote()) {
                throw new InvalidEdition("press.edition.error.note");
            }
            return e.addArticle(section, article, now());
        });
    }

    @Transactional
    Edition moveArticle(Actor actor, EditionId id, ArticleId article, Direction direction) {
        return change(actor, id, e -> e.moveArticle(article, direction, now()));
    }

    @Transactional
    Edition moveArticleTo(Actor actor, EditionId id, ArticleId article, SectionId section) {
        return change(actor, id, e -> e.moveArticleTo(article, section, now()));
    }

    @Transactional
    Edition removeArticle(Actor actor, EditionId id, ArticleId article) {
        return change(actor, id, e -> e.removeArticle(article, now()));
    }

    @Transactional
    Edition setCover(Actor actor, EditionId id, @Nullable ArticleId article) {
        return change(actor, id, e -> e.withCover(article, now()));
    }

    @Transactional
    Edition publish(Actor actor, EditionId id) {
        Edition after = save(actor, id, e -> e.publish(now()));
        events.publishEvent(new EditionPublished(id.value(), after.language(), after.number()));
        return after;
    }

    @Transactional
    Edition unpublish(Actor actor, EditionId id) {
        Edition after = save(actor, id, e -> e.unpublish(now()));
        events.publishEvent(new EditionUnpublished(id.value(), after.language(), after.number()));
        return after;
    }

    /** What editors see in the preview and the composing page: every placed article, whatever its state. */
    @Transactional(readOnly = true)
    EditionView preview(Actor actor, EditionId id) {
        return view(edition(actor, id), false);
    }

    /** Articles the editor may still place: the edition's language, not archived, not a note, not placed yet. */
    @Transactional(readOnly = true)
    List<ArticleSummary> candidates(Actor actor, Edition edition) {
        requireEditor(actor);
        List<ArticleId> placed = edition.articles();
        return newsroom.inLanguage(edition.language(), CANDIDATE_LIMIT).stream()
                .filter(a -> !placed.contains(a.id()) && !a.kind().isNote())
                .toList();
    }

    @Transactional(readOnly = true)
    EditionView published(String language, int number) {
        Edition edition = editions.publishedByNumber(language, number)
                .orElseThrow(() -> EditionNotFound.forNumber(language, number));
        return view(edition, true);
    }

    /** The public archive of a language: published editions by year, newest first. */
    @Transactional(readOnly = true)
    List<EditionListing.Year> archive(String language) {
        List<Edition> published = editions.published(language);
        Map<ArticleId, ArticleSummary> covers = newsroom.summaries(
                published.stream().map(Edition::cover).filter(Objects::nonNull).toList());
        Map<Integer, List<EditionListing>> byYear = new LinkedHashMap<>();
        for (Edition e : published) {
            ArticleSummary cover = e.cover() == null ? null : covers.get(e.cover());
            String coverTitle = cover != null && cover.state().isPublic() ? cover.title() : null;
            byYear.computeIfAbsent(e.details().date().getYear(), y -> new ArrayList<>())
                    .add(new EditionListing(e.language(), e.details(), coverTitle));
        }
        return byYear.entrySet().stream()
                .map(y -> new EditionListing.Year(y.getKey(), List.copyOf(y.getValue())))
                .toList();
    }

    private EditionView view(Edition edition, boolean publicOnly) {
        Map<ArticleId, ArticleSummary> summaries = newsroom.summaries(edition.articles());
        ArticleSummary cover = edition.cover() == null ? null : shown(summaries.get(edition.cover()), publicOnly);
        return new EditionView(
                edition,
                cover,
                sections(edition.mainSections(), summaries, publicOnly),
                sections(edition.supplements(), summaries, publicOnly));
    }

    private static List<EditionView.SectionView> sections(
            List<EditionSection> sections, Map<ArticleId, ArticleSummary> summaries, boolean publicOnly) {
        return sections.stream()
                .map(s -> new EditionView.SectionView(
                        s,
                        s.articles().stream()
                                .map(id -> shown(summaries.get(id), publicOnly))
                                .filter(Objects::nonNull)
                                .toList()))
                .toList();
    }

    private static @Nullable ArticleSummary shown(@Nullable ArticleSummary article, boolean publicOnly) {
        return article == null || (publicOnly && !article.state().isPublic()) ? null : article;
    }

    /** A change to the composition; readers are told when the edition they see changed. */
    private Edition change(Actor actor, EditionId id, UnaryOperator<Edition> change) {
        Edition before = lock(actor, id);
        Edition after = change.apply(before);
        editions.update(after);
        if (after.isPublished()) {
            events.publishEvent(
                    new PublishedEditionChanged(id.value(), after.language(), after.number(), before.number()));
        }
        return after;
    }

    private Edition save(Actor actor, EditionId id, UnaryOperator<Edition> change) {
        Edition after = change.apply(lock(actor, id));
        editions.update(after);
        return after;
    }

    private Edition lock(Actor actor, EditionId id) {
        requireEditor(actor);
        return editions.lock(id).orElseThrow(() -> EditionNotFound.forId(id));
    }

    private static void requireEditor(Actor actor) {
        if (!actor.can(Role.EDITOR)) {
            throw new EditionAccessDenied();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

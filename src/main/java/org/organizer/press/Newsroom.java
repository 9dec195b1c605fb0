package org.organizer.press;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.accounts.UserId;
import org.organizer.media.PhotoId;
import org.organizer.media.PhotoView;
import org.organizer.media.Photos;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's use cases. Correspondents write and submit their own drafts; editors (and
 * administrators) edit anything, publish, send back, unpublish and archive. Notes are the exception:
 * their writer publishes them directly (once; a note an editor took down stays down). Every change is
 * recorded in the article's history and announced as an event.
 */
@Service
public class Newsroom {

    private static final Set<ArticleAction> EDITORS_ONLY =
            EnumSet.of(ArticleAction.SEND_BACK, ArticleAction.UNPUBLISH, ArticleAction.ARCHIVE);

    private final ArticleRepository articles;
    private final Publications publications;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    private final Photos photos;
    private final ObjectProvider<ArticleEmbed> embeds;

    Newsroom(
            ArticleRepository articles,
            Publications publications,
            Accounts accounts,
            Photos photos,
            ObjectProvider<ArticleEmbed> embeds,
            ApplicationEventPublisher events) {
        this.articles = articles;
        this.publications = publications;
        this.accounts = accounts;
        this.photos = photos;
        this.embeds = embeds;
        this.events = events;
    }

    @Transactional
    public Article create(Actor actor, String language, ArticleContent content) {
        requireLanguage(language);
        requireKnownPhotos(content, language);
        requireKnownEmbeds(content);
        Article article =
                Article.draft(UUID.randomUUID(), language, withFreeSlug(language, content, null), actor.id(), now());
        articles.insert(article);
        articles.recordHistory(article.id(), actor.id(), article.createdAt(), null, ArticleState.DRAFT, null);
        events.publishEvent(new ArticleDrafted(article.id(), language));
        return article;
    }

    @Transactional
    public Article update(Actor actor, ArticleId id, ArticleContent content) {
        Article before = lockVisible(actor, id);
        requireAllowed(actor, before, ArticleAction.EDIT);
        requireKnownPhotos(content, before.language());
        requireKnownEmbeds(content);
        Article after = before.revise(withFreeSlug(before.language(), content, before), now());
        articles.update(after);
        articles.recordHistory(id, actor.id(), after.updatedAt(), before.state(), after.state(), null);
        if (after.state().isPublic()) {
            events.publishEvent(new PublishedArticleChanged(id, after.language(), after.slug(), before.slug()));
        }
        return after;
    }

    /** Sets or (with null) removes the photo at the head of the article. */
    @Transactional
    public Article setLeadPhoto(Actor actor, ArticleId id, @Nullable PhotoId photo) {
        Article before = lockVisible(actor, id);
        requireAllowed(actor, before, ArticleAction.EDIT);
        if (photo != null && photos.find(photo, before.language()).isEmpty()) {
            throw new InvalidArticle(List.of("press.article.error.leadPhoto"));
        }
        Instant now = now();
        articles.setLeadPhoto(id, photo, now);
        articles.recordHistory(id, actor.id(), now, before.state(), before.state(), null);
        if (before.state().isPublic()) {
            events.publishEvent(new PublishedArticleChanged(id, before.language(), before.slug(), before.slug()));
        }
        return articles.byId(id).orElseThrow();
    }

    /**
     * The article's body ready for its page: sanitised HTML with the library photos it embeds, their texts
     * in the article's language (else the first language that has them, as for the lead photo), and the
     * blocks of other modules ({@link ArticleEmbed}) as they are now, in the article's language.
     */
    @Transactional(readOnly = true)
    public List<BodyPart> body(Article article) {
        return Markdown.parts(
                article.content().body(),
                id -> photos.find(id, article.language()),
                embed -> embed(embed.name()).flatMap(e -> e.html(embed.argument(), article.language())));
    }

    private Optional<ArticleEmbed> embed(String name) {
        return embeds.orderedStream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The article's lead photo with its texts in the article's language, if it has one. */
    @Transactional(readOnly = true)
    public Optional<PhotoView> leadPhoto(Article article) {
        return articles.leadPhoto(article.id()).flatMap(photo -> photos.find(photo, article.language()));
    }

    @Transactional
    public Article submit(Actor actor, ArticleId id) {
        Article before = lockVisible(actor, id);
        requireAllowed(actor, before, ArticleAction.SUBMIT);
        Article after = save(actor, before, before.submit(now()), null);
        events.publishEvent(new ArticleSubmitted(id, after.language()));
        return after;
    }

    @Transactional
    public Article publish(Actor actor, ArticleId id) {
        Article before = lockVisible(actor, id);
        requireAllowed(actor, before, ArticleAction.PUBLISH);
        Article after = save(actor, before, before.publish(now()), null);
        events.publishEvent(new ArticlePublished(id, after.language(), after.slug()));
        return after;
    }

    @Transactional
    public Article sendBack(Actor actor, ArticleId id, @Nullable String comment) {
        String reason = comment == null ? "" : comment.strip();
        if (reason.isEmpty() || reason.length() > 2000) {
            throw new InvalidArticle(List.of("press.article.error.comment"));
        }
        Article before = lockVisible(actor, id);
        requireAllowed(actor, before, ArticleAction.SEND_BACK);
        Article after = save(actor, before, before.sendBack(now()), reason);
        events.publishEvent(new ArticleSentBack(id, after.language(), reason));
        return after;
    }

    @Transactional
    public Article unpublish(Actor actor, ArticleId id) {
        Article before = lockVisible(actor, id);
        requireAllowed(actor, before, ArticleAction.UNPUBLISH);
        Article after = save(actor, before, before.unpublish(now()), null);
        events.publishEvent(new ArticleUnpublished(id, after.language(), after.slug()));
        return after;
    }

    @Transactional
    public Article archive(Actor actor, ArticleId id) {
        Article before = lockVisible(actor, id);
        requireAllowed(actor, before, ArticleAction.ARCHIVE);
        Article after = save(actor, before, before.archive(now()), null);
        if (before.state().isPublic()) {
            events.publishEvent(new ArticleUnpublished(id, after.language(), after.slug()));
        }
        events.publishEvent(new ArticleArchived(id, after.language()));
        return after;
    }

    /**
     * Starts a translation as a new draft in the same translation group, by default a copy of the original
     * for the translator to overwrite. At most one article per language in a group.
     */
    @Transactional
    public Article addTranslation(
            Actor actor, ArticleId originalId, String language, @Nullable ArticleContent content) {
        Article original = lockVisible(actor, originalId);
        requireAllowed(actor, original, ArticleAction.TRANSLATE);
        requireLanguage(language);
        if (articles.translationGroup(original.translationGroup()).stream()
                .anyMatch(a -> a.language().equals(language))) {
            throw ArticleConflict.translationExists(language);
        }
        ArticleContent text = content != null ? content : original.content().withSlug(null);
        if (content != null) {
            requireKnownPhotos(content, language);
            requireKnownEmbeds(content);
        }
        Article translation = Article.draft(
                original.translationGroup(), language, withFreeSlug(language, text, null), actor.id(), now());
        articles.insert(translation);
        // The photo follows the translation; its caption shows in the translation's language.
        articles.leadPhoto(originalId).ifPresent(photo -> articles.setLeadPhoto(translation.id(), photo, now()));
        articles.recordHistory(translation.id(), actor.id(), translation.createdAt(), null, ArticleState.DRAFT, null);
        events.publishEvent(new ArticleDrafted(translation.id(), language));
        return translation;
    }

    /** An article the actor may see in the newsroom: editors see all, correspondents their own and public ones. */
    @Transactional(readOnly = true)
    public Article article(Actor actor, ArticleId id) {
        return articles.byId(id).filter(a -> canSee(actor, a)).orElseThrow(() -> ArticleNotFound.forId(id));
    }

    /** For readers who may or may not be signed in: without an actor only published articles exist. */
    @Transactional(readOnly = true)
    public Article article(Optional<Actor> actor, ArticleId id) {
        return actor.isPresent() ? article(actor.get(), id) : publishedArticle(id);
    }

    @Transactional(readOnly = true)
    public Article publishedArticle(ArticleId id) {
        return articles.byId(id).filter(a -> a.state().isPublic()).orElseThrow(() -> ArticleNotFound.forId(id));
    }

    @Transactional(readOnly = true)
    public Article publishedArticle(String language, String slug) {
        return articles.publishedBySlug(language, slug).orElseThrow(() -> ArticleNotFound.forSlug(language, slug));
    }

    /** The article and all its translations, whatever their state. */
    @Transactional(readOnly = true)
    public List<Article> translations(Article article) {
        return articles.translationGroup(article.translationGroup());
    }

    @Transactional(readOnly = true)
    public List<Article> publishedTranslations(Article article) {
        return translations(article).stream().filter(a -> a.state().isPublic()).toList();
    }

    @Transactional(readOnly = true)
    public List<ArticleHistoryEntry> history(ArticleId id) {
        Names names = new Names();
        return articles.history(id).stream()
                .map(h -> new ArticleHistoryEntry(
                        h.at(), h.actor() == null ? "" : names.of(h.actor()), h.from(), h.to(), h.comment()))
                .toList();
    }

    /** The newsroom's working list, most recently changed first. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> newsroom(Actor actor) {
        Names names = new Names();
        UserId onlyFor = actor.can(Role.EDITOR) ? null : actor.id();
        return articles.newsroom(onlyFor, 500).stream()
                .map(a -> summary(a, names.of(a.authorId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public PublishedPage published(@Nullable String language, @Nullable String country, int page, int size) {
        List<ArticleSummary> items = articles.published(language, country, page * size, size).stream()
                .map(a -> summary(a, ""))
                .toList();
        return new PublishedPage(items, page, size, articles.countPublished(language, country));
    }

    /** The front page's list: a language's newest published articles, notes left to their own page. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> frontPage(String language, int size) {
        return articles.publishedExcept(language, ArticleKind.NOTE, size).stream()
                .map(a -> summary(a, ""))
                .toList();
    }

    /** A language's published notes with their full text, newest first, after the note {@code before}. */
    @Transactional(readOnly = true)
    public List<Article> publishedNotes(String language, @Nullable ArticleId before, int limit) {
        return articles.publishedNotes(language, before, Math.clamp(limit, 1, 100));
    }

    /** Published articles with their full text, newest first: what feeds carry. */
    @Transactional(readOnly = true)
    public List<Article> publishedArticles(@Nullable String language, @Nullable String country, int limit) {
        return articles.published(language, country, 0, limit);
    }

    /** The addresses of the newest published articles in every language, for sitemaps. */
    @Transactional(readOnly = true)
    public List<ArticleAddress> publishedAddresses(int limit) {
        return articles.publishedAddresses(limit);
    }

    /**
     * Summaries of these articles whatever their state, for editors composing editions (callers check the
     * role); ids without an article are left out.
     */
    @Transactional(readOnly = true)
    public Map<ArticleId, ArticleSummary> summaries(java.util.Collection<ArticleId> ids) {
        Map<ArticleId, ArticleSummary> found = new java.util.LinkedHashMap<>();
        articles.byIds(ids.stream().map(ArticleId::value).toList()).forEach(a -> found.put(a.id(), summary(a, "")));
        return found;
    }

    /** Articles of a language in any state but archived, most recently changed first (for editors). */
    @Transactional(readOnly = true)
    public List<ArticleSummary> inLanguage(String language, int limit) {
        return articles.inLanguage(language, limit).stream()
                .map(a -> summary(a, ""))
                .toList();
    }

    /**
     * Every published article with its full text, in pages ordered by id: pass the last id of one page to
     * get the next. For derived stores (the search index) that rebuild themselves from the database.
     */
    @Transactional(readOnly = true)
    public List<Article> publishedAfter(@Nullable ArticleId after, int limit) {
        return articles.publishedAfter(after, Math.clamp(limit, 1, 1000));
    }

    /** What the actor may do to the article now, given both the workflow and their role. */
    public Set<ArticleAction> allowedActions(Actor actor, Article article) {
        Set<ArticleAction> allowed = EnumSet.noneOf(ArticleAction.class);
        for (ArticleAction action : ArticleAction.values()) {
            if (article.allows(action) && permits(actor, article, action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** The languages of the publication that the article has no translation in yet. */
    @Transactional(readOnly = true)
    public List<String> missingLanguages(Article article) {
        Set<String> present = new java.util.HashSet<>();
        translations(article).forEach(a -> present.add(a.language()));
        return publications.languages().stream()
                .filter(l -> !present.contains(l))
                .toList();
    }

    public boolean publishesIn(String language) {
        return publications.publishesIn(language);
    }

    /** One page of published articles, newest first. */
    public record PublishedPage(List<ArticleSummary> items, int page, int size, long total) {}

    static ArticleSummary summary(Article a, String authorName) {
        ArticleContent c = a.content();
        return new ArticleSummary(
                a.id(),
                a.language(),
                a.slug(),
                c.title(),
                c.standfirst(),
                c.byline(),
                c.country(),
                c.dateline(),
                a.state(),
                authorName,
                a.updatedAt(),
                a.publishedAt(),
                c.kind(),
                c.place(),
                c.originalAuthor(),
                c.originalDate());
    }

    private static boolean permits(Actor actor, Article article, ArticleAction action) {
        boolean editor = actor.can(Role.EDITOR);
        return switch (action) {
            case EDIT -> editor || (article.isAuthoredBy(actor.id()) && article.state() == ArticleState.DRAFT);
            case SUBMIT -> editor || article.isAuthoredBy(actor.id());
            case TRANSLATE -> article.state() != ArticleState.ARCHIVED && canSee(actor, article);
            case PUBLISH -> editor || publishesOwnNote(actor, article);
            case SEND_BACK, UNPUBLISH, ARCHIVE -> editor;
        };
    }

    /** A correspondent's own note goes out without review, but never again after an editor unpublished it. */
    private static boolean publishesOwnNote(Actor actor, Article article) {
        return article.isNote()
                && article.isAuthoredBy(actor.id())
                && (article.state() == ArticleState.DRAFT || article.state() == ArticleState.SUBMITTED);
    }

    private static boolean canSee(Actor actor, Article article) {
        return actor.can(Role.EDITOR)
                || article.isAuthoredBy(actor.id())
                || article.state().isPublic();
    }

    /** Role first (403), then the workflow (409): a correspondent learns nothing from the article's state. */
    private static void requireAllowed(Actor actor, Article article, ArticleAction action) {
        if (EDITORS_ONLY.contains(action) && !actor.can(Role.EDITOR)) {
            throw new ArticleAccessDenied(action);
        }
        if (!permits(actor, article, action)) {
            throw new ArticleAccessDenied(action);
        }
    }

    private Article lockVisible(Actor actor, ArticleId id) {
        return articles.lock(id).filter(a -> canSee(actor, a)).orElseThrow(() -> ArticleNotFound.forId(id));
    }

    private Article save(Actor actor, Article before, Article after, @Nullable String comment) {
        articles.update(after);
        articles.recordHistory(after.id(), actor.id(), after.updatedAt(), before.state(), after.state(), comment);
        return after;
    }

    private void requireLanguage(String language) {
        if (!publications.publishesIn(language)) {
            throw new InvalidArticle(List.of("press.article.error.language"));
        }
    }

    /** Every {@code photo:} the body embeds must name a photo in the library. */
    private void requireKnownPhotos(ArticleContent content, String language) {
        for (String reference : Markdown.photoReferences(content.body())) {
            if (PhotoId.parse(reference)
                    .flatMap(id -> photos.find(id, language))
                    .isEmpty()) {
                throw new InvalidArticle(List.of("press.article.error.bodyPhoto"));
            }
        }
    }

    /** Every {@code [[name:argument]]} line must name a known block and something that block can show. */
    private void requireKnownEmbeds(ArticleContent content) {
        for (Markdown.Embed reference : Markdown.embeds(content.body())) {
            ArticleEmbed embed =
                    embed(reference.name()).orElseThrow(() -> new InvalidArticle(List.of("press.article.error.embed")));
            if (!embed.exists(reference.argument())) {
                throw new InvalidArticle(List.of(embed.unknownMessageKey()));
            }
        }
    }

    /**
     * A slug the writer chose must be free in the language; one made from the title gets a number when
     * another article already uses it.
     */
    private ArticleContent withFreeSlug(String language, ArticleContent content, @Nullable Article existing) {
        ArticleId self = existing == null ? new ArticleId(new UUID(0, 0)) : existing.id();
        if (content.slug() != null) {
            if (articles.slugTaken(language, content.slug(), self)) {
                throw ArticleConflict.slugTaken(language, content.slug());
            }
            return content;
        }
        if (existing != null && existing.slug().equals(Slugs.fromTitle(content.title()))) {
            return content.withSlug(existing.slug());
        }
        String base = content.wantedSlug();
        String candidate = base;
        for (int n = 2; articles.slugTaken(language, candidate, self); n++) {
            candidate = Slugs.numbered(base, n);
        }
        return content.withSlug(candidate);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Looks each author up once per request. */
    private final class Names {
        private final Map<UserId, String> cache = new HashMap<>();

        String of(UserId id) {
            return cache.computeIfAbsent(
                    id, key -> accounts.byId(key).map(Actor::displayName).orElse(""));
        }
    }
}

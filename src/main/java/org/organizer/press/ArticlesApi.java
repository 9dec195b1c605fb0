package org.organizer.press;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.media.PhotoId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Articles for API clients: published ones for anyone, the newsroom's workflow for signed-in clients. */
@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Articles, their translations and the editorial workflow")
class ArticlesApi {

    private final Newsroom newsroom;
    private final Accounts accounts;

    ArticlesApi(Newsroom newsroom, Accounts accounts) {
        this.newsroom = newsroom;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Published articles, newest first, optionally in one language and country")
    public PageResource list(
            @RequestParam(required = false) @Pattern(regexp = "[a-z]{2,3}") String lang,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{2}") String country,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Newsroom.PublishedPage result =
                newsroom.published(lang, country == null ? null : country.toUpperCase(Locale.ROOT), page, size);
        return new PageResource(
                result.items().stream().map(ArticlesApi::resource).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article: published for anyone, unpublished ones for those who may see them")
    public ArticleResource get(@PathVariable UUID id, @Nullable Authentication auth) {
        return resource(newsroom.article(accounts.actor(auth), new ArticleId(id)));
    }

    @PostMapping
    @PreAuthorize("hasRole('CORRESPONDENT')")
    @Operation(summary = "Create a draft")
    public ResponseEntity<ArticleResource> create(@Valid @RequestBody NewArticle body, Authentication auth) {
        Article article = newsroom.create(actor(auth), body.language(), body.content());
        return created(article);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('CORRESPONDENT')")
    @Operation(summary = "Replace an article's text (own drafts for correspondents, any article for editors)")
    public ArticleResource update(@PathVariable UUID id, @Valid @RequestBody ArticleText body, Authentication auth) {
        return resource(newsroom.update(actor(auth), new ArticleId(id), body.content()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('CORRESPONDENT')")
    @Operation(summary = "Hand a draft to the editors")
    public ArticleResource submit(@PathVariable UUID id, Authentication auth) {
        return resource(newsroom.submit(actor(auth), new ArticleId(id)));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('CORRESPONDENT')")
    @Operation(summary = "Publish (editors; a correspondent their own note)")
    public ArticleResource publish(@PathVariable UUID id, Authentication auth) {
        return resource(newsroom.publish(actor(auth), new ArticleId(id)));
    }

    @PostMapping("/{id}/send-back")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Return a submitted article to its writer with a comment (editors)")
    public ArticleResource sendBack(@PathVariable UUID id, @Valid @RequestBody SendBack body, Authentication auth) {
        return resource(newsroom.sendBack(actor(auth), new ArticleId(id), body.comment()));
    }

    @PostMapping("/{id}/unpublish")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Take a published article off the site (editors)")
    public ArticleResource unpublish(@PathVariable UUID id, Authentication auth) {
        return resource(newsroom.unpublish(actor(auth), new ArticleId(id)));
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "Archive an article (editors)")
    public ArticleResource archive(@PathVariable UUID id, Authentication auth) {
        return resource(newsroom.archive(actor(auth), new ArticleId(id)));
    }

    @PutMapping("/{id}/lead-photo")
    @PreAuthorize("hasRole('CORRESPONDENT')")
    @Operation(summary = "Set the article's lead photo (a photo id from /api/v1/media), or remove it with null")
    public LeadPhoto setLeadPhoto(@PathVariable UUID id, @RequestBody LeadPhoto body, Authentication auth) {
        Article article = newsroom.setLeadPhoto(
                actor(auth), new ArticleId(id), body.photoId() == null ? null : new PhotoId(body.photoId()));
        return new LeadPhoto(
                newsroom.leadPhoto(article).map(view -> view.id().value()).orElse(null));
    }

    @GetMapping("/{id}/lead-photo")
    @Operation(summary = "The article's lead photo id (null when it has none)")
    public LeadPhoto leadPhoto(@PathVariable UUID id, @Nullable Authentication auth) {
        Article article = newsroom.article(accounts.actor(auth), new ArticleId(id));
        return new LeadPhoto(
                newsroom.leadPhoto(article).map(view -> view.id().value()).orElse(null));
    }

    @PostMapping("/{id}/translations")
    @PreAuthorize("hasRole('CORRESPONDENT')")
    @Operation(summary = "Start a translation as a new draft; text left out is copied from the original")
    public ResponseEntity<ArticleResource> translate(
            @PathVariable UUID id, @Valid @RequestBody NewTranslation body, Authentication auth) {
        Actor actor = actor(auth);
        ArticleId original = new ArticleId(id);
        ArticleContent content = body.content(newsroom.article(actor, original).content());
        return created(newsroom.addTranslation(actor, original, body.language(), content));
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }

    private static ResponseEntity<ArticleResource> created(Article article) {
        return ResponseEntity.created(URI.create("/api/v1/articles/" + article.id()))
                .body(resource(article));
    }

    static ArticleResource resource(Article a) {
        ArticleContent c = a.content();
        return new ArticleResource(
                a.id().value(),
                a.translationGroup(),
                a.language(),
                a.slug(),
                c.title(),
                c.standfirst(),
                c.body(),
                Markdown.toSafeHtml(c.body()),
                c.byline(),
                c.country(),
                c.dateline(),
                a.state(),
                a.publishedAt(),
                a.updatedAt(),
                a.state().isPublic() ? PublicPages.path(a.language(), a.slug()) : null,
                c.kind(),
                c.place(),
                c.originalAuthor(),
                c.originalDate());
    }

    private static ArticleResource resource(ArticleSummary s) {
        return resource(s, null);
    }

    private static ArticleResource resource(ArticleSummary s, @Nullable String body) {
        return new ArticleResource(
                s.id().value(),
                null,
                s.language(),
                s.slug(),
                s.title(),
                s.standfirst(),
                body,
                null,
                s.byline(),
                s.country(),
                s.dateline(),
                s.state(),
                s.publishedAt(),
                s.updatedAt(),
                s.path(),
                s.kind(),
                s.place(),
                s.originalAuthor(),
                s.originalDate());
    }

    public record ArticleResource(
            UUID id,
            @Nullable UUID translationGroup,
            String language,
            String slug,
            String title,
            String standfirst,
            @Nullable String body,
            @Nullable String bodyHtml,
            String byline,
            String country,
            LocalDate dateline,
            ArticleState state,
            @Nullable Instant publishedAt,
            Instant updatedAt,
            @Nullable String url,
            ArticleKind kind,
            @Nullable String place,
            @Nullable String originalAuthor,
            @Nullable LocalDate originalDate) {}

    public record PageResource(List<ArticleResource> items, int page, int size, long total) {}

    public record NewArticle(
            @NotBlank @Pattern(regexp = "[a-z]{2,3}") String language,
            @NotBlank @Size(max = ArticleContent.MAX_TITLE) String title,

            @Nullable @Size(max = ArticleContent.MAX_STANDFIRST)
            String standfirst,

            @Nullable @Size(max = ArticleContent.MAX_BODY) String body,
            @NotBlank @Size(max = ArticleContent.MAX_BYLINE) String byline,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
            @NotNull LocalDate dateline,
            @Nullable @Size(max = Slugs.MAX_LENGTH) String slug,
            @Nullable ArticleKind kind,
            @Nullable @Size(max = ArticleContent.MAX_PLACE) String place,

            @Nullable @Size(max = ArticleContent.MAX_ORIGINAL_AUTHOR)
            String originalAuthor,

            @Nullable LocalDate originalDate) {

        ArticleContent content() {
            return ArticleContent.of(
                    title,
                    standfirst,
                    body,
                    byline,
                    country,
                    dateline,
                    slug,
                    kind,
                    place,
                    originalAuthor,
                    originalDate);
        }
    }

    public record ArticleText(
            @NotBlank @Size(max = ArticleContent.MAX_TITLE) String title,

            @Nullable @Size(max = ArticleContent.MAX_STANDFIRST)
            String standfirst,

            @Nullable @Size(max = ArticleContent.MAX_BODY) String body,
            @NotBlank @Size(max = ArticleContent.MAX_BYLINE) String byline,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
            @NotNull LocalDate dateline,
            @Nullable @Size(max = Slugs.MAX_LENGTH) String slug,
            @Nullable ArticleKind kind,
            @Nullable @Size(max = ArticleContent.MAX_PLACE) String place,

            @Nullable @Size(max = ArticleContent.MAX_ORIGINAL_AUTHOR)
            String originalAuthor,

            @Nullable LocalDate originalDate) {

        ArticleContent content() {
            return ArticleContent.of(
                    title,
                    standfirst,
                    body,
                    byline,
                    country,
                    dateline,
                    slug,
                    kind,
                    place,
                    originalAuthor,
                    originalDate);
        }
    }

    /** Only {@code language} is required; the original's text fills in whatever is left out. */
    public record NewTranslation(
            @NotBlank @Pattern(regexp = "[a-z]{2,3}") String language,
            @Nullable @Size(max = ArticleContent.MAX_TITLE) String title,

            @Nullable @Size(max = ArticleContent.MAX_STANDFIRST)
            String standfirst,

            @Nullable @Size(max = ArticleContent.MAX_BODY) String body,
            @Nullable @Size(max = ArticleContent.MAX_BYLINE) String byline,
            @Nullable @Size(max = Slugs.MAX_LENGTH) String slug) {

        ArticleContent content(ArticleContent original) {
            return ArticleContent.of(
                    title == null ? original.title() : title,
                    standfirst == null ? original.standfirst() : standfirst,
                    body == null ? original.body() : body,
                    byline == null ? original.byline() : byline,
                    original.country(),
                    original.dateline(),
                    slug,
                    original.kind(),
                    original.place(),
                    original.originalAuthor(),
                    original.originalDate());
        }
    }

    public record LeadPhoto(@Nullable UUID photoId) {}

    public record SendBack(@NotBlank @Size(max = 2000) String comment) {}
}

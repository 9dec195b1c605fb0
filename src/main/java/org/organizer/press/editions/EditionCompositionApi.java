package org.organizer.press.editions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.press.ArticleId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Composing editions for API clients with an editor's or administrator's token: the same use cases as the
 * admin forms at /admin/editions, one resource per edition, section and placed article. Every change answers
 * with the whole edition as it now is.
 */
@RestController
@PreAuthorize("hasRole('EDITOR')")
@RequestMapping("/api/v1/editions")
@Tag(name = "Editions", description = "Numbered printed editions, their sections, supplements and articles")
class EditionCompositionApi {

    private static final String BASE = "/api/v1/editions/";

    private final Editions editions;
    private final Accounts accounts;
    private final MessageSource messages;

    EditionCompositionApi(Editions editions, Accounts accounts, MessageSource messages) {
        this.editions = editions;
        this.accounts = accounts;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Create a draft edition (editors)")
    public ResponseEntity<ComposedEdition> create(@RequestBody NewEdition body, Authentication auth) {
        Actor actor = actor(auth);
        Edition edition = editions.create(actor, body.language(), body.details());
        return ResponseEntity.created(URI.create(BASE + edition.id())).body(composed(actor, edition));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One edition in any state, with the ids of its sections and all placed articles (editors)")
    public ComposedEdition get(@PathVariable UUID id, Authentication auth) {
        return ComposedEdition.of(editions.preview(actor(auth), new EditionId(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the number, date, currency and prices (editors); the language stays")
    public ComposedEdition update(@PathVariable UUID id, @RequestBody Masthead body, Authentication auth) {
        Actor actor = actor(auth);
        return composed(actor, editions.update(actor, new EditionId(id), body.details()));
    }

    @PostMapping("/{id}/sections")
    @Operation(summary = "Add a section, or a supplement with supplement=true, at the end of its group (editors)")
    public ResponseEntity<ComposedEdition> addSection(
            @PathVariable UUID id, @RequestBody NewSection body, Authentication auth) {
        Actor actor = actor(auth);
        boolean supplement = Boolean.TRUE.equals(body.supplement());
        Edition edition = editions.addSection(actor, new EditionId(id), body.title(), body.country(), supplement);
        // A new section is the last of its group: main sections first, supplements after.
        EditionSection added = (supplement ? edition.supplements() : edition.mainSections()).getLast();
        return ResponseEntity.created(URI.create(BASE + id + "/sections/" + added.id()))
                .body(composed(actor, edition));
    }

    @GetMapping("/{id}/sections/{section}")
    @Operation(summary = "One section or supplement of an edition with its articles (editors)")
    public ComposedEdition.Section section(@PathVariable UUID id, @PathVariable UUID section, Authentication auth) {
        ComposedEdition.Section found = get(id, auth).section(section);
        if (found == null) {
            throw EditionNotFound.forId(section);
        }
        return found;
    }

    @PutMapping("/{id}/sections/{section}")
    @Operation(summary = "Rename a section or supplement and set or clear its country (editors)")
    public ComposedEdition renameSection(
            @PathVariable UUID id, @PathVariable UUID section, @RequestBody Heading body, Authentication auth) {
        Actor actor = actor(auth);
        return composed(
                actor,
                editions.renameSection(actor, new EditionId(id), new SectionId(section), body.title(), body.country()));
    }

    @PostMapping("/{id}/sections/{section}/move")
    @Operation(summary = "Swap a section with its neighbour UP or DOWN among the main sections or supplements")
    public ComposedEdition moveSection(
            @PathVariable UUID id, @PathVariable UUID section, @Valid @RequestBody Move body, Authentication auth) {
        Actor actor = actor(auth);
        return composed(
                actor, editions.moveSection(actor, new EditionId(id), new SectionId(section), body.direction()));
    }

    @DeleteMapping("/{id}/sections/{section}")
    @Operation(summary = "Remove a section; its articles leave the edition with it, the cover too (editors)")
    public ComposedEdition removeSection(@PathVariable UUID id, @PathVariable UUID section, Authentication auth) {
        Actor actor = actor(auth);
        return composed(actor, editions.removeSection(actor, new EditionId(id), new SectionId(section)));
    }

    @PostMapping("/{id}/articles")
    @Operation(summary = "Place an article of the edition's language at the end of a section (editors)")
    public ResponseEntity<ComposedEdition> place(
            @PathVariable UUID id, @Valid @RequestBody Placement body, Authentication auth) {
        Actor actor = actor(auth);
        Edition edition = editions.addArticle(
                actor, new EditionId(id), new SectionId(body.section()), new ArticleId(body.article()));
        return ResponseEntity.created(URI.create(BASE + id + "/articles/" + body.article()))
                .body(composed(actor, edition));
    }

    @GetMapping("/{id}/articles/{article}")
    @Operation(summary = "Where an article is placed in an edition (editors)")
    public ComposedEdition.PlacedArticle placed(
            @PathVariable UUID id, @PathVariable UUID article, Authentication auth) {
        ComposedEdition.PlacedArticle found = get(id, auth).article(article);
        if (found == null) {
            throw EditionNotFound.forId(article);
        }
        return found;
    }

    @PutMapping("/{id}/articles/{article}/section")
    @Operation(summary = "Move a placed article to the end of another section (editors)")
    public ComposedEdition moveArticleTo(
            @PathVariable UUID id, @PathVariable UUID article, @Valid @RequestBody Target body, Authentication auth) {
        Actor actor = actor(auth);
        return composed(
                actor,
                editions.moveArticleTo(
                        actor, new EditionId(id), new ArticleId(article), new SectionId(body.section())));
    }

    @PostMapping("/{id}/articles/{article}/move")
    @Operation(summary = "Swap a placed article with its neighbour UP or DOWN within its section (editors)")
    public ComposedEdition moveArticle(
            @PathVariable UUID id, @PathVariable UUID article, @Valid @RequestBody Move body, Authentication auth) {
        Actor actor = actor(auth);
        return composed(
                actor, editions.moveArticle(actor, new EditionId(id), new ArticleId(article), body.direction()));
    }

    @DeleteMapping("/{id}/articles/{article}")
    @Operation(summary = "Take an article out of the edition; if it was the cover, the edition has none (editors)")
    public ComposedEdition removeArticle(@PathVariable UUID id, @PathVariable UUID article, Authentication auth) {
        Actor actor = actor(auth);
        return composed(actor, editions.removeArticle(actor, new EditionId(id), new ArticleId(article)));
    }

    @PutMapping("/{id}/cover")
    @Operation(summary = "Choose the cover among the placed articles, or none with null (editors)")
    public ComposedEdition cover(@PathVariable UUID id, @RequestBody Cover body, Authentication auth) {
        Actor actor = actor(auth);
        ArticleId article = body.article() == null ? null : new ArticleId(body.article());
        return composed(actor, editions.setCover(actor, new EditionId(id), article));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft edition at /{lang}/editions/{number} (editors)")
    public ComposedEdition publish(@PathVariable UUID id, Authentication auth) {
        Actor actor = actor(auth);
        return composed(actor, editions.publish(actor, new EditionId(id)));
    }

    @PostMapping("/{id}/unpublish")
    @Operation(summary = "Take a published edition off the site; it becomes a draft again (editors)")
    public ComposedEdition unpublish(@PathVariable UUID id, Authentication auth) {
        Actor actor = actor(auth);
        return composed(actor, editions.unpublish(actor, new EditionId(id)));
    }

    /** Every problem with the edition's fields at once, as the admin form shows them. */
    @ExceptionHandler
    ProblemDetail invalid(InvalidEdition e) {
        List<String> errors = e.errors().stream().map(this::message).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), errors.getFirst());
        problem.setProperty("errors", errors);
        return problem;
    }

    private ComposedEdition composed(Actor actor, Edition edition) {
        return ComposedEdition.of(editions.preview(actor, edition.id()));
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }

    /** Amounts as JSON numbers (1.5) or strings ("1.50"), with no more decimals than the currency has. */
    public record NewEdition(
            @Nullable String language,
            @Nullable Integer number,
            @Nullable LocalDate date,
            @Nullable String currency,
            @Nullable BigDecimal coverPrice,
            @Nullable BigDecimal solidarityPrice) {

        EditionDetails details() {
            return EditionDetails.of(number, date, currency, coverPrice, solidarityPrice);
        }
    }

    public record Masthead(
            @Nullable Integer number,
            @Nullable LocalDate date,
            @Nullable String currency,
            @Nullable BigDecimal coverPrice,
            @Nullable BigDecimal solidarityPrice) {

        EditionDetails details() {
            return EditionDetails.of(number, date, currency, coverPrice, solidarityPrice);
        }
    }

    /** {@code country} is an optional ISO 3166 alpha-2 code. */
    public record NewSection(
            @Nullable String title,
            @Nullable String country,
            @Nullable Boolean supplement) {}

    public record Heading(@Nullable String title, @Nullable String country) {}

    public record Move(@NotNull Direction direction) {}

    public record Placement(@NotNull UUID section, @NotNull UUID article) {}

    public record Target(@NotNull UUID section) {}

    public record Cover(@Nullable UUID article) {}
}

package org.organizer.network.calls;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.network.Call;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.press.Markdown;
import org.organizer.web.SiteInfo;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls for API clients. Reading shows public calls and their published language versions to everyone;
 * writing needs a token of someone who may act: an issuer's representative or an editor to manage, a member
 * organisation's representative to comment, propose and answer the poll for that organisation.
 */
@RestController
@RequestMapping("/api/v1/calls")
@Tag(name = "Calls", description = "Calls of the network, their discussion and their day of action")
class CallsApi {

    private final CallService service;
    private final Organisations organisations;
    private final Accounts accounts;
    private final SiteInfo site;

    CallsApi(CallService service, Organisations organisations, Accounts accounts, SiteInfo site) {
        this.service = service;
        this.organisations = organisations;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping
    @Operation(summary = "Calls open for endorsement or closed, with a published version in the language")
    ResponseEntity<List<PublicCall>> list(@RequestParam(required = false) @Nullable String language) {
        String lang = language == null || language.isBlank() ? site.defaultLanguage() : language.strip();
        if (!org.organizer.web.Languages.isValidCode(lang)) {
            throw InvalidCallInput.of("network.calls.error.language");
        }
        return cached(service.publicIn(lang).stream().map(this::publicCall).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A public call and its published language versions")
    ResponseEntity<PublicCall> call(@PathVariable String id) {
        Call call = service.publicCall(CallAccountPages.id(id));
        return cached(publicCall(call));
    }

    @PostMapping("/{id}/comments")
    @Operation(summary = "Comment on a call in discussion, for an organisation you represent")
    ResponseEntity<Created> comment(@PathVariable String id, @RequestBody CommentRequest body, Authentication auth) {
        long created = service.comment(
                actor(auth),
                CallAccountPages.id(id),
                text(body.organisation()),
                number(body.paragraph()),
                number(body.parent()),
                text(body.body()));
        return ResponseEntity.created(URI.create("/api/v1/calls/" + id)).body(new Created(created));
    }

    @PostMapping("/{id}/amendments")
    @Operation(summary = "Propose the replacement of a paragraph, for an organisation you represent")
    ResponseEntity<Created> propose(@PathVariable String id, @RequestBody AmendmentRequest body, Authentication auth) {
        long created = service.propose(
                actor(auth),
                CallAccountPages.id(id),
                text(body.organisation()),
                number(body.paragraph()),
                text(body.replacement()),
                text(body.reason()));
        return ResponseEntity.created(URI.create("/api/v1/calls/" + id)).body(new Created(created));
    }

    @PostMapping("/{id}/poll/answers")
    @Operation(summary = "Answer the date poll (yes, if-need-be, no per date), for an organisation you represent")
    ResponseEntity<Void> answer(@PathVariable String id, @RequestBody AnswerRequest body, Authentication auth) {
        service.answer(
                actor(auth),
                CallAccountPages.id(id),
                text(body.organisation()),
                body.answers() == null ? Map.of() : body.answers(),
                body.comments() == null ? Map.of() : body.comments());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Change the status of a call you issue (discussion, open, closed)")
    ResponseEntity<Void> status(@PathVariable String id, @RequestBody StatusRequest body, Authentication auth) {
        service.changeStatus(actor(auth), CallAccountPages.id(id), text(body.status()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/poll/close")
    @Operation(summary = "Close the date poll of a call you issue; without a date the best date is taken")
    ResponseEntity<Decided> close(
            @PathVariable String id, @RequestBody(required = false) @Nullable CloseRequest body, Authentication auth) {
        LocalDate date = service.closePoll(actor(auth), CallAccountPages.id(id), body == null ? "" : text(body.date()));
        return ResponseEntity.ok(new Decided(date));
    }

    private PublicCall publicCall(Call call) {
        return new PublicCall(
                call.id().toString(),
                call.status().code(),
                call.originalDate(),
                call.decidedDate(),
                call.issuers().stream()
                        .map(organisations::byId)
                        .flatMap(java.util.Optional::stream)
                        .map(CallsApi::issuer)
                        .toList(),
                call.versions().stream()
                        .filter(Call.Version::published)
                        .map(v -> new PublicVersion(
                                v.language(), v.title(), v.slug(), v.body(), Markdown.toSafeHtml(v.body())))
                        .toList());
    }

    private static Issuer issuer(Organisation o) {
        return new Issuer(o.slug(), o.names());
    }

    private static <T> ResponseEntity<T> cached(T body) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(body);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String number(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String number(@Nullable Long value) {
        return value == null ? "" : value.toString();
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }

    public record Issuer(String slug, Map<String, String> names) {}

    /** @param markdown the text as written; html the same rendered and sanitised */
    public record PublicVersion(String language, String title, String slug, String markdown, String html) {}

    /** @param status draft, discussion, date-decided, open or closed; only open and closed calls are listed */
    public record PublicCall(
            String id,
            String status,
            @Nullable LocalDate originalDate,
            @Nullable LocalDate decidedDate,
            List<Issuer> issuers,
            List<PublicVersion> versions) {}

    /** @param paragraph the paragraph number, or null for the general thread; parent the comment replied to */
    public record CommentRequest(
            @Nullable String organisation,
            @Nullable Integer paragraph,
            @Nullable Long parent,
            @Nullable String body) {}

    public record AmendmentRequest(
            @Nullable String organisation,
            @Nullable Integer paragraph,
            @Nullable String replacement,
            @Nullable String reason) {}

    /** @param answers per date (YYYY-MM-DD): yes, if-need-be or no; comments per date, optional */
    public record AnswerRequest(
            @Nullable String organisation,
            @Nullable Map<String, String> answers,
            @Nullable Map<String, String> comments) {}

    public record StatusRequest(@Nullable String status) {}

    public record CloseRequest(@Nullable String date) {}

    public record Created(long id) {}

    public record Decided(LocalDate date) {}
}

package org.organizer.network.endorsements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endorsing a call from another site or app: the same fields and checks as the public form, anonymous like
 * the form (and rate-limited like it), and the same double opt-in — the endorsement is stored unconfirmed and
 * counts only once the link mailed to the contact address is confirmed. Hence 202 Accepted, not 201.
 */
@RestController
@Tag(name = "Endorsements", description = "Endorsements of public calls by organisations")
class EndorsementsApi {

    private final EndorsementService service;
    private final MessageSource messages;
    private final SiteInfo site;

    EndorsementsApi(EndorsementService service, MessageSource messages, SiteInfo site) {
        this.service = service;
        this.messages = messages;
        this.site = site;
    }

    /** The fields of the public form; {@code language} picks the call title in the mail (default: the call's). */
    record EndorsementRequest(
            @Nullable String name,
            @Nullable String kind,
            @Nullable String country,
            @Nullable String website,
            @Nullable String signerName,
            @Nullable String signerRole,
            @Nullable Boolean publishSigner,
            @Nullable Boolean publishRole,
            @Nullable String email,
            @Nullable String language) {

        Map<String, String> typed() {
            Map<String, String> typed = new HashMap<>();
            put(typed, "name", name);
            put(typed, "kind", kind);
            put(typed, "country", country);
            put(typed, "website", website);
            put(typed, "signerName", signerName);
            put(typed, "signerRole", signerRole);
            put(typed, "email", email);
            if (Boolean.TRUE.equals(publishSigner)) {
                typed.put("publishSigner", "on");
            }
            if (Boolean.TRUE.equals(publishRole)) {
                typed.put("publishRole", "on");
            }
            return typed;
        }

        private static void put(Map<String, String> typed, String key, @Nullable String value) {
            if (value != null) {
                typed.put(key, value);
            }
        }
    }

    record Accepted(String status, String detail) {}

    @PostMapping("/api/v1/calls/{id}/endorsements")
    @Operation(
            summary = "Endorse a public call for an organisation; a confirmation link is mailed to the contact"
                    + " address (no token needed)")
    ResponseEntity<Accepted> endorse(@PathVariable String id, @RequestBody EndorsementRequest body) {
        CallId callId = CallId.parse(id).orElseThrow(() -> new EndorsementNotFound("network.calls.error.notFound"));
        Call call = service.publicCall(callId);
        try {
            service.submit(call, language(call, body.language()), body.typed());
        } catch (InvalidEndorsementInput e) {
            if (e.errors().contains(InvalidEndorsementInput.CLOSED)) {
                throw new EndorsementsClosed();
            }
            throw e;
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Accepted("confirmation-sent", message("network.endorsements.api.accepted")));
    }

    /** Every problem with the fields, translated, as the form lists them. */
    @ExceptionHandler
    ProblemDetail invalid(InvalidEndorsementInput e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), message(e.messageKey()));
        List<String> errors = e.errors().stream().map(this::message).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    private String language(Call call, @Nullable String wanted) {
        if (wanted != null && site.publishesIn(wanted.strip())) {
            return wanted.strip();
        }
        String reader = LocaleContextHolder.getLocale().getLanguage();
        return call.version(reader).filter(Call.Version::published).isPresent() ? reader : call.originalLanguage();
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}

package org.organizer.network.endorsements;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public endorsements of a call as CSV and JSON, from the call's public address and from the API. Only
 * public fields: the contact address is never part of an {@link EndorsementViews.Endorser}.
 */
@RestController
class EndorsementExports {

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final EndorsementService service;

    EndorsementExports(EndorsementService service) {
        this.service = service;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/calls/{slug}/endorsements.json")
    ResponseEntity<List<EndorsementViews.Endorser>> json(@PathVariable String lang, @PathVariable String slug) {
        Call call = service.publicCall(lang, slug);
        return ResponseEntity.ok().cacheControl(CACHE).body(service.publicEndorsers(call.id()));
    }

    @GetMapping("/{lang:[a-z]{2,3}}/calls/{slug}/endorsements.csv")
    ResponseEntity<String> csv(@PathVariable String lang, @PathVariable String slug) {
        Call call = service.publicCall(lang, slug);
        StringBuilder out = new StringBuilder("name,kind,country,website,signer,role,organisation,date\r\n");
        for (EndorsementViews.Endorser e : service.publicEndorsers(call.id())) {
            out.append(String.join(
                            ",",
                            cell(e.name()),
                            cell(e.kind()),
                            cell(e.country()),
                            cell(e.website()),
                            cell(e.signer()),
                            cell(e.role()),
                            cell(e.organisation()),
                            cell(e.date() == null ? null : e.date().toString())))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"endorsements-" + slug + ".csv\"")
                .body(out.toString());
    }

    @GetMapping("/api/v1/calls/{id}/endorsements")
    ResponseEntity<List<EndorsementViews.Endorser>> api(@PathVariable String id) {
        CallId callId = CallId.parse(id).orElseThrow(() -> new EndorsementNotFound("network.calls.error.notFound"));
        Call call = service.publicCall(callId);
        return ResponseEntity.ok().cacheControl(CACHE).body(service.publicEndorsers(call.id()));
    }

    /** A quoted CSV cell; text that spreadsheets would take for a formula is prefixed with an apostrophe. */
    static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

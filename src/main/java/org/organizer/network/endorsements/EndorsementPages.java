package org.organizer.network.endorsements;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.organizer.network.Call;
import org.organizer.network.OrganisationKind;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public endorsement form of a call and the page its confirmation link opens. The form is a page of
 * its own, not part of the cached call page, because it carries the reader's CSRF token. Opening the link
 * only shows a button: mail scanners that open links must not confirm anything.
 */
@Controller
class EndorsementPages {

    private static final List<String> KINDS =
            Arrays.stream(OrganisationKind.values()).map(OrganisationKind::code).toList();
    private static final List<String> COUNTRIES =
            EndorsementRules.COUNTRIES.stream().sorted().toList();

    private final EndorsementService service;

    EndorsementPages(EndorsementService service) {
        this.service = service;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/calls/{slug}/endorse")
    String form(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) String sent,
            Model model) {
        Call call = service.publicCall(lang, slug);
        return form(
                model,
                call,
                lang,
                slug,
                service.isOpen(call) ? List.of() : List.of("network.endorsements.error.closed"),
                sent != null,
                Map.of());
    }

    @PostMapping("/{lang:[a-z]{2,3}}/calls/{slug}/endorse")
    String endorse(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        Call call = service.publicCall(lang, slug);
        try {
            service.submit(call, lang, params);
            // Slugs may be Arabic: the address in the Location header must be percent-encoded.
            return "redirect:/" + lang + "/calls/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8)
                    + "/endorse?sent";
        } catch (InvalidEndorsementInput e) {
            response.setStatus(e.status().value());
            return form(model, call, lang, slug, e.errors(), false, params);
        }
    }

    private String form(
            Model model,
            Call call,
            String lang,
            String slug,
            List<String> errors,
            boolean sent,
            Map<String, String> typed) {
        model.addAttribute(
                "page",
                new EndorsementViews.Form(
                        lang,
                        slug,
                        service.title(call, lang),
                        service.isOpen(call),
                        KINDS,
                        COUNTRIES,
                        errors,
                        sent,
                        typed));
        return "network/endorsements/form";
    }

    /** Every public endorser of a call in one country, by pages; the call page names only the first few. */
    @GetMapping("/{lang:[a-z]{2,3}}/calls/{slug}/endorsers/{country:[A-Z]{2}}")
    String country(
            @PathVariable String lang,
            @PathVariable String slug,
            @PathVariable String country,
            @RequestParam(defaultValue = "1") String page,
            Model model,
            HttpServletResponse response) {
        Call call = service.publicCall(lang, slug);
        int number = page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 0;
        model.addAttribute("page", service.countryList(call, lang, slug, country, number));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        return "network/endorsements/country";
    }

    @GetMapping("/endorsements/confirm/{token}")
    String confirmation(@PathVariable String token, Model model) {
        return confirmation(model, token, null);
    }

    @PostMapping("/endorsements/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        EndorsementRepository.Stored endorsement = service.pending(token);
        String outcome = service.confirm(token);
        return page(model, token, endorsement, outcome);
    }

    private String confirmation(Model model, String token, String outcome) {
        return page(model, token, service.pending(token), outcome);
    }

    private String page(Model model, String token, EndorsementRepository.Stored endorsement, String outcome) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Call call = service.publicCall(endorsement.call());
        model.addAttribute(
                "page",
                new EndorsementViews.Confirmation(token, endorsement.name(), service.title(call, language), outcome));
        return "network/endorsements/confirm";
    }
}

package org.organizer.distribution.newsletter;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.organizer.web.SiteInfo;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers' pages: subscribe, confirm, manage, export, delete, unsubscribe. Links in mails lead to pages with
 * a button, never to a change on GET, because mail scanners open links. None of these pages is cached: each
 * carries a form with its own CSRF token, and the token pages show personal data.
 */
@Controller
class SubscriptionPages {

    static final String LANG = "/{lang:[a-z]{2,3}}/newsletter";
    static final String TOKEN = "{token:[A-Za-z0-9_-]{20,100}}";
    private static final List<String> NOTICES = List.of("sent", "confirmed", "saved", "unsubscribed", "deleted");

    private final Subscriptions subscriptions;
    private final SiteInfo site;
    private final JsonMapper json;

    SubscriptionPages(Subscriptions subscriptions, SiteInfo site, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.site = site;
        this.json = json;
    }

    @GetMapping(LANG)
    String form(@PathVariable String lang, @RequestParam(required = false) @Nullable String notice, Model model) {
        requireLanguage(lang);
        return subscribePage(model, form(lang, "", lang, List.of(), List.of(), known(notice), null), false);
    }

    @PostMapping(LANG)
    String subscribe(
            @PathVariable String lang,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(required = false) @Nullable List<String> countries,
            Model model,
            HttpServletResponse response) {
        requireLanguage(lang);
        List<String> errors = SubscriptionRequest.problems(email, language, countries, site);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return subscribePage(
                    model, form(lang, email, language, validCountries(countries), errors, null, null), false);
        }
        subscriptions.subscribe(SubscriptionRequest.of(email, language, countries));
        // The same answer whether the address was new, pending or confirmed.
        return "redirect:/" + lang + "/newsletter?notice=sent";
    }

    @GetMapping(LANG + "/confirm/" + TOKEN)
    String confirmPage(@PathVariable String lang, @PathVariable String token, Model model) {
        requireLanguage(lang);
        if (!subscriptions.confirmationPending(token)) {
            throw new NewsletterLinkInvalid();
        }
        model.addAttribute("action", "/" + lang + "/newsletter/confirm/" + token);
        model.addAttribute("kind", "confirm");
        return "distribution/newsletter/button";
    }

    @PostMapping(LANG + "/confirm/" + TOKEN)
    String confirm(@PathVariable String lang, @PathVariable String token) {
        requireLanguage(lang);
        Subscriber s = subscriptions.confirm(token);
        return "redirect:/" + s.language() + "/newsletter/manage/" + s.manageToken() + "?notice=confirmed";
    }

    @GetMapping(LANG + "/manage/" + TOKEN)
    String manage(
            @PathVariable String lang,
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String notice,
            Model model) {
        requireLanguage(lang);
        Subscriber s = subscriptions.byManageToken(token);
        return managePage(model, lang, s, s.language(), s.countries(), List.of(), known(notice));
    }

    @PostMapping(LANG + "/manage/" + TOKEN)
    String change(
            @PathVariable String lang,
            @PathVariable String token,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(required = false) @Nullable List<String> countries,
            Model model,
            HttpServletResponse response) {
        requireLanguage(lang);
        Subscriber s = subscriptions.byManageToken(token);
        List<String> errors = SubscriptionRequest.problems(null, language, countries, site);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return managePage(model, lang, s, language, validCountries(countries), errors, null);
        }
        subscriptions.change(token, language, SubscriptionRequest.countries(countries));
        return "redirect:/" + language + "/newsletter/manage/" + token + "?notice=saved";
    }

    @GetMapping(LANG + "/manage/" + TOKEN + "/export")
    ResponseEntity<byte[]> export(@PathVariable String lang, @PathVariable String token) {
        requireLanguage(lang);
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(subscriptions.export(token));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("newsletter-subscription.json")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @PostMapping(LANG + "/manage/" + TOKEN + "/delete")
    String delete(@PathVariable String lang, @PathVariable String token) {
        requireLanguage(lang);
        subscriptions.delete(token);
        return "redirect:/" + lang + "/newsletter?notice=deleted";
    }

    /** The visible link in every newsletter: a page with a button. */
    @GetMapping(LANG + "/unsubscribe/" + TOKEN)
    String unsubscribePage(@PathVariable String lang, @PathVariable String token, Model model) {
        requireLanguage(lang);
        subscriptions.byManageToken(token);
        model.addAttribute("action", "/" + lang + "/newsletter/unsubscribe/" + token);
        model.addAttribute("kind", "unsubscribe");
        return "distribution/newsletter/button";
    }

    @PostMapping({LANG + "/unsubscribe/" + TOKEN, LANG + "/manage/" + TOKEN + "/unsubscribe"})
    String unsubscribe(@PathVariable String lang, @PathVariable String token) {
        requireLanguage(lang);
        Subscriber s = subscriptions.unsubscribe(token);
        return "redirect:/" + s.language() + "/newsletter/manage/" + token + "?notice=unsubscribed";
    }

    /**
     * RFC 8058 one-click unsubscribe, posted by mail programs with {@code List-Unsubscribe=One-Click}. The
     * secret in the address is the authority, so this is the one form without a CSRF token (exempted in the
     * security configuration) and without a rate limit (mail providers post from few addresses).
     */
    @PostMapping("/newsletter/unsubscribe/" + TOKEN)
    String oneClick(@PathVariable String token, Model model) {
        Subscriber s = subscriptions.unsubscribe(token);
        model.addAttribute("action", "");
        model.addAttribute("kind", "unsubscribed");
        model.addAttribute("manage", "/" + s.language() + "/newsletter/manage/" + token);
        return "distribution/newsletter/button";
    }

    /** Someone opened the header's address in a browser: show the page with the button in their language. */
    @GetMapping("/newsletter/unsubscribe/" + TOKEN)
    String oneClickPage(@PathVariable String token) {
        Subscriber s = subscriptions.byManageToken(token);
        return "redirect:/" + s.language() + "/newsletter/unsubscribe/" + token;
    }

    private String subscribePage(Model model, SubscriptionForm form, boolean manage) {
        model.addAttribute("form", form);
        return manage ? "distribution/newsletter/manage" : "distribution/newsletter/subscribe";
    }

    private String managePage(
            Model model,
            String lang,
            Subscriber s,
            String language,
            List<String> countries,
            List<String> errors,
            @Nullable String notice) {
        model.addAttribute("state", s.state().name());
        return subscribePage(model, form(lang, s.email(), language, countries, errors, notice, s.manageToken()), true);
    }

    private SubscriptionForm form(
            String lang,
            String email,
            String language,
            List<String> countries,
            List<String> errors,
            @Nullable String notice,
            @Nullable String token) {
        return new SubscriptionForm(
                email,
                language,
                countries,
                site.languages(),
                SubscriptionForm.countriesIn(Locale.of(lang)),
                errors,
                notice,
                token);
    }

    private void requireLanguage(String lang) {
        if (!site.publishesIn(lang)) {
            throw new NewsletterLinkInvalid();
        }
    }

    private static @Nullable String known(@Nullable String notice) {
        return notice != null && NOTICES.contains(notice) ? notice : null;
    }

    /** Echoes back only real codes, so the form never shows what it refused. */
    private static List<String> validCountries(@Nullable List<String> countries) {
        List<String> iso = List.of(Locale.getISOCountries());
        return SubscriptionRequest.countries(countries).stream()
                .filter(iso::contains)
                .toList();
    }
}

package org.organizer.network;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.organizer.network.web.DirectoryPage;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public directory of organisations and each organisation's page: public fields only, the same for
 * everyone, so cacheable.
 */
@Controller
class DirectoryPages {

    static final String CACHE_CONTROL = "public, max-age=60";
    static final int MAX_FILTER = 200;

    private final Organisations organisations;
    private final SiteInfo site;

    DirectoryPages(Organisations organisations, SiteInfo site) {
        this.organisations = organisations;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/organisations")
    String directory(
            @PathVariable String lang,
            @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(name = "q", defaultValue = "") String name,
            Model model,
            HttpServletResponse response) {
        requirePublishedLanguage(lang);
        String countryCode = country.strip().toUpperCase(Locale.ROOT);
        List<String> errors = new ArrayList<>();
        if (!countryCode.isEmpty() && !OrganisationRules.isCountry(countryCode)) {
            errors.add("network.error.country");
        }
        Optional<OrganisationKind> parsedKind = kind.isBlank() ? Optional.empty() : OrganisationKind.parse(kind);
        if (!kind.isBlank() && parsedKind.isEmpty()) {
            errors.add("network.error.kind");
        }
        if (name.length() > MAX_FILTER) {
            errors.add("network.error.filter");
        }
        List<Organisation> found =
                errors.isEmpty() ? organisations.search(name, countryCode, parsedKind.orElse(null)) : List.of();
        List<String> countries = organisations.search(null, null, null).stream()
                .map(Organisation::country)
                .toList();
        model.addAttribute(
                "page",
                new DirectoryPage(
                        Views.of(found, lang, site.defaultLanguage()),
                        errors.isEmpty() ? countryCode : "",
                        errors.isEmpty()
                                ? parsedKind.map(OrganisationKind::code).orElse("")
                                : "",
                        name.length() > MAX_FILTER ? "" : name,
                        Views.countries(countries, Locale.of(lang)),
                        Views.KINDS,
                        errors));
        if (errors.isEmpty()) {
            response.setHeader("Cache-Control", CACHE_CONTROL);
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "network/directory";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/organisations/{slug}")
    String organisation(
            @PathVariable String lang, @PathVariable String slug, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        Organisation organisation = organisations.bySlug(slug).orElseThrow(OrganisationNotFound::new);
        model.addAttribute("organisation", Views.of(organisation, lang, site.defaultLanguage()));
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return "network/organisation";
    }

    private void requirePublishedLanguage(String lang) {
        if (!site.publishesIn(lang)) {
            throw new OrganisationNotFound();
        }
    }
}

package org.organizer.network;

import org.organizer.web.SiteInfo;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The link mailed to an address at an organisation's domain. Opening it only shows a button: mail scanners
 * that open links must not verify anything; pressing it does.
 */
@Controller
class DomainConfirmationPages {

    private final OrganisationDirectory directory;
    private final SiteInfo site;

    DomainConfirmationPages(OrganisationDirectory directory, SiteInfo site) {
        this.directory = directory;
        this.site = site;
    }

    @GetMapping("/organisations/verify/{token}")
    String form(@PathVariable String token, Model model) {
        return page(model, token, directory.pendingDomain(token), false);
    }

    @PostMapping("/organisations/verify/{token}")
    String confirm(@PathVariable String token, Model model) {
        return page(model, token, directory.confirmDomain(token), true);
    }

    private String page(Model model, String token, Organisation organisation, boolean confirmed) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("token", token);
        model.addAttribute("organisation", Views.of(organisation, language, site.defaultLanguage()));
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("publicLanguage", site.publishesIn(language) ? language : site.defaultLanguage());
        return "network/verify";
    }
}

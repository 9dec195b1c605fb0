package org.organizer.network;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.network.web.OrganisationForm;
import org.organizer.web.SiteInfo;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A representative's own pages: their organisations, the public fields of each, and confirming an address at
 * its website's domain. Another organisation's pages answer 403.
 */
@Controller
@RequestMapping("/account/organisations")
class RepresentativePages {

    private final OrganisationDirectory directory;
    private final Organisations organisations;
    private final EditPages pages;
    private final Accounts accounts;
    private final SiteInfo site;

    RepresentativePages(
            OrganisationDirectory directory,
            Organisations organisations,
            EditPages pages,
            Accounts accounts,
            SiteInfo site) {
        this.directory = directory;
        this.organisations = organisations;
        this.pages = pages;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping
    String list(Authentication auth, Model model) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute(
                "organisations",
                Views.of(organisations.organisationsRepresentedBy(actor(auth).id()), language, site.defaultLanguage()));
        return "network/account/list";
    }

    @GetMapping("/{id}")
    String edit(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String notice,
            Authentication auth,
            Model model) {
        Actor actor = actor(auth);
        OrganisationId organisation = mayActFor(actor, id);
        return pages.page(model, actor, organisation, false, null, List.of(), notice);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        OrganisationId organisation = mayActFor(actor, id);
        OrganisationForm form = OrganisationForm.of(params, pages.formLanguages(params));
        try {
            directory.updatePublic(actor, organisation, form);
            return "redirect:/account/organisations/" + organisation + "?notice=saved";
        } catch (InvalidOrganisationInput e) {
            response.setStatus(e.status().value());
            return pages.page(model, actor, organisation, false, form, e.errors(), null);
        }
    }

    @PostMapping("/{id}/verification")
    String verify(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String email,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        OrganisationId organisation = mayActFor(actor, id);
        try {
            directory.startDomainVerification(actor, organisation, email);
            return "redirect:/account/organisations/" + organisation + "?notice=sent";
        } catch (InvalidOrganisationInput e) {
            response.setStatus(e.status().value());
            model.addAttribute("typedEmail", email);
            return pages.page(model, actor, organisation, false, null, e.errors(), null);
        }
    }

    /** Unknown organisations are 404 for everyone; known ones are 403 for who does not act for them. */
    private OrganisationId mayActFor(Actor actor, String id) {
        OrganisationId organisation = OrganisationAdminPages.id(id);
        directory.get(organisation);
        if (!directory.mayActFor(actor, organisation)) {
            throw new OrganisationAccessDenied();
        }
        return organisation;
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}

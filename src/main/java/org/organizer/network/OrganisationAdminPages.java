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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editors keep the directory: register and edit organisations, add representatives, vouch for them. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
@RequestMapping("/admin/organisations")
class OrganisationAdminPages {

    private final OrganisationDirectory directory;
    private final EditPages pages;
    private final Accounts accounts;
    private final SiteInfo site;

    OrganisationAdminPages(OrganisationDirectory directory, EditPages pages, Accounts accounts, SiteInfo site) {
        this.directory = directory;
        this.pages = pages;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping
    String list(Model model) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("organisations", Views.of(directory.all(), language, site.defaultLanguage()));
        return "network/admin";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return pages.blank(model, OrganisationForm.empty(), List.of());
    }

    @PostMapping
    String create(
            @RequestParam Map<String, String> params, Authentication auth, Model model, HttpServletResponse response) {
        OrganisationForm form = OrganisationForm.of(params, pages.formLanguages(params));
        try {
            Organisation created = directory.create(actor(auth), form);
            return "redirect:/admin/organisations/" + created.id() + "?notice=created";
        } catch (InvalidOrganisationInput e) {
            response.setStatus(e.status().value());
            return pages.blank(model, form, e.errors());
        }
    }

    @GetMapping("/{id}")
    String edit(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String notice,
            Authentication auth,
            Model model) {
        return pages.page(model, actor(auth), id(id), true, null, List.of(), notice);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        OrganisationId organisation = id(id);
        Actor actor = actor(auth);
        OrganisationForm form = OrganisationForm.of(params, pages.formLanguages(params));
        try {
            directory.update(actor, organisation, form);
            return "redirect:/admin/organisations/" + organisation + "?notice=saved";
        } catch (InvalidOrganisationInput e) {
            response.setStatus(e.status().value());
            return pages.page(model, actor, organisation, true, form, e.errors(), null);
        }
    }

    @PostMapping("/{id}/representatives")
    String addRepresentative(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        OrganisationId organisation = id(id);
        Actor actor = actor(auth);
        try {
            OrganisationDirectory.AddedRepresentative added =
                    directory.addRepresentative(actor, organisation, email, displayName);
            String notice = added.invited() ? "invited" : added.alreadyThere() ? "already" : "added";
            return "redirect:/admin/organisations/" + organisation + "?notice=" + notice;
        } catch (InvalidOrganisationInput e) {
            response.setStatus(e.status().value());
            return pages.page(model, actor, organisation, true, null, e.errors(), null);
        }
    }

    @PostMapping("/{id}/vouch")
    String vouch(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        OrganisationId organisation = id(id);
        Actor actor = actor(auth);
        try {
            directory.vouch(actor, organisation, reason);
            return "redirect:/admin/organisations/" + organisation + "?notice=vouched";
        } catch (InvalidOrganisationInput e) {
            response.setStatus(e.status().value());
            return pages.page(model, actor, organisation, true, null, e.errors(), null);
        }
    }

    static OrganisationId id(String id) {
        return OrganisationId.parse(id).orElseThrow(OrganisationNotFound::new);
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}

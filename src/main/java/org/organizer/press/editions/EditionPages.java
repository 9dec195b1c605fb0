package org.organizer.press.editions;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.press.ArticleId;
import org.organizer.web.SiteInfo;
import org.organizer.web.UserFacingException;
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

/**
 * The editors' edition pages: the list, the details form, and one small form per change to the composition
 * (sections, supplements, articles, order, cover, publication). Plain forms: no JavaScript needed.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
@RequestMapping("/admin/editions")
class EditionPages {

    private final Editions editions;
    private final Accounts accounts;
    private final SiteInfo site;

    EditionPages(Editions editions, Accounts accounts, SiteInfo site) {
        this.editions = editions;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping
    String list(Authentication auth, Model model) {
        model.addAttribute("editions", editions.all(actor(auth)));
        return "press/editions/admin/list";
    }

    @GetMapping("/new")
    String newEdition(Authentication auth, @RequestParam(required = false) @Nullable String lang, Model model) {
        String language = lang != null && site.publishesIn(lang) ? lang : site.defaultLanguage();
        EditionForm form = EditionForm.blank(language, editions.nextNumber(actor(auth), language));
        return page(model, new EditionEditorPage(form, List.of(), null, List.of(), site.languages(), List.of(), null));
    }

    @PostMapping
    String create(Authentication auth, EditionForm form, Model model, HttpServletResponse response) {
        try {
            Edition edition = editions.create(actor(auth), form.language(), form.details());
            return "redirect:/admin/editions/" + edition.id() + "?notice=created";
        } catch (InvalidEdition | EditionConflict e) {
            response.setStatus(e.status().value());
            return page(
                    model, new EditionEditorPage(form, errors(e), null, List.of(), site.languages(), List.of(), null));
        }
    }

    @GetMapping("/{id}")
    String edit(
            Authentication auth,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String notice,
            Model model) {
        Actor actor = actor(auth);
        Edition edition = editions.edition(actor, new EditionId(id));
        String noticeKey = notice != null && notice.matches("[a-z]{1,20}") ? "press.edition.notice." + notice : null;
        return page(model, editor(actor, edition, EditionForm.of(edition), List.of(), noticeKey));
    }

    @PostMapping("/{id}")
    String update(Authentication auth, @PathVariable UUID id, EditionForm form, Model model, HttpServletResponse r) {
        Actor actor = actor(auth);
        EditionId editionId = new EditionId(id);
        try {
            editions.update(actor, editionId, form.details());
            return done(id, "saved");
        } catch (InvalidEdition | EditionConflict e) {
            r.setStatus(e.status().value());
            return page(model, editor(actor, editions.edition(actor, editionId), form, errors(e), null));
        }
    }

    @PostMapping("/{id}/sections")
    String addSection(
            Authentication auth,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(defaultValue = "false") boolean supplement,
            Model model,
            HttpServletResponse r) {
        return attempt(
                auth,
                id,
                model,
                r,
                "section",
                () -> editions.addSection(actor(auth), new EditionId(id), title, country, supplement));
    }

    @PostMapping("/{id}/sections/{section}")
    String renameSection(
            Authentication auth,
            @PathVariable UUID id,
            @PathVariable UUID section,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String country,
            Model model,
            HttpServletResponse r) {
        return attempt(
                auth,
                id,
                model,
                r,
                "saved",
                () -> editions.renameSection(actor(auth), new EditionId(id), new SectionId(section), title, country));
    }

    @PostMapping("/{id}/sections/{section}/move")
    String moveSection(
            Authentication auth,
            @PathVariable UUID id,
            @PathVariable UUID section,
            @RequestParam Direction direction,
            Model model,
            HttpServletResponse r) {
        return attempt(
                auth,
                id,
                model,
                r,
                "saved",
                () -> editions.moveSection(actor(auth), new EditionId(id), new SectionId(section), direction));
    }

    @PostMapping("/{id}/sections/{section}/remove")
    String removeSection(
            Authentication auth,
            @PathVariable UUID id,
            @PathVariable UUID section,
            Model model,
            HttpServletResponse r) {
        return attempt(
                auth,
                id,
                model,
                r,
                "saved",
                () -> editions.removeSection(actor(auth), new EditionId(id), new SectionId(section)));
    }

    @PostMapping("/{id}/articles")
    String addArticle(
            Authentication auth,
            @PathVariable UUID id,
            @RequestParam UUID section,
            @RequestParam UUID article,
            Model model,
            HttpServletResponse r) {
        return attempt(
                auth,
                id,
                model,
                r,
                "placed",
                () -> editions.addArticle(
                        actor(auth), new EditionId(id), new SectionId(section), new ArticleId(article)));
    }

    @PostMapping("/{id}/articles/{article}/move")
    String moveArticle(
            Authentication auth,
            @PathVariable UUID id,
            @PathVariable UUID article,
            @RequestParam Direction direction,
            Model model,
            HttpServletResponse r) {
        return attempt(
                auth,
                id,
                model,
                r,
                "saved",
                () -> editions.moveArticle(actor(auth), new EditionId(id), new ArticleId(article), direction));
    }

    @PostMapping("/{id}/articles/{article}/section")
    String moveArticleTo(
            Authentication auth,
            @PathVariable UUID id,
            @PathVariable UUID article,
            @RequestParam UUID section,
            Model model,
            HttpServletResponse r) {
        return attempt(
                auth,
                id,
                model,
                r,
                "saved",
                () -> editions.moveArticleTo(
                        actor(auth), new EditionId(id), new ArticleId(article), new SectionId(section)));
    }

    @PostMapping("/{id}/articles/{article}/remove")
    String removeArticle(
            Authentication auth,
            @PathVariable UUID id,
            @PathVariable UUID article,
            Model model,
            HttpServletResponse r) {
        return attempt(
                auth,
                id,
                model,
                r,
                "saved",
                () -> editions.removeArticle(actor(auth), new EditionId(id), new ArticleId(article)));
    }

    /** Without an article, the edition has no cover. */
    @PostMapping("/{id}/cover")
    String cover(
            Authentication auth,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID article,
            Model model,
            HttpServletResponse r) {
        return attempt(
                auth,
                id,
                model,
                r,
                "cover",
                () -> editions.setCover(
                        actor(auth), new EditionId(id), article == null ? null : new ArticleId(article)));
    }

    @PostMapping("/{id}/publish")
    String publish(Authentication auth, @PathVariable UUID id, Model model, HttpServletResponse r) {
        return attempt(auth, id, model, r, "published", () -> editions.publish(actor(auth), new EditionId(id)));
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(Authentication auth, @PathVariable UUID id, Model model, HttpServletResponse r) {
        return attempt(auth, id, model, r, "unpublished", () -> editions.unpublish(actor(auth), new EditionId(id)));
    }

    /** The public edition page as readers will see it, drafts and unpublished articles included. */
    @GetMapping("/{id}/preview")
    String preview(Authentication auth, @PathVariable UUID id, Model model) {
        model.addAttribute("view", editions.preview(actor(auth), new EditionId(id)));
        model.addAttribute("preview", true);
        return "press/editions/edition";
    }

    /** Runs one change; a refused change shows the page again with the reason and the matching status. */
    private String attempt(
            Authentication auth,
            UUID id,
            Model model,
            HttpServletResponse response,
            String notice,
            Supplier<Edition> change) {
        try {
            change.get();
            return done(id, notice);
        } catch (InvalidEdition | EditionConflict e) {
            Actor actor = actor(auth);
            Edition edition = editions.edition(actor, new EditionId(id));
            response.setStatus(e.status().value());
            return page(model, editor(actor, edition, EditionForm.of(edition), errors(e), null));
        }
    }

    private EditionEditorPage editor(
            Actor actor, Edition edition, EditionForm form, List<String> errors, @Nullable String notice) {
        return new EditionEditorPage(
                form,
                errors,
                editions.preview(actor, edition.id()),
                editions.candidates(actor, edition),
                site.languages(),
                countries(),
                notice);
    }

    private static String page(Model model, EditionEditorPage page) {
        model.addAttribute("page", page);
        return "press/editions/admin/edit";
    }

    private static String done(UUID id, String notice) {
        return "redirect:/admin/editions/" + id + "?notice=" + notice;
    }

    private static List<String> errors(UserFacingException e) {
        return e instanceof InvalidEdition invalid ? invalid.errors() : List.of(e.messageKey());
    }

    /** Country codes ordered by their name in the interface language. */
    private static List<String> countries() {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale), collator))
                .toList();
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}

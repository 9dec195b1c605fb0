package org.organizer.cases.memorials;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.cases.CaseIds;
import org.organizer.cases.web.Problem;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The memorial pages of case workers and administrators under /admin/memorials. A refused form shows the page
 * again with the translated reason, what was typed, and a 400; nothing is written.
 */
@Controller
class MemorialPages {

    private final Memorials memorials;
    private final Accounts accounts;
    private final SiteInfo site;

    MemorialPages(Memorials memorials, Accounts accounts, SiteInfo site) {
        this.memorials = memorials;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping("/admin/memorials")
    String list(Authentication auth, Model model) {
        return list(model, actor(auth), Map.of(), null);
    }

    private String list(Model model, Actor actor, Map<String, String> form, @Nullable Problem problem) {
        model.addAttribute(
                "page",
                new MemorialListPage(
                        memorials.editable(actor),
                        memorials.casesToChooseFrom(actor),
                        site.languages(),
                        form,
                        problem));
        return "cases/memorials/list";
    }

    @PostMapping("/admin/memorials")
    String create(
            Authentication auth, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Actor actor = actor(auth);
        try {
            UUID id = memorials.create(
                    actor,
                    id(get(form, "case")),
                    get(form, "slug"),
                    get(form, "date"),
                    get(form, "country"),
                    get(form, "language"),
                    get(form, "title"),
                    get(form, "place"),
                    get(form, "body"));
            return "redirect:/admin/memorials/" + id;
        } catch (InvalidMemorialInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(model, actor, form, new Problem(e.messageKey(), e.arguments()));
        }
    }

    @GetMapping("/admin/memorials/{id}")
    String show(Authentication auth, @PathVariable String id, Model model) {
        return page(model, actor(auth), memorialId(id), Map.of(), null);
    }

    private String page(Model model, Actor actor, UUID id, Map<String, String> form, @Nullable Problem problem) {
        Memorial memorial = memorials.memorial(actor, id);
        String language = memorial.text(site.languages().getFirst()).isPresent()
                ? site.languages().getFirst()
                : memorial.texts().getFirst().language();
        model.addAttribute(
                "page",
                new MemorialPage(
                        memorial,
                        memorials.preview(memorial, language),
                        memorials.casesToChooseFrom(actor),
                        site.languages(),
                        form,
                        problem));
        return "cases/memorials/memorial";
    }

    @PostMapping("/admin/memorials/{id}/texts")
    String putText(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        return write(
                auth,
                id,
                form,
                model,
                response,
                (actor, memorial) -> memorials.putText(
                        actor,
                        memorial,
                        get(form, "language"),
                        get(form, "title"),
                        get(form, "place"),
                        get(form, "body")));
    }

    @PostMapping("/admin/memorials/{id}/publish")
    String publish(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        return write(auth, id, Map.of(), model, response, (a, m) -> memorials.publish(a, m, get(form, "language")));
    }

    @PostMapping("/admin/memorials/{id}/unpublish")
    String unpublish(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        return write(auth, id, Map.of(), model, response, (a, m) -> memorials.unpublish(a, m, get(form, "language")));
    }

    @PostMapping("/admin/memorials/{id}/cases")
    String addCase(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        return write(auth, id, Map.of(), model, response, (a, m) -> memorials.addCase(a, m, id(get(form, "case"))));
    }

    @PostMapping("/admin/memorials/{id}/cases/{caseId}/remove")
    String removeCase(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String caseId,
            Model model,
            HttpServletResponse response) {
        return write(auth, id, Map.of(), model, response, (a, m) -> memorials.removeCase(a, m, id(caseId)));
    }

    private interface Write {
        void apply(Actor actor, UUID memorial);
    }

    private String write(
            Authentication auth,
            String id,
            Map<String, String> form,
            Model model,
            HttpServletResponse response,
            Write action) {
        Actor actor = actor(auth);
        UUID memorial = memorialId(id);
        try {
            action.apply(actor, memorial);
            return "redirect:/admin/memorials/" + memorial;
        } catch (InvalidMemorialInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, actor, memorial, form, new Problem(e.messageKey(), e.arguments()));
        }
    }

    private static String get(Map<String, String> form, String name) {
        return form.getOrDefault(name, "");
    }

    private static UUID memorialId(String value) {
        return CaseIds.parse(value, MemorialNotFound::new);
    }

    private static UUID id(String value) {
        return CaseIds.parse(value, () -> new InvalidMemorialInput("cases.memorial.error.case"));
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}

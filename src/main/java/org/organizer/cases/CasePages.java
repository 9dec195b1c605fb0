package org.organizer.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.cases.web.AccessLogPage;
import org.organizer.cases.web.CaseExtras;
import org.organizer.cases.web.CaseListPage;
import org.organizer.cases.web.CasePage;
import org.organizer.cases.web.Problem;
import org.organizer.cases.web.TypedForm;
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
 * The case workers' pages under /admin/cases. Who may do what is checked in {@link Cases}; a refused form
 * shows the page again with the translated reason and a 400, and nothing is written.
 */
@Controller
class CasePages {

    private final Cases cases;
    private final PersonMerges merges;
    private final CasePhotos photos;
    private final CaseDocuments documents;
    private final Accounts accounts;
    private final SiteInfo site;

    CasePages(
            Cases cases,
            PersonMerges merges,
            CasePhotos photos,
            CaseDocuments documents,
            Accounts accounts,
            SiteInfo site) {
        this.documents = documents;
        this.cases = cases;
        this.merges = merges;
        this.photos = photos;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping("/admin/cases")
    String list(
            Authentication auth,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        return list(model, actor(auth), country, status, null, TypedForm.NONE);
    }

    private String list(
            Model model,
            Actor actor,
            @Nullable String country,
            @Nullable String status,
            @Nullable Problem problem,
            TypedForm typed) {
        model.addAttribute(
                "page",
                new CaseListPage(
                        cases.list(actor, country, status),
                        actor.can(Role.ADMINISTRATOR),
                        country == null ? "" : country,
                        status == null ? "" : status,
                        site.languages(),
                        problem,
                        typed));
        return "cases/list";
    }

    @PostMapping("/admin/cases")
    String open(
            Authentication auth, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Actor actor = actor(auth);
        Cases.requireAdministrator(actor);
        try {
            CaseSummary opened = cases.open(
                    actor, get(form, "country"), get(form, "status"), get(form, "language"), get(form, "summary"));
            return "redirect:/admin/cases/" + opened.id();
        } catch (InvalidCaseInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(model, actor, null, null, new Problem(e.messageKey(), e.arguments()), typed("open", form));
        }
    }

    @GetMapping("/admin/cases/access-log")
    String accessLog(Authentication auth, Model model) {
        model.addAttribute("page", new AccessLogPage(cases.accessLog(actor(auth))));
        return "cases/accessLog";
    }

    @GetMapping("/admin/cases/{id}")
    String show(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(name = CaseUploadLimitFilter.REFUSED, required = false) @Nullable String refused,
            Model model) {
        if (CaseUploadLimitFilter.TOO_LARGE.equals(refused)) {
            // a document over the server's multipart limit, sent back here by CaseUploadLimitFilter
            Problem problem =
                    new Problem("cases.error.document.requestTooLarge", new Object[] {documents.serverMaxMegabytes()});
            return page(model, actor(auth), id(id), problem, TypedForm.NONE);
        }
        return page(model, actor(auth), id(id), null, TypedForm.NONE);
    }

    String page(Model model, Actor actor, UUID id, @Nullable Problem problem, TypedForm typed) {
        model.addAttribute(
                "page",
                new CasePage(
                        cases.view(actor, id),
                        Cases.FIELDS,
                        site.languages(),
                        LocalDate.now(ZoneOffset.UTC).toString(),
                        problem,
                        new CaseExtras(
                                merges.ofCase(actor, id),
                                typed,
                                photos.forCase(actor, id),
                                documents.forCase(actor, id))));
        return "cases/case";
    }

    @PostMapping("/admin/cases/{id}/persons")
    String addPerson(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(
                model,
                actor,
                caseId,
                response,
                typed("persons", form),
                () -> cases.addPerson(
                        actor,
                        caseId,
                        get(form, "role"),
                        form.get("existingPerson") == null
                                        || form.get("existingPerson").isBlank()
                                ? null
                                : id(form.get("existingPerson")),
                        form.get("name"),
                        form.get("birthYear"),
                        form.get("occupation"),
                        form.get("organisation"),
                        form.get("ageAtEvent")));
    }

    @PostMapping("/admin/cases/{id}/events")
    String addEvent(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(
                model,
                actor,
                caseId,
                response,
                typed("events", form),
                () -> cases.addEvent(
                        actor,
                        caseId,
                        get(form, "kind"),
                        get(form, "date"),
                        get(form, "country"),
                        form.get("city"),
                        form.get("description")));
    }

    @PostMapping("/admin/cases/{id}/institutions")
    String addInstitution(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(
                model,
                actor,
                caseId,
                response,
                typed("institutions", form),
                () -> cases.addInstitution(actor, caseId, get(form, "kind"), get(form, "name")));
    }

    @PostMapping("/admin/cases/{id}/sources")
    String addSource(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(
                model,
                actor,
                caseId,
                response,
                typed("sources", form),
                () -> cases.addSource(actor, caseId, get(form, "link"), form.get("description")));
    }

    @PostMapping("/admin/cases/{id}/fields")
    String setField(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(model, actor, caseId, response, typed("fields", form), () -> {
            cases.setField(
                    actor,
                    caseId,
                    get(form, "ownerKind"),
                    id(get(form, "ownerId")),
                    get(form, "name"),
                    form.get("language"),
                    get(form, "value"));
        });
    }

    @PostMapping("/admin/cases/{id}/visibility")
    String setVisibility(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(model, actor, caseId, response, typed("visibility", form), () -> {
            cases.setVisibility(
                    actor,
                    caseId,
                    get(form, "ownerKind"),
                    id(get(form, "ownerId")),
                    get(form, "name"),
                    form.get("language"),
                    get(form, "visibility"));
        });
    }

    @PostMapping("/admin/cases/{id}/consents")
    String recordConsent(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(
                model,
                actor,
                caseId,
                response,
                typed("consents", form),
                () -> cases.recordConsent(
                        actor,
                        caseId,
                        id(get(form, "person")),
                        get(form, "scope"),
                        get(form, "givenBy"),
                        get(form, "givenOn")));
    }

    @PostMapping("/admin/cases/{id}/consents/{consent}/withdraw")
    String withdrawConsent(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String consent,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(model, actor, caseId, response, () -> {
            cases.withdrawConsent(actor, caseId, id(consent));
        });
    }

    @PostMapping("/admin/cases/{id}/team")
    String addMember(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(model, actor, caseId, response, typed("team", form), () -> {
            cases.addTeamMember(actor, caseId, get(form, "email"));
        });
    }

    @PostMapping("/admin/cases/{id}/team/{user}/remove")
    String removeMember(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String user,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(model, actor, caseId, response, () -> {
            cases.removeTeamMember(actor, caseId, id(user));
        });
    }

    /** Does the action, or shows the case page again with the reason; also for the photo and document pages. */
    String write(Model model, Actor actor, UUID caseId, HttpServletResponse response, Runnable action) {
        return write(model, actor, caseId, response, TypedForm.NONE, action);
    }

    /** Does the action, or shows the page again with the reason and what was typed into the refused form. */
    private String write(
            Model model, Actor actor, UUID caseId, HttpServletResponse response, TypedForm typed, Runnable action) {
        try {
            action.run();
            return "redirect:/admin/cases/" + caseId;
        } catch (InvalidCaseInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, actor, caseId, new Problem(e.messageKey(), e.arguments()), typed);
        }
    }

    /** The typed values of a form, without its CSRF token. */
    private static TypedForm typed(String name, Map<String, String> form) {
        Map<String, String> values = new java.util.HashMap<>(form);
        values.remove("_csrf");
        return new TypedForm(name, Map.copyOf(values));
    }

    @PostMapping("/admin/cases/{id}/merges")
    String mergePersons(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return write(
                model,
                actor,
                caseId,
                response,
                typed("merges", form),
                () -> merges.merge(actor, person(get(form, "kept")), person(get(form, "removed"))));
    }

    private static UUID person(String value) {
        return CaseIds.parse(value, () -> new InvalidCaseInput("cases.error.merge.unknown"));
    }

    private static String get(Map<String, String> form, String name) {
        return form.getOrDefault(name, "");
    }

    /** A path id; a malformed one names no case. */
    static UUID id(String value) {
        return CaseIds.parse(value, CaseNotFound::new);
    }

    /** The signed-in viewer's account. */
    Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}

package org.organizer.network.days;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.DayOfAction;
import org.organizer.network.DayOfActionId;
import org.organizer.network.Organisations;
import org.organizer.press.Article;
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

/** Editors create days, see every action, moderate the registrations of unknown organisations, make the round-up. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
@RequestMapping("/admin/days")
class DayAdminPages {

    private final DayService days;
    private final DayViews views;
    private final Organisations organisations;
    private final Accounts accounts;
    private final SiteInfo site;

    DayAdminPages(DayService days, DayViews views, Organisations organisations, Accounts accounts, SiteInfo site) {
        this.days = days;
        this.views = views;
        this.organisations = organisations;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping
    String list(Model model) {
        return list(model, Map.of(), List.of());
    }

    @PostMapping
    String create(
            @RequestParam Map<String, String> params, Authentication auth, Model model, HttpServletResponse response) {
        try {
            DayOfAction day = days.createDay(actor(auth), DayRules.check(params, site.languages()));
            return "redirect:/admin/days/" + day.id() + "?notice=created";
        } catch (InvalidDayInput e) {
            response.setStatus(e.status().value());
            return list(model, params, e.errors());
        }
    }

    @GetMapping("/{id}")
    String day(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String notice,
            Authentication auth,
            Model model) {
        return page(model, actor(auth), id(id), false, List.of(), notice);
    }

    @GetMapping("/{id}/moderation")
    String moderation(@PathVariable String id, Authentication auth, Model model) {
        return page(model, actor(auth), id(id), true, List.of(), null);
    }

    @PostMapping("/{id}/actions/{action}/approve")
    String approve(@PathVariable String id, @PathVariable String action, Authentication auth) {
        DayOfActionId day = id(id);
        days.approve(actor(auth), action(action));
        return "redirect:/admin/days/" + day + "/moderation";
    }

    @PostMapping("/{id}/actions/{action}/reject")
    String reject(
            @PathVariable String id,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String reason,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        DayOfActionId day = id(id);
        Actor actor = actor(auth);
        try {
            days.reject(actor, action(action), reason);
            return "redirect:/admin/days/" + day + "/moderation";
        } catch (InvalidDayInput e) {
            response.setStatus(e.status().value());
            return page(model, actor, day, true, e.errors(), null);
        }
    }

    @PostMapping("/{id}/roundup")
    String roundUp(@PathVariable String id, Authentication auth, Model model, HttpServletResponse response) {
        DayOfActionId day = id(id);
        Actor actor = actor(auth);
        try {
            Article article = days.roundUp(actor, day);
            return "redirect:/admin/articles/" + article.id();
        } catch (InvalidDayInput e) {
            response.setStatus(e.status().value());
            return page(model, actor, day, false, e.errors(), null);
        }
    }

    private String list(Model model, Map<String, String> typed, List<String> errors) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute(
                "page",
                new AdminViews.ListPage(
                        days.days().stream()
                                .map(d -> new AdminViews.DayRow(
                                        d.id().toString(),
                                        d.slug(),
                                        d.title(language, site.defaultLanguage()),
                                        d.date()))
                                .toList(),
                        site.languages(),
                        Map.copyOf(typed),
                        errors));
        return "network/days/admin/list";
    }

    private String page(
            Model model,
            Actor actor,
            DayOfActionId id,
            boolean moderation,
            List<String> errors,
            @Nullable String notice) {
        model.addAttribute("page", page(days, views, organisations, site, actor, id, moderation, errors, notice));
        return "network/days/admin/day";
    }

    static AdminViews.DayPage page(
            DayService days,
            DayViews views,
            Organisations organisations,
            SiteInfo site,
            Actor actor,
            DayOfActionId id,
            boolean moderation,
            List<String> errors,
            @Nullable String notice) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        String publicLanguage = site.publishesIn(language) ? language : site.defaultLanguage();
        DayOfAction day = days.day(id);
        Map<UUID, List<Report>> reports = days.reports(actor, id);
        List<Action> actions = moderation ? days.pending(actor, id) : days.allActions(actor, id);
        List<AdminViews.ActionRow> rows = actions.stream()
                .map(a -> new AdminViews.ActionRow(
                        a.id().toString(),
                        a.kind().code(),
                        a.city(),
                        a.country(),
                        a.localStart(),
                        a.zone().getId(),
                        a.organisation() == null
                                ? a.organiser()
                                : organisations
                                        .byId(a.organisation())
                                        .map(o -> o.name(publicLanguage, site.defaultLanguage()))
                                        .orElse(a.organiser()),
                        a.meetingPoint(),
                        a.showMeetingPoint(),
                        a.description(),
                        a.status().name(),
                        a.rejectionReason(),
                        reports.getOrDefault(a.id(), List.of()).stream()
                                .map(r -> new AdminViews.ReportView(
                                        r.text(),
                                        r.turnout(),
                                        r.at(),
                                        r.photos().stream()
                                                .map(Object::toString)
                                                .toList()))
                                .toList()))
                .toList();
        UUID roundUp = days.roundUpArticle(id);
        return new AdminViews.DayPage(
                id.toString(),
                views.day(day, publicLanguage, days.publishedActions(id)),
                publicLanguage,
                rows,
                moderation,
                actor.can(Role.EDITOR),
                DayService.reportsOpen(day),
                roundUp == null ? null : roundUp.toString(),
                errors,
                notice);
    }

    static DayOfActionId id(String id) {
        return DayOfActionId.parse(id).orElseThrow(DayNotFound::new);
    }

    static UUID action(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DayNotFound();
        }
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}

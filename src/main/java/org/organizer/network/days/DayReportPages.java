package org.organizer.network.days;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.network.DayOfActionId;
import org.organizer.network.Organisations;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Correspondents (and editors) see a day's actions and report on them after the day, with photos that the
 * media module re-encodes without their metadata.
 */
@Controller
@PreAuthorize("hasRole('CORRESPONDENT')")
@RequestMapping("/admin/days/{id}/actions")
class DayReportPages {

    static final int PHOTOS = 3;

    private final DayService days;
    private final DayViews views;
    private final Organisations organisations;
    private final Accounts accounts;
    private final SiteInfo site;

    DayReportPages(DayService days, DayViews views, Organisations organisations, Accounts accounts, SiteInfo site) {
        this.days = days;
        this.views = views;
        this.organisations = organisations;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping
    String actions(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String notice,
            Authentication auth,
            Model model) {
        model.addAttribute(
                "page",
                DayAdminPages.page(
                        days, views, organisations, site, actor(auth), DayAdminPages.id(id), false, List.of(), notice));
        return "network/days/admin/day";
    }

    @GetMapping("/{action}/report")
    String form(@PathVariable String id, @PathVariable String action, Authentication auth, Model model) {
        Action found = days.reportable(actor(auth), DayAdminPages.action(action));
        return form(model, found, "", "", List.of(), List.of());
    }

    @PostMapping("/{action}/report")
    String report(
            @PathVariable String id,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String turnout,
            @RequestParam(name = "photo", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(name = "caption", required = false) @Nullable List<String> captions,
            Authentication auth,
            Model model,
            HttpServletResponse response)
            throws IOException {
        Actor actor = actor(auth);
        Action found = days.reportable(actor, DayAdminPages.action(action));
        List<String> typedCaptions = captions == null ? List.of() : captions;
        List<DayService.NewPhoto> photos = new ArrayList<>();
        if (files != null) {
            for (int i = 0; i < files.size() && i < PHOTOS; i++) {
                MultipartFile file = files.get(i);
                if (!file.isEmpty()) {
                    photos.add(new DayService.NewPhoto(
                            file.getBytes(), i < typedCaptions.size() ? typedCaptions.get(i) : ""));
                }
            }
        }
        try {
            days.report(actor, found.id(), text, turnout, photos);
            return "redirect:/admin/days/" + found.day() + "/actions?notice=reported";
        } catch (InvalidDayInput e) {
            response.setStatus(e.status().value());
            return form(model, found, text, turnout, typedCaptions, e.errors());
        }
    }

    private String form(
            Model model, Action action, String text, String turnout, List<String> captions, List<String> errors) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        DayOfActionId day = action.day();
        model.addAttribute(
                "page",
                new ReportForm(
                        day.toString(),
                        days.day(day).title(language, site.defaultLanguage()),
                        action.id().toString(),
                        action.city(),
                        action.kind().code(),
                        text,
                        turnout,
                        captions,
                        errors));
        return "network/days/admin/report";
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}

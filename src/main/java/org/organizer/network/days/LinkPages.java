package org.organizer.network.days;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.organizer.network.DayOfAction;
import org.organizer.web.SiteInfo;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The links mailed to an organiser. Opening the confirmation link only shows a button (mail scanners open
 * links); pressing it confirms. The report link opens the report form once the day has begun.
 */
@Controller
class LinkPages {

    private final DayService days;
    private final DayViews views;
    private final SiteInfo site;

    LinkPages(DayService days, DayViews views, SiteInfo site) {
        this.days = days;
        this.views = views;
        this.site = site;
    }

    @GetMapping("/days/confirm/{token}")
    String confirmForm(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return page(model, "network/days/confirm", token, days.pendingConfirmation(token), null, "", "", null);
    }

    @PostMapping("/days/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        Action action = days.confirm(token);
        return page(
                model, "network/days/confirm", token, action, action.status().name(), "", "", null);
    }

    @GetMapping("/days/report/{token}")
    String reportForm(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return page(model, "network/days/report", token, days.reportable(token), null, "", "", null);
    }

    @PostMapping("/days/report/{token}")
    String report(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String turnout,
            Model model,
            HttpServletResponse response) {
        Action action = days.reportable(token);
        try {
            days.report(token, text, turnout);
            return page(model, "network/days/report", token, action, "SENT", "", "", null);
        } catch (InvalidDayInput e) {
            response.setStatus(e.status().value());
            return page(model, "network/days/report", token, action, null, text, turnout, e);
        }
    }

    private String page(
            Model model,
            String template,
            String token,
            Action action,
            @Nullable String status,
            String text,
            String turnout,
            @Nullable InvalidDayInput error) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        String publicLanguage = site.publishesIn(language) ? language : site.defaultLanguage();
        DayOfAction day = days.day(action.day());
        model.addAttribute(
                "page",
                new LinkPage(
                        token,
                        views.day(day, publicLanguage, 0),
                        publicLanguage,
                        action.city(),
                        action.kind().code(),
                        status,
                        text,
                        turnout,
                        error == null ? java.util.List.of() : error.errors()));
        return template;
    }
}

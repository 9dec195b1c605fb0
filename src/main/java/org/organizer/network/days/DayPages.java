package org.organizer.network.days;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.network.DayOfAction;
import org.organizer.network.Organisations;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public pages of days of action: the list, each day's actions by country and city with its map (the same
 * for everyone, so cacheable), and the form that registers an action (not cached: it holds a CSRF token).
 */
@Controller
class DayPages {

    static final String CACHE_CONTROL = "public, max-age=60";
    /** A field real people never see; robots fill it in. */
    static final String HONEYPOT = "website";

    private final DayService days;
    private final DayViews views;
    private final Organisations organisations;
    private final Accounts accounts;
    private final SiteInfo site;
    private final MessageSource messages;

    DayPages(
            DayService days,
            DayViews views,
            Organisations organisations,
            Accounts accounts,
            SiteInfo site,
            MessageSource messages) {
        this.days = days;
        this.views = views;
        this.organisations = organisations;
        this.accounts = accounts;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/days")
    String list(@PathVariable String lang, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        model.addAttribute(
                "days",
                days.days().stream()
                        .map(d -> views.day(d, lang, days.publishedActions(d.id())))
                        .toList());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return "network/days/list";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/days/{slug}")
    String day(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        model.addAttribute("page", page(days.day(slug), lang));
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return "network/days/day";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/days/{slug}/register")
    String registerForm(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String done,
            @Nullable Authentication auth,
            Model model) {
        requirePublishedLanguage(lang);
        DayOfAction day = days.day(slug);
        String shown = done == null || !List.of("confirm", "published").contains(done) ? null : done;
        return register(model, day, lang, ActionForm.empty(), List.of(), List.of(), auth, shown);
    }

    @PostMapping("/{lang:[a-z]{2,3}}/days/{slug}/register")
    String register(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam Map<String, String> params,
            @Nullable Authentication auth,
            Model model,
            HttpServletResponse response) {
        requirePublishedLanguage(lang);
        DayOfAction day = days.day(slug);
        String back = "redirect:/" + lang + "/days/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8)
                + "/register?done=";
        if (!params.getOrDefault(HONEYPOT, "").isEmpty()) {
            return back + "confirm";
        }
        ActionForm form = ActionForm.of(params);
        try {
            DayService.Registered registered = days.register(actor(auth), day, form);
            return back + (registered.status() == ActionStatus.PUBLISHED ? "published" : "confirm");
        } catch (InvalidDayInput e) {
            response.setStatus(e.status().value());
            List<String> suggestions =
                    e.suggestions().stream().map(p -> p.name()).distinct().toList();
            return register(model, day, lang, form, e.errors(), suggestions, auth, null);
        }
    }

    private String register(
            Model model,
            DayOfAction day,
            String lang,
            ActionForm form,
            List<String> errors,
            List<String> suggestions,
            @Nullable Authentication auth,
            @Nullable String done) {
        Locale locale = Locale.of(lang);
        model.addAttribute(
                "page",
                new RegisterPage(
                        views.day(day, lang, days.publishedActions(day.id())),
                        form,
                        errors,
                        suggestions,
                        ActionKinds.CODES,
                        ActionKinds.countries(locale),
                        organisations.search(null, null, null).stream()
                                .sorted(java.util.Comparator.comparing(
                                        o -> o.name(lang, site.defaultLanguage()),
                                        java.text.Collator.getInstance(locale)))
                                .toList(),
                        actor(auth).isPresent(),
                        done));
        return "network/days/register";
    }

    private DayViews.DayPage page(DayOfAction day, String lang) {
        Locale locale = Locale.of(lang);
        List<DayViews.CountryGroup> groups = DayViews.grouped(views.actions(days.published(day.id()), lang), locale);
        int count = groups.stream()
                .flatMap(g -> g.cities().stream())
                .mapToInt(c -> c.actions().size())
                .sum();
        String title = day.title(lang, site.defaultLanguage());
        String map = views.map(
                groups,
                message("network.days.map.title", locale, title),
                message("network.days.map.description", locale, count, groups.size()),
                (city, n) -> message("network.days.map.point", locale, n, city));
        return new DayViews.DayPage(views.day(day, lang, count), groups, map, DayService.registrationOpen(day), count);
    }

    private Optional<Actor> actor(@Nullable Authentication auth) {
        return accounts.actor(auth);
    }

    private void requirePublishedLanguage(String lang) {
        if (!site.publishesIn(lang)) {
            throw new DayNotFound();
        }
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

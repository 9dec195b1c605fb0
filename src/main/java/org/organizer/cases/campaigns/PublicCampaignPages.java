package org.organizer.cases.campaigns;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.web.Problem;
import org.organizer.platform.PlatformProperties;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public campaign page of a case and its hearings feed (cached), the solidarity message form (not cached:
 * it carries a CSRF token) and the page its confirmation link opens.
 */
@Controller
class PublicCampaignPages {

    private static final MediaType CALENDAR =
            new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Campaigns campaigns;
    private final SiteInfo site;
    private final MessageSource messages;
    private final PlatformProperties platform;

    PublicCampaignPages(Campaigns campaigns, SiteInfo site, MessageSource messages, PlatformProperties platform) {
        this.campaigns = campaigns;
        this.site = site;
        this.messages = messages;
        this.platform = platform;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases/{slug}/campaign")
    String campaign(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletResponse response) {
        language(lang);
        model.addAttribute("campaign", campaigns.published(slug, lang));
        response.setHeader("Cache-Control", "public, max-age=60");
        return "cases/campaigns/public";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases/{slug}/hearings.ics")
    ResponseEntity<String> hearings(@PathVariable String lang, @PathVariable String slug) {
        language(lang);
        Campaign.Public campaign = campaigns.published(slug, lang);
        Locale locale = Locale.forLanguageTag(lang);
        String country = Locale.of("", campaign.country()).getDisplayCountry(locale);
        String page = platform.baseUrl().toString().replaceAll("/+$", "") + "/" + lang + "/cases/" + slug + "/campaign";
        ICalendar calendar = new ICalendar(
                "-//Organizer//Case campaigns//EN",
                messages.getMessage("cases.campaign.ics.name", new Object[] {country}, locale));
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Campaign.Hearing hearing : campaign.hearings()) {
            calendar.event(
                    hearing.id() + "@" + platform.baseUrl().getHost(),
                    stamp,
                    hearing.startsAt().toInstant(),
                    "PT2H",
                    messages.getMessage("cases.campaign.ics.summary", new Object[] {country}, locale),
                    hearing.place(),
                    page);
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Cache-Control", "public, max-age=60")
                .body(calendar.end());
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases/{slug}/solidarity")
    String form(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String sent,
            Model model) {
        language(lang);
        campaigns.published(slug, lang);
        model.addAttribute("page", new SolidarityFormPage(slug, lang, sent != null, Map.of(), null));
        return "cases/campaigns/solidarity";
    }

    @PostMapping("/{lang:[a-z]{2,3}}/cases/{slug}/solidarity")
    String submit(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        language(lang);
        try {
            campaigns.submit(slug, lang, form);
            return "redirect:/" + lang + "/cases/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8)
                    + "/solidarity?sent";
        } catch (InvalidCampaignInput e) {
            response.setStatus(e.status().value());
            model.addAttribute(
                    "page",
                    new SolidarityFormPage(slug, lang, false, form, new Problem(e.messageKey(), e.arguments())));
            return "cases/campaigns/solidarity";
        }
    }

    @GetMapping("/cases/solidarity/confirm/{token}")
    String confirmation(@PathVariable String token, Model model) {
        model.addAttribute("page", new SolidarityConfirmPage(token, campaigns.pending(token), false));
        return "cases/campaigns/confirm";
    }

    @PostMapping("/cases/solidarity/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        String organisation = campaigns.pending(token);
        campaigns.confirm(token);
        model.addAttribute("page", new SolidarityConfirmPage(token, organisation, true));
        return "cases/campaigns/confirm";
    }

    private void language(String lang) {
        if (!site.publishesIn(lang)) {
            throw new CampaignNotFound();
        }
    }
}

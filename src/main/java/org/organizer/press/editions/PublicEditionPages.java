package org.organizer.press.editions;

import jakarta.servlet.http.HttpServletResponse;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The readers' archive of editions and one page per published edition. Nothing depends on who asks, so
 * the pages are cacheable; edition events drop them from the page cache.
 */
@Controller
class PublicEditionPages {

    static final String CACHE_CONTROL = "public, max-age=60";

    private final Editions editions;
    private final SiteInfo site;

    PublicEditionPages(Editions editions, SiteInfo site) {
        this.editions = editions;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/editions")
    String archive(@PathVariable String lang, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        model.addAttribute("years", editions.archive(lang));
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return "press/editions/archive";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/editions/{number:[0-9]{1,7}}")
    String edition(@PathVariable String lang, @PathVariable int number, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        model.addAttribute("view", editions.published(lang, number));
        model.addAttribute("preview", false);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return "press/editions/edition";
    }

    private void requirePublishedLanguage(String lang) {
        if (!site.publishesIn(lang)) {
            throw EditionNotFound.forId(lang);
        }
    }
}

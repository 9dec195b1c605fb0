package org.organizer.cases.memorials;

import jakarta.servlet.http.HttpServletResponse;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published memorials, per language; cached like every public page. */
@Controller
class PublicMemorialPages {

    private final Memorials memorials;
    private final SiteInfo site;

    PublicMemorialPages(Memorials memorials, SiteInfo site) {
        this.memorials = memorials;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/memorials")
    String list(@PathVariable String lang, Model model, HttpServletResponse response) {
        if (!site.publishesIn(lang)) {
            throw new MemorialNotFound();
        }
        model.addAttribute("memorials", memorials.publishedIn(lang));
        model.addAttribute("lang", lang);
        response.setHeader("Cache-Control", "public, max-age=60");
        return "cases/memorials/publicList";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/memorials/{slug}")
    String show(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletResponse response) {
        if (!site.publishesIn(lang)) {
            throw new MemorialNotFound();
        }
        model.addAttribute("memorial", memorials.published(slug, lang));
        model.addAttribute("lang", lang);
        response.setHeader("Cache-Control", "public, max-age=60");
        return "cases/memorials/public";
    }
}

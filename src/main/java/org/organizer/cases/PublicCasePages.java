package org.organizer.cases;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list and pages of cases: only public values, a person's name and the story only with consent. */
@Controller
class PublicCasePages {

    private final Cases cases;
    private final CasePhotos photos;
    private final CaseDocuments documents;
    private final CaseStatisticsService lists;
    private final SiteInfo site;

    PublicCasePages(
            Cases cases, CasePhotos photos, CaseDocuments documents, CaseStatisticsService lists, SiteInfo site) {
        this.documents = documents;
        this.cases = cases;
        this.lists = lists;
        this.photos = photos;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases")
    String list(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String status,
            Model model,
            HttpServletResponse response) {
        if (!site.publishesIn(lang)) {
            throw new CaseNotFound();
        }
        model.addAttribute("cases", lists.publicList(country, status));
        model.addAttribute("lang", lang);
        response.setHeader("Cache-Control", "public, max-age=60");
        return "cases/publicList";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases/{slug}")
    String show(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletResponse response) {
        if (!site.publishesIn(lang)) {
            throw new CaseNotFound();
        }
        model.addAttribute("page", cases.publicCase(slug));
        model.addAttribute("photos", photos.publicPhotos(slug));
        model.addAttribute("documents", documents.publicDocuments(slug));
        model.addAttribute("lang", lang);
        response.setHeader("Cache-Control", "public, max-age=60");
        return "cases/public";
    }
}

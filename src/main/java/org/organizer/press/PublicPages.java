package org.organizer.press;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.organizer.media.PhotoView;
import org.organizer.platform.PlatformProperties;
import org.organizer.web.Languages;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/**
 * What readers see. Nothing here depends on who is asking, so every page may be cached for a minute by
 * browsers and proxies and kept by the page cache until a publication event drops it.
 */
@Controller
class PublicPages {

    static final String CACHE_CONTROL = "public, max-age=60";
    private static final int FRONT_PAGE_SIZE = 30;
    /** Notes stay off the front page's list; the newest few are named in a box linking to the notes page. */
    private static final int FRONT_PAGE_NOTES = 5;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Newsroom newsroom;
    private final SiteInfo site;
    private final PlatformProperties platform;

    PublicPages(Newsroom newsroom, SiteInfo site, PlatformProperties platform) {
        this.newsroom = newsroom;
        this.site = site;
        this.platform = platform;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/" + site.defaultLanguage() + "/";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/")
    String home(@PathVariable String lang, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        model.addAttribute("articles", newsroom.frontPage(lang, FRONT_PAGE_SIZE));
        model.addAttribute(
                "notes",
                newsroom.publishedNotes(lang, null, FRONT_PAGE_NOTES).stream()
                        .map(a -> Newsroom.summary(a, ""))
                        .toList());
        model.addAttribute("country", null);
        cacheable(response);
        return "press/list";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/countries/{code:[A-Za-z]{2}}")
    String country(@PathVariable String lang, @PathVariable String code, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        String country = code.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw ArticleNotFound.forSlug(lang, code);
        }
        model.addAttribute(
                "articles",
                newsroom.published(lang, country, 0, FRONT_PAGE_SIZE).items());
        model.addAttribute("country", country);
        cacheable(response);
        return "press/list";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/articles/{slug}")
    String article(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        Article article = newsroom.publishedArticle(lang, slug);
        List<Article> translations = newsroom.publishedTranslations(article);
        model.addAttribute("article", Newsroom.summary(article, ""));
        model.addAttribute("body", newsroom.body(article));
        PhotoView leadPhoto = newsroom.leadPhoto(article).orElse(null);
        model.addAttribute("leadPhoto", leadPhoto);
        model.addAttribute("leadPhotoUrl", leadPhoto == null ? null : absolute(leadPhoto.src()));
        model.addAttribute("translations", links(translations));
        model.addAttribute("xDefault", xDefault(article, translations));
        cacheable(response);
        return "press/article";
    }

    private void requirePublishedLanguage(String lang) {
        if (!site.publishesIn(lang)) {
            throw ArticleNotFound.forLanguage(lang);
        }
    }

    private List<LanguageLink> links(List<Article> translations) {
        List<LanguageLink> links = new ArrayList<>();
        for (Article a : translations) {
            links.add(new LanguageLink(
                    a.language(),
                    Languages.nativeName(a.language()),
                    Languages.direction(a.language()),
                    path(a.language(), a.slug()),
                    url(a)));
        }
        return links;
    }

    /** Readers whose language has no translation land on the default language's version, if there is one. */
    private String xDefault(Article article, List<Article> translations) {
        return translations.stream()
                .filter(a -> a.language().equals(site.defaultLanguage()))
                .findFirst()
                .map(this::url)
                .orElseGet(() -> url(article));
    }

    private String absolute(String path) {
        return platform.baseUrl().toString().replaceAll("/+$", "") + path;
    }

    private String url(Article a) {
        String base = platform.baseUrl().toString().replaceAll("/+$", "");
        return base + path(a.language(), a.slug());
    }

    static String path(String language, String slug) {
        return "/" + language + "/articles/"
                + UriUtils.encodePathSegment(slug, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void cacheable(HttpServletResponse response) {
        response.setHeader("Cache-Control", CACHE_CONTROL);
    }
}

package org.organizer.distribution.newsletter;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.press.ArticleId;
import org.organizer.press.Newsroom;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/newsletter}: compose an issue, preview it per language, send a test to oneself, send it. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class NewsletterAdmin {

    private static final int ARTICLES_SHOWN = 40;
    private static final int ISSUES_SHOWN = 20;
    private static final int MAX_ARTICLES = 50;
    /** The preview is the e-mail itself: its inline styles and images only, nothing else, never framed. */
    private static final String PREVIEW_POLICY = "default-src 'none'; img-src 'self' data: https: http:;"
            + " style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final NewsletterIssues issues;
    private final Accounts accounts;
    private final Newsroom newsroom;
    private final SiteInfo site;

    NewsletterAdmin(NewsletterIssues issues, Accounts accounts, Newsroom newsroom, SiteInfo site) {
        this.issues = issues;
        this.accounts = accounts;
        this.newsroom = newsroom;
        this.site = site;
    }

    @GetMapping("/admin/newsletter")
    String overview(@RequestParam(required = false) @Nullable String language, Model model) {
        String lang = language != null && site.publishesIn(language) ? language : site.defaultLanguage();
        model.addAttribute(
                "page",
                new NewsletterAdminPage(
                        site.languages(),
                        lang,
                        newsroom.published(lang, null, 0, ARTICLES_SHOWN).items(),
                        issues.recent(ISSUES_SHOWN)));
        return "distribution/newsletter/admin";
    }

    @PostMapping("/admin/newsletter/edition")
    String edition(
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String number,
            Authentication auth) {
        if (!site.publishesIn(language) || !number.matches("[0-9]{1,7}")) {
            throw new InvalidIssue("distribution.newsletter.error.edition");
        }
        Issue issue = issues.edition(actor(auth), language, Integer.parseInt(number));
        return "redirect:/admin/newsletter/" + issue.id();
    }

    @PostMapping("/admin/newsletter/articles")
    String articles(@RequestParam(required = false) @Nullable List<String> article, Authentication auth) {
        if (article == null || article.isEmpty()) {
            throw new InvalidIssue("distribution.newsletter.error.empty");
        }
        if (article.size() > MAX_ARTICLES) {
            throw new InvalidIssue("distribution.newsletter.error.tooMany");
        }
        List<ArticleId> ids = article.stream().map(NewsletterAdmin::articleId).toList();
        return "redirect:/admin/newsletter/" + issues.articles(actor(auth), ids).id();
    }

    @GetMapping("/admin/newsletter/{id}")
    String issue(@PathVariable String id, @RequestParam(required = false) @Nullable String notice, Model model) {
        Issue issue = issues.issue(uuid(id));
        List<IssuePage.Version> versions = issue.languages().stream()
                .map(lang -> issues.version(issue.id(), lang))
                .map(v -> new IssuePage.Version(v.language(), v.subject(), v.text()))
                .toList();
        model.addAttribute(
                "page",
                new IssuePage(
                        issue,
                        versions,
                        issues.recipients(issue.id()),
                        "tested".equals(notice) ? "distribution.newsletter.admin.tested" : null));
        return "distribution/newsletter/issue";
    }

    /** The HTML part exactly as sent, with the reader's links pointing at the subscription page. */
    @GetMapping("/admin/newsletter/{id}/preview/{lang:[a-z]{2,3}}")
    ResponseEntity<String> preview(@PathVariable String id, @PathVariable String lang) {
        RenderedVersion version = issues.version(uuid(id), lang);
        String page = "/" + lang + "/newsletter";
        String html = NewsletterIssues.personalise(version, "-", page, page, java.util.Map.of())
                .html();
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", PREVIEW_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html);
    }

    @PostMapping("/admin/newsletter/{id}/test")
    String test(@PathVariable String id, @RequestParam(defaultValue = "") String language, Authentication auth) {
        UUID issue = uuid(id);
        issues.sendTest(actor(auth), issue, language);
        return "redirect:/admin/newsletter/" + issue + "?notice=tested";
    }

    @PostMapping("/admin/newsletter/{id}/send")
    String send(@PathVariable String id, Authentication auth) {
        return "redirect:/admin/deliveries/" + issues.send(actor(auth), uuid(id));
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IssueNotFound();
        }
    }

    private static ArticleId articleId(String id) {
        try {
            return new ArticleId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new InvalidIssue("distribution.newsletter.error.article");
        }
    }
}

package org.organizer.press;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.media.PhotoId;
import org.organizer.media.Photos;
import org.organizer.web.SiteInfo;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom pages: the dashboard, the article form, workflow buttons and translations. */
@Controller
@PreAuthorize("hasRole('CORRESPONDENT')")
class NewsroomPages {

    /** How many recent photos the form offers to embed in the body. */
    private static final int BODY_PHOTOS = 12;

    private final Newsroom newsroom;
    private final Accounts accounts;
    private final SiteInfo site;

    private final Photos photos;

    NewsroomPages(Newsroom newsroom, Accounts accounts, SiteInfo site, Photos photos) {
        this.newsroom = newsroom;
        this.accounts = accounts;
        this.site = site;
        this.photos = photos;
    }

    @GetMapping("/admin")
    public String dashboard(Authentication auth, Model model) {
        Map<ArticleState, List<ArticleSummary>> byState = new EnumMap<>(ArticleState.class);
        for (ArticleState state : ArticleState.values()) {
            byState.put(state, new java.util.ArrayList<>());
        }
        newsroom.newsroom(actor(auth)).forEach(a -> byState.get(a.state()).add(a));
        model.addAttribute("byState", byState);
        return "press/admin/dashboard";
    }

    @GetMapping("/admin/articles/new")
    public String newArticle(Model model) {
        return form(model, ArticleForm.blank(site.defaultLanguage()), List.of(), null, null);
    }

    @PostMapping("/admin/articles")
    public String create(Authentication auth, ArticleForm form, Model model) {
        Actor actor = actor(auth);
        try {
            Article article = newsroom.create(actor, value(form.language()), form.content());
            return "redirect:/admin/articles/" + article.id() + "?notice=created";
        } catch (InvalidArticle e) {
            return form(model, form, e.errors(), null, null);
        } catch (ArticleConflict e) {
            return form(model, form, List.of(e.messageKey()), null, null);
        }
    }

    @GetMapping("/admin/articles/{id}")
    public String edit(
            Authentication auth,
            @PathVariable java.util.UUID id,
            @RequestParam(required = false) String notice,
            Model model) {
        Actor actor = actor(auth);
        Article article = newsroom.article(actor, new ArticleId(id));
        model.addAttribute("notice", notice != null && notice.matches("[a-z]{1,20}") ? "press.notice." + notice : null);
        return form(model, ArticleForm.of(article), List.of(), article, actor);
    }

    @PostMapping("/admin/articles/{id}")
    public String update(Authentication auth, @PathVariable java.util.UUID id, ArticleForm form, Model model) {
        Actor actor = actor(auth);
        ArticleId articleId = new ArticleId(id);
        try {
            newsroom.update(actor, articleId, form.content());
            return "redirect:/admin/articles/" + id + "?notice=saved";
        } catch (InvalidArticle e) {
            return form(model, form, e.errors(), newsroom.article(actor, articleId), actor);
        } catch (ArticleConflict e) {
            return form(model, form, List.of(e.messageKey()), newsroom.article(actor, articleId), actor);
        }
    }

    @PostMapping("/admin/articles/{id}/submit")
    public String submit(Authentication auth, @PathVariable java.util.UUID id) {
        newsroom.submit(actor(auth), new ArticleId(id));
        return "redirect:/admin/articles/" + id + "?notice=submitted";
    }

    /** Editors publish anything; correspondents only their own notes (the newsroom checks). */
    @PostMapping("/admin/articles/{id}/publish")
    public String publish(Authentication auth, @PathVariable java.util.UUID id) {
        newsroom.publish(actor(auth), new ArticleId(id));
        return "redirect:/admin/articles/" + id + "?notice=published";
    }

    @PreAuthorize("hasRole('EDITOR')")
    @PostMapping("/admin/articles/{id}/send-back")
    public String sendBack(
            Authentication auth,
            @PathVariable java.util.UUID id,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            newsroom.sendBack(actor(auth), new ArticleId(id), comment);
            return "redirect:/admin/articles/" + id + "?notice=sentback";
        } catch (InvalidArticle e) {
            return "redirect:/admin/articles/" + id + "?notice=commentneeded";
        }
    }

    @PreAuthorize("hasRole('EDITOR')")
    @PostMapping("/admin/articles/{id}/unpublish")
    public String unpublish(Authentication auth, @PathVariable java.util.UUID id) {
        newsroom.unpublish(actor(auth), new ArticleId(id));
        return "redirect:/admin/articles/" + id + "?notice=unpublished";
    }

    @PreAuthorize("hasRole('EDITOR')")
    @PostMapping("/admin/articles/{id}/archive")
    public String archive(Authentication auth, @PathVariable java.util.UUID id) {
        newsroom.archive(actor(auth), new ArticleId(id));
        return "redirect:/admin/articles/" + id + "?notice=archived";
    }

    @PostMapping("/admin/articles/{id}/lead-photo")
    public String leadPhoto(
            Authentication auth, @PathVariable java.util.UUID id, @RequestParam(required = false) String photo) {
        PhotoId chosen = photo == null || photo.isBlank() ? null : new PhotoId(parsePhotoId(photo));
        newsroom.setLeadPhoto(actor(auth), new ArticleId(id), chosen);
        return "redirect:/admin/articles/" + id + "?notice=leadphoto";
    }

    private static java.util.UUID parsePhotoId(String photo) {
        try {
            return java.util.UUID.fromString(photo.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidArticle(List.of("press.article.error.leadPhoto"));
        }
    }

    @PostMapping("/admin/articles/{id}/translations")
    public String translate(Authentication auth, @PathVariable java.util.UUID id, @RequestParam String language) {
        Article translation = newsroom.addTranslation(actor(auth), new ArticleId(id), language, null);
        return "redirect:/admin/articles/" + translation.id() + "?notice=translation";
    }

    private String form(
            Model model,
            ArticleForm form,
            List<String> errors,
            @org.jspecify.annotations.Nullable Article article,
            @org.jspecify.annotations.Nullable Actor actor) {
        boolean existing = article != null && actor != null;
        model.addAttribute(
                "page",
                new EditorPage(
                        form,
                        errors,
                        article,
                        existing ? newsroom.allowedActions(actor, article) : Set.of(),
                        existing ? newsroom.history(article.id()) : List.of(),
                        existing ? newsroom.translations(article) : List.of(),
                        existing ? newsroom.missingLanguages(article) : List.of(),
                        site.languages(),
                        countries()));
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        model.addAttribute("leadPhoto", existing ? newsroom.leadPhoto(article).orElse(null) : null);
        model.addAttribute("photoChoices", existing ? photos.latest(article.language(), 60) : List.of());
        model.addAttribute(
                "bodyPhotos", photos.latest(existing ? article.language() : site.defaultLanguage(), BODY_PHOTOS));
        return "press/admin/edit";
    }

    /** Country codes ordered by their name in the reader's language. */
    private static List<String> countries() {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale), collator))
                .toList();
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }

    private static String value(@org.jspecify.annotations.Nullable String s) {
        return s == null ? "" : s;
    }
}

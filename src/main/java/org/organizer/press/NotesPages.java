package org.organizer.press;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live notes page of a language: correspondents' notes in full, newest first, refreshed by the browser
 * every minute without JavaScript. Cached like every public page; publishing drops the cache.
 */
@Controller
class NotesPages {

    static final int PAGE_SIZE = 20;

    private final Newsroom newsroom;
    private final SiteInfo site;

    NotesPages(Newsroom newsroom, SiteInfo site) {
        this.newsroom = newsroom;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/notes")
    String notes(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable UUID before,
            Model model,
            HttpServletResponse response) {
        if (!site.publishesIn(lang)) {
            throw ArticleNotFound.forLanguage(lang);
        }
        List<Article> page =
                newsroom.publishedNotes(lang, before == null ? null : new ArticleId(before), PAGE_SIZE + 1);
        List<NoteView> notes = page.stream().limit(PAGE_SIZE).map(this::view).toList();
        model.addAttribute("notes", notes);
        model.addAttribute(
                "older",
                page.size() > PAGE_SIZE ? "?before=" + notes.getLast().note().id() : null);
        model.addAttribute("paged", before != null);
        response.setHeader("Cache-Control", PublicPages.CACHE_CONTROL);
        return "press/notes";
    }

    private NoteView view(Article note) {
        return new NoteView(
                Newsroom.summary(note, ""),
                newsroom.body(note),
                newsroom.leadPhoto(note).orElse(null));
    }
}

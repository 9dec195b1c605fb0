package org.organizer.network.calls;

import jakarta.servlet.http.HttpServletResponse;
import org.organizer.network.Call;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.press.Markdown;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of calls: those open for endorsement or closed, in each language they are published in.
 * The same for everyone, so cacheable. Drafts and calls in discussion do not exist here.
 */
@Controller
class PublicCallPages {

    static final String CACHE_CONTROL = "public, max-age=60";

    private final CallService calls;
    private final Workspaces views;
    private final Organisations organisations;
    private final SiteInfo site;

    PublicCallPages(CallService calls, Workspaces views, Organisations organisations, SiteInfo site) {
        this.calls = calls;
        this.views = views;
        this.organisations = organisations;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/calls")
    String list(@PathVariable String lang, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        model.addAttribute(
                "page",
                new CallViews.PublicList(calls.publicIn(lang).stream()
                        .map(c -> views.item(c, lang))
                        .toList()));
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return "network/calls/list";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/calls/{slug}")
    String call(@PathVariable String lang, @PathVariable String slug, Model model, HttpServletResponse response) {
        requirePublishedLanguage(lang);
        Call call = calls.publicCall(lang, slug);
        model.addAttribute("page", publicView(call, lang, site.defaultLanguage()));
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return "network/calls/call";
    }

    /** The public view of a language version; not found unless the call is public and the version published. */
    CallViews.PublicCall publicView(Call call, String lang, String fallback) {
        Call.Version version =
                call.version(lang).filter(v -> call.isPublic() && v.published()).orElseThrow(CallNotFound::new);
        return new CallViews.PublicCall(
                call.id().toString(),
                lang,
                version.title(),
                Markdown.toSafeHtml(version.body()),
                call.status().code(),
                call.originalDate(),
                call.decidedDate(),
                call.issuers().stream()
                        .map(organisations::byId)
                        .flatMap(java.util.Optional::stream)
                        .map(o -> issuer(o, lang, fallback))
                        .toList(),
                call.versions().stream()
                        .filter(v -> v.published() && !v.language().equals(lang))
                        .map(v -> new CallViews.Version(v.language(), v.title(), v.slug(), true))
                        .toList());
    }

    private static CallViews.Choice issuer(Organisation o, String lang, String fallback) {
        return new CallViews.Choice(o.slug(), o.name(lang, fallback));
    }

    private void requirePublishedLanguage(String lang) {
        if (!site.publishesIn(lang)) {
            throw new CallNotFound();
        }
    }
}

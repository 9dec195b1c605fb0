package org.organizer.network.endorsements;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.organizer.network.Call;
import org.organizer.network.Calls;
import org.organizer.press.ArticleEmbed;
import org.organizer.web.PageContext;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The current endorsers of a call inside an article: a writer puts {@code [[endorsers:<call address>]]} on a
 * line of its own, with the call's address in any language the site publishes in. The article shows the
 * public endorsers grouped by country with their counts, in the article's language, and links to the call.
 * Pages embedding it are refreshed like the call's own page: see {@link EndorsementCacheRefresh}.
 */
@Component
class EndorsersEmbed implements ArticleEmbed {

    private static final String TEMPLATE = "network/endorsements/embed.jte";

    private final Calls calls;
    private final EndorsementService service;
    private final TemplateEngine templates;
    private final SiteInfo site;
    private final MessageSource messages;

    EndorsersEmbed(
            Calls calls, EndorsementService service, TemplateEngine templates, SiteInfo site, MessageSource messages) {
        this.calls = calls;
        this.service = service;
        this.templates = templates;
        this.site = site;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "endorsers";
    }

    @Override
    public boolean exists(String argument) {
        return call(argument).isPresent();
    }

    @Override
    public String unknownMessageKey() {
        return "network.embed.unknownCall";
    }

    /** Nothing for a call that is not public (a draft, or one taken back): the article then shows nothing. */
    @Override
    public Optional<String> html(String argument, String language) {
        return call(argument)
                .filter(Call::isPublic)
                .flatMap(call -> page(call, language))
                .map(page -> {
                    PageContext ctx =
                            new PageContext(Locale.forLanguageTag(language), site, messages, null, null, Set.of(), "");
                    StringOutput html = new StringOutput();
                    templates.render(TEMPLATE, Map.of("ctx", ctx, "page", page), html);
                    return html.toString();
                });
    }

    /** The call's published version in the language, else its first published one; none when none is. */
    private Optional<EndorsementViews.Embedded> page(Call call, String language) {
        return call.version(language)
                .filter(Call.Version::published)
                .or(() ->
                        call.versions().stream().filter(Call.Version::published).findFirst())
                .map(version -> {
                    EndorsementViews.Summary summary = service.summary(call, version.language(), version.slug());
                    return new EndorsementViews.Embedded(
                            version.title(),
                            "/" + version.language() + "/calls/" + version.slug(),
                            summary.total(),
                            summary.countries());
                });
    }

    private Optional<Call> call(String slug) {
        return site.languages().stream()
                .map(language -> calls.bySlug(language, slug))
                .flatMap(Optional::stream)
                .findFirst();
    }
}

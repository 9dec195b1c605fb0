package org.organizer.distribution.newsletter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.organizer.media.PhotoView;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleId;
import org.organizer.press.ArticleNotFound;
import org.organizer.press.Newsroom;
import org.organizer.press.PrintableEdition;
import org.organizer.web.Languages;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns what an editor chose into one {@link MailPage} per language of the publication: each article in
 * that language when a published translation exists, else in the language it was chosen in. Not
 * transactional on purpose: the press reads throw for withdrawn articles, which would spoil a surrounding
 * transaction.
 */
@Component
class IssueComposer {

    private final PrintableEdition.Source editions;
    private final Newsroom newsroom;
    private final SiteInfo site;
    private final NewsletterLinks links;
    private final MessageSource messages;

    IssueComposer(
            PrintableEdition.Source editions,
            Newsroom newsroom,
            SiteInfo site,
            NewsletterLinks links,
            MessageSource messages) {
        this.editions = editions;
        this.newsroom = newsroom;
        this.site = site;
        this.links = links;
        this.messages = messages;
    }

    /** What an issue is about, with its pages per language, the default language first. */
    record Composed(String title, List<Article> chosen, Set<String> countries, Map<String, MailPage> pages) {}

    Composed edition(String language, int number) {
        PrintableEdition edition = editions.published(language, number)
                .orElseThrow(() -> new InvalidIssue("distribution.newsletter.error.edition"));
        Set<String> countries = new TreeSet<>();
        edition.sections().forEach(s -> {
            if (s.country() != null) {
                countries.add(s.country());
            }
        });
        List<Article> articles = edition.sections().stream()
                .flatMap(s -> s.articles().stream())
                .distinct()
                .toList();
        if (articles.isEmpty()) {
            throw new InvalidIssue("distribution.newsletter.error.empty");
        }
        return compose(
                articles,
                countries,
                lang -> t(lang, "distribution.newsletter.mail.editionSubject", site.title(), String.valueOf(number)),
                lang -> t(
                        lang,
                        "distribution.newsletter.mail.editionHeading",
                        String.valueOf(number),
                        date(lang, edition)),
                t(language, "distribution.newsletter.mail.editionSubject", site.title(), String.valueOf(number)));
    }

    Composed articles(List<ArticleId> ids) {
        List<Article> articles = new ArrayList<>();
        for (ArticleId id : new LinkedHashSet<>(ids)) {
            try {
                articles.add(newsroom.publishedArticle(id));
            } catch (ArticleNotFound e) {
                throw new InvalidIssue("distribution.newsletter.error.article");
            }
        }
        if (articles.isEmpty()) {
            throw new InvalidIssue("distribution.newsletter.error.empty");
        }
        return compose(
                articles,
                new TreeSet<>(),
                lang -> t(lang, "distribution.newsletter.mail.articlesSubject", site.title()),
                lang -> t(lang, "distribution.newsletter.mail.articlesHeading"),
                articles.getFirst().title());
    }

    private Composed compose(
            List<Article> chosen,
            Set<String> countries,
            java.util.function.Function<String, String> subject,
            java.util.function.Function<String, String> heading,
            String title) {
        chosen.forEach(a -> countries.add(a.content().country()));
        Map<Article, Map<String, Article>> translations = new HashMap<>();
        for (Article article : chosen) {
            Map<String, Article> byLanguage = new HashMap<>();
            newsroom.publishedTranslations(article).forEach(t -> byLanguage.put(t.language(), t));
            translations.put(article, byLanguage);
        }
        Map<String, MailPage> pages = new LinkedHashMap<>();
        for (String lang : site.languages()) {
            List<MailPage.Item> items = chosen.stream()
                    .map(a -> item(translations.get(a).getOrDefault(lang, a)))
                    .toList();
            pages.put(
                    lang,
                    new MailPage(
                            lang,
                            Languages.direction(lang),
                            subject.apply(lang),
                            site.title(),
                            links.absolute("/" + lang + "/"),
                            heading.apply(lang),
                            items,
                            messages));
        }
        return new Composed(title, chosen, countries, pages);
    }

    private MailPage.Item item(Article article) {
        ArticleContent c = article.content();
        MailPage.Image image = newsroom.leadPhoto(article).map(this::image).orElse(null);
        return new MailPage.Item(
                c.title(),
                c.standfirst(),
                c.byline(),
                c.country(),
                c.dateline(),
                links.absolute(article.path()),
                image);
    }

    private MailPage.Image image(PhotoView photo) {
        return new MailPage.Image(
                links.absolute(photo.src()), photo.width(), photo.height(), photo.alt(), photo.caption());
    }

    private String date(String lang, PrintableEdition edition) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(Locale.of(lang))
                .format(edition.date());
    }

    private String t(String lang, String key, Object... args) {
        return messages.getMessage(key, args, Locale.of(lang));
    }
}

package org.organizer.distribution;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Verifier;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.organizer.media.PhotoView;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.Markdown;
import org.organizer.press.Newsroom;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a feed of published articles with ROME: each item carries the title, the absolute link, a
 * stable id ({@code urn:uuid:} of the article), the dates, the byline, the standfirst as summary, the
 * sanitised body as HTML content and the country as category, named in the feed's language. Items keep
 * the order they are given in: newest first for the latest articles, printed order for an edition.
 */
@Component
class FeedWriter {

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private final SiteInfo site;
    private final SiteAddresses addresses;
    private final MessageSource messages;

    private final Newsroom newsroom;

    FeedWriter(SiteInfo site, SiteAddresses addresses, MessageSource messages, Newsroom newsroom) {
        this.site = site;
        this.addresses = addresses;
        this.messages = messages;
        this.newsroom = newsroom;
    }

    byte[] write(FeedFormat format, FeedScope scope, List<Article> articles) {
        Locale locale = Locale.of(scope.language());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType());
        feed.setEncoding("UTF-8");
        feed.setTitle(xml(title(scope, locale)));
        feed.setDescription(xml(description(scope, locale)));
        feed.setLink(addresses.absolute(scope.pagePath()));
        feed.setUri(addresses.absolute(scope.feedPath(format)));
        feed.setLanguage(scope.language());
        feed.setPublishedDate(Date.from(newest(articles)));
        if (format == FeedFormat.ATOM) {
            feed.setLinks(List.of(
                    link("alternate", "text/html", feed.getLink()), link("self", format.type(), feed.getUri())));
        } else {
            feed.setForeignMarkup(new ArrayList<>(List.of(atomSelfLink(format, feed.getUri()))));
        }
        feed.setEntries(articles.stream().map(a -> entry(a, locale)).toList());
        return serialise(feed, format, scope);
    }

    private String title(FeedScope scope, Locale locale) {
        if (scope.edition() != null) {
            return messages.getMessage(
                    "distribution.feed.editionTitle",
                    new Object[] {site.title(), String.valueOf(scope.edition())},
                    locale);
        }
        return scope.country() == null
                ? site.title()
                : messages.getMessage(
                        "distribution.feed.countryTitle",
                        new Object[] {site.title(), countryName(scope, locale)},
                        locale);
    }

    private String description(FeedScope scope, Locale locale) {
        if (scope.edition() != null) {
            return messages.getMessage(
                    "distribution.feed.editionDescription",
                    new Object[] {site.title(), String.valueOf(scope.edition())},
                    locale);
        }
        return scope.country() == null
                ? messages.getMessage("distribution.feed.description", new Object[] {site.title()}, locale)
                : messages.getMessage(
                        "distribution.feed.countryDescription",
                        new Object[] {site.title(), countryName(scope, locale)},
                        locale);
    }

    private static String countryName(FeedScope scope, Locale locale) {
        return Locale.of("", Objects.requireNonNull(scope.country())).getDisplayCountry(locale);
    }

    private SyndEntry entry(Article article, Locale locale) {
        ArticleContent text = article.content();
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(xml(text.title()));
        entry.setLink(addresses.absolute(article.path()));
        entry.setUri("urn:uuid:" + article.id().value());
        entry.setPublishedDate(Date.from(published(article)));
        entry.setUpdatedDate(Date.from(article.updatedAt()));
        entry.setAuthor(xml(text.byline()));
        if (!text.standfirst().isEmpty()) {
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(xml(text.standfirst()));
            entry.setDescription(summary);
        }
        SyndContent body = new SyndContentImpl();
        body.setType("html");
        body.setValue(xml(Markdown.toSafeHtml(text.body())));
        entry.setContents(List.of(body));
        SyndCategory category = new SyndCategoryImpl();
        category.setName(Locale.of("", text.country()).getDisplayCountry(locale));
        entry.setCategories(List.of(category));
        newsroom.leadPhoto(article).ifPresent(photo -> entry.setEnclosures(List.of(enclosure(photo))));
        return entry;
    }

    private SyndEnclosure enclosure(PhotoView photo) {
        SyndEnclosure enclosure = new SyndEnclosureImpl();
        enclosure.setUrl(addresses.absolute(photo.src()));
        enclosure.setType(photo.src().endsWith(".png") ? "image/png" : "image/jpeg");
        enclosure.setLength(photo.bytes());
        return enclosure;
    }

    /** ROME writes the syndication; the language attribute and the RSS self link are added to its document. */
    private byte[] serialise(SyndFeed feed, FeedFormat format, FeedScope scope) {
        try {
            Document document = new SyndFeedOutput().outputJDom(feed);
            if (format == FeedFormat.ATOM) {
                Element root = document.getRootElement();
                root.setAttribute("lang", scope.language(), Namespace.XML_NAMESPACE);
                root.setAttribute("base", addresses.absolute("/"), Namespace.XML_NAMESPACE);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Raw, not compact: compacting would collapse the line breaks of code blocks in the content.
            new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).output(document, out);
            return out.toByteArray();
        } catch (FeedException e) {
            throw new IllegalStateException("ROME refused the feed " + scope, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element atomSelfLink(FeedFormat format, String href) {
        return new Element("link", ATOM)
                .setAttribute("href", href)
                .setAttribute("rel", "self")
                .setAttribute("type", format.type());
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Instant newest(List<Article> articles) {
        return articles.stream()
                .map(Article::updatedAt)
                .max(Instant::compareTo)
                .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant published(Article article) {
        return article.publishedAt() != null ? article.publishedAt() : article.updatedAt();
    }

    /** Writers may paste control characters that XML 1.0 cannot carry; they are dropped, not refused. */
    static String xml(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(Verifier::isXMLCharacter).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}

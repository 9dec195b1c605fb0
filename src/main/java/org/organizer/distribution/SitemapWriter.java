package org.organizer.distribution;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.organizer.press.ArticleAddress;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Component;

/**
 * The sitemap protocol's {@code urlset}: each language's front page and every published article, with
 * {@code xhtml:link} alternates to its published translations and an {@code x-default} that matches the
 * article page's own: the default language's version when there is one, else the article itself.
 */
@Component
class SitemapWriter {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final SiteInfo site;
    private final SiteAddresses addresses;

    SitemapWriter(SiteInfo site, SiteAddresses addresses) {
        this.site = site;
        this.addresses = addresses;
    }

    byte[] write(List<ArticleAddress> published) {
        List<ArticleAddress> articles =
                published.stream().filter(a -> site.publishesIn(a.language())).toList();
        Map<UUID, List<ArticleAddress>> groups = articles.stream()
                .collect(Collectors.groupingBy(
                        ArticleAddress::translationGroup, LinkedHashMap::new, Collectors.toList()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            for (String language : site.languages()) {
                writeHome(xml, language, articles);
            }
            for (ArticleAddress article : articles) {
                writeArticle(xml, article, groups.get(article.translationGroup()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the sitemap", e);
        }
        return out.toByteArray();
    }

    private void writeHome(XMLStreamWriter xml, String language, List<ArticleAddress> articles)
            throws XMLStreamException {
        Optional<Instant> lastChange = articles.stream()
                .filter(a -> a.language().equals(language))
                .map(ArticleAddress::updatedAt)
                .max(Comparator.naturalOrder());
        startUrl(xml, SiteAddresses.home(language), lastChange);
        for (String other : site.languages()) {
            alternate(xml, other, SiteAddresses.home(other));
        }
        alternate(xml, "x-default", SiteAddresses.home(site.defaultLanguage()));
        xml.writeEndElement();
    }

    private void writeArticle(XMLStreamWriter xml, ArticleAddress article, List<ArticleAddress> translations)
            throws XMLStreamException {
        startUrl(xml, article.path(), Optional.of(article.updatedAt()));
        for (ArticleAddress translation : translations) {
            alternate(xml, translation.language(), translation.path());
        }
        String xDefault = translations.stream()
                .filter(t -> t.language().equals(site.defaultLanguage()))
                .findFirst()
                .orElse(article)
                .path();
        alternate(xml, "x-default", xDefault);
        xml.writeEndElement();
    }

    private void startUrl(XMLStreamWriter xml, String path, Optional<Instant> lastmod) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, "url");
        element(xml, "loc", addresses.absolute(path));
        if (lastmod.isPresent()) {
            element(
                    xml,
                    "lastmod",
                    lastmod.get().truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    private void alternate(XMLStreamWriter xml, String hreflang, String path) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", addresses.absolute(path));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}

package org.organizer.print;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.util.MimeConstants;
import org.organizer.press.PrintableEdition;
import org.organizer.web.SiteInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** Renders an edition to a print-ready PDF with Apache FOP and the bundled, embedded Noto fonts. */
@Service
class EditionPrinter {

    private static final Logger log = LoggerFactory.getLogger(EditionPrinter.class);

    static {
        // FOP's column balancing asserts it found a break for every column, which a body shorter than its
        // columns does not have; without -ea FOP lays such a body out fine. Only matters where assertions
        // are on (tests), and must be set before FOP's layout classes are loaded.
        FopFactory.class.getClassLoader().setPackageAssertionStatus("org.apache.fop.layoutmgr", false);
    }

    private final FopFactory fop;
    private final SiteInfo site;
    private final PrintProperties properties;
    private final MessageSource messages;
    private final PrintPhotos photos;

    EditionPrinter(SiteInfo site, PrintProperties properties, MessageSource messages, PrintPhotos photos) {
        this.site = site;
        this.properties = properties;
        this.messages = messages;
        this.photos = photos;
        this.fop = fopFactory(photos);
    }

    byte[] pdf(PrintableEdition edition, PageSize size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        write(edition, size, out);
        return out.toByteArray();
    }

    void write(PrintableEdition edition, PageSize size, OutputStream out) {
        long started = System.nanoTime();
        String document = fo(edition, size);
        try {
            FOUserAgent agent = fop.newFOUserAgent();
            agent.setProducer("Organizer");
            agent.setTitle(site.title() + " " + edition.number());
            Fop renderer = fop.newFop(MimeConstants.MIME_PDF, agent, out);
            // A reader of its own: the JDK's identity transformer reuses a per-thread reader, which FOP needs
            // again while rendering (to load its event model), and would refuse to re-enter.
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setContentHandler(renderer.getDefaultHandler());
            reader.parse(new InputSource(new StringReader(document)));
        } catch (Exception e) {
            throw new IllegalStateException("could not print edition " + edition.id(), e);
        }
        log.info(
                "Printed edition {} ({}, {}) in {} ms",
                edition.number(),
                edition.language(),
                size.label(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The XSL-FO document FOP renders. */
    String fo(PrintableEdition edition, PageSize size) {
        return new EditionLayout(
                        edition, site.title(), size, properties.columns(size), properties.jumpAfter(), messages, photos)
                .toFo();
    }

    /**
     * One factory for all renderings: FOP keeps parsed fonts and images in it. Photo files never change once
     * stored (a new upload gets a new id), so a cached image is never stale.
     */
    private static FopFactory fopFactory(PrintPhotos photos) {
        try (InputStream conf = EditionPrinter.class.getResourceAsStream("/print/fop.xconf")) {
            return new FopConfParser(conf, ClasspathResources.BASE, new ClasspathResources(photos.directory()))
                    .getFopFactoryBuilder()
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("FOP configuration print/fop.xconf is broken", e);
        }
    }
}

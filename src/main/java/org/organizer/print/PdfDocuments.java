package org.organizer.print;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.util.MimeConstants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Renders XSL-FO documents to PDF with the one configured FOP factory: the bundled Noto fonts (Latin and
 * Arabic, embedded as subsets, complex-script shaping on), reading nothing but classpath resources and stored
 * photos. The printed edition and any other module's documents (the dossier of a case) go through here; write
 * the document with {@link Fo} and pick its fonts with {@link Typography}.
 */
@Service
public class PdfDocuments {

    static {
        // FOP's column balancing asserts it found a break for every column, which a body shorter than its
        // columns does not have; without -ea FOP lays such a body out fine. Only matters where assertions
        // are on (tests), and must be set before FOP's layout classes are loaded.
        FopFactory.class.getClassLoader().setPackageAssertionStatus("org.apache.fop.layoutmgr", false);
    }

    private final FopFactory fop;

    @Autowired
    PdfDocuments(PrintPhotos photos) {
        this(photos.directory());
    }

    /**
     * For tools and benchmarks that run without Spring.
     *
     * @param photos the only directory whose files a document may embed
     */
    public PdfDocuments(Path photos) {
        this.fop = fopFactory(photos);
    }

    /** Renders {@code document} (XSL-FO) to a PDF whose document title is {@code title}. */
    public byte[] pdf(String document, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        write(document, title, out);
        return out.toByteArray();
    }

    /** Renders {@code document} (XSL-FO) to a PDF written to {@code out}. */
    public void write(String document, String title, OutputStream out) {
        try {
            FOUserAgent agent = fop.newFOUserAgent();
            agent.setProducer("Organizer");
            agent.setTitle(title);
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
            throw new IllegalStateException("could not render the PDF " + title, e);
        }
    }

    /**
     * One factory for all renderings: FOP keeps parsed fonts and images in it. Photo files never change once
     * stored (a new upload gets a new id), so a cached image is never stale.
     */
    private static FopFactory fopFactory(Path photos) {
        try (InputStream conf = PdfDocuments.class.getResourceAsStream("/print/fop.xconf")) {
            return new FopConfParser(conf, ClasspathResources.BASE, new ClasspathResources(photos))
                    .getFopFactoryBuilder()
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("FOP configuration print/fop.xconf is broken", e);
        }
    }
}

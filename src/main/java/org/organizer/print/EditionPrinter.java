package org.organizer.print;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.organizer.press.PrintableEdition;
import org.organizer.web.SiteInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Renders an edition to a print-ready PDF with Apache FOP and the bundled, embedded Noto fonts. */
@Service
class EditionPrinter {

    private static final Logger log = LoggerFactory.getLogger(EditionPrinter.class);

    private final PdfDocuments documents;
    private final SiteInfo site;
    private final PrintProperties properties;
    private final MessageSource messages;
    private final PrintPhotos photos;

    EditionPrinter(
            SiteInfo site,
            PrintProperties properties,
            MessageSource messages,
            PrintPhotos photos,
            PdfDocuments documents) {
        this.site = site;
        this.properties = properties;
        this.messages = messages;
        this.photos = photos;
        this.documents = documents;
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
            documents.write(document, site.title() + " " + edition.number(), out);
        } catch (IllegalStateException e) {
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
}

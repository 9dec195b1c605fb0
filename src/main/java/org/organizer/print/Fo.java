package org.organizer.print;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XSL-FO document (for {@link PdfDocuments}). Text and attribute values are escaped by the XML writer; characters XML cannot
 * hold at all (control characters, lone surrogates) are dropped first.
 */
public final class Fo {

    public static final String NS = "http://www.w3.org/1999/XSL/Format";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    public Fo() {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs. */
    public Fo start(String name, String... attributes) {
        try {
            xml.writeStartElement("fo", name, NS);
            if (name.equals("root")) {
                xml.writeNamespace("fo", NS);
            }
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public Fo end() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public Fo empty(String name, String... attributes) {
        return start(name, attributes).end();
    }

    public Fo text(String text) {
        try {
            xml.writeCharacters(clean(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A block holding only text. */
    public Fo block(String text, String... attributes) {
        return start("block", attributes).text(text).end();
    }

    public String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Fo::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}

package org.auditbench.importer.xml;

import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.auditbench.importer.ImportException;

/**
 * StAX readers that refuse DOCTYPE declarations and never resolve external entities: configuration
 * files are untrusted input, and a DTD is how XXE and "billion laughs" attacks get in. A document with
 * a DOCTYPE is rejected outright with its line, rather than parsed with the DTD ignored.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not loaded (" + systemId + ")");
        });
        return factory;
    }

    /** A reader over {@code in}; {@code name} is the file name used in error messages. */
    public static XMLStreamReader open(String name, InputStream in) throws ImportException {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw error(name, e);
        }
    }

    /** Next event, refusing DTDs and entity references; malformed XML becomes an error with the line. */
    public static int next(String name, XMLStreamReader reader) throws ImportException {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ImportException(name + ": line " + reader.getLocation().getLineNumber()
                        + ": the document has a DOCTYPE declaration, which is refused (DTDs can read local files"
                        + " or expand without limit); remove it and import again");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportException(name + ": line " + reader.getLocation().getLineNumber()
                        + ": the document uses the entity '&" + reader.getLocalName() + ";', which is refused");
            }
            return event;
        } catch (XMLStreamException e) {
            throw error(name, e);
        }
    }

    /** Text of the current element, nested markup not allowed; the reader ends on its END_ELEMENT. */
    public static String text(String name, XMLStreamReader reader) throws ImportException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next(name, reader);
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                out.append(reader.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new ImportException(name + ": the document ends inside an element (the file is truncated)");
            }
        }
        return out.toString().strip();
    }

    public static ImportException error(String name, XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // The JDK puts "ParseError at [row,col]:[r,c]\nMessage: ..." in front; keep only the message.
        int cut = message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
            return new ImportException(name + ": refused: the workbook expands far beyond its compressed size, as a"
                    + " zip bomb does (" + message.lines().findFirst().orElse("").strip() + ")", e);
        }
        String where = at == null || at.getLineNumber() < 0 ? "" : "line " + at.getLineNumber() + ", column "
                + at.getColumnNumber() + ": ";
        return new ImportException(name + ": " + where + "the XML is malformed: " + message.strip(), e);
    }

    public static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // closing releases nothing we still need
        }
    }
}

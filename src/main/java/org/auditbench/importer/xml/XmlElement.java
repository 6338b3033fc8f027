package org.auditbench.importer.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.auditbench.importer.ImportException;

/**
 * A small read-only element tree (local names, attributes, text, line) built with {@link SafeXml}.
 * Used for configuration documents of a few kilobytes each, never for bulk data.
 */
final class XmlElement {

    final String name;
    final Map<String, String> attributes;
    final List<XmlElement> children = new ArrayList<>();
    final int line;
    private final StringBuilder text = new StringBuilder();

    private XmlElement(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    /** Parses a whole document; the reader is positioned before its root element. */
    static XmlElement parse(String fileName, XMLStreamReader reader) throws ImportException {
        List<XmlElement> stack = new ArrayList<>();
        XmlElement root = null;
        while (true) {
            int event = SafeXml.next(fileName, reader);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    XmlElement element = new XmlElement(reader.getLocalName(), attributes,
                            reader.getLocation().getLineNumber());
                    if (stack.isEmpty()) {
                        root = element;
                    } else {
                        stack.get(stack.size() - 1).children.add(element);
                    }
                    stack.add(element);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                case XMLStreamConstants.END_DOCUMENT -> {
                    if (root == null) {
                        throw new ImportException(fileName + ": the document has no root element (the file is empty)");
                    }
                    return root;
                }
                default -> {
                    // comments and processing instructions carry no configuration
                }
            }
        }
    }

    String text() {
        return text.toString().strip();
    }

    XmlElement child(String localName) {
        for (XmlElement c : children) {
            if (c.name.equalsIgnoreCase(localName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlElement> children(String localName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equalsIgnoreCase(localName)) {
                out.add(c);
            }
        }
        return out;
    }

    String childText(String localName) {
        XmlElement c = child(localName);
        return c == null ? null : c.text();
    }

    /**
     * Fails unless this element, a document's root, is named {@code expected}, so that a document of another
     * kind is refused as such rather than for whichever part of the expected format it happens to lack.
     *
     * @param kind what a document with that root is, for the message ("a Thunderbird autoconfig file")
     */
    void requireRoot(String file, String expected, String kind) throws ImportException {
        if (!name.equals(expected)) {
            throw new ImportException(file + ": line " + line + ": the root element is <" + name + ">, not <"
                    + expected + ">; this is not " + kind);
        }
    }

    /** The element as compact XML-like text, for a reject's raw text. */
    String render() {
        StringBuilder out = new StringBuilder();
        render(out);
        return out.toString();
    }

    private void render(StringBuilder out) {
        out.append('<').append(name);
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append('>');
        if (children.isEmpty()) {
            out.append(text());
        }
        for (XmlElement c : children) {
            c.render(out);
        }
        out.append("</").append(name).append('>');
    }
}

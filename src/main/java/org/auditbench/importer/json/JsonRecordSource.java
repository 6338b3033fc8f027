package org.auditbench.importer.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.KeyedRecord;
import org.auditbench.importer.KeyedRecordSource;

/**
 * Streams the records of a JSON document or JSON Lines file. Root values follow each other (JSON Lines)
 * or there is one; an array root is a list of records, an object root is one record — or, when its only
 * array holds objects, a wrapper around them ({@code {"entries": [...]}}). Each record is read as a
 * small tree; the document as a whole never is (except a wrapper object).
 */
final class JsonRecordSource implements KeyedRecordSource {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final JsonParser parser;
    private final Deque<KeyedRecord> pending = new ArrayDeque<>();
    private Iterator<JsonNode> wrapped;
    private int wrappedLine;
    private boolean inArray;
    private int element;

    private JsonRecordSource(String name, JsonParser parser) {
        this.name = name;
        this.parser = parser;
    }

    static JsonRecordSource open(ImportInput input) throws ImportException {
        try {
            JsonParser parser = MAPPER.getFactory().createParser(input.opener().open());
            return new JsonRecordSource(input.name(), parser);
        } catch (IOException e) {
            throw new ImportException(input.name() + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    @Override
    public KeyedRecord next() throws ImportException {
        try {
            while (pending.isEmpty()) {
                if (!advance()) {
                    return null;
                }
            }
            return pending.poll();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(name + ": " + (at == null ? "" : "line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ": ") + "the JSON is malformed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Reads the next record (or records, for the autodiscover shape) into {@link #pending}; false at the end. */
    private boolean advance() throws IOException, ImportException {
        if (wrapped != null) {
            if (wrapped.hasNext()) {
                element++;
                JsonNode node = wrapped.next();
                expand(node, "line " + wrappedLine + ", element " + element);
                return true;
            }
            wrapped = null;
        }
        JsonToken token = parser.nextToken();
        if (token == null) {
            if (element == 0 && pending.isEmpty() && parser.currentLocation().getCharOffset() <= 0
                    && parser.currentLocation().getByteOffset() <= 0) {
                throw new ImportException(name + ": the file is empty");
            }
            return false;
        }
        if (inArray && token == JsonToken.END_ARRAY) {
            inArray = false;
            return true;
        }
        int line = parser.currentTokenLocation().getLineNr();
        if (!inArray && token == JsonToken.START_ARRAY) {
            inArray = true;
            return true;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new ImportException(name + ": line " + line + ", column " + parser.currentTokenLocation().getColumnNr()
                    + ": expected " + (inArray ? "an object for each record" : "an array of records or an object")
                    + ", found " + describe(token));
        }
        ObjectNode object = parser.readValueAsTree();
        element++;
        if (!inArray && isWrapper(object)) {
            Map.Entry<String, JsonNode> only = onlyArray(object);
            wrapped = only.getValue().elements();
            wrappedLine = line;
            element = 0;
            return true;
        }
        expand(object, "line " + line);
        return true;
    }

    /** One record, or one per element of an autodiscover-shape {@code protocols} array. */
    private void expand(JsonNode node, String locator) throws ImportException {
        if (!node.isObject()) {
            throw new ImportException(name + ": " + locator + ": expected an object for each record, found "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String raw = node.toString();
        Map.Entry<String, JsonNode> protocols = field(node, "protocols");
        if (protocols == null) {
            pending.add(new KeyedRecord(locator, flatten(node, protocols), raw));
            return;
        }
        JsonNode list = protocols.getValue();
        if (!list.isArray()) {
            throw new ImportException(name + ": " + locator + ": '" + protocols.getKey() + "' must be an array of"
                    + " protocol objects, found " + list.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, String> shared = flatten(node, protocols);
        int n = 0;
        for (JsonNode protocol : list) {
            n++;
            if (!protocol.isObject()) {
                throw new ImportException(name + ": " + locator + ": " + protocols.getKey() + "[" + (n - 1)
                        + "] must be an object, found " + protocol.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            Map<String, String> fields = new LinkedHashMap<>(shared);
            Map<String, String> own = new LinkedHashMap<>();
            flattenInto(own, "", protocol);
            for (Map.Entry<String, String> e : own.entrySet()) {
                String previous = fields.put(e.getKey(), e.getValue());
                if (previous != null && !previous.equals(e.getValue())) {
                    fields.put("record." + e.getKey(), previous); // the record-level value survives too
                }
            }
            pending.add(new KeyedRecord(locator + ", protocol " + n, fields, raw));
        }
        if (n == 0) {
            pending.add(new KeyedRecord(locator, shared, raw)); // no protocols: still a record, never dropped
        }
    }

    private static Map<String, String> flatten(JsonNode node, Map.Entry<String, JsonNode> skip) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (skip == null || !e.getKey().equals(skip.getKey())) {
                flattenInto(out, e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** Nested objects become dotted names; arrays of objects get their index; other arrays stay JSON text. */
    private static void flattenInto(Map<String, String> out, String prefix, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flattenInto(out, prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue());
            }
        } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            for (int i = 0; i < node.size(); i++) {
                flattenInto(out, prefix + "." + i, node.get(i));
            }
        } else if (node.isArray()) {
            out.put(prefix, node.toString());
        } else if (!node.isNull()) {
            out.put(prefix, node.asText());
        }
    }

    private static boolean isWrapper(ObjectNode object) {
        return field(object, "protocols") == null && onlyArray(object) != null;
    }

    /** The object's single field holding a non-empty array of objects, when all its other fields are plain values. */
    private static Map.Entry<String, JsonNode> onlyArray(JsonNode object) {
        Map.Entry<String, JsonNode> found = null;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getValue().isArray() && e.getValue().size() > 0 && e.getValue().get(0).isObject()) {
                if (found != null) {
                    return null;
                }
                found = e;
            } else if (e.getValue().isContainerNode()) {
                return null;
            }
        }
        return found;
    }

    private static Map.Entry<String, JsonNode> field(JsonNode node, String wanted) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        return null;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "a nested array";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    @Override
    public void close() throws ImportException {
        try {
            parser.close();
        } catch (IOException e) {
            throw new ImportException(name + ": " + e.getMessage(), e);
        }
    }
}

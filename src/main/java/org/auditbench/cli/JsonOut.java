package org.auditbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/** A streaming JSON writer for listings that may hold a million rows. */
final class JsonOut implements AutoCloseable {

    private final JsonGenerator json;

    JsonOut(Writer writer) throws IOException {
        this.json = new JsonFactory().createGenerator(writer).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /**
     * Writes one JSON array to {@code writer}: {@code rows} writes the elements as it reads them, so a listing
     * of a million rows is never held in memory.
     */
    static <X extends Exception> void array(Writer writer, Rows<X> rows) throws IOException, X {
        try (JsonOut json = new JsonOut(writer)) {
            json.generator().writeStartArray();
            rows.write(json);
            json.generator().writeEndArray();
        }
    }

    JsonGenerator generator() {
        return json;
    }

    void field(String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    void field(String name, Number value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value.longValue());
        }
    }

    void field(String name, LocalDate value) throws IOException {
        field(name, value == null ? null : value.toString());
    }

    @Override
    public void close() throws IOException {
        json.writeRaw(System.lineSeparator());
        json.close();
    }

    /** Writes the elements of an {@link #array}. */
    @FunctionalInterface
    interface Rows<X extends Exception> {
        void write(JsonOut json) throws IOException, X;
    }
}

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
}

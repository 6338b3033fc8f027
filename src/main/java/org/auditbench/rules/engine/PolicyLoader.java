package org.auditbench.rules.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.auditbench.model.Policy;

/**
 * Reads policy YAML (DESIGN §8). Keys a file leaves out take the built-in default's value; unknown keys,
 * bad dates, unknown rule ids and bad severities are errors naming the file, line and key.
 */
public final class PolicyLoader {

    public static final String BUILT_IN_ORIGIN = "built-in default";
    private static final String DEFAULT_RESOURCE = "default-policy.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private final Clock clock;

    public PolicyLoader(Clock clock) {
        this.clock = clock;
    }

    public PolicyLoader() {
        this(Clock.systemDefaultZone());
    }

    public PolicyDocument builtIn() {
        return parse(defaultText(), BUILT_IN_ORIGIN);
    }

    public PolicyDocument load(Path file) throws PolicyException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PolicyException("policy file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new PolicyException("cannot read policy file " + file + ": " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new PolicyException(file + ": the policy file is empty");
        }
        return parseChecked(text, file.toString());
    }

    public PolicyDocument parseChecked(String text, String origin) throws PolicyException {
        PolicyFile merged = defaults();
        try {
            YAML.readerForUpdating(merged).readValue(text);
        } catch (JsonProcessingException e) {
            throw new PolicyException(origin + ": " + describe(e), e);
        } catch (IOException e) {
            throw new PolicyException(origin + ": " + e.getMessage(), e);
        }
        return new PolicyDocument(toPolicy(merged), text, sha256(text), origin);
    }

    private PolicyDocument parse(String text, String origin) {
        try {
            return parseChecked(text, origin);
        } catch (PolicyException e) {
            throw new IllegalStateException("the built-in policy is broken: " + e.getMessage(), e);
        }
    }

    private Policy toPolicy(PolicyFile f) {
        LocalDate reviewDate = f.reviewDate != null ? f.reviewDate : LocalDate.now(clock);
        return new Policy(f.organization, f.ownedDomains, f.domainGroups, f.approvedPartners, reviewDate,
                f.expiringSoonDays, f.retentionDays, f.testMarkers, f.vagueJustifications, f.placeholderValues,
                f.severity, f.disabledRules, f.layers, f.secretPatterns, f.waiverMaxDays);
    }

    private static PolicyFile defaults() {
        PolicyFile defaults = new PolicyFile();
        try {
            YAML.readerForUpdating(defaults).readValue(defaultText());
        } catch (IOException e) {
            throw new IllegalStateException("the built-in policy is broken: " + e.getMessage(), e);
        }
        return defaults;
    }

    private static String defaultText() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** {@code line N: key: problem}, from whatever Jackson or the YAML parser reported. */
    static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location != null && location.getLineNr() > 0 ? "line " + location.getLineNr() + ": " : "";
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return where + "unknown key '" + path(unknown) + "'" + (known.isEmpty() ? "" : " (known keys: " + known + ")");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == LocalDate.class) {
            return where + path(format) + ": '" + format.getValue() + "' is not a date (write it as YYYY-MM-DD)";
        }
        if (e instanceof JsonMappingException mapping) {
            String key = path(mapping);
            Throwable cause = mapping.getCause();
            String problem = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage() : mapping.getOriginalMessage();
            return where + (key.isEmpty() ? "" : key + ": ") + firstLine(problem);
        }
        return where + firstLine(e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "invalid value";
        }
        int eol = text.indexOf('\n');
        return eol < 0 ? text : text.substring(0, eol);
    }

    static String sha256(String text) {
        return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    }
}

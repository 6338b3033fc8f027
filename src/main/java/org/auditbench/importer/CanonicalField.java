package org.auditbench.importer;

import java.util.List;
import java.util.Locale;

/**
 * The canonical entry fields a source column can be mapped to, with the header names recognised for
 * each (compared after {@link #normaliseHeader(String)}: case, spaces, {@code _} and {@code -} ignored).
 */
public enum CanonicalField {
    DOMAIN("domain", "domain", "email", "emailaddress", "address", "key", "match", "pattern", "fqdn",
            "domainname", "maildomain", "emaildomain", "name", "zone"),
    KEY_KIND("keyKind", "keykind", "matchtype", "patterntype", "keytype"),
    PROTOCOL("protocol", "protocol", "proto", "service", "type", "recordtype"),
    TARGET("target", "target", "host", "hostname", "server", "servername", "destination", "dest", "url",
            "endpoint", "targethost", "mailserver", "value"),
    PORT("port", "port", "portnumber"),
    ENCRYPTION("encryption", "encryption", "ssl", "tls", "sockettype", "security", "transport"),
    USERNAME("username", "username", "user", "login", "loginname"),
    OWNER("owner", "owner", "ownedby", "contact", "team", "responsible", "owningteam"),
    JUSTIFICATION("justification", "justification", "reason", "purpose", "businessjustification",
            "description", "rationale"),
    CREATED("created", "created", "createdat", "createdon", "added", "addedon", "since", "datecreated"),
    EXPIRES("expires", "expires", "expiry", "expiresat", "expireson", "validuntil", "enddate", "expiration",
            "expirationdate", "expirydate"),
    REVIEWED("reviewed", "reviewed", "lastreviewed", "reviewedat", "reviewedon", "lastreview", "reviewdate"),
    ENVIRONMENT("environment", "environment", "env", "stage"),
    LAYER("layer", "layer", "tier", "lookuplayer", "level");

    private final String id;
    private final List<String> synonyms;

    CanonicalField(String id, String... synonyms) {
        this.id = id;
        this.synonyms = List.of(synonyms);
    }

    /** The field's name in JSON, {@code --map} and saved mappings ({@code keyKind}, {@code expires}). */
    public String id() {
        return id;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    public boolean recognises(String header) {
        return synonyms.contains(normaliseHeader(header));
    }

    public static String normaliseHeader(String header) {
        StringBuilder out = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c != '\uFEFF') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    public static CanonicalField byId(String id) {
        for (CanonicalField f : values()) {
            if (f.id.equalsIgnoreCase(id.strip()) || normaliseHeader(f.id).equals(normaliseHeader(id))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field '" + id + "'; fields are " + allIds());
    }

    public static String allIds() {
        StringBuilder out = new StringBuilder();
        for (CanonicalField f : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(f.id);
        }
        return out.toString();
    }
}

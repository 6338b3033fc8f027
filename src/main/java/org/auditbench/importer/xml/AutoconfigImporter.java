package org.auditbench.importer.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.KeyedRecord;

/**
 * Thunderbird autoconfig ({@code config-v1.1.xml}), one file or a folder of them (an ISPDB): one record
 * for every {@code <domain>} × every incoming and outgoing server, with hostname, port, socketType,
 * username and authentication. Templates such as {@code %EMAILDOMAIN%} are kept as written.
 */
public final class AutoconfigImporter extends XmlDocumentImporter {

    private static final String ROOT = "clientConfig";
    private static final List<String> LEADING = List.of("domain", "protocol", "hostname", "port", "socketType",
            "username", "authentication", "direction", "provider");

    public AutoconfigImporter() {
        super("autoconfig", ROOT, LEADING, AutoconfigImporter::records);
    }

    static List<KeyedRecord> records(String file, XmlElement root) throws ImportException {
        root.requireRoot(file, ROOT, "a Thunderbird autoconfig file");
        List<KeyedRecord> out = new ArrayList<>();
        for (XmlElement provider : root.children("emailProvider")) {
            List<XmlElement> domains = provider.children("domain");
            List<XmlElement> servers = new ArrayList<>();
            for (XmlElement c : provider.children) {
                if (c.name.equals("incomingServer") || c.name.equals("outgoingServer")) {
                    servers.add(c);
                }
            }
            if (domains.isEmpty()) {
                throw new ImportException(file + ": line " + provider.line + ": <emailProvider> has no <domain>");
            }
            for (XmlElement domain : domains) {
                int incoming = 0;
                int outgoing = 0;
                for (XmlElement server : servers) {
                    boolean in = server.name.equals("incomingServer");
                    int n = in ? ++incoming : ++outgoing;
                    out.add(record(file, provider, domain, server, n));
                }
            }
        }
        if (out.isEmpty()) {
            throw new ImportException(file + ": line " + root.line + ": no <emailProvider> with servers in this file");
        }
        return out;
    }

    private static KeyedRecord record(String file, XmlElement provider, XmlElement domain, XmlElement server, int n) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("domain", domain.text());
        String type = server.attributes.get("type");
        f.put("protocol", type == null ? null : type.toLowerCase(Locale.ROOT));
        List<String> authentication = new ArrayList<>();
        for (XmlElement c : server.children) {
            switch (c.name) {
                case "authentication" -> authentication.add(c.text());
                case "socketType" -> f.put("socketType", c.text().toLowerCase(Locale.ROOT));
                default -> {
                    if (c.children.isEmpty()) {
                        f.merge(c.name, c.text(), (a, b) -> a + ", " + b);
                    }
                }
            }
        }
        if (!authentication.isEmpty()) {
            f.put("authentication", String.join(", ", authentication));
        }
        f.put("direction", server.name.equals("incomingServer") ? "incoming" : "outgoing");
        f.put("provider", provider.attributes.get("id"));
        String purpose = domain.attributes.get("purpose");
        if (purpose != null) {
            f.put("domain purpose", purpose);
        }
        String display = provider.childText("displayName");
        if (display != null) {
            f.put("displayName", display);
        }
        String locator = file + ": " + domain.text() + " × " + server.name + " " + n + " (line " + server.line + ")";
        return new KeyedRecord(locator, f, domain.render() + " " + server.render());
    }
}

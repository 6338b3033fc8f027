package org.auditbench.importer.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.KeyedRecord;

/**
 * Autodiscover POX responses (v1, {@code <Autodiscover><Response><Account>}): one record per
 * {@code <Protocol>} (Type, Server, Port, SSL/Encryption, LoginName and every other setting), and a
 * {@code redirect} record for a redirectAddr or redirectUrl action. The key is the response's user
 * address; a response without one is keyed by its file name when that is a domain
 * ({@code contoso.com.xml}), and says so in the {@code key source} column.
 */
public final class AutodiscoverXmlImporter extends XmlDocumentImporter {

    private static final String ROOT = "Autodiscover";
    private static final List<String> LEADING = List.of("email", "protocol", "server", "port", "encryption",
            "loginname", "ssl", "action");

    public AutodiscoverXmlImporter() {
        super("autodiscover-xml", ROOT, LEADING, AutodiscoverXmlImporter::records);
    }

    static List<KeyedRecord> records(String file, XmlElement root) throws ImportException {
        root.requireRoot(file, ROOT, "an autodiscover response");
        XmlElement response = root.child("Response");
        if (response == null) {
            throw new ImportException(file + ": line " + root.line + ": <Autodiscover> has no <Response>");
        }
        XmlElement error = response.child("Error");
        if (error != null && response.child("Account") == null) {
            throw new ImportException(file + ": line " + error.line + ": the file is an autodiscover error response"
                    + " (code " + error.childText("ErrorCode") + ": " + error.childText("Message")
                    + "), not configuration");
        }
        String[] key = key(file, response);
        List<KeyedRecord> out = new ArrayList<>();
        for (XmlElement account : response.children("Account")) {
            String action = account.childText("Action");
            String accountType = account.childText("AccountType");
            if (action != null && action.toLowerCase(Locale.ROOT).startsWith("redirect")) {
                out.add(redirect(file, key, account, action, accountType));
            }
            int n = 0;
            for (XmlElement protocol : account.children("Protocol")) {
                out.add(protocol(file, key, protocol, ++n, action, accountType));
            }
        }
        if (out.isEmpty()) {
            throw new ImportException(file + ": line " + response.line + ": the response has no <Account> with"
                    + " <Protocol> settings or a redirect");
        }
        return out;
    }

    /** {address or domain, how it was found}. */
    private static String[] key(String file, XmlElement response) {
        XmlElement user = response.child("User");
        if (user != null) {
            for (String element : new String[] {"AutoDiscoverSMTPAddress", "EMailAddress", "DeploymentId"}) {
                String value = user.childText(element);
                if (value != null && value.contains("@")) {
                    return new String[] {value, "User/" + element};
                }
            }
        }
        String stem = file.toLowerCase(Locale.ROOT).endsWith(".xml") ? file.substring(0, file.length() - 4) : file;
        return new String[] {stem.contains(".") ? stem : null, "file name"};
    }

    private static KeyedRecord protocol(String file, String[] key, XmlElement protocol, int n, String action,
                                        String accountType) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("email", key[0]);
        String type = protocol.childText("Type");
        f.put("protocol", type == null ? null : type.toLowerCase(Locale.ROOT));
        for (XmlElement c : protocol.children) {
            if (!c.children.isEmpty() || c.name.equals("Type")) {
                continue;
            }
            String name = c.name.toLowerCase(Locale.ROOT);
            f.merge(name, c.text(), (a, b) -> a + ", " + b);
        }
        String server = f.get("server");
        if (server == null || server.isEmpty()) {
            // EXPR/WEB protocols name their endpoints as URLs instead of a server
            for (String url : new String[] {"ewsurl", "asurl", "externalewsurl"}) {
                if (f.get(url) != null) {
                    f.put("server", f.get(url));
                    break;
                }
            }
        }
        String encryption = f.get("encryption");
        String ssl = f.get("ssl");
        if ((encryption == null || encryption.isEmpty()) && ssl != null) {
            f.put("encryption", ssl.equalsIgnoreCase("on") ? "ssl" : ssl.equalsIgnoreCase("off") ? "none" : ssl);
        }
        f.put("action", action);
        f.put("accounttype", accountType);
        f.put("key source", key[1]);
        return new KeyedRecord(file + ": Protocol " + n + " (line " + protocol.line + ")", f, protocol.render());
    }

    private static KeyedRecord redirect(String file, String[] key, XmlElement account, String action,
                                        String accountType) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("email", key[0]);
        f.put("protocol", "redirect");
        String address = account.childText("RedirectAddr");
        String url = account.childText("RedirectUrl");
        if (address != null && address.contains("@")) {
            f.put("server", address.substring(address.lastIndexOf('@') + 1));
            f.put("redirectaddr", address);
        } else {
            f.put("server", url != null ? url : address);
        }
        if (url != null) {
            f.put("redirecturl", url);
        }
        f.put("action", action);
        f.put("accounttype", accountType);
        f.put("key source", key[1]);
        return new KeyedRecord(file + ": " + action + " (line " + account.line + ")", f, account.render());
    }
}

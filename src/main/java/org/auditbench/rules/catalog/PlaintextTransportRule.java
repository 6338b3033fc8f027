package org.auditbench.rules.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.auditbench.model.Entry;
import org.auditbench.model.Severity;
import org.auditbench.rules.api.Evidence;
import org.auditbench.rules.api.FindingSink;
import org.auditbench.rules.api.Rule;
import org.auditbench.rules.api.RuleContext;
import org.auditbench.rules.api.RuleMetadata;

/** A mail protocol configured without TLS, so passwords and mail cross the network readable. */
public final class PlaintextTransportRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "plaintext-transport",
            "Mail protocols are configured with TLS",
            Severity.LOW,
            "IMAP on 143, POP3 on 110 or SMTP without TLS send the user's password and mail readable by anyone on"
                    + " the path. Clients that follow such an entry downgrade users who would otherwise connect"
                    + " securely.",
            "Configure implicit TLS (IMAPS 993, POP3S 995, submissions 465) or STARTTLS, and https for web"
                    + " endpoints; remove the plaintext entry once clients have moved.",
            List.of("RFC 8314 (cleartext considered obsolete for mail submission and access)", "RFC 8996"));

    private static final Set<String> MAIL_PROTOCOLS = Set.of("imap", "imap4", "pop", "pop3", "smtp", "submission",
            "submissions", "imaps", "pop3s", "mx", "ews", "activesync", "eas", "autodiscover", "mapi", "caldav",
            "carddav", "jmap", "redirect", "url");
    private static final Set<String> PLAIN = Set.of("none", "plain", "off", "false", "no", "0", "cleartext", "clear",
            "unencrypted", "plaintext", "insecure", "ssl off", "tls off");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Entry entry, RuleContext context, FindingSink sink) {
        String protocol = entry.protocol();
        if (protocol == null || !MAIL_PROTOCOLS.contains(protocol)) {
            return;
        }
        String encryption = entry.encryption();
        String why = plaintextReason(entry, protocol, encryption);
        if (why == null) {
            return;
        }
        sink.report(() -> Evidence.of(Severity.LOW,
                protocol + " for " + EvidenceText.key(entry) + " to " + EvidenceText.target(entry) + " has no TLS: " + why,
                EvidenceText.detail(entry, "encryption", encryption == null ? "(not stated)" : encryption)));
    }

    /** Why the entry travels in plaintext, or null when it does not. */
    private static String plaintextReason(Entry entry, String protocol, String encryption) {
        String raw = entry.targetRaw() == null ? "" : entry.targetRaw().toLowerCase(Locale.ROOT);
        if (raw.startsWith("http://")) {
            return "its URL uses http:// rather than https://";
        } else if (encryption != null && PLAIN.contains(encryption)) {
            return "its encryption is '" + encryption + "'";
        } else if (encryption == null && entry.port() != null && plainByDefault(protocol, entry.port())) {
            return "it uses port " + entry.port() + " with no encryption stated, which is plaintext " + protocol;
        }
        return null;
    }

    private static boolean plainByDefault(String protocol, int port) {
        return (port == 143 && protocol.startsWith("imap")) || (port == 110 && protocol.startsWith("pop"));
    }
}

package org.auditbench.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic autodiscover configuration table of a mail provider ("Contoso Mail"), with the demo CSV's
 * columns: mostly clean rows across the layers v2, v1, fixed, provider and domain, and about one row in
 * six carrying a planted problem for one of the rules of the catalogue (the same kinds as
 * {@code assets/demo/README.md} lists). Every row is a pure function of (seed, row number, revision),
 * so a seed always gives the same file, and {@code revision 2} of a seed is "next quarter": a few
 * targets changed, a few rows removed, a few added.
 */
public final class ConfigGenerator {

    public static final List<String> COLUMNS = List.of("layer", "domain", "protocol", "hostname", "port",
            "encryption", "username", "owner", "justification", "created", "expires", "last_reviewed",
            "environment", "ticket", "notes");

    private static final int L = 0, DOMAIN = 1, PROTO = 2, HOST = 3, PORT = 4, ENC = 5, USER = 6, OWNER = 7,
            WHY = 8, CREATED = 9, EXPIRES = 10, REVIEWED = 11, ENV = 12, TICKET = 13, NOTES = 14;

    private static final String[] FIRST = {"adatum", "alpine", "amber", "apex", "arbor", "atlas", "aurora", "bayside",
            "birch", "blue", "bright", "cedar", "cobalt", "coho", "copper", "coral", "crest", "delta", "ember", "fable",
            "fern", "fjord", "fourth", "galaxy", "granite", "harbor", "hazel", "iris", "ivy", "juniper", "kestrel",
            "lakeshore", "lumen", "maple", "meridian", "mosaic", "north", "oak", "orchard", "pine", "prairie", "quarry",
            "raven", "ridge", "river", "saffron", "silver", "summit", "tide", "upland", "vale", "willow", "zenith"};
    private static final String[] SECOND = {"analytics", "bank", "books", "brewing", "clinic", "consulting", "dental",
            "design", "energy", "engineering", "foods", "freight", "golf", "health", "hotels", "insurance", "labs",
            "law", "logistics", "marine", "media", "motors", "optics", "pharma", "realty", "schools", "seafood",
            "software", "studios", "systems", "textiles", "travel", "ventures", "wines"};
    private static final String[] TLDS = {"com", "com", "com", "net", "org", "de", "co.uk", "fr", "nl", "io", "ch",
            "se", "it", "es", "com.au", "co.jp", "ca", "be", "ie", "co.nz"};
    private static final String[] OWNERS = {"Mail Platform Team", "Hosted Exchange Team", "Autodiscover Service",
            "Messaging Operations", "Customer Onboarding", "Enterprise Mail", "SMB Mail", "Partner Integrations",
            "Identity & Access", "EMEA Mail Ops", "APAC Mail Ops", "Americas Mail Ops", "Migration Factory",
            "Mail Security", "Platform Reliability"};
    private static final String[][] PROTOCOL_SETS = {{"imap", "smtp", "autodiscover"}, {"imap", "smtp", "mx"},
            {"pop3", "smtp", "autodiscover"}, {"ews", "activesync", "autodiscover"}, {"imap", "smtp", "pop3"}};
    private static final String[] PARTNERS = {"outlook.office365.com", "imap.gmail.com", "smtp.gmail.com"};
    private static final String[] EXTERNAL = {"imap.proseware.com", "smtp.relay.lucernepublishing.com",
            "mail.fabrikam-hosting.net", "mx.tailwindtraders.biz"};
    private static final String[] RESERVED_DOMAINS = {"example.net", "test.invalid", "mail.example.org", "corp.local",
            "example.com", "demo.test", "intranet.internal"};
    private static final String[] RESERVED_TARGETS = {"192.0.2.15", "mail.example.com", "127.0.0.1", "2001:db8::25",
            "198.51.100.7", "smtp.example.net"};
    private static final String[] PATTERNS = {"*.co.jp", "%.com", "*", "%", "*.com", "%.org"};
    private static final String[] VAGUE = {"legacy", "needed", "temp", "see ticket", "misc", "as requested"};
    private static final String[] NON_ANSWERS = {"", "unknown", "n/a", "TBD", "-", "none"};
    private static final String[] PLACEHOLDERS = {"changeme", "TODO", "xxx", "dummy", "placeholder", "fixme"};

    /** Dates as text from 2018-01-01 on, so rows never format a date. */
    private static final LocalDate DAY_ZERO = LocalDate.of(2018, 1, 1);
    private static final String[] DAYS = days(4_400);

    private static final int PROBLEM_KINDS = 22;

    private final long seed;
    private final int revision;

    public ConfigGenerator(long seed, int revision) {
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more");
        }
        this.seed = seed;
        this.revision = revision;
    }

    /** Writes {@code entries} rows (a later revision adds about 1% more) to {@code sink}; returns the rows written. */
    public long generate(long entries, RowSink sink) throws IOException {
        String[] row = new String[COLUMNS.size()];
        long written = 0;
        long total = revision == 1 ? entries : entries + entries / 100 * (revision - 1);
        for (long i = 0; i < total; i++) {
            if (revision > 1 && i < entries && removedIn(i)) {
                continue;
            }
            fill(i, row);
            sink.row(row);
            written++;
        }
        return written;
    }

    /** Rows dropped by next quarter: about 0.3% per revision step. */
    private boolean removedIn(long i) {
        return Math.floorMod(mix(seed ^ 0x5eedL, i), 1000) < 3L * (revision - 1);
    }

    private boolean changedIn(long i) {
        return revision > 1 && Math.floorMod(mix(seed ^ 0xc4a9L, i), 1000) < 5L * (revision - 1);
    }

    void fill(long i, String[] row) {
        long domainIndex = i / 3;
        int position = (int) (i % 3);
        long h = mix(seed, domainIndex);
        base(domainIndex, position, h, row);
        long r = mix(seed + 1, i);
        if (changedIn(i)) {
            row[HOST] = pick(EXTERNAL, r >>> 8);
        }
        int roll = Math.floorMod(r, 1000);
        if (roll < 170) {
            plant(Math.floorMod(r >>> 20, PROBLEM_KINDS), i, r >>> 28, row);
        }
    }

    private void base(long domainIndex, int position, long h, String[] row) {
        String domain = domainName(domainIndex, h);
        String[] protocols = PROTOCOL_SETS[Math.floorMod(h >>> 7, PROTOCOL_SETS.length)];
        String protocol = protocols[position];
        int layerRoll = Math.floorMod(h >>> 13, 100);
        String layer = layerRoll < 80 ? "domain" : layerRoll < 88 ? "v1" : layerRoll < 94 ? "v2" : layerRoll < 97
                ? "fixed" : "provider";
        row[L] = layer;
        row[DOMAIN] = layer.equals("fixed") ? "mailbox" + (h >>> 40 & 0xff) + "@" + domain : domain;
        row[PROTO] = protocol;
        boolean partner = Math.floorMod(h >>> 19, 10) == 0;
        setTransport(protocol, partner, h, row);
        row[USER] = protocol.equals("mx") ? "" : "%EMAILADDRESS%";
        row[OWNER] = OWNERS[Math.floorMod(h >>> 23, OWNERS.length)];
        String ticket = "CHG-" + (10_000 + Math.floorMod(h >>> 29, 89_999));
        row[WHY] = justification(protocol, domain, ticket);
        int created = Math.floorMod(h >>> 33, 2_900) + 365;            // 2019 .. 2026-10
        row[CREATED] = DAYS[created];
        row[EXPIRES] = DAYS[3_440 + Math.floorMod(h >>> 37, 900)];  // 2027-06 .. 2029-12
        row[REVIEWED] = DAYS[Math.max(created, 2_920 + Math.floorMod(h >>> 43, 300))]; // 2026
        boolean nonProd = Math.floorMod(h >>> 47, 50) == 0;
        row[ENV] = nonProd ? (Math.floorMod(h, 2) == 0 ? "staging" : "test") : "prod";
        if (nonProd) {
            row[DOMAIN] = row[ENV] + "." + row[DOMAIN];
        }
        row[TICKET] = ticket;
        row[NOTES] = "";
    }

    private static void setTransport(String protocol, boolean partner, long h, String[] row) {
        switch (protocol) {
            case "imap" -> transport(row, partner ? PARTNERS[1] : "imap.contoso-mail.com", "993", "ssl");
            case "pop3" -> transport(row, "pop.contoso-mail.com", "995", "ssl");
            case "smtp" -> transport(row, partner ? PARTNERS[2] : (h & 1) == 0 ? "smtp.contoso-mail.com"
                    : "smtp-eu.contoso-mail.com", (h & 2) == 0 ? "465" : "587", (h & 2) == 0 ? "ssl" : "starttls");
            case "mx" -> transport(row, partner ? "aspmx.l.google.com" : "mx1.contoso-mail.com", "25", "starttls");
            case "ews" -> transport(row, "https://outlook.office365.com/EWS/Exchange.asmx", "443", "tls");
            case "activesync" -> transport(row, "https://outlook.office365.com/Microsoft-Server-ActiveSync", "443", "tls");
            default -> transport(row, partner ? "https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml"
                    : "https://autodiscover.contoso.com/autodiscover/autodiscover.xml", "443", "tls");
        }
    }

    private static void transport(String[] row, String host, String port, String encryption) {
        row[HOST] = host;
        row[PORT] = port;
        row[ENC] = encryption;
    }

    /** One planted problem of kind {@code kind}; each mirrors a row kind of the demo data. */
    private void plant(int kind, long i, long r, String[] row) {
        switch (kind) {
            case 0 -> { // the incident: reserved domain routed to a third party
                row[L] = "fixed";
                row[DOMAIN] = "email@example.com";
                boolean smtp = (r & 1) == 1;
                transport(row, smtp ? "smtpgms.jnet.sei.co.jp" : "imapgms.jnet.sei.co.jp", smtp ? "465" : "993", "ssl");
                row[PROTO] = smtp ? "smtp" : "imap";
                row[OWNER] = "";
                row[WHY] = "legacy test account";
                row[EXPIRES] = "";
                row[CREATED] = DAYS[770];
                row[REVIEWED] = DAYS[800];
            }
            case 1 -> row[DOMAIN] = pick(RESERVED_DOMAINS, r);                       // reserved-domain
            case 2 -> {                                                              // reserved-to-external
                row[DOMAIN] = pick(RESERVED_DOMAINS, r);
                row[HOST] = "imap.litwareinc.com";
            }
            case 3 -> row[HOST] = pick(EXTERNAL, r);                                 // external-routing
            case 4 -> row[HOST] = pick(RESERVED_TARGETS, r);                         // reserved-target
            case 5 -> {                                                              // overbroad-pattern
                row[L] = "provider";
                row[DOMAIN] = pick(PATTERNS, r);
            }
            case 6 -> row[DOMAIN] = ((r & 1) == 0 ? "staging." : "test-") + row[DOMAIN].replace("@", ".at."); // test name
            case 7 -> row[HOST] = (r & 1) == 0 ? "test-mail.contoso.com" : "imap-dev.contoso.net";
            case 8 -> row[EXPIRES] = DAYS[2_557 + Math.floorMod(r, 700)];      // expired (2025..2026-11)
            case 9 -> row[EXPIRES] = DAYS[3_288 + Math.floorMod(r, 85)];       // expiring soon (2027 Q1)
            case 10 -> row[EXPIRES] = "";                                            // missing-expiry
            case 11 -> row[OWNER] = pick(NON_ANSWERS, r);                            // missing-owner
            case 12 -> row[WHY] = "";                                                // missing-justification
            case 13 -> row[WHY] = pick(VAGUE, r);                                    // vague-justification
            case 14 -> row[NOTES] = "temporary until " + DAYS[2_557 + Math.floorMod(r, 500)] + ", remove after migration";
            case 15 -> {                                                             // stale-entry
                row[CREATED] = DAYS[Math.floorMod(r, 700)];
                row[REVIEWED] = DAYS[730 + Math.floorMod(r >>> 10, 1_000)];
            }
            case 16 -> placeholder(r, row);
            case 17 -> {                                                             // secret-in-config
                if ((r & 1) == 0) {
                    row[HOST] = "https://svc-sync:Autumn2024!@mail.contoso.com/EWS/Exchange.asmx";
                    row[PROTO] = "ews";
                } else {
                    row[NOTES] = "relay login password=Relay-" + Math.floorMod(r, 9_999) + "!";
                }
            }
            case 18 -> conflict(i, r, row);                                          // conflicting-layers
            case 19 -> row[HOST] = (r & 1) == 0 ? "mail..contoso.com" : "imap.riverbend.corpx"; // invalid-target
            case 20 -> row[PORT] = "70000";
            default -> {                                                             // plaintext-transport
                String[][] plain = {{"imap", "143", "none"}, {"pop3", "110", "plain"}, {"smtp", "25", "none"}};
                String[] p = plain[Math.floorMod(r, 3)];
                row[PROTO] = p[0];
                row[PORT] = p[1];
                row[ENC] = p[2];
                row[HOST] = p[0] + ".contoso-mail.com";
            }
        }
    }

    private static void placeholder(long r, String[] row) {
        String value = pick(PLACEHOLDERS, r);
        switch (Math.floorMod(r >>> 8, 4)) {
            case 0 -> row[HOST] = value.toLowerCase(java.util.Locale.ROOT) + ".contoso.com";
            case 1 -> row[USER] = value;
            case 2 -> row[OWNER] = value;
            default -> row[NOTES] = value;
        }
    }

    /** The same domain and protocol as three rows earlier, answered by another layer with another target. */
    private void conflict(long i, long r, String[] row) {
        if (i < 3) {
            return;
        }
        long earlier = i - 3;
        base(earlier / 3, (int) (earlier % 3), mix(seed, earlier / 3), row);
        row[L] = row[L].equals("v1") ? "domain" : "v1";
        row[HOST] = row[HOST].startsWith("https://") ? "https://autodiscover-legacy.contoso.net/autodiscover/autodiscover.xml"
                : "legacy-" + Math.floorMod(r, 9) + ".contoso.net";
    }

    private static String domainName(long index, long h) {
        int a = Math.floorMod(index, FIRST.length);
        long rest = index / FIRST.length;
        int b = Math.floorMod(rest, SECOND.length);
        long serial = rest / SECOND.length;
        String tld = TLDS[Math.floorMod(h >>> 3, TLDS.length)];
        return FIRST[a] + "-" + SECOND[b] + (serial == 0 ? "" : Long.toString(serial)) + "." + tld;
    }

    private static String justification(String protocol, String domain, String ticket) {
        return switch (protocol) {
            case "autodiscover" -> "Outlook autodiscover for " + domain + " customers, " + ticket;
            case "mx" -> "Inbound mail routing for " + domain + " via Contoso filtering, " + ticket;
            case "ews", "activesync" -> "Hosted Exchange " + protocol + " endpoint for " + domain + ", " + ticket;
            default -> "Client " + protocol + " settings for " + domain + " mailboxes, " + ticket;
        };
    }

    private static String pick(String[] values, long r) {
        return values[Math.floorMod(r, values.length)];
    }

    /** SplitMix64 finaliser over (seed, n): a good, allocation-free hash for per-row choices. */
    static long mix(long seed, long n) {
        long z = seed + 0x9E3779B97F4A7C15L * (n + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String[] days(int count) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = DAY_ZERO.plusDays(i).toString();
        }
        return out;
    }
}

package org.auditbench.importer.zone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.KeyedRecord;
import org.auditbench.importer.KeyedRecordSource;
import org.auditbench.names.HostNames;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DNAMERecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.RelativeNameException;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/** Records of one or more zone files, in file order, as named fields. */
final class ZoneRecordSource implements KeyedRecordSource {

    private static final Pattern DNSJAVA_LOCATION = Pattern.compile("^(.*?):(\\d+): (.*)$", Pattern.DOTALL);

    /** RFC 6186 / RFC 8314 mail services and autodiscover: service label → {protocol, encryption}. */
    private static final Map<String, String[]> MAIL_SERVICES = Map.of(
            "_imap", new String[] {"imap", "starttls"},
            "_imaps", new String[] {"imap", "ssl"},
            "_pop3", new String[] {"pop3", "starttls"},
            "_pop3s", new String[] {"pop3", "ssl"},
            "_submission", new String[] {"smtp", "starttls"},
            "_submissions", new String[] {"smtp", "ssl"},
            "_autodiscover", new String[] {"autodiscover", "tls"});

    private final List<Path> zones;
    private final String origin;
    private int nextZone;
    private Master master;
    private Path currentZone;
    private String fileName;
    private int recordNumber;

    ZoneRecordSource(List<Path> zones, String origin) {
        this.zones = zones;
        this.origin = origin;
    }

    @Override
    public KeyedRecord next() throws ImportException {
        while (true) {
            if (master == null) {
                if (nextZone >= zones.size()) {
                    return null;
                }
                openZone(zones.get(nextZone++));
            }
            Record record;
            try {
                record = master.nextRecord();
            } catch (RelativeNameException e) {
                throw new ImportException(fileName + ": record " + (recordNumber + 1) + ": the name '" + e.getMessage()
                        + "' is relative and the file has no $ORIGIN; give one with --origin", e);
            } catch (IOException e) {
                throw located(e);
            }
            if (record == null) {
                master.close();
                master = null;
                continue;
            }
            recordNumber++;
            return toRecord(record);
        }
    }

    private void openZone(Path zone) throws ImportException {
        currentZone = zone;
        fileName = zone.getFileName().toString();
        recordNumber = 0;
        try {
            master = new Master(zone.toString(), defaultOrigin(zone));
            master.expandGenerate(true);
        } catch (IOException e) {
            throw located(e);
        }
    }

    /** --origin, else the file's name when it is a domain ({@code example.com.zone}, {@code db.example.com}). */
    private Name defaultOrigin(Path zone) {
        String candidate = origin;
        if (candidate == null) {
            String name = zone.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.startsWith("db.")) {
                name = name.substring(3);
            }
            for (String ext : new String[] {".zone", ".db", ".txt"}) {
                if (name.endsWith(ext)) {
                    name = name.substring(0, name.length() - ext.length());
                }
            }
            candidate = name.contains(".") && HostNames.isValid(name) ? name : null;
        }
        if (candidate == null) {
            return null;
        }
        try {
            return Name.fromString(candidate.endsWith(".") ? candidate : candidate + ".");
        } catch (TextParseException e) {
            return null;
        }
    }

    private KeyedRecord toRecord(Record r) {
        Map<String, String> f = new LinkedHashMap<>();
        String owner = text(r.getName());
        String type = Type.string(r.getType());
        f.put("domain", owner);
        f.put("protocol", type.toLowerCase(Locale.ROOT));
        if (r instanceof MXRecord mx) {
            f.put("target", target(mx.getTarget()));
            f.put("priority", Integer.toString(mx.getPriority()));
        } else if (r instanceof SRVRecord srv) {
            srv(f, owner, srv);
        } else if (r instanceof ARecord a) {
            f.put("target", a.getAddress().getHostAddress());
        } else if (r instanceof AAAARecord aaaa) {
            // the compressed form (2001:db8::25), as people write it, not Java's 2001:db8:0:0:0:0:0:25
            f.put("target", new inet.ipaddr.IPAddressString(aaaa.getAddress().getHostAddress()).getAddress()
                    .toCanonicalString());
        } else {
            Name single = singleName(r);
            if (single != null) {
                f.put("target", target(single));
            }
        }
        f.put("owner name", r.getName().toString());
        f.put("type", type);
        f.put("ttl", Long.toString(r.getTTL()));
        if (r.getDClass() != DClass.IN) {
            f.put("class", DClass.string(r.getDClass()));
        }
        f.put("rdata", r.rdataToString());
        f.put("zone file", fileName);
        return new KeyedRecord(fileName + ": record " + recordNumber + " (" + owner + " " + type + ")", f, r.toString());
    }

    /** SRV for a mail service: the key is the domain under the service labels, the protocol the service's. */
    private static void srv(Map<String, String> f, String owner, SRVRecord srv) {
        String[] labels = owner.split("\\.", 3);
        if (labels.length == 3 && labels[0].startsWith("_") && labels[1].startsWith("_")) {
            f.put("domain", labels[2]);
            String[] mail = MAIL_SERVICES.get(labels[0]);
            f.put("protocol", mail == null ? "srv" : mail[0]);
            if (mail != null) {
                f.put("encryption", mail[1]);
            }
            f.put("service", labels[0] + "." + labels[1]);
        } else {
            f.put("protocol", "srv");
        }
        f.put("target", target(srv.getTarget()));
        f.put("port", Integer.toString(srv.getPort()));
        f.put("priority", Integer.toString(srv.getPriority()));
        f.put("weight", Integer.toString(srv.getWeight()));
    }

    /** CNAME, NS, PTR, DNAME: records whose data is one name. */
    private static Name singleName(Record r) {
        if (r instanceof CNAMERecord c) {
            return c.getTarget();
        }
        if (r instanceof NSRecord ns) {
            return ns.getTarget();
        }
        if (r instanceof PTRRecord ptr) {
            return ptr.getTarget();
        }
        if (r instanceof DNAMERecord d) {
            return d.getTarget();
        }
        return null;
    }

    /** The root name "." is RFC 7505's null MX (and RFC 2782's "no service"): an entry without a target. */
    private static String target(Name name) {
        return name.equals(Name.root) ? null : text(name);
    }

    private static String text(Name name) {
        String s = name.toString();
        return s.endsWith(".") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
    }

    private ImportException located(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = DNSJAVA_LOCATION.matcher(message);
        if (m.matches()) {
            // dnsjava names the file without its folder; included files share the zone file's folder
            String file = Path.of(m.group(1)).getFileName().toString();
            Path path = currentZone == null ? Path.of(m.group(1)) : currentZone.toAbsolutePath().resolveSibling(file);
            String detail = m.group(3).strip();
            return new ImportException(file + ": " + where(path, Integer.parseInt(m.group(2)), detail) + ": " + detail
                    + " (the zone file is not valid RFC 1035 master format; nothing was imported)", e);
        }
        return new ImportException(fileName + ": " + message, e);
    }

    /**
     * dnsjava counts the line after it has read a record's end of line, so a record that lacks its last
     * field ("@ IN MX 10" with no host) is reported on the next line. For such "expected ..." errors the
     * previous record line is named too, or alone when the reported line is blank or past the end.
     */
    private static String where(Path file, int line, String detail) {
        if (!detail.startsWith("expected")) {
            return "line " + line;
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            int previous = line - 1;
            while (previous >= 1 && content(lines.get(previous - 1)).isEmpty()) {
                previous--;
            }
            if (previous < 1) {
                return "line " + line;
            }
            boolean reportedIsEmpty = line > lines.size() || content(lines.get(line - 1)).isEmpty();
            return reportedIsEmpty ? "line " + previous : "line " + previous + " or " + line;
        } catch (IOException | RuntimeException e) {
            return "line " + line;
        }
    }

    private static String content(String line) {
        int comment = line.indexOf(';');
        return (comment < 0 ? line : line.substring(0, comment)).strip();
    }

    @Override
    public void close() {
        if (master != null) {
            master.close();
            master = null;
        }
    }
}

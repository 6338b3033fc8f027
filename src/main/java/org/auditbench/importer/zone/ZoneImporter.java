package org.auditbench.importer.zone;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.Importer;
import org.auditbench.importer.KeyedRecordReader;
import org.auditbench.importer.RecordReader;
import org.auditbench.importer.SourceDigest;
import org.auditbench.importer.SourceFiles;
import org.auditbench.importer.SourceSelection;

/**
 * DNS zone files in RFC 1035 master format, read with dnsjava: every record becomes an entry (owner →
 * target), MX, CNAME, SRV (RFC 6186 mail services and {@code _autodiscover._tcp} named by their
 * protocol), NS, A/AAAA with their targets, other types with their data kept. {@code $INCLUDE} is
 * followed only to files in the zone file's own folder; a bad record stops the import with file and line.
 * A folder imports every zone file in it.
 */
public final class ZoneImporter implements Importer {

    private static final List<String> LEADING = List.of("domain", "protocol", "target", "port", "priority",
            "weight", "encryption", "owner name", "type", "ttl", "rdata", "zone file");

    @Override
    public String format() {
        return "zone";
    }

    @Override
    public boolean accepts(ImportInput input, byte[] head) {
        String ext = input.extension();
        if (ext.equals("zone") || input.name().toLowerCase(Locale.ROOT).startsWith("db.")) {
            return true;
        }
        if (!ext.isEmpty() && !ext.equals("txt") && !ext.equals("db")) {
            return false;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.contains("$ORIGIN") || text.contains("$TTL") || text.contains(" SOA ") || text.contains("\tSOA\t")
                || text.contains("IN\tSOA") || text.contains("IN SOA");
    }

    @Override
    public boolean readsFolders() {
        return true;
    }

    @Override
    public RecordReader open(ImportInput input) throws ImportException {
        return open(input, SourceSelection.NONE);
    }

    @Override
    public RecordReader open(ImportInput input, SourceSelection selection) throws ImportException {
        if (input.path() == null) {
            throw new ImportException(input.name() + ": zone files are read from disk (their $INCLUDEs are files"
                    + " beside them); save it to a file and import that");
        }
        List<Path> zones = SourceFiles.isFolder(input) ? SourceFiles.inFolder(input.path()) : List.of(input.path());
        if (zones.isEmpty()) {
            throw new ImportException(input.name() + ": the folder holds no files");
        }
        if (SourceFiles.isFolder(input)) {
            for (Path zone : zones) {
                if (!accepts(ImportInput.of(zone), SourceFiles.head(zone, 4096))) {
                    throw new ImportException(input.path() + ": " + zone.getFileName() + " is not a zone file (no"
                            + " .zone name, $ORIGIN, $TTL or SOA); a folder import reads every file, so move it out"
                            + " or import the zone files one by one");
                }
            }
        }
        List<Path> everything = new ArrayList<>();
        for (Path zone : zones) {
            everything.add(zone);
            everything.addAll(Includes.check(zone));
        }
        Path base = SourceFiles.isFolder(input) ? input.path() : input.path().getParent();
        String sha256 = zones.size() == 1 && everything.size() == 1 ? SourceDigest.ofFile(zones.get(0))
                : SourceDigest.ofFolder(base, everything.stream().distinct().sorted().toList());
        return KeyedRecordReader.open(input.name(), () -> new ZoneRecordSource(zones, selection.origin()), LEADING,
                sha256);
    }
}

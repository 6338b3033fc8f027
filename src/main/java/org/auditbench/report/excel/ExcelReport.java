package org.auditbench.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.report.ReportException;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportResult;
import org.auditbench.report.ReportScope;
import org.auditbench.report.ReportSources;
import org.auditbench.report.SigningKey;

/**
 * Writes the quarterly workbook (DESIGN §11) with POI's streaming writer, so a million findings need
 * little memory: Summary, Findings, Entries by owner, Expiry, Changes, Waivers, Sign-off, Method.
 * The file appears only when complete: it is written (and signed) beside the target under a temporary
 * name and then moved into place; a failure leaves no file behind.
 */
public final class ExcelReport {

    /** Custom document properties {@code decisions} reads back to know what a returned workbook is. */
    public static final String PROPERTY_PERIOD = "Auditbench period";
    public static final String PROPERTY_SCAN = "Auditbench scan";
    public static final String PROPERTY_FINDINGS_SHA256 = "Auditbench findings SHA-256";

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    private static final int WINDOW = 200;

    private ExcelReport() {
    }

    public static ReportResult write(ReportSources sources, ReportRequest request, Path target, SigningKey signingKey)
            throws ReportException {
        Path out = target.toAbsolutePath().normalize();
        Path folder = out.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new ReportException("cannot write " + target + ": it is a folder");
        }
        Path temp = null;
        try {
            // not createTempFile: that makes the file private (0600); the report should get the usual permissions
            temp = Files.createFile(folder.resolve("." + out.getFileName() + "." + System.nanoTime() + ".part"));
            Written written = writeWorkbook(sources, request, temp);
            if (signingKey != null) {
                ReportSigner.sign(temp, signingKey);
            }
            String sha256 = sha256(temp);
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ReportScope scope = sources.scope();
            return new ReportResult(out, sha256, scope.period(), scope.scan().id(), written.totals.total(),
                    written.totals.sha256(), written.sheets, signingKey != null);
        } catch (IOException e) {
            throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private record Written(FindingTotals totals, List<String> sheets) {
    }

    private static Written writeWorkbook(ReportSources sources, ReportRequest request, Path file)
            throws IOException, ReportException {
        ReportScope scope = sources.scope();
        String pageHeader = "Configuration review " + scope.period() + " — " + scope.organisation();
        XSSFWorkbook base = new XSSFWorkbook();
        ExcelStyles styles = new ExcelStyles(base);
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, WINDOW, false, false);
        try {
            List<String> sheets = new ArrayList<>();
            SXSSFSheet summary = SummarySheet.create(workbook);
            sheets.add(SummarySheet.NAME);
            int rows = request.rowsPerSheet();
            FindingTotals totals = FindingsSheet.write(workbook, styles, sources, pageHeader, rows, sheets);
            EntriesByOwnerSheet.write(workbook, styles, sources, pageHeader, rows, sheets);
            ExpirySheet.write(workbook, styles, sources, pageHeader, rows, sheets);
            ChangesSheet.write(workbook, styles, sources, pageHeader, rows, sheets);
            WaiversSheet.write(workbook, styles, sources, pageHeader, rows, sheets);
            SignoffSheet.write(workbook, styles, sources, totals, request.reviewer(), pageHeader, sheets);
            MethodSheet.write(workbook, styles, sources, pageHeader, sheets);
            SummarySheet.fill(workbook, summary, styles, sources, totals, pageHeader);
            workbook.setActiveSheet(0);
            describe(base, scope, totals);
            try (OutputStream stream = Files.newOutputStream(file)) {
                workbook.write(stream);
            }
            return new Written(totals, sheets);
        } finally {
            workbook.close();
        }
    }

    private static void describe(XSSFWorkbook base, ReportScope scope, FindingTotals totals) {
        POIXMLProperties properties = base.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle("Configuration review " + scope.period() + " — " + scope.organisation());
        core.setSubjectProperty("Quarterly review of configuration entries and findings");
        core.setCreator("Auditbench");
        core.setCreated(java.util.Optional.of(java.util.Date.from(scope.generatedAt())));
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty(PROPERTY_PERIOD, scope.period());
        custom.addProperty(PROPERTY_SCAN, Long.toString(scope.scan().id()));
        custom.addProperty(PROPERTY_FINDINGS_SHA256, totals.sha256());
    }

    /** SHA-256 of a file's bytes, as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover hidden .part file is harmless; the report itself was not written
        }
    }
}

package org.auditbench.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.XMLSignatureException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.crypt.dsig.SignatureConfig;
import org.apache.poi.poifs.crypt.dsig.SignatureInfo;
import org.apache.poi.poifs.crypt.dsig.SignaturePart;
import org.auditbench.report.ReportException;
import org.auditbench.report.SigningKey;

/**
 * OOXML digital signatures (the ones Excel shows under "Signatures"), made and checked with POI's
 * XML-DSig support. A signature covers every part of the workbook, so changing any cell breaks it.
 */
public final class ReportSigner {

    private ReportSigner() {
    }

    /** The outcome of checking a workbook's signatures. */
    public record Verification(boolean signed, boolean valid, List<String> signers, String problem) {
    }

    /** Signs the workbook at {@code file} in place. */
    public static void sign(Path file, SigningKey key) throws ReportException {
        SignatureConfig config = new SignatureConfig();
        config.setKey(key.key());
        config.setSigningCertificateChain(key.chain());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ_WRITE)) {
            SignatureInfo info = new SignatureInfo();
            info.setOpcPackage(pkg);
            info.setSignatureConfig(config);
            info.confirmSignature();
        } catch (InvalidFormatException | IOException | XMLSignatureException | MarshalException e) {
            throw new ReportException("cannot sign " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks the workbook: every zip entry must read back intact (CRC), every signature must validate, and
     * every part except the signatures themselves and the document properties (which OOXML signatures leave
     * out by design) must be covered by a signature, so a part slipped in after signing is caught too.
     * A damaged or changed file is reported as invalid with the reason; only a missing file is an error.
     */
    public static Verification verify(Path file) throws ReportException {
        if (!Files.isRegularFile(file)) {
            throw new ReportException("cannot verify " + file + ": no such file");
        }
        String damage = damage(file);
        if (damage != null) {
            return new Verification(false, false, List.of(), "the file is damaged: " + damage);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            SignatureInfo info = new SignatureInfo();
            info.setOpcPackage(pkg);
            info.setSignatureConfig(new SignatureConfig());
            List<String> signers = new ArrayList<>();
            Set<String> covered = new HashSet<>();
            boolean allValid = true;
            for (SignaturePart part : info.getSignatureParts()) {
                allValid &= part.validate();
                X509Certificate signer = part.getSigner();
                signers.add(signer == null ? "(unknown signer)" : signer.getSubjectX500Principal().getName());
                covered.addAll(references(part));
            }
            if (signers.isEmpty()) {
                return new Verification(false, false, signers, "the workbook is not signed");
            }
            if (!allValid) {
                return new Verification(true, false, signers, "the workbook was changed after it was signed");
            }
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName();
                if (!covered.contains(name) && !UNSIGNED_BY_DESIGN.matcher(name).matches()) {
                    return new Verification(true, false, signers, "part " + name + " is not covered by the signature"
                            + " (added after signing?)");
                }
            }
            return new Verification(true, true, signers, null);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            return new Verification(false, false, List.of(), "not a readable workbook: " + e.getMessage());
        }
    }

    /** Parts an OOXML signature does not cover: the signatures, the package's own bookkeeping, document properties. */
    private static final Pattern UNSIGNED_BY_DESIGN = Pattern.compile(
            "/_xmlsignatures/.*|/\\[Content_Types\\]\\.xml|/docProps/(core|app|custom)\\.xml");

    private static final Pattern REFERENCE = Pattern.compile("URI=\"(/[^\"?]+)");

    private static Set<String> references(SignaturePart part) throws IOException {
        Set<String> names = new HashSet<>();
        try (InputStream in = part.getPackagePart().getInputStream()) {
            Matcher m = REFERENCE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Reads every entry and checks it against its CRC-32 in the zip directory; the problem, or null when intact. */
    private static String damage(Path file) throws ReportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                CRC32 crc = new CRC32();
                try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
                    return "the content of " + entry.getName() + " does not match its checksum";
                }
            }
            return null;
        } catch (ZipException | java.io.EOFException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new ReportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

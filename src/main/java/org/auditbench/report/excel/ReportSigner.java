package org.auditbench.report.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.XMLSignatureException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
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
     * Checks every signature of the workbook. A file that is not a readable workbook (damaged bytes) is
     * reported as invalid with the reason; only a missing or unreadable file is an error.
     */
    public static Verification verify(Path file) throws ReportException {
        if (!file.toFile().isFile()) {
            throw new ReportException("cannot verify " + file + ": no such file");
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            SignatureInfo info = new SignatureInfo();
            info.setOpcPackage(pkg);
            info.setSignatureConfig(new SignatureConfig());
            List<String> signers = new ArrayList<>();
            boolean allValid = true;
            for (SignaturePart part : info.getSignatureParts()) {
                boolean valid = part.validate();
                allValid &= valid;
                X509Certificate signer = part.getSigner();
                signers.add(signer == null ? "(unknown signer)" : signer.getSubjectX500Principal().getName());
            }
            if (signers.isEmpty()) {
                return new Verification(false, false, signers, "the workbook is not signed");
            }
            return new Verification(true, allValid, signers, allValid ? null
                    : "the workbook was changed after it was signed");
        } catch (InvalidFormatException | RuntimeException e) {
            return new Verification(false, false, List.of(), "not a readable workbook: " + e.getMessage());
        } catch (IOException e) {
            if (e instanceof java.util.zip.ZipException) {
                return new Verification(false, false, List.of(), "the file is damaged: " + e.getMessage());
            }
            throw new ReportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

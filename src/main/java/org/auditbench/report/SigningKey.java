package org.auditbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A private key and its certificate chain for signing a report, read from a PKCS#12 file. */
public record SigningKey(PrivateKey key, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * Reads the key of {@code alias}, or the only private key when {@code alias} is null. The password is
     * used for the store and the key and is never kept.
     */
    public static SigningKey fromPkcs12(Path file, char[] password, String alias) throws ReportException {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new ReportException("keystore " + file + " does not exist", e);
        } catch (IOException e) {
            String why = e.getCause() instanceof java.security.UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password")
                    ? "wrong password or damaged file" : e.getMessage();
            throw new ReportException("cannot open keystore " + file + ": " + why, e);
        } catch (GeneralSecurityException e) {
            throw new ReportException("cannot open keystore " + file + ": " + e.getMessage(), e);
        }
        try {
            String chosen = alias != null ? alias : onlyKeyAlias(store, file);
            if (!store.isKeyEntry(chosen)) {
                throw new ReportException("keystore " + file + " has no private key named '" + chosen + "'");
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            Certificate[] certificates = store.getCertificateChain(chosen);
            if (certificates == null || certificates.length == 0) {
                throw new ReportException("the key '" + chosen + "' in " + file + " has no certificate");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certificates) {
                chain.add((X509Certificate) c);
            }
            return new SigningKey(key, chain);
        } catch (GeneralSecurityException e) {
            throw new ReportException("cannot read the key in " + file + ": " + e.getMessage(), e);
        }
    }

    private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException, ReportException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw new ReportException("keystore " + file + " holds " + keys.size() + " private keys"
                    + (keys.isEmpty() ? "" : " (" + String.join(", ", keys) + "); name one with --key-alias"));
        }
        return keys.get(0);
    }
}

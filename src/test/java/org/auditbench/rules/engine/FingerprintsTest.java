package org.auditbench.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fingerprints stay what every workspace already stores: triage decisions are keyed by them. */
class FingerprintsTest {

    @Test
    void theIncidentRowKeepsTheFingerprintItHasAlwaysHad() {
        // the first 32 hex digits of what sha256sum prints for the parts, each followed by a zero byte
        assertThat(Fingerprints.of("autodiscover-2026Q4.csv", "reserved-to-external", "fixed", "imap",
                "email@example.com", "imapgms.jnet.sei.co.jp")).isEqualTo("34528287dd71f8dece67540799c4c8c9");
        // a missing part counts as empty
        assertThat(Fingerprints.of("s", "missing-owner", null, null, "fabrikam.com", null))
                .isEqualTo(Fingerprints.of("s", "missing-owner", "", "", "fabrikam.com", ""));
    }
}

package org.auditbench.gui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.auditbench.gui.support.DemoFixture;
import org.auditbench.gui.support.DirectAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogCheckTest {

    @TempDir
    Path dir;

    @Test
    void saysTheLogIsIntactAndNoticesAnEditMadeOutsideAuditbench() throws Exception {
        Path file = DemoFixture.copyInto(dir);
        AuditLogCheck check = new AuditLogCheck(new DirectAccess(file));
        check.state().set(DemoFixture.state(file));
        assertThat(check.report().get().intact()).isTrue();
        assertThat(check.summary().get()).matches("Audit log intact \\(\\d+ rows\\)");
        assertThat(check.checking().get()).isFalse();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1");
        }
        check.verify();
        assertThat(check.report().get().intact()).isFalse();
        assertThat(check.summary().get()).startsWith("Audit log: ").contains("problem").contains("first at row 1");
    }
}

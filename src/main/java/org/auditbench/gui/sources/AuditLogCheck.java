package org.auditbench.gui.sources;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.gui.session.WorkspaceState;
import org.auditbench.triage.AuditVerifier;
import org.auditbench.triage.VerifyReport;

/**
 * Whether the open workspace's audit trail is intact: {@link AuditVerifier} walks the hash chain and checks
 * the records against it each time the workspace is (re-)read, off the FX thread. The status bar and the
 * Sources view show the answer.
 */
public final class AuditLogCheck {

    private final WorkspaceAccess access;
    private final ObjectProperty<WorkspaceState> state = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<VerifyReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public AuditLogCheck(WorkspaceAccess access) {
        this.access = access;
        state.addListener((o, a, b) -> verify());
    }

    /** Verifies the audit log of the workspace in view again. */
    public void verify() {
        if (state.get() == null) {
            report.set(null);
            summary.set("");
            return;
        }
        checking.set(true);
        summary.set("Checking the audit log…");
        access.read("audit-verify", "Verifying the audit log", AuditVerifier::verify, done -> {
            checking.set(false);
            error.set(null);
            report.set(done);
            summary.set(describe(done));
        }, failure -> {
            checking.set(false);
            report.set(null);
            error.set(failure.message());
            summary.set("Audit log not checked: " + failure.message());
        });
    }

    /** One line for the status bar, e.g. "Audit log intact (42 rows)". */
    static String describe(VerifyReport r) {
        if (r.intact()) {
            return String.format("Audit log intact (%,d row%s)", r.rows(), r.rows() == 1 ? "" : "s");
        }
        int n = r.problems().size();
        return "Audit log: " + n + " problem" + (n == 1 ? "" : "s") + r.firstBrokenRow()
                .map(p -> ", first at row " + p.seq()).orElse("");
    }

    public ObjectProperty<WorkspaceState> state() {
        return state;
    }

    /** The last verification, or null before one finished. */
    public ReadOnlyObjectProperty<VerifyReport> report() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checking() {
        return checking.getReadOnlyProperty();
    }

    /** Why the log could not be checked at all, or null. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }
}

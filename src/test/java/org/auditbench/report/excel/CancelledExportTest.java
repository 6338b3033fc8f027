package org.auditbench.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.auditbench.demo.DemoWorkspace;
import org.auditbench.report.ReportRequest;
import org.auditbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench cancels an export by interrupting its thread: nothing is written, nothing is logged. */
class CancelledExportTest {

    @TempDir
    Path dir;

    @Test
    void anInterruptedExportLeavesNoFileAndNoAuditRow() throws Exception {
        Path db = dir.resolve("demo.db");
        DemoWorkspace.build(db);
        Path out = dir.resolve("reports").resolve("2026Q4.xlsx");
        Files.createDirectories(out.getParent());
        try (Workspace ws = Workspace.open(db)) {
            long auditRows = ws.audit().highWater();
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> QuarterlyReport.export(ws, ReportRequest.of("2026Q4", "Dana"), out, null,
                        "dana")).isInstanceOf(CancellationException.class).hasMessageContaining("cancelled");
            } finally {
                Thread.interrupted();
            }
            assertThat(ws.audit().highWater()).isEqualTo(auditRows);
        }
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).as("neither the report nor its unfinished .part file").isEmpty();
        }
    }
}

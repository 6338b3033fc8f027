package org.auditbench.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.ImportListener;
import org.auditbench.importer.ImportOptions;
import org.auditbench.importer.ImportService;
import org.auditbench.rules.engine.PolicyDocument;
import org.auditbench.rules.engine.PolicyException;
import org.auditbench.rules.engine.PolicyLoader;
import org.auditbench.rules.engine.ScanService;
import org.auditbench.workspace.Workspace;
import org.auditbench.workspace.WorkspaceException;

/**
 * The built-in demo: Contoso Mail's autodiscover configuration for two quarters (shipped in the jar
 * under {@code /demo/}), imported as one source and scanned with the demo policy.
 */
public final class DemoWorkspace {

    public static final String SOURCE_NAME = "contoso-autodiscover";
    private static final String[][] QUARTERS = {
        {"/demo/autodiscover-2026Q3.csv", "2026Q3"},
        {"/demo/autodiscover-2026Q4.csv", "2026Q4"},
    };

    private DemoWorkspace() {
    }

    /** Where the demo workspace lives unless told otherwise: {@code ~/.auditbench/demo-workspace.db}. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".auditbench", "demo-workspace.db");
    }

    /** Builds the demo workspace at {@code file} unless it is already there; returns {@code file}. */
    public static Path ensure(Path file) throws IOException, ImportException, WorkspaceException, PolicyException {
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path building = file.resolveSibling(file.getFileName() + ".building");
        Files.deleteIfExists(building);
        build(building);
        Files.move(building, file);
        return file;
    }

    /** Imports both quarters and scans them into a new workspace at {@code file}. */
    public static void build(Path file) throws IOException, ImportException, WorkspaceException, PolicyException {
        try (Workspace workspace = Workspace.open(file)) {
            ImportService importer = new ImportService(workspace);
            for (String[] quarter : QUARTERS) {
                importer.run(ImportInput.ofResource(DemoWorkspace.class, quarter[0]),
                        ImportOptions.defaults().withSourceName(SOURCE_NAME).withLabel(quarter[1]), ImportListener.NONE);
            }
            new ScanService(workspace).scan(policy());
        }
        // the WAL is folded back on close; remove leftovers so the file can be moved alone
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
    }

    public static PolicyDocument policy() throws IOException, PolicyException {
        try (InputStream in = DemoWorkspace.class.getResourceAsStream("/demo/policy.yaml")) {
            if (in == null) {
                throw new IOException("the demo policy is missing from the build");
            }
            return new PolicyLoader().parseChecked(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "demo policy (assets/demo/policy.yaml)");
        }
    }
}

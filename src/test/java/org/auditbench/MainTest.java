package org.auditbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point, run as a user runs it: a bad window option is one line on stderr and exit code 2. */
class MainTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run main(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
            throw new AssertionError("auditbench " + String.join(" ", args) + " did not end");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aBadWindowOptionIsOneLineOnStderrAndExitCodeTwo() throws Exception {
        Run view = main("gui", "--view", "charts");
        assertThat(view.code()).isEqualTo(2);
        assertThat(view.out()).isEmpty();
        assertThat(view.err().strip()).isEqualTo("auditbench gui: unknown view 'charts'; views are overview, entries,"
                + " findings, sources");

        Run workspace = main("gui", "--workspace", dir.resolve("missing.db").toString());
        assertThat(workspace.code()).isEqualTo(2);
        assertThat(workspace.err().strip().lines()).singleElement().asString()
                .startsWith("auditbench gui: --workspace ").contains("missing.db does not exist");
        assertThat(workspace.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

package org.auditbench.gui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void readsWorkspaceViewThemeAndScreenshot() {
        LaunchOptions o = LaunchOptions.parse(List.of("--workspace", "w.db", "--view=entries", "--theme", "dark",
                "--screenshot", "x.png"));
        assertThat(o.workspace()).isEqualTo(Path.of("w.db"));
        assertThat(o.view()).isEqualTo(View.ENTRIES);
        assertThat(o.dark()).isTrue();
        assertThat(o.screenshot()).isEqualTo(Path.of("x.png"));
        assertThat(LaunchOptions.parse(List.of())).isEqualTo(new LaunchOptions(null, null, null, null));
    }

    @Test
    void badOptionsSayWhatIsExpected() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--view", "charts"))).hasMessageContaining(
                "views are overview, entries, findings, sources");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--theme", "blue"))).hasMessageContaining("light or dark");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--frobnicate"))).hasMessageContaining("--workspace FILE");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--workspace"))).hasMessageContaining("needs a value");
    }

    @Test
    void theLauncherChecksTheOptionsBeforeTheToolkitStarts(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        assertThat(WorkbenchLauncher.problem()).isNull();
        assertThat(WorkbenchLauncher.problem("--view", "charts")).contains("unknown view 'charts'");
        assertThat(WorkbenchLauncher.problem("--workspace", dir.resolve("none.db").toString()))
                .contains("none.db does not exist");
        Path file = java.nio.file.Files.createFile(dir.resolve("w.db"));
        assertThat(WorkbenchLauncher.problem("--workspace", file.toString(), "--screenshot", "shot.jpg"))
                .contains("must end in .png");
        assertThat(WorkbenchLauncher.problem("--workspace", file.toString(), "--view", "findings", "--screenshot",
                dir.resolve("shot.png").toString())).isNull();
    }
}

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
}

package org.auditbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The table of commands the CLI builds on demand says what each command's own annotation says. */
class CommandTableTest {

    @Test
    void everyCommandIsFiledUnderItsOwnName() {
        for (Map.Entry<String, Supplier<Object>> command : AuditbenchCli.COMMANDS.entrySet()) {
            assertThat(new CommandLine(command.getValue().get()).getCommandName()).isEqualTo(command.getKey());
        }
    }

    @Test
    void aCommandLineNamingOneCommandBuildsOnlyThatOne() {
        assertThat(AuditbenchCli.commandLine("import", "x.csv").getSubcommands()).containsOnlyKeys("import");
        assertThat(AuditbenchCli.commandLine("help", "import").getSubcommands().keySet())
                .containsExactlyElementsOf(AuditbenchCli.COMMANDS.keySet());
        assertThat(AuditbenchCli.commandLine("improt").getSubcommands()).hasSameSizeAs(AuditbenchCli.COMMANDS);
        assertThat(AuditbenchCli.commandLine().getSubcommands()).hasSameSizeAs(AuditbenchCli.COMMANDS);
    }
}

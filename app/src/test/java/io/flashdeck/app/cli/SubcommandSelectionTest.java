package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the command the arguments name is declared to picocli; the usage and its errors still know every command. */
class SubcommandSelectionTest {

    @TempDir
    Path dir;

    @Test
    void theNamedCommandAloneAfterTheRootOptions() {
        assertThat(FlashDeckCommand.subcommandsFor(new String[] {"--pc-names", "cp", "-r", "a", "b"}))
                .containsExactly("cp");
        assertThat(FlashDeckCommand.subcommandsFor(new String[] {"factory-reset", "cam:"}))
                .containsExactly("factory-reset");
    }

    @Test
    void theUsageAndAnUnknownNameGetEveryCommand() {
        int all = FlashDeckCommand.subcommandsFor(new String[0]).size();
        assertThat(all).isEqualTo(18);
        assertThat(FlashDeckCommand.subcommandsFor(new String[] {"--help"})).hasSize(all);
        assertThat(FlashDeckCommand.subcommandsFor(new String[] {"lss"})).hasSize(all);

        CliRun help = CliRun.run(dir, "--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("  ls ", "  emulate ", "  factory-reset ");
        CliRun typo = CliRun.run(dir, "lss", "x.img:/");
        assertThat(typo.code).isEqualTo(2);
        assertThat(typo.err).contains("Unmatched argument").contains("ls");
    }
}

package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void versionNamesTheProjectVersionAndTheRuntime() {
        Cli.Result r = Cli.run(dir, "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("^dftk \\d+\\.\\d+\\.\\d+\\S*\n").contains("Java " + Runtime.version());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpListsCommandsExamplesAndExitCodes() {
        Cli.Result r = Cli.run(dir, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: dftk", "parse", "bench", "Examples:", "dftk parse -f tree Dockerfile",
                "Exit codes:");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void subcommandHelpHasExamples() {
        assertThat(Cli.run(dir, "parse", "--help").out()).contains("Usage: dftk parse", "--format", "Examples:");
        assertThat(Cli.run(dir, "bench", "--help").out()).contains("Usage: dftk bench", "--passes", "--warmup", "parse");
        assertThat(Cli.run(dir, "help", "parse").out()).contains("Usage: dftk parse");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run(dir);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Usage: dftk");
    }

    @Test
    void unknownCommandOrOptionIsAUsageErrorWithoutAStackTrace() {
        Cli.Result command = Cli.run(dir, "pasre", "Dockerfile");
        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.err()).contains("dftk: Unmatched argument", "parse", "Run 'dftk --help' for usage.")
                .doesNotContain("\tat ");

        Cli.Result option = Cli.run(dir, "parse", "--formt", "json", "Dockerfile");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("dftk parse: Unknown option: '--formt'", "--format").doesNotContain("\tat ");
    }
}

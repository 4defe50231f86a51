package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code dftk lint DIR} over many files: workers change nothing in the output. */
class LintCommandTest {

    @Test
    void parallelLintingPrintsWhatSequentialLintingPrints() {
        Path area = Golden.area("lint"); // every rule's cases: hundreds of Dockerfiles
        for (String format : new String[] {"json", "tty"}) {
            Cli.Result sequential = Cli.run(area, "lint", "-f", format, "--jobs", "1", ".");
            Cli.Result parallel = Cli.run(area, "lint", "-f", format, "--jobs", "8", ".");
            assertThat(parallel.out()).as(format).isEqualTo(sequential.out());
            assertThat(parallel.err()).as(format).isEqualTo(sequential.err());
            assertThat(parallel.exit()).as(format).isEqualTo(sequential.exit());
        }
        String json = Cli.run(area, "lint", "-f", "json", ".").out();
        Matcher files = Pattern.compile("\"file\":\"([^\"]*)\"").matcher(json);
        Stream.Builder<String> names = Stream.builder();
        while (files.find()) {
            names.add(files.group(1));
        }
        assertThat(names.build().distinct().count()).as("files with findings").isGreaterThan(200);
    }
}

package io.github.dftk.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/shell/<case>/script.sh} parses to the tree, problems and commands in
 * {@code expected.txt} (see {@link ShellOutline}). Rewrite the goldens with
 * {@code -Ddftk.updateGolden=true} and review the diff.
 */
class ShellParserCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        Path dir = Path.of(root, "shell");
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        try (Stream<Path> cases = Files.list(dir)) {
            return cases.filter(Files::isDirectory).sorted().toList().stream().map(c -> DynamicTest.dynamicTest(
                    c.getFileName().toString(), () -> {
                        String script = Files.readString(c.resolve("script.sh"), StandardCharsets.UTF_8);
                        String actual = ShellOutline.of(ShellParser.parse(script));
                        Path expected = c.resolve("expected.txt");
                        if (update) {
                            Files.writeString(expected, actual, StandardCharsets.UTF_8);
                        }
                        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                    }));
        }
    }
}

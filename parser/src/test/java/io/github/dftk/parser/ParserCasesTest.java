package io.github.dftk.parser;

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
 * dftk's own parser cases: {@code testdata/parser/<case>/Dockerfile} parses to the typed
 * instructions, heredocs, comments and diagnostics in {@code expected.txt}. Rewrite the
 * goldens with {@code -Ddftk.updateGolden=true} and review the diff.
 */
class ParserCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        Path dir = Path.of(root, "parser");
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        try (Stream<Path> cases = Files.list(dir)) {
            return cases.filter(Files::isDirectory).sorted().toList().stream().map(c -> DynamicTest.dynamicTest(
                    c.getFileName().toString(), () -> {
                        Path input = c.resolve("Dockerfile");
                        ParseResult result = DockerfileParser.parse(Files.readAllBytes(input),
                                ParseOptions.defaults().withSourceName("Dockerfile"));
                        String actual = TypedOutline.of(result);
                        Path expected = c.resolve("expected.txt");
                        if (update) {
                            Files.writeString(expected, actual, StandardCharsets.UTF_8);
                        }
                        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                    }));
        }
    }
}

package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/parse/<case>/Dockerfile}: {@code dftk parse --format F} prints exactly
 * {@code expected.F} (dump, json, tree) and its diagnostics are exactly {@code expected.stderr},
 * whatever the format. Commands run with {@code testdata/} as working directory, so the file
 * is named {@code parse/<case>/Dockerfile} in the output.
 */
class ParseCasesTest {

    private static final List<String> FORMATS = List.of("dump", "json", "tree");

    @TestFactory
    Stream<DynamicContainer> cases() throws IOException {
        Path testdata = Golden.area("parse").getParent();
        return Golden.cases(testdata.resolve("parse")).stream().map(dir -> {
            String file = "parse/" + dir.getFileName() + "/Dockerfile";
            return DynamicContainer.dynamicContainer(dir.getFileName().toString(), FORMATS.stream().map(format ->
                    DynamicTest.dynamicTest(format, () -> {
                        Cli.Result r = Cli.run(testdata, "parse", "--format", format, file);
                        boolean hasErrors = r.err().lines().anyMatch(line -> !line.contains(": warning: "));
                        assertThat(r.exit()).as("exit code").isEqualTo(hasErrors ? 1 : 0);
                        if (format.equals("json")) {
                            assertThat(JsonParser.parseString(r.out()).isJsonObject()).as("valid JSON").isTrue();
                        }
                        Golden.check(dir.resolve("expected." + format.toLowerCase(Locale.ROOT)), r.out());
                        Golden.check(dir.resolve("expected.stderr"), r.err());
                    })));
        });
    }
}

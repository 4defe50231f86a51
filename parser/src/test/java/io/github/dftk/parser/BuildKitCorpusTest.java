package io.github.dftk.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BuildKit's reading of every file of {@code corpus-dev}: the same dump where BuildKit
 * succeeds, a syntax error where it fails; and every file's tokens print it back exactly.
 */
class BuildKitCorpusTest {

    @Test
    void everyFileParsesAsBuildKitReadsIt() throws IOException {
        Path expectations = SharedData.dir("conformance/buildkit-corpus/corpus-dev.jsonl");
        Path corpus = SharedData.dir("corpus-dev");
        List<String> lines = Files.readAllLines(expectations);
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (String line : lines) {
            JsonObject expected = JsonParser.parseString(line).getAsJsonObject();
            String file = expected.get("file").getAsString();
            ParseResult result = BuildKitParserCasesTest.parse(corpus.resolve(file));
            boolean ok;
            if (expected.get("ok").getAsBoolean()) {
                ok = result.syntaxErrors().isEmpty()
                        && BuildKitDump.of(result.dockerfile()).equals(expected.get("dump").getAsString());
                if (!ok && failures.size() < 20) {
                    failures.add(file + ": " + (result.syntaxErrors().isEmpty() ? "dump differs"
                            : result.syntaxErrors().get(0).text()));
                }
            } else {
                ok = !result.syntaxErrors().isEmpty();
                if (!ok && failures.size() < 20) {
                    failures.add(file + ": BuildKit fails with '" + expected.get("error").getAsString() + "'");
                }
            }
            if (ok) {
                passed++;
            }
        }
        System.out.printf("buildkit-corpus: %d/%d passed%n", passed, lines.size());
        assertThat(failures).as("first failures").isEmpty();
        assertThat(passed).isEqualTo(lines.size());
    }

    @Test
    void tokensPrintEveryFileBackByteForByte() throws IOException {
        Path corpus = SharedData.dir("corpus-dev");
        List<String> failures = new ArrayList<>();
        int files = 0;
        try (var paths = Files.list(corpus)) {
            for (Path file : paths.filter(CorpusFiles::isDockerfile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                ParseResult result = DockerfileParser.parse(bytes, ParseOptions.defaults());
                StringBuilder printed = new StringBuilder(bytes.length);
                result.tokens().forEach(t -> printed.append(t.text()));
                if (!java.util.Arrays.equals(DockerfileParser.encode(printed.toString()), bytes)) {
                    failures.add(file.getFileName().toString());
                }
                files++;
            }
        }
        System.out.printf("corpus round trip: %d/%d files byte-identical%n", files - failures.size(), files);
        assertThat(failures).isEmpty();
    }
}

package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.dftk.bench.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Over every file of the shared corpus ({@code -Ddftk.shared}): the JSON format is valid JSON,
 * and every object with a {@code "type"} has a well-formed {@code "range"}. The goldens pin the
 * exact output of a few files; this catches what they cannot foresee.
 */
class CorpusJsonTest {

    @Test
    void everyCorpusFileGivesValidJsonWithARangeOnEveryNode() throws IOException {
        String shared = System.getProperty("dftk.shared");
        Assumptions.assumeTrue(shared != null && !shared.isBlank(), "dftk.shared is not set: corpus JSON check not run");
        Path corpusDir = Path.of(shared, "corpus-dev");
        Assumptions.assumeTrue(Files.isDirectory(corpusDir), "no corpus at " + corpusDir + ": corpus JSON check not run");

        Corpus corpus = Corpus.load(corpusDir);
        List<String> problems = new ArrayList<>();
        for (Corpus.Entry file : corpus.files()) {
            Cli.Result r = Cli.run(corpusDir, "parse", "--format", "json", file.name());
            try {
                JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
                checkNodes(doc, file.name(), problems);
            } catch (RuntimeException e) {
                problems.add(file.name() + ": " + e.getMessage());
            }
        }
        System.out.printf("corpus JSON: %d files, %d problems%n", corpus.files().size(), problems.size());
        assertThat(problems).isEmpty();
        assertThat(corpus.files()).hasSizeGreaterThan(100);
    }

    private static void checkNodes(JsonElement element, String file, List<String> problems) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> checkNodes(e, file, problems));
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (object.has("type") && object.get("type").isJsonPrimitive()) {
                JsonElement range = object.get("range");
                if (range == null || !range.isJsonObject()
                        || range.getAsJsonObject().getAsJsonObject("start").get("offset").getAsInt()
                                > range.getAsJsonObject().getAsJsonObject("end").get("offset").getAsInt()) {
                    problems.add(file + ": node without a valid range: " + object.get("type"));
                }
            }
            for (Map.Entry<String, JsonElement> member : object.entrySet()) {
                checkNodes(member.getValue(), file, problems);
            }
        }
    }
}

package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in {@code docs/ast-json.md} is the real output for the Dockerfile shown next to it. */
class AstJsonDocTest {

    @TempDir
    Path dir;

    @Test
    void documentedExampleIsTheRealOutput() throws IOException {
        Path doc = Golden.area("parse").getParent().resolveSibling("docs").resolve("ast-json.md");
        String text = Files.readString(doc);
        String dockerfile = block(text, "<!-- example:dockerfile -->", "```dockerfile\n");
        String json = block(text, "<!-- example:json -->", "```json\n");
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);

        Cli.Result r = Cli.run(dir, "parse", "--format", "json", "Dockerfile");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).as("docs/ast-json.md example: update it from the real output").isEqualTo(json);
    }

    /** The fenced block right after {@code marker}. */
    private static String block(String text, String marker, String fence) {
        int at = text.indexOf(marker);
        assertThat(at).as("marker %s in docs/ast-json.md", marker).isNotNegative();
        int start = text.indexOf(fence, at) + fence.length();
        int end = text.indexOf("```\n", start);
        return text.substring(start, end);
    }
}

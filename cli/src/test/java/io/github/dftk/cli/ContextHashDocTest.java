package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/context-hash.md: its example context gives exactly the documented text and JSON output. */
class ContextHashDocTest {

    @TempDir
    Path dir;

    @Test
    void documentedExamplesAreTheRealOutput() throws IOException {
        Path doc = Golden.area("parse").getParent().resolveSibling("docs").resolve("context-hash.md");
        String text = Files.readString(doc);
        Path context = dir.resolve("example");
        for (String line : block(text, "<!-- example:files -->", "```text\n").split("\n")) {
            String[] parts = line.split("\\s+", 2);
            Path file = context.resolve(parts[0]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, parts[1].replace("\\n", "\n"));
        }
        try (Stream<Path> paths = Files.walk(context)) {
            for (Path p : paths.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }

        Cli.Result plain = Cli.run(dir, "context-hash", "example");
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).as("docs/context-hash.md text example: update it from the real output")
                .isEqualTo(block(text, "<!-- example:text -->", "```text\n"));

        Cli.Result json = Cli.run(dir, "context-hash", "--format", "json", "example");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).as("docs/context-hash.md JSON example: update it from the real output")
                .isEqualTo(block(text, "<!-- example:json -->", "```json\n"));
    }

    /** The fenced block right after {@code marker}. */
    private static String block(String text, String marker, String fence) {
        int at = text.indexOf(marker);
        assertThat(at).as("marker %s in docs/context-hash.md", marker).isNotNegative();
        int start = text.indexOf(fence, at) + fence.length();
        int end = text.indexOf("```\n", start);
        return text.substring(start, end);
    }
}

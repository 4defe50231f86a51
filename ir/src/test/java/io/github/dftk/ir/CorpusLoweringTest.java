package io.github.dftk.ir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every file of the shared corpus lowers to a graph without an exception, and digests are stable. */
class CorpusLoweringTest {

    @Test
    void everyCorpusFileLowers() throws IOException {
        String shared = System.getProperty("dftk.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus-dev")),
                "shared corpus not available (system property dftk.shared): suite not run");
        List<String> failures = new ArrayList<>();
        int files = 0;
        int vertices = 0;
        Map<String, Integer> diagnostics = new TreeMap<>();
        try (Stream<Path> paths = Files.list(Path.of(shared, "corpus-dev"))) {
            for (Path file : paths.filter(p -> p.getFileName().toString().contains("__")).sorted().toList()) {
                files++;
                byte[] bytes = Files.readAllBytes(file);
                try {
                    BuildGraph first = BuildGraphs.lower(DockerfileParser.parse(bytes, ParseOptions.defaults()),
                            BuildOptions.defaults());
                    BuildGraph second = BuildGraphs.lower(DockerfileParser.parse(bytes, ParseOptions.defaults()),
                            BuildOptions.defaults());
                    vertices += first.vertices().size();
                    first.diagnostics().forEach(d -> diagnostics.merge(d.code(), 1, Integer::sum));
                    if (!first.vertices().stream().map(Vertex::digest).toList()
                            .equals(second.vertices().stream().map(Vertex::digest).toList())) {
                        failures.add(file.getFileName() + ": digests differ between two runs");
                    }
                } catch (RuntimeException e) {
                    failures.add(file.getFileName() + ": " + e);
                }
            }
        }
        System.out.printf("corpus lowering: %d/%d files, %d vertices, diagnostics %s%n", files - failures.size(), files,
                vertices, diagnostics);
        assertThat(failures).isEmpty();
    }
}

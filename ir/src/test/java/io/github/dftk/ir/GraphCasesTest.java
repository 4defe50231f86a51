package io.github.dftk.ir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ir.format.GraphJson;
import io.github.dftk.ir.format.GraphText;
import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden build graphs: {@code testdata/graph/<case>/Dockerfile}, optional {@code options}
 * (one {@code --build-arg K=V}, {@code --build-context NAME=VALUE}, {@code --target T},
 * {@code --platform P} or {@code --build-platform P} per line), and {@code expected.txt} (and {@code expected.json}
 * where present). Rewrite with {@code -Ddftk.updateGolden=true} and review the diff.
 */
class GraphCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of(root, "graph"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    BuildGraph graph = lower(dir);
                    check(dir.resolve("expected.txt"), outline(graph), update);
                    Path json = dir.resolve("expected.json");
                    if (Files.exists(json)) {
                        StringBuilder out = new StringBuilder();
                        GraphJson.write(graph, "Dockerfile", JsonWriter.pretty(out));
                        check(json, out.append('\n').toString(), update);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** The text outline, then the lowering's diagnostics. */
    static String outline(BuildGraph graph) {
        StringBuilder out = new StringBuilder(GraphText.render(graph, "Dockerfile"));
        graph.diagnostics().forEach(d -> out.append(d.severity().label()).append(": ").append(d.render("Dockerfile"))
                .append('\n'));
        return out.toString();
    }

    static BuildGraph lower(Path dir) throws IOException {
        ParseResult parsed = DockerfileParser.parse(Files.readAllBytes(dir.resolve("Dockerfile")),
                ParseOptions.defaults().withSourceName("Dockerfile"));
        return BuildGraphs.lower(parsed, options(dir.resolve("options")));
    }

    static BuildOptions options(Path file) throws IOException {
        BuildOptions options = BuildOptions.defaults();
        if (!Files.exists(file)) {
            return options;
        }
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.trim().split(" ", 2);
            switch (parts[0]) {
                case "--build-arg" -> {
                    String[] kv = parts[1].split("=", 2);
                    options = options.withBuildArg(kv[0], kv.length > 1 ? kv[1] : "");
                }
                case "--build-context" -> {
                    String[] kv = parts[1].split("=", 2);
                    options = options.withBuildContext(kv[0], kv[1]);
                }
                case "--target" -> options = options.withTarget(parts[1]);
                case "--platform" -> options = options.withTargetPlatform(Platform.parse(parts[1]).orElseThrow());
                case "--build-platform" -> options = options.withBuildPlatform(Platform.parse(parts[1]).orElseThrow());
                case "" -> { }
                default -> throw new IllegalArgumentException("unknown option line: " + line);
            }
        }
        return options;
    }

    static void check(Path expected, String actual, boolean update) throws IOException {
        if (update) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as(expected.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}

package io.github.dftk.ir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The example Dockerfiles of {@code ../shared/proposals/*.md} (each {@code ```dockerfile}
 * block, named by the {@code ### ID — title} heading above it) lower without an exception, to
 * the reviewed outline in {@code testdata/graph-proposals/<proposal>/<ID>.txt}: the graph, then
 * the parser's and the lowering's diagnostics. Proposal syntax that never shipped (IMPORT,
 * EXPORT, …) shows as the errors a real builder gives. An optional {@code <ID>.options} file
 * holds build options as in {@link GraphCasesTest}.
 */
class ProposalExamplesTest {

    private static final Pattern HEADING = Pattern.compile("^#{2,4} (\\S+)");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```dockerfile\\n(.*?)^```");

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        String shared = System.getProperty("dftk.shared");
        String testdata = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "proposals")) && testdata != null,
                "shared proposals not available (system property dftk.shared): suite not run");
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        Path goldens = Path.of(testdata, "graph-proposals");
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(shared, "proposals"))) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int count = 0;
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
            for (Map.Entry<String, String> example : examples(Files.readString(file, StandardCharsets.UTF_8)).entrySet()) {
                count++;
                Path golden = goldens.resolve(stem).resolve(example.getKey() + ".txt");
                tests.add(DynamicTest.dynamicTest(stem + " " + example.getKey(), () -> {
                    if (update) {
                        Files.createDirectories(golden.getParent());
                    }
                    assertThat(golden).as("no reviewed outline yet: run with -Ddftk.updateGolden=true").satisfies(
                            g -> assertThat(update || Files.exists(g)).isTrue());
                    GraphCasesTest.check(golden, outline(example.getValue(), golden), update);
                }));
            }
        }
        int examples = count;
        tests.add(DynamicTest.dynamicTest("every outline belongs to an example", () -> {
            try (Stream<Path> outlines = Files.walk(goldens)) {
                assertThat(outlines.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(examples);
            }
        }));
        return tests.stream();
    }

    /** The dockerfile blocks by heading id; a second block under one heading gets "-2", and so on. */
    static Map<String, String> examples(String markdown) {
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            String id = "example";
            String before = markdown.substring(0, block.start());
            for (String line : before.split("\n")) {
                Matcher heading = HEADING.matcher(line);
                if (heading.find()) {
                    id = heading.group(1).replaceAll("[^A-Za-z0-9._-]", "");
                }
            }
            String unique = id;
            for (int n = 2; examples.containsKey(unique); n++) {
                unique = id + "-" + n;
            }
            examples.put(unique, block.group(1));
        }
        return examples;
    }

    private static String outline(String dockerfile, Path golden) throws IOException {
        ParseResult parsed = DockerfileParser.parse(dockerfile.getBytes(StandardCharsets.UTF_8),
                ParseOptions.defaults().withSourceName("Dockerfile"));
        Path options = golden.resolveSibling(golden.getFileName().toString().replaceFirst("\\.txt$", ".options"));
        BuildGraph graph = BuildGraphs.lower(parsed, GraphCasesTest.options(options));
        StringBuilder out = new StringBuilder();
        parsed.diagnostics().forEach(d -> out.append("parse ").append(d.severity().label()).append(": ")
                .append(d.render("Dockerfile")).append('\n'));
        return out.append(GraphCasesTest.outline(graph)).toString();
    }
}

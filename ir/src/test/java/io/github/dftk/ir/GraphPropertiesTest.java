package io.github.dftk.ir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What digests promise: layout (comments, blank lines, indentation, the escape character
 * used for continuations) never changes one; changing one RUN changes exactly that step and
 * what depends on it.
 */
class GraphPropertiesTest {

    private static final List<String> SEEDS = loadSeeds();

    @Property(tries = 200)
    void layoutNeverChangesADigest(@ForAll("seeds") String dockerfile, @ForAll @IntRange(min = 0, max = 1000) int seed) {
        String relaidOut = relayOut(dockerfile, seed);
        assertThat(digests(relaidOut)).isEqualTo(digests(dockerfile));
    }

    @Property(tries = 200)
    void theBacktickEscapeGivesTheSameDigests(@ForAll("seeds") String dockerfile) {
        String backtick = toBacktickEscape(dockerfile);
        if (backtick != null) {
            assertThat(digests(backtick)).isEqualTo(digests(dockerfile));
        }
    }

    @Property(tries = 200)
    void changingOneRunChangesItAndWhatDependsOnIt(@ForAll("seeds") String dockerfile,
            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        ParseResult parsed = DockerfileParser.parse(dockerfile);
        List<RunInstruction> runs = new ArrayList<>();
        for (Instruction i : parsed.dockerfile().instructions()) {
            if (i instanceof RunInstruction run && run.syntax().heredocs().isEmpty() && !run.syntax().json()) {
                runs.add(run);
            }
        }
        if (runs.isEmpty()) {
            return;
        }
        RunInstruction run = runs.get(pick % runs.size());
        int end = run.syntax().rest().range().endOffset();
        String changed = dockerfile.substring(0, end) + " && true" + dockerfile.substring(end);
        BuildGraph before = BuildGraphs.lower(parsed, BuildOptions.defaults());
        BuildGraph after = BuildGraphs.lower(DockerfileParser.parse(changed), BuildOptions.defaults());

        Vertex changedStep = after.vertices().stream()
                .filter(v -> v.origin().isPresent() && v.origin().get().startOffset() == run.range().startOffset()
                        && v.op() instanceof Op.Exec)
                .findFirst().orElseThrow();
        Set<Integer> expected = descendants(after, changedStep);
        Set<String> oldDigests = new HashSet<>();
        before.vertices().forEach(v -> oldDigests.add(v.digest()));
        Set<Integer> actual = new HashSet<>();
        after.vertices().stream().filter(v -> !oldDigests.contains(v.digest())).forEach(v -> actual.add(v.id()));
        assertThat(actual).isEqualTo(expected);
    }

    /** The vertex and every vertex that reads it, directly or not. */
    private static Set<Integer> descendants(BuildGraph graph, Vertex root) {
        Set<Integer> out = new HashSet<>();
        out.add(root.id());
        for (Vertex v : graph.vertices()) {
            for (Edge e : v.inputs()) {
                if (out.contains(e.from().id())) {
                    out.add(v.id());
                }
            }
        }
        return out;
    }

    /** Comment lines, blank lines and indentation inserted between and before instructions. */
    private static String relayOut(String dockerfile, int seed) {
        ParseResult parsed = DockerfileParser.parse(dockerfile);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int n = seed;
        for (Instruction i : parsed.dockerfile().instructions()) {
            int start = i.range().startOffset();
            out.append(dockerfile, last, start);
            // directives must stay on top; only add layout after the first instruction
            if (last > 0 || start > 0 && !dockerfile.substring(0, start).contains("#")) {
                switch (n++ % 3) {
                    case 0 -> out.append("# a comment that does not matter\n");
                    case 1 -> out.append("\n\n");
                    default -> out.append("  ");
                }
            }
            last = start;
        }
        return out.append(dockerfile.substring(last)).toString();
    }

    /** The same file written with {@code # escape=`}, when its only escapes are line continuations. */
    private static String toBacktickEscape(String dockerfile) {
        if (dockerfile.contains("`") || dockerfile.startsWith("#")) {
            return null;
        }
        String converted = dockerfile.replace("\\\n", "`\n");
        if (converted.contains("\\")) {
            return null;
        }
        return "# escape=`\n" + converted;
    }

    private static List<String> digests(String dockerfile) {
        return BuildGraphs.lower(DockerfileParser.parse(dockerfile), BuildOptions.defaults()).vertices().stream()
                .map(Vertex::digest).toList();
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(SEEDS);
    }

    private static List<String> loadSeeds() {
        List<String> out = new ArrayList<>();
        String testdata = System.getProperty("dftk.testdata");
        if (testdata != null) {
            try (Stream<Path> files = Files.walk(Path.of(testdata, "graph"))) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals("Dockerfile")).sorted().toList()) {
                    out.add(Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) {
            out.add("FROM alpine\nRUN echo a\nRUN echo b\n");
        }
        return out;
    }
}

package io.github.dftk.ir.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/dockerignore/cases.txt}: pattern sets and paths with what BuildKit decides
 * for each (the file's header documents the format). Includes moby's own matcher tests and
 * BuildKit's .dockerignore integration tests.
 */
class DockerIgnoreCasesTest {

    /** One case: the .dockerignore text and its expectations. */
    record Case(String name, int line, String content, List<String> expectations) {
    }

    @TestFactory
    Stream<DynamicContainer> cases() throws IOException {
        List<Case> cases = read(casesFile());
        assertThat(cases).as("cases in cases.txt").hasSizeGreaterThan(100);
        return cases.stream().map(c -> DynamicContainer.dynamicContainer(c.name() + " (line " + c.line() + ")",
                c.expectations().stream().map(e -> DynamicTest.dynamicTest(e, () -> check(c, e)))));
    }

    static Path casesFile() {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null && !root.isBlank(),
                "system property dftk.testdata is not set (the parent pom sets it): dockerignore cases not run");
        Path file = Path.of(root, "dockerignore", "cases.txt");
        Assumptions.assumeTrue(Files.exists(file), "no cases at " + file + ": dockerignore cases not run");
        return file;
    }

    static List<Case> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("=== ")) {
                i++;
                continue;
            }
            String name = lines.get(i).substring(4);
            int caseLine = i + 1;
            i++;
            List<String> content = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).equals("---")) {
                content.add(lines.get(i));
                i++;
            }
            i++;
            List<String> expectations = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("=== ")) {
                String e = lines.get(i);
                if (!e.isBlank() && !e.startsWith("#")) {
                    expectations.add(e);
                }
                i++;
            }
            String text = content.isEmpty() ? "" : String.join("\n", content) + "\n";
            cases.add(new Case(name, caseLine, text, expectations));
        }
        return cases;
    }

    private static void check(Case c, String expectation) throws ContextException {
        byte[] bytes = c.content().getBytes(StandardCharsets.UTF_8);
        int space = expectation.indexOf(' ');
        String verdict = space < 0 ? expectation : expectation.substring(0, space);
        String path = space < 0 ? "" : expectation.substring(space + 1);
        int at = verdict.indexOf('@');
        int line = at < 0 ? -1 : Integer.parseInt(verdict.substring(at + 1));
        String kind = at < 0 ? verdict : verdict.substring(0, at);
        if (kind.equals("invalid")) {
            ContextException e = catchThrowableOfType(() -> DockerIgnore.parse(bytes, ".dockerignore"),
                    ContextException.class);
            assertThat(e).as("BuildKit rejects this .dockerignore").isNotNull();
            assertThat(e.problem().line()).isEqualTo(line);
            assertThat(e.problem().code()).isEqualTo("dockerignore-invalid");
            return;
        }
        DockerIgnore ignore = DockerIgnore.parse(bytes, ".dockerignore");
        switch (kind) {
            case "excluded":
            case "included": {
                IgnoreDecision decision = ignore.decide(path);
                assertThat(decision.excluded()).as("excluded").isEqualTo(kind.equals("excluded"));
                if (line >= 0) {
                    assertThat(decision.decidedBy()).as("deciding pattern").isPresent();
                    assertThat(decision.decidedBy().get().line()).as("line of the deciding pattern").isEqualTo(line);
                }
                break;
            }
            case "matches":
            case "nomatch":
                assertThat(ignore.match(path, null).excluded()).as("MatchesOrParentMatches")
                        .isEqualTo(kind.equals("matches"));
                break;
            case "error":
                assertThatThrownBy(() -> ignore.decide(path)).isInstanceOf(ContextException.class)
                        .hasMessageContaining("syntax error in pattern");
                break;
            default:
                throw new AssertionError("unknown expectation " + expectation);
        }
    }
}

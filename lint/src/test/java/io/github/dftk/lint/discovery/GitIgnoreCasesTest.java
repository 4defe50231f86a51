package io.github.dftk.lint.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * git's pattern rules, one test per path in {@code testdata/lint/discovery/gitignore-patterns.txt}
 * (its header describes the format).
 */
class GitIgnoreCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        List<String> lines = Files.readAllLines(Path.of(root, "lint", "discovery", "gitignore-patterns.txt"),
                StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        boolean checked = false;
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String word = line.substring(0, space);
            String rest = line.substring(space + 1);
            if (word.equals("pattern")) {
                if (checked) {
                    patterns = new ArrayList<>();
                    checked = false;
                }
                patterns.add(rest);
                continue;
            }
            checked = true;
            GitIgnoreFile file = GitIgnoreFile.parse("", String.join("\n", patterns));
            Optional<Boolean> expected = switch (word) {
                case "ignored" -> Optional.of(true);
                case "included" -> Optional.of(false);
                case "none" -> Optional.empty();
                default -> throw new IllegalArgumentException("unknown decision: " + line);
            };
            String name = String.join(" | ", patterns) + " :: " + rest + " -> " + word;
            tests.add(DynamicTest.dynamicTest(name, () -> assertThat(decide(file, rest)).as(name).isEqualTo(expected)));
        }
        assertThat(tests).as("cases read").hasSizeGreaterThan(50);
        return tests.stream();
    }

    private static Optional<Boolean> decide(GitIgnoreFile file, String path) {
        boolean directory = path.endsWith("/");
        return file.decide(directory ? path.substring(0, path.length() - 1) : path, directory);
    }

    @Test
    void readsLinesAsGitDoes() {
        GitIgnoreFile file = GitIgnoreFile.parse("", "\uFEFFfirst\r\nsecond\r\n\r\n#c\nthird");
        assertThat(file.decide("first", false)).contains(true);
        assertThat(file.decide("second", false)).contains(true);
        assertThat(file.decide("third", false)).contains(true);
        assertThat(file.decide("first\r", false)).isEmpty();
        assertThat(file.patterns()).hasSize(3);
    }

    @Test
    void appliesOnlyBelowItsDirectory() {
        GitIgnoreFile file = GitIgnoreFile.parse("app", "/x\nname");
        assertThat(file.decide("app/x", false)).contains(true);
        assertThat(file.decide("app/sub/name", false)).contains(true);
        assertThat(file.decide("x", false)).isEmpty();
        assertThat(file.decide("name", false)).isEmpty();
        assertThat(file.decide("apple/name", false)).isEmpty();
    }
}

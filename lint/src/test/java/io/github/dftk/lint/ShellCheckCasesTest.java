package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.lint.config.CommandLineSettings;
import io.github.dftk.lint.config.ConfigException;
import io.github.dftk.lint.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * dftk's cases for the ShellCheck rule, run with the real {@code shellcheck}:
 * {@code testdata/lint/shellcheck/<case>/} holds a {@code Dockerfile}, optionally a
 * {@code .hadolint.yaml}, and {@code expected.txt}: every SC finding, one a line,
 * {@code range severity CODE message}, the range in the Dockerfile. When findings carry
 * verified fixes, {@code fixed.Dockerfile} is the file with all of them applied, after which
 * only the findings without a fix are left. Not run without ShellCheck (a failure on CI).
 * Rewrite with {@code -Ddftk.updateGolden=true} and review the diff.
 */
class ShellCheckCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        String testdata = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(testdata != null, "system property dftk.testdata is not set (run through Maven)");
        Assumptions.assumeTrue(ShellCheckAvailability.present(), ShellCheckAvailability.MISSING + ": cases not run");
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of(testdata, "lint", "shellcheck"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir, update)));
            }
        }
        return tests.stream();
    }

    private static void check(Path dir, boolean update) throws IOException, ConfigException {
        LintResult result = lint(dir, Files.readString(dir.resolve("Dockerfile")));
        assertThat(result.notices()).as("notices").isEmpty();
        List<Finding> findings = shellCheckFindings(result);
        StringBuilder expected = new StringBuilder();
        List<TextEdit> edits = new ArrayList<>();
        for (Finding f : findings) {
            expected.append(f.range()).append(' ').append(f.severity().label()).append(' ').append(f.code()).append(' ')
                    .append(f.message()).append('\n');
            f.fix().ifPresent(fix -> edits.addAll(fix.edits()));
        }
        golden(dir.resolve("expected.txt"), expected.toString(), update);
        Path fixed = dir.resolve("fixed.Dockerfile");
        if (!edits.isEmpty() || Files.exists(fixed)) {
            String fixedText = new Fix("all", edits).apply(result.parsed().text());
            golden(fixed, fixedText, update);
            long unfixed = findings.stream().filter(f -> f.fix().isEmpty()).count();
            assertThat(shellCheckFindings(lint(dir, fixedText))).as("findings left after every fix is applied")
                    .hasSize((int) unfixed);
        }
    }

    private static List<Finding> shellCheckFindings(LintResult result) {
        return result.findings().stream().filter(f -> f.rule().family() == RuleFamily.SHELLCHECK).toList();
    }

    private static LintResult lint(Path dir, String text) throws ConfigException {
        // HOME is the case directory, so that no config file of the person running the tests is read
        LintConfig config = ConfigLoader.load(CommandLineSettings.none(), Map.of("HOME", dir.toString()), dir).lint();
        return new Linter(RuleRegistry.standard(), config).lint(LintInput.of("Dockerfile", text));
    }

    private static void golden(Path file, String actual, boolean update) throws IOException {
        if (update) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as(file.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}

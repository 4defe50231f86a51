package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.lint.config.CommandLineSettings;
import io.github.dftk.lint.config.ConfigException;
import io.github.dftk.lint.config.ConfigLoader;
import io.github.dftk.lint.rules.hadolint.HadolintRules;
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
 * dftk's own cases for the hadolint rules: {@code testdata/lint/hadolint/<code>/<case>/} holds a
 * {@code Dockerfile}, optionally a {@code .hadolint.yaml} (read by {@link ConfigLoader} as in
 * {@code dftk lint} run in that directory), and {@code expected.txt}: the findings of rule
 * {@code <code>}, one a line, {@code line:col severity CODE message}. When the findings carry
 * fixes (verified by the engine's fix verifier), {@code fixed.Dockerfile} is the file with all
 * of them applied, after which the rule reports only the findings that had no fix. Every hadolint rule has a directory with at least one case that reports and
 * one that does not. Rewrite with {@code -Ddftk.updateGolden=true} and review the diff.
 */
class HadolintCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        Path root = root();
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path ruleDir : list(root)) {
            String code = ruleDir.getFileName().toString();
            for (Path dir : list(ruleDir)) {
                tests.add(DynamicTest.dynamicTest(code + "/" + dir.getFileName(), () -> {
                    LintResult result = lint(dir, Files.readString(dir.resolve("Dockerfile")));
                    List<Finding> findings = result.findings().stream().filter(f -> f.code().equals(code)).toList();
                    StringBuilder expected = new StringBuilder();
                    List<TextEdit> edits = new ArrayList<>();
                    for (Finding f : findings) {
                        expected.append(f.range().start()).append(' ').append(f.severity().label()).append(' ')
                                .append(f.code()).append(' ').append(f.message()).append('\n');
                        f.fix().ifPresent(fix -> edits.addAll(fix.edits()));
                    }
                    golden(dir.resolve("expected.txt"), expected.toString(), update);
                    Path fixed = dir.resolve("fixed.Dockerfile");
                    if (!edits.isEmpty() || Files.exists(fixed)) {
                        String fixedText = new Fix("all", edits).apply(result.parsed().text());
                        golden(fixed, fixedText, update);
                        long unfixed = findings.stream().filter(f -> f.fix().isEmpty()).count();
                        assertThat(lint(dir, fixedText).findings().stream().filter(f -> f.code().equals(code)))
                                .as("findings left after every fix is applied").hasSize((int) unfixed);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasAReportingAndAQuietCase() throws IOException {
        Path root = root();
        return HadolintRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().code(), () -> {
            Path dir = root.resolve(rule.meta().code());
            assertThat(dir).as("testdata for " + rule.meta().code()).isDirectory();
            List<String> expectations = new ArrayList<>();
            for (Path c : list(dir)) {
                expectations.add(Files.readString(c.resolve("expected.txt")));
            }
            assertThat(expectations).as(dir + ": a case that reports").anyMatch(e -> !e.isEmpty());
            assertThat(expectations).as(dir + ": a case that does not").anyMatch(String::isEmpty);
        }));
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

    private static Path root() {
        String testdata = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(testdata != null, "system property dftk.testdata is not set (run through Maven)");
        return Path.of(testdata, "lint", "hadolint");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }
}

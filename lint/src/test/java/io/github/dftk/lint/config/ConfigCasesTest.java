package io.github.dftk.lint.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.lint.CodeWordRule;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintInput;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Linter;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Config cases: {@code testdata/lint/config/<case>/}, which is the current directory of the
 * run, with an optional {@code .hadolint.yaml} (or any other config file), {@code env} (one
 * {@code NAME=value} per line; {@code ${CASE}} is the case directory), {@code args} (one
 * option per line, as on hadolint's command line, {@code ${CASE}} again) and {@code Dockerfile}. The environment is
 * only {@code env}, with {@code HOME} set to the case's {@code home/} unless {@code env} sets
 * it, so the real home is never read. {@code expected.txt} holds
 * {@link LoadedConfig#describe()} or the error messages, and, when there is a Dockerfile, the
 * findings of {@link CodeWordRule} doubles under that configuration and whether the run fails.
 * The case directory's path is printed as {@code <case>}. Rewrite with
 * {@code -Ddftk.updateGolden=true} and review the diff.
 */
class ConfigCasesTest {

    private static final RuleRegistry RULES = new RuleRegistry(List.of(
            new CodeWordRule("DL1001", RuleFamily.HADOLINT, LintSeverity.IGNORE),
            new CodeWordRule("DL3008", RuleFamily.HADOLINT, LintSeverity.WARNING),
            new CodeWordRule("DL3009", RuleFamily.HADOLINT, LintSeverity.INFO),
            new CodeWordRule("DL3048", RuleFamily.HADOLINT, LintSeverity.STYLE),
            new CodeWordRule("SC2086", RuleFamily.SHELLCHECK, LintSeverity.INFO),
            new CodeWordRule("StageNameCasing", RuleFamily.BUILDKIT, LintSeverity.WARNING)));

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of(root, "lint", "config"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    Path expected = dir.resolve("expected.txt");
                    String actual = run(dir.toAbsolutePath());
                    if (update) {
                        Files.writeString(expected, actual, StandardCharsets.UTF_8);
                    }
                    assertThat(actual).as(expected.toString())
                            .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                }));
            }
        }
        return tests.stream();
    }

    private static String run(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        try {
            LoadedConfig config = ConfigLoader.load(args(dir), env(dir), dir);
            out.append(config.describe());
            Path dockerfile = dir.resolve("Dockerfile");
            if (Files.exists(dockerfile)) {
                lint(config, Files.readString(dockerfile), out);
            }
        } catch (ConfigException e) {
            out.append("error:\n").append(e.getMessage()).append('\n');
        }
        return out.toString().replace(dir.toString(), "<case>");
    }

    private static void lint(LoadedConfig config, String dockerfile, StringBuilder out) {
        LintResult result = new Linter(RULES, config.lint()).lint(LintInput.of("Dockerfile", dockerfile));
        out.append("findings:\n");
        for (Finding finding : result.findings()) {
            out.append("  ").append(finding.range().start()).append(' ').append(finding.code()).append(' ')
                    .append(finding.severity().label()).append('\n');
        }
        boolean fails = !config.lint().noFail() && result.fails(config.lint().failureThreshold());
        out.append("run: ").append(fails ? "fails" : "passes").append('\n');
    }

    private static Map<String, String> env(Path dir) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", dir.resolve("home").toString());
        Path file = dir.resolve("env");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    int eq = line.indexOf('=');
                    env.put(line.substring(0, eq), line.substring(eq + 1).replace("${CASE}", dir.toString()));
                }
            }
        }
        return env;
    }

    /** hadolint's options, one per line: {@code --name value} or a switch {@code --name}. */
    private static CommandLineSettings args(Path dir) throws IOException {
        Path file = dir.resolve("args");
        CommandLineSettings.Builder cli = CommandLineSettings.builder();
        if (!Files.exists(file)) {
            return cli.build();
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int space = line.indexOf(' ');
            String name = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1).replace("${CASE}", dir.toString());
            switch (name) {
                case "-c", "--config" -> cli.config(Path.of(value));
                case "--no-fail" -> cli.noFail();
                case "--no-color" -> cli.noColor();
                case "-V", "--verbose" -> cli.verbose();
                case "-f", "--format" -> cli.format(value);
                case "--file-path-in-report" -> cli.filePathInReport(value);
                case "--error" -> cli.error(value);
                case "--warning" -> cli.warning(value);
                case "--info" -> cli.info(value);
                case "--style" -> cli.style(value);
                case "--ignore" -> cli.ignore(value);
                case "--trusted-registry" -> cli.trustedRegistry(value);
                case "--require-label" -> cli.requireLabel(value);
                case "--strict-labels" -> cli.strictLabels();
                case "--disable-ignore-pragma" -> cli.disableIgnorePragma();
                case "-t", "--failure-threshold" -> cli.failureThreshold(value);
                case "--only" -> cli.only(value);
                case "--shellcheck" -> cli.shellcheck(Path.of(value));
                default -> throw new IllegalArgumentException(file + ": unknown option " + name);
            }
        }
        return cli.build();
    }
}

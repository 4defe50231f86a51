package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.Instruction;
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
 * Pragma cases: {@code testdata/lint/pragmas/<case>/Dockerfile}, an optional {@code options}
 * file ({@code disable-ignore-pragma}), and {@code expected.txt}: the findings kept, those a
 * pragma ignored, and the shell {@link Pragmas#shellAt} gives each instruction that has one.
 * The rules are {@link CodeWordRule} test doubles. Rewrite with
 * {@code -Ddftk.updateGolden=true} and review the diff.
 */
class PragmaCasesTest {

    private static final RuleRegistry RULES = new RuleRegistry(List.of(
            new CodeWordRule("DL3002", RuleFamily.HADOLINT), new CodeWordRule("DL3008", RuleFamily.HADOLINT),
            new CodeWordRule("DL3009", RuleFamily.HADOLINT), new CodeWordRule("SC1035", RuleFamily.SHELLCHECK),
            new CodeWordRule("SC2086", RuleFamily.SHELLCHECK), new CodeWordRule("StageNameCasing", RuleFamily.BUILDKIT),
            new CodeWordRule("JSONArgsRecommended", RuleFamily.BUILDKIT)));

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of(root, "lint", "pragmas"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    Path expected = dir.resolve("expected.txt");
                    String actual = run(dir);
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
        LintConfig config = LintConfig.defaults();
        Path options = dir.resolve("options");
        if (Files.exists(options)) {
            for (String line : Files.readAllLines(options)) {
                switch (line.strip()) {
                    case "disable-ignore-pragma" -> config = disableIgnorePragma(config);
                    case "" -> { }
                    default -> throw new IllegalArgumentException("unknown option line: " + line);
                }
            }
        }
        LintInput input = LintInput.of("Dockerfile", Files.readString(dir.resolve("Dockerfile")));
        LintResult kept = new Linter(RULES, config).lint(input);
        LintResult all = new Linter(RULES, disableIgnorePragma(config)).lint(input);
        StringBuilder out = new StringBuilder();
        for (Finding finding : all.findings()) {
            out.append(kept.findings().contains(finding) ? "kept " : "ignored ").append(finding.range().start())
                    .append(' ').append(finding.code()).append('\n');
        }
        Pragmas pragmas = new LintContext(input, kept.parsed(), config).pragmas();
        for (Instruction instruction : kept.parsed().dockerfile().instructions()) {
            pragmas.shellAt(instruction).ifPresent(shell -> out.append("shell ").append(instruction.range().start())
                    .append(' ').append(instruction.keyword().text()).append(' ').append(shell).append('\n'));
        }
        return out.toString();
    }

    private static LintConfig disableIgnorePragma(LintConfig c) {
        return new LintConfig(c.ignored(), c.severityOverrides(), c.failureThreshold(), c.noFail(), true,
                c.trustedRegistries(), c.labelSchema(), c.strictLabels(), c.families(), c.shellcheck());
    }
}

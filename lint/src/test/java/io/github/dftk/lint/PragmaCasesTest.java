package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.Instruction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pragma cases: {@code testdata/lint/pragmas/<case>/Dockerfile}, an optional {@code options}
 * file ({@code disable-ignore-pragma}), and {@code expected.txt}: the findings kept, those a
 * pragma ignored, and the shell {@link Pragmas#shellAt} gives each instruction that has one.
 * The rules are test doubles: each reports its code wherever an instruction spells it out, so
 * {@code RUN echo DL3008 SC2086} yields one DL3008 and one SC2086 finding. Rewrite with
 * {@code -Ddftk.updateGolden=true} and review the diff.
 */
class PragmaCasesTest {

    private static final RuleRegistry RULES = new RuleRegistry(List.of(
            new CodeWord("DL3002", RuleFamily.HADOLINT), new CodeWord("DL3008", RuleFamily.HADOLINT),
            new CodeWord("DL3009", RuleFamily.HADOLINT), new CodeWord("SC1035", RuleFamily.SHELLCHECK),
            new CodeWord("SC2086", RuleFamily.SHELLCHECK), new CodeWord("StageNameCasing", RuleFamily.BUILDKIT),
            new CodeWord("JSONArgsRecommended", RuleFamily.BUILDKIT)));

    /** Reports its code at each place an instruction's text spells it as a word, not in a list after = or ,. */
    private record CodeWord(String code, RuleFamily family) implements Rule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta(code, family, LintSeverity.WARNING, "test", "names " + code, "https://example.invalid",
                    false, false);
        }

        @Override
        public void check(LintContext context) {
            Pattern word = Pattern.compile("(?<![=,])\\b" + code + "\\b");
            for (Instruction instruction : context.dockerfile().instructions()) {
                Matcher m = word.matcher(context.text()).region(instruction.range().startOffset(),
                        instruction.range().endOffset());
                while (m.find()) {
                    context.report(this, context.parsed().range(m.start(), m.end()), "found " + code);
                }
            }
        }
    }

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

package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinterTest {

    /** Flags an upper-case stage name and offers the lower-case one; a bad fix variant breaks the file. */
    private record LowerStageName(String code, boolean breakTheFile) implements Rule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta(code, RuleFamily.DFTK, LintSeverity.WARNING, "test", "stage names in lower case",
                    "https://example.invalid", true, false);
        }

        @Override
        public void check(LintContext context) {
            for (Instruction instruction : context.dockerfile().instructions()) {
                if (instruction instanceof FromInstruction from && from.stageName().isPresent()) {
                    Word name = from.stageName().get();
                    if (!name.text().equals(name.text().toLowerCase())) {
                        String replacement = breakTheFile ? "a b\nRUN" : name.text().toLowerCase();
                        context.report(this, name.range(), "Stage name '" + name.text() + "' should be lowercase",
                                new Fix("Lower-case the stage name", List.of(new TextEdit(name.range(), replacement))));
                    }
                }
            }
        }
    }

    /** Always throws: a bug in a rule must not lose the other rules' findings. */
    private record Broken() implements Rule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("Broken", RuleFamily.DFTK, LintSeverity.ERROR, "test", "throws",
                    "https://example.invalid", false, false);
        }

        @Override
        public void check(LintContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aFixThatDoesWhatItSaysIsKept() {
        LintResult result = new Linter(new RuleRegistry(List.of(new LowerStageName("T1", false))),
                LintConfig.defaults()).lint(LintInput.of("Dockerfile", "FROM alpine AS Build\nRUN true\n"));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Stage name 'Build' should be lowercase");
            assertThat(f.range().startLine()).isEqualTo(1);
            assertThat(f.range().startColumn()).isEqualTo(16);
            assertThat(f.fix()).isPresent();
            assertThat(f.fix().get().apply(result.parsed().text())).isEqualTo("FROM alpine AS build\nRUN true\n");
        });
    }

    @Test
    void aFixThatChangesOtherInstructionsIsDropped() {
        LintResult result = new Linter(new RuleRegistry(List.of(new LowerStageName("T1", true))),
                LintConfig.defaults()).lint(LintInput.of("Dockerfile", "FROM alpine AS Build\nRUN true\n"));
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
    }

    @Test
    void aThrowingRuleIsReportedAndTheOthersStillRun() {
        LintResult result = new Linter(new RuleRegistry(List.of(new Broken(), new LowerStageName("T1", false))),
                LintConfig.defaults()).lint(LintInput.of("Dockerfile", "FROM alpine AS Build\n"));
        assertThat(result.ruleFailures()).containsExactly("Broken: java.lang.IllegalStateException: boom");
        assertThat(result.findings()).extracting(Finding::code).containsExactly("T1");
    }

    @Test
    void ignoredAndIgnoreSeverityRulesDoNotReport() {
        Linter ignoring = new Linter(new RuleRegistry(List.of(new LowerStageName("T1", false))),
                LintConfig.defaults().withIgnored(Set.of("T1")));
        assertThat(ignoring.lint(LintInput.of("Dockerfile", "FROM a AS B\n")).findings()).isEmpty();
        Linter silenced = new Linter(new RuleRegistry(List.of(new LowerStageName("T1", false))),
                LintConfig.defaults().withSeverityOverrides(java.util.Map.of("T1", LintSeverity.IGNORE)));
        assertThat(silenced.lint(LintInput.of("Dockerfile", "FROM a AS B\n")).findings()).isEmpty();
    }

    @Test
    void parseErrorsAreDl1000AndTheThresholdDecidesFailure() {
        LintResult result = Linter.standard(LintConfig.defaults()).lint(LintInput.of("Dockerfile", "FROM\n"));
        assertThat(result.findings()).extracting(Finding::code).contains("DL1000");
        assertThat(result.fails(Optional.of(LintSeverity.ERROR))).isTrue();
        assertThat(result.fails(Optional.empty())).isFalse();
    }

    @Test
    void aLinterWithoutFixesReportsTheSameFindingsWithNoFix() {
        LintInput input = LintInput.of("Dockerfile", "FROM alpine:3.19 as Build\nMAINTAINER someone@example.com\n");
        Linter linter = Linter.standard(LintConfig.defaults().withFamilies(Set.of(RuleFamily.BUILDKIT)));
        LintResult withFixes = linter.lint(input);
        LintResult withoutFixes = linter.withoutFixes().lint(input);

        assertThat(withFixes.findings()).anyMatch(finding -> finding.fix().isPresent());
        assertThat(withoutFixes.findings()).allMatch(finding -> finding.fix().isEmpty());
        assertThat(withoutFixes.findings()).extracting(Finding::code, Finding::range, Finding::message)
                .containsExactlyElementsOf(withFixes.findings().stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.code(), f.range(), f.message())).toList());
    }
}

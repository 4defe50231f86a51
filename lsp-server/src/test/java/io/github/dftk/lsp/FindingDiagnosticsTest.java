package io.github.dftk.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingDiagnosticsTest {

    private static Finding finding(LintSeverity severity, String docUrl) {
        RuleMeta rule = new RuleMeta("DL9999", RuleFamily.HADOLINT, LintSeverity.WARNING, "test", "a test rule", docUrl,
                false, false);
        // "RUN x" on line 3 (1-based), columns 1 to 6: LSP's 2:0-2:5.
        return new Finding(rule, severity, "message", new SourceRange(20, 25, 3, 1, 3, 6), Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"ERROR, Error", "WARNING, Warning", "INFO, Information", "STYLE, Hint"})
    void mapsHadolintSeveritiesAndZeroBasedRanges(LintSeverity severity, DiagnosticSeverity expected) {
        Diagnostic diagnostic = FindingDiagnostics.of(finding(severity, "https://example.org/DL9999")).orElseThrow();
        assertThat(diagnostic.getSeverity()).isEqualTo(expected);
        assertThat(diagnostic.getRange()).isEqualTo(new Range(new Position(2, 0), new Position(2, 5)));
        assertThat(diagnostic.getCode().getLeft()).isEqualTo("DL9999");
        assertThat(diagnostic.getSource()).isEqualTo("dftk");
        assertThat(diagnostic.getMessage()).isEqualTo("message");
        assertThat(diagnostic.getCodeDescription().getHref()).isEqualTo("https://example.org/DL9999");
    }

    @Test
    void anIgnoredFindingIsNoDiagnostic() {
        assertThat(FindingDiagnostics.of(finding(LintSeverity.IGNORE, "https://example.org"))).isEmpty();
    }

    @Test
    void aRuleWithoutDocsHasNoCodeDescription() {
        assertThat(FindingDiagnostics.of(finding(LintSeverity.INFO, "")).orElseThrow().getCodeDescription()).isNull();
    }
}

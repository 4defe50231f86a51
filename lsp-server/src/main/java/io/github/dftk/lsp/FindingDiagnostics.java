package io.github.dftk.lsp;

import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintSeverity;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** A lint finding as an LSP diagnostic. */
public final class FindingDiagnostics {

    /** The diagnostics' {@code source}, which editors show beside the message. */
    public static final String SOURCE = "dftk";

    private FindingDiagnostics() {
    }

    /** The diagnostic for {@code finding}; empty for a finding configured to {@code ignore}. */
    public static Optional<Diagnostic> of(Finding finding) {
        Optional<DiagnosticSeverity> severity = severity(finding.severity());
        if (severity.isEmpty()) {
            return Optional.empty();
        }
        Diagnostic diagnostic = new Diagnostic(Ranges.of(finding.range()), finding.message(), severity.get(), SOURCE);
        diagnostic.setCode(Either.forLeft(finding.code()));
        if (!finding.rule().docUrl().isBlank()) { // clients reject an empty href
            diagnostic.setCodeDescription(new DiagnosticCodeDescription(finding.rule().docUrl()));
        }
        return Optional.of(diagnostic);
    }

    /** hadolint's four levels onto LSP's four; style, which editors should not nag about, is a hint. */
    static Optional<DiagnosticSeverity> severity(LintSeverity severity) {
        return switch (severity) {
            case ERROR -> Optional.of(DiagnosticSeverity.Error);
            case WARNING -> Optional.of(DiagnosticSeverity.Warning);
            case INFO -> Optional.of(DiagnosticSeverity.Information);
            case STYLE -> Optional.of(DiagnosticSeverity.Hint);
            case IGNORE -> Optional.empty();
        };
    }
}

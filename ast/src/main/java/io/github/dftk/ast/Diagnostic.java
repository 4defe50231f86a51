package io.github.dftk.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in a Dockerfile, at an exact range. The location stays in fields and is
 * added only when rendering, so the same diagnostic serves the CLI, JSON and the LSP.
 *
 * @param code stable identifier, e.g. {@code unterminated-heredoc}
 * @param severity how serious it is
 * @param message what is wrong
 * @param reason why it is a problem (optional)
 * @param fix how to fix it (optional)
 * @param range where
 */
public record Diagnostic(String code, Severity severity, String message, Optional<String> reason,
        Optional<String> fix, SourceRange range) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(range, "range");
    }

    public static Diagnostic error(String code, String message, SourceRange range) {
        return new Diagnostic(code, Severity.ERROR, message, Optional.empty(), Optional.empty(), range);
    }

    public static Diagnostic warning(String code, String message, SourceRange range) {
        return new Diagnostic(code, Severity.WARNING, message, Optional.empty(), Optional.empty(), range);
    }

    public Diagnostic withReason(String why) {
        return new Diagnostic(code, severity, message, Optional.of(why), fix, range);
    }

    public Diagnostic withFix(String how) {
        return new Diagnostic(code, severity, message, reason, Optional.of(how), range);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code what — why — how to fix}, without the location. */
    public String text() {
        StringBuilder out = new StringBuilder(message);
        reason.ifPresent(r -> out.append(" — ").append(r));
        fix.ifPresent(f -> out.append(" — ").append(f));
        return out.toString();
    }

    /** {@code file:line:col: what — why — how to fix}. */
    public String render(String file) {
        return file + ":" + range.startLine() + ":" + range.startColumn() + ": " + text();
    }
}

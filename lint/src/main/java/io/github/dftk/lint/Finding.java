package io.github.dftk.lint;

import io.github.dftk.ast.SourceRange;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a rule found.
 *
 * @param rule     the rule's metadata (code, family, docs)
 * @param severity after configuration (the rule's default unless overridden)
 * @param message  what is wrong, in the words of the rule's origin (hadolint's or BuildKit's text)
 * @param range    where, exactly
 * @param fix      a verified fix, when the rule offers one
 */
public record Finding(RuleMeta rule, LintSeverity severity, String message, SourceRange range, Optional<Fix> fix) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(fix, "fix");
    }

    public String code() {
        return rule.code();
    }

    public Finding withSeverity(LintSeverity newSeverity) {
        return new Finding(rule, newSeverity, message, range, fix);
    }

    public Finding withFix(Optional<Fix> newFix) {
        return new Finding(rule, severity, message, range, newFix);
    }
}

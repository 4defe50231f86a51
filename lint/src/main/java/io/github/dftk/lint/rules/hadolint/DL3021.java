package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import java.util.List;

/**
 * COPY of several sources to a target without a trailing {@code /}: BuildKit requires the
 * target to be a directory, so the fix (adding the {@code /}) cannot change the meaning.
 */
public final class DL3021 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3021", LintSeverity.ERROR, "correctness",
            "COPY with several sources whose target does not end in `/`", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof CopyInstruction copy && copy.sources().size() > 1
                    && copy.destination().isPresent()) {
                Word target = copy.destination().get();
                if (!Words.unquoted(target.text()).endsWith("/")) {
                    report(context, copy, target);
                }
            }
        }
    }

    private void report(LintContext context, CopyInstruction copy, Word target) {
        String text = target.text();
        boolean verbatim = !copy.syntax().json() && target.range().length() == text.length()
                && context.text().startsWith(text, target.range().startOffset());
        if (!verbatim) {
            context.report(this, target.range(), message());
            return;
        }
        boolean quoted = text.length() >= 2 && (text.endsWith("\"") || text.endsWith("'"))
                && text.charAt(0) == text.charAt(text.length() - 1);
        int at = target.range().endOffset() - (quoted ? 1 : 0);
        int column = target.range().endColumn() - (quoted ? 1 : 0);
        SourceRange insert = new SourceRange(at, at, target.range().endLine(), column, target.range().endLine(), column);
        context.report(this, target.range(), message(), new Fix("End the target with /",
                List.of(new TextEdit(insert, "/"))));
    }

    static String message() {
        return "COPY with more than 2 arguments requires the last argument to end with /";
    }
}

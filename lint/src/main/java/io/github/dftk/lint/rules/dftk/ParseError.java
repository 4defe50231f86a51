package io.github.dftk.lint.rules.dftk;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;

/**
 * A file BuildKit cannot read, or an instruction it rejects, reported under hadolint's code
 * for a parse failure ({@code DL1000}) with the parser's message. Every other rule still runs
 * on what could be read.
 */
public final class ParseError implements Rule {

    /** hadolint's code for a file that does not parse; report formats treat it as hadolint does. */
    public static final String CODE = "DL1000";

    private static final RuleMeta META = new RuleMeta(CODE, RuleFamily.DFTK, LintSeverity.ERROR, "syntax",
            "The Dockerfile does not parse, or BuildKit rejects an instruction",
            "https://docs.docker.com/reference/dockerfile/", false, false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Diagnostic d : context.parsed().diagnostics()) {
            if (d.isError()) {
                context.report(this, d.range(), d.text());
            }
        }
    }
}

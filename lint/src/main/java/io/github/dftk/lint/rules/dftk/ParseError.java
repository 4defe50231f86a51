package io.github.dftk.lint.rules.dftk;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.rules.buildkit.CheckDirective;

/**
 * A file BuildKit cannot read, or an instruction it rejects, reported under hadolint's code
 * for a parse failure ({@code DL1000}) with the parser's message. Every other rule still runs
 * on what could be read. A {@code # check=} directive (or {@code BUILDKIT_DOCKERFILE_CHECK}
 * build arg) that does not parse is one too: BuildKit fails the build before checking anything.
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
        CheckDirective.of(context).problem().ifPresent(problem -> context.report(this, problem.range(),
                problem.message() + " — BuildKit fails the build before it runs any check"
                        + " — write skip=<checks|all>;experimental=<checks|all>;error=<true|false>"));
    }
}

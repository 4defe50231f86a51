package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * {@code cd} inside RUN, where WORKDIR says for every later instruction where they run. Not
 * fixable: a WORKDIR also moves every later RUN, COPY and the image's working directory, which
 * the {@code cd} did not; only the author knows which is wanted. Like hadolint, ONBUILD
 * triggers are not checked.
 */
public final class DL3003 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3003", LintSeverity.WARNING, "best-practice",
            "`cd` inside RUN; use WORKDIR (not fixable: a WORKDIR also moves every later instruction)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "cd")) {
            return;
        }
        RunCommands.reportFirst(this, context, false, command -> command.isNamed("cd"), message());
    }

    static String message() {
        return "Use WORKDIR to switch to a directory.";
    }
}

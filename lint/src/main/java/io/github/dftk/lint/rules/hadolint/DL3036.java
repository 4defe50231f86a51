package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;

/**
 * {@code zypper install} with no {@code zypper clean} after it in the same RUN; a cache mount on
 * {@code /var/cache/zypp} is exempt. Not fixable: where the clean-up goes is for the author.
 */
public final class DL3036 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3036", LintSeverity.WARNING, "best-practice",
            "zypper install not followed by zypper clean (not fixable: where to clean up is yours to choose)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "zypper")) {
            return;
        }
        for (ShellRun run : context.shellRuns()) {
            if (!RunCommands.mountsCache(run.run(), "/var/cache/zypp")) {
                RunCommands.notCleanedAfter(run, c -> RunCommands.has(c, "zypper", "install", "in"),
                        c -> RunCommands.has(c, "zypper", "clean", "cc"))
                        .ifPresent(c -> context.report(this, run.script().range(c), message()));
            }
        }
    }

    static String message() {
        return "`zypper clean` missing after zypper use.";
    }
}

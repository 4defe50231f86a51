package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;

/**
 * {@code yum install} with no {@code yum clean all} (or removal of {@code /var/cache/yum}) after
 * it in the same RUN; a cache mount on {@code /var/cache/yum} is exempt. Not fixable: where the
 * clean-up goes is for the author.
 */
public final class DL3032 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3032", LintSeverity.WARNING, "best-practice",
            "yum install not followed by yum clean all (not fixable: where to clean up is yours to choose)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "yum")) {
            return;
        }
        for (ShellRun run : context.shellRuns()) {
            if (!RunCommands.mountsCache(run.run(), "/var/cache/yum")) {
                RunCommands.notCleanedAfter(run, c -> RunCommands.has(c, "yum", RpmPackages.INSTALLS),
                        c -> RunCommands.has(c, "yum", "clean") && c.hasArgument("all")
                                || RunCommands.removes(c, "/var/cache/yum"))
                        .ifPresent(c -> context.report(this, run.script().range(c), message()));
            }
        }
    }

    static String message() {
        return "`yum clean all` missing after yum command.";
    }
}

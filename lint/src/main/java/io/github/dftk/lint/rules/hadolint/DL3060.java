package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.Optional;

/**
 * {@code yarn install} with no {@code yarn cache clean} in the same RUN and no cache or tmpfs
 * mount on a yarn cache. Only RUNs whose result ships are judged (see {@link RunCommands#ships}).
 */
public final class DL3060 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3060", LintSeverity.INFO, "image-size",
            "yarn install not followed by yarn cache clean (not fixable: where to clean up is yours to choose)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "yarn")) {
            return;
        }
        for (ShellRun run : context.shellRuns()) {
            Optional<SimpleCommand> install = RunCommands.first(run, c -> RunCommands.has(c, "yarn", "install"));
            if (install.isEmpty() || RunCommands.mountsCache(run.run(), target -> target.contains("yarn"))
                    || !RunCommands.ships(context, run)
                    || run.script().commands().stream().anyMatch(c -> c.isNamed("yarn") && c.hasArgument("cache")
                            && c.hasArgument("clean"))) {
                continue;
            }
            context.report(this, run.script().range(install.get()), message());
        }
    }

    static String message() {
        return "`yarn cache clean` missing after `yarn install` was run.";
    }
}

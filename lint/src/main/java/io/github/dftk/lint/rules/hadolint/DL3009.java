package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;

/**
 * {@code apt-get update} (also {@code apt}, {@code aptitude}) whose lists stay in the image: no
 * {@code rm} of {@code /var/lib/apt/lists} in the same RUN and no cache or tmpfs mount on them.
 * Only RUNs whose result ships are judged (see {@link RunCommands#ships}).
 */
public final class DL3009 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3009", LintSeverity.INFO, "image-size",
            "apt lists not removed after apt-get update (not fixable: where to clean up is yours to choose)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "apt-get", "apt", "aptitude")) {
            return;
        }
        for (ShellRun run : context.shellRuns()) {
            Optional<SimpleCommand> update = RunCommands.first(run,
                    c -> RunCommands.has(c, List.of("apt-get", "apt", "aptitude"), "update"));
            if (update.isEmpty()) {
                continue;
            }
            boolean mounted = RunCommands.mountsCache(run.run(), "/var/lib/apt/lists")
                    || RunCommands.mountsCache(run.run(), "/var/lib/apt")
                            && RunCommands.mountsCache(run.run(), "/var/cache/apt");
            if (!mounted && RunCommands.ships(context, run)
                    && run.script().commands().stream().noneMatch(c -> RunCommands.removes(c, "/var/lib/apt/lists"))) {
                context.report(this, run.script().range(update.get()), message());
            }
        }
    }

    static String message() {
        return "Delete the apt-get lists after installing something.";
    }
}

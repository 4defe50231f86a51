package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.List;

/**
 * {@code apk add} that leaves the package index in the image. A cache or tmpfs mount on
 * {@code /var/cache/apk} is exempt. The fix adds {@code --no-cache} after {@code add}.
 */
public final class DL3019 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3019", LintSeverity.INFO, "best-practice",
            "apk add without --no-cache", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (ShellRun run : context.shellRuns()) {
            if (RunCommands.mountsCache(run.run(), "/var/cache/apk")) {
                continue;
            }
            List<SimpleCommand> found = run.script().commands().stream()
                    .filter(c -> RunCommands.has(c, "apk", "add") && !c.hasFlag("no-cache")).toList();
            if (!found.isEmpty()) {
                var insert = RunCommands.insertAfterArgument(context, " --no-cache", "add");
                context.report(this, run.script().range(found.get(0)), message(),
                        new Fix("Add --no-cache", found.stream().map(c -> insert.apply(run, c).orElseThrow()).toList()));
            }
        }
    }

    static String message() {
        return "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages";
    }
}

package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

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
        if (!RunCommands.calls(context, "apk")) {
            return;
        }
        RunCommands.reportWithFix(context, this, message(), run -> RunCommands.mountsCache(run.run(), "/var/cache/apk"),
                c -> RunCommands.has(c, "apk", "add") && !c.hasFlag("no-cache"), "Add --no-cache",
                RunCommands.insertAfterArgument(context, " --no-cache", "add"));
    }

    static String message() {
        return "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` "
                + "when done installing packages";
    }
}

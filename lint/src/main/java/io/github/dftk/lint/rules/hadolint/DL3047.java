package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.shell.SimpleCommand;

/**
 * {@code wget} without any control over its progress output, which floods build logs. Any of
 * {@code --progress}, {@code -q}/{@code --quiet}, {@code -nv}/{@code --no-verbose} or a log file
 * ({@code -o}/{@code --output-file}, {@code -a}/{@code --append-output}) is enough. Not fixable:
 * busybox wget (Alpine) rejects {@code --progress}, and {@code -q} also hides errors, so no one
 * flag is right everywhere.
 */
public final class DL3047 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3047", LintSeverity.INFO, "best-practice",
            "`wget` without progress control (--progress, -q, -nv or a log file; not fixable: busybox wget has no "
                    + "--progress)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "wget")) {
            return;
        }
        RunCommands.reportFirst(this, context, true, DL3047::floodsTheLog, message());
    }

    private static boolean floodsTheLog(SimpleCommand command) {
        return command.isNamed("wget") && !command.hasArgument("-nv") && !command.hasFlag("progress", "q", "quiet",
                "no-verbose", "o", "output-file", "a", "append-output");
    }

    /** hadolint's text, missing space included, so that reports compare equal. */
    static String message() {
        return "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`.Or consider using `-q` "
                + "or `-nv` (shorthands for `--quiet` or `--no-verbose`).";
    }
}

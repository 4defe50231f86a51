package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * {@code apk add} of a package without a version constraint ({@code =}, {@code ~}, {@code <},
 * {@code >}). Local {@code .apk} files are exempt; a version or package list from an ARG counts.
 */
public final class DL3018 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3018", LintSeverity.WARNING, "pinning",
            "apk add of a package without =version (not fixable: the version is yours to choose)", false);

    /** apk's options that take a value as the next word. */
    private static final String[] VALUE_FLAGS = {"t", "virtual", "repository", "X", "p", "root"};

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "apk")) {
            return;
        }
        RunCommands.reportUnpinned(context, this, message(),
                c -> RunCommands.has(c, "apk", "add"),
                c -> RunCommands.packages(c, List.of("add"), VALUE_FLAGS), DL3018::pinned);
    }

    private static boolean pinned(String pkg) {
        return pkg.contains("=") || pkg.contains("~") || pkg.contains("<") || pkg.contains(">") || pkg.endsWith(".apk");
    }

    static String message() {
        return "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`";
    }
}

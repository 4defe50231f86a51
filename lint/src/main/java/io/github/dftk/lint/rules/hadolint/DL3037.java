package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * {@code zypper install} of a package without a version ({@code =}, {@code <}, {@code >}); local
 * {@code .rpm} files are exempt and a version from an ARG counts.
 */
public final class DL3037 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3037", LintSeverity.WARNING, "pinning",
            "zypper install of a package without a version (not fixable: the version is yours to choose)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "zypper")) {
            return;
        }
        RunCommands.reportUnpinned(context, this, message(),
                c -> RunCommands.has(c, "zypper", "install", "in"),
                c -> RunCommands.packages(c, List.of("install", "in")), DL3037::pinned);
    }

    private static boolean pinned(String pkg) {
        return pkg.contains("=") || pkg.contains("<") || pkg.contains(">") || pkg.endsWith(".rpm");
    }

    static String message() {
        return "Specify version with `zypper install -y <package>=<version>`.";
    }
}

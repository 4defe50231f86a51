package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * {@code apt-get install} of a package without {@code =version}: the image changes whenever the
 * archive does. Local {@code .deb} files and paths are exempt; a version from an ARG counts.
 */
public final class DL3008 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3008", LintSeverity.WARNING, "pinning",
            "apt-get install of a package without =version (not fixable: the version is yours to choose)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "apt-get")) {
            return;
        }
        RunCommands.reportUnpinned(context, this, message(),
                c -> RunCommands.has(c, "apt-get", "install"),
                c -> RunCommands.packages(c, List.of("install"), "t", "target-release", "o", "c"), DL3008::pinned);
    }

    private static boolean pinned(String pkg) {
        return pkg.contains("=") || pkg.contains("/") || pkg.endsWith(".deb");
    }

    static String message() {
        return "Pin versions in apt get install. Instead of `apt-get install <package>` use "
                + "`apt-get install <package>=<version>`";
    }
}

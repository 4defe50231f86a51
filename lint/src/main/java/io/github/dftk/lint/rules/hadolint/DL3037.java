package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
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
        for (ShellRun run : context.shellRuns()) {
            RunVariables variables = RunVariables.of(context, run);
            run.script().commands().stream()
                    .filter(c -> RunCommands.has(c, "zypper", "install", "in"))
                    .filter(c -> !RunCommands.packages(c, List.of("install", "in"))
                            .stream().allMatch(p -> variables.allMatch(p, DL3037::pinned)))
                    .findFirst().ifPresent(c -> context.report(this, run.script().range(c), message()));
        }
    }

    private static boolean pinned(String pkg) {
        return pkg.contains("=") || pkg.contains("<") || pkg.contains(">") || pkg.endsWith(".rpm");
    }

    static String message() {
        return "Specify version with `zypper install -y <package>=<version>`.";
    }
}

package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import java.util.List;

/**
 * {@code npm install} of a package without {@code @version}; git URLs need {@code #commit} or
 * {@code #semver:}, tarballs and local folders are exempt, a version from an ARG counts.
 */
public final class DL3016 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3016", LintSeverity.WARNING, "pinning",
            "npm install of a package without @version (not fixable: the version is yours to choose)", false);

    private static final List<String> GIT = List.of("git://", "git+ssh://", "git+http://", "git+https://");
    private static final List<String> FOLDERS = List.of("/", "./", "../", "~/");
    private static final List<String> TARBALLS = List.of(".tar", ".tar.gz", ".tgz");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (ShellRun run : context.shellRuns()) {
            RunVariables variables = RunVariables.of(context, run);
            run.script().commands().stream()
                    .filter(c -> c.isNamed("npm") && c.subcommand("registry").filter("install"::equals).isPresent())
                    .filter(c -> !RunCommands.packages(c, List.of("install"), "registry")
                            .stream().allMatch(p -> variables.allMatch(p, DL3016::pinned)))
                    .findFirst().ifPresent(c -> context.report(this, run.script().range(c), message()));
        }
    }

    private static boolean pinned(String pkg) {
        if (GIT.stream().anyMatch(pkg::startsWith)) {
            return pkg.contains("#");
        }
        if (TARBALLS.stream().anyMatch(pkg::endsWith) || FOLDERS.stream().anyMatch(pkg::startsWith)) {
            return true;
        }
        String name = pkg.startsWith("@") ? pkg.substring(Math.max(pkg.indexOf('/'), 0)) : pkg;
        return name.contains("@");
    }

    static String message() {
        return "Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`";
    }
}

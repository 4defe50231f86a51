package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
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
        if (!RunCommands.calls(context, "npm")) {
            return;
        }
        RunCommands.reportUnpinned(context, this, message(),
                c -> c.isNamed("npm") && c.subcommand("registry").filter("install"::equals).isPresent(),
                c -> RunCommands.packages(c, List.of("install"), "registry"), DL3016::pinned);
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

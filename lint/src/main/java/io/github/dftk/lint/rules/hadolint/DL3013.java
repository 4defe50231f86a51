package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * {@code pip install} of a package without a version specifier; requirement and constraint
 * files, {@code .}, local archives and paths, and VCS URLs pinned with {@code @ref} are fine. A
 * version from an ARG counts.
 */
public final class DL3013 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3013", LintSeverity.WARNING, "pinning",
            "pip install without version pins (not fixable: the version is yours to choose)", false);

    /** pip's options that take a value as the next word. */
    private static final String[] VALUE_FLAGS = {"abi", "b", "build", "e", "editable", "extra-index-url", "f",
        "find-links", "i", "index-url", "implementation", "no-binary", "only-binary", "platform", "prefix",
        "progress-bar", "proxy", "python-version", "root", "root-user-action", "src", "t", "target", "trusted-host",
        "upgrade-strategy", "c", "constraint", "r", "requirement"};
    private static final List<String> SPECIFIERS = List.of("==", ">=", "<=", ">", "<", "!=", "~=", "===");
    private static final List<String> VCS = List.of("git+", "git", "hg+", "svn", "bzr+");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, PipInstall::mayBe)) {
            return;
        }
        RunCommands.reportUnpinned(context, this, message(),
                c -> PipInstall.is(c) && !c.hasFlag("c", "constraint", "r", "requirement") && !c.hasArgument("."),
                c -> PipInstall.packages(c, VALUE_FLAGS), DL3013::pinned);
    }

    private static boolean pinned(String pkg) {
        boolean vcs = VCS.stream().anyMatch(pkg::startsWith);
        return SPECIFIERS.stream().anyMatch(pkg::contains) || vcs && pkg.contains("@")
                || pkg.endsWith(".whl") || pkg.endsWith(".tar.gz") || !vcs && pkg.contains("/");
    }

    static String message() {
        return "Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` "
                + "or `pip install --requirement <requirements file>`";
    }
}

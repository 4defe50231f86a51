package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * {@code dnf}/{@code microdnf install} of a package without {@code -version} ({@code module
 * install} of a module without {@code :stream}; groups are not judged). A version from an ARG or
 * ENV in scope counts.
 */
public final class DL3041 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3041", LintSeverity.WARNING, "pinning",
            "dnf install of a package without -version (not fixable: the version is yours to choose)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        RpmPackages.checkPins(context, this, message(), RpmPackages.DNF);
    }

    static String message() {
        return "Specify version with `dnf install -y <package>-<version>`.";
    }
}

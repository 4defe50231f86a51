package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * {@code yum install} of a package without {@code -version} ({@code yum module install} of a
 * module without {@code :stream}). A version from an ARG or ENV in scope counts.
 */
public final class DL3033 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3033", LintSeverity.WARNING, "pinning",
            "yum install of a package without -version (not fixable: the version is yours to choose)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        RpmPackages.checkPins(context, this, message(), List.of("yum"));
    }

    static String message() {
        return "Specify version with `yum install -y <package>-<version>`.";
    }
}

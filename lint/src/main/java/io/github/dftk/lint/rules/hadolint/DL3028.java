package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * {@code gem install} of a gem without {@code gem:version}, {@code -v} or {@code --version}. A
 * version from an ARG counts.
 */
public final class DL3028 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3028", LintSeverity.WARNING, "pinning",
            "gem install without a version (not fixable: the version is yours to choose)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "gem")) {
            return;
        }
        RunCommands.reportUnpinned(context, this, message(),
                c -> RunCommands.has(c, "gem", "install", "i") && !c.hasFlag("v", "version"),
                c -> RunCommands.packages(c, List.of("install", "i")), gem -> gem.contains(":"));
    }

    static String message() {
        return "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`";
    }
}

package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import java.util.List;

/**
 * {@code apt}, the interactive front end whose output and behaviour are not stable for scripts.
 * The fix writes {@code apt-get} for the actions apt-get has; {@code apt search}/{@code show}/
 * {@code list} belong to apt-cache and are left to the author.
 */
public final class DL3027 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3027", LintSeverity.WARNING, "best-practice",
            "apt used instead of apt-get or apt-cache", true);

    /** The actions apt and apt-get share, where replacing the name keeps the meaning. */
    private static final List<String> APT_GET_ACTIONS = List.of("update", "upgrade", "install",
            "remove", "purge", "autoremove", "dist-upgrade", "clean", "autoclean", "source",
            "build-dep", "satisfy", "download", "changelog");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "apt")) {
            return;
        }
        RunCommands.reportWithFix(context, this, message(), c -> c.isNamed("apt"), "Use apt-get",
                (run, command) -> command.name().filter(name -> name.text().equals("apt"))
                        .filter(name -> command.subcommand("o", "c", "t").filter(APT_GET_ACTIONS::contains).isPresent())
                        .map(name -> new TextEdit(run.script().range(name), "apt-get")));
    }

    static String message() {
        return "Do not use apt as it is meant to be a end-user tool, use apt-get or apt-cache instead";
    }
}

package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import java.util.List;

/**
 * {@code dnf}/{@code microdnf} that installs or upgrades with no {@code clean all} by the same
 * tool (or removal of its cache directory) after it in the same RUN; a cache mount on the dnf
 * cache is exempt. Not fixable: where the clean-up goes is for the author.
 */
public final class DL3040 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3040", LintSeverity.WARNING, "best-practice",
            "dnf or microdnf use not followed by dnf clean all (not fixable: where to clean up is yours to choose)",
            false);

    /** The actions that fill the package cache. */
    private static final String[] FILLS = {"install", "in", "groupinstall", "localinstall", "reinstall", "upgrade",
        "up", "update", "upgrade-minimal", "up-min", "update-minimal", "distro-sync", "downgrade"};
    private static final List<String> CACHES = List.of("/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, RpmPackages.DNF)) {
            return;
        }
        for (ShellRun run : context.shellRuns()) {
            if (CACHES.stream().anyMatch(dir -> RunCommands.mountsCache(run.run(), dir))) {
                continue;
            }
            for (String tool : RpmPackages.DNF) {
                var unclean = RunCommands.notCleanedAfter(run, c -> RunCommands.has(c, tool, FILLS),
                        c -> RunCommands.has(c, tool, "clean") && c.hasArgument("all")
                                || CACHES.stream().anyMatch(dir -> RunCommands.removes(c, dir)));
                if (unclean.isPresent()) {
                    context.report(this, run.script().range(unclean.get()), message());
                    break;
                }
            }
        }
    }

    static String message() {
        return "`dnf clean all` missing after dnf command.";
    }
}

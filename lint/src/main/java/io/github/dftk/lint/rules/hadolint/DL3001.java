package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * A RUN calls a tool that is interactive or manages a running system, which a build step has
 * none of. Matched by name or path ({@code /usr/bin/top} too); an argument ({@code apt-get
 * install ssh}) is not a call. Not fixable: what the command was for is unknown.
 */
public final class DL3001 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3001", LintSeverity.INFO, "best-practice",
            "RUN calls a command that makes no sense in a build (ssh, vim, nano, shutdown, service, ps, free, top, "
                    + "kill, mount, ifconfig)", false);

    private static final String[] POINTLESS = {"free", "ifconfig", "kill", "mount", "nano", "ps", "service",
        "shutdown", "ssh", "top", "vim"};

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, POINTLESS)) {
            return;
        }
        RunCommands.reportFirst(this, context, true, command -> command.isNamed(POINTLESS), message());
    }

    static String message() {
        return "For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, "
                + "`shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`";
    }
}

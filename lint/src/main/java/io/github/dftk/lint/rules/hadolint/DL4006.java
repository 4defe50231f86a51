package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.CommandList;
import io.github.dftk.parser.shell.ShellParser;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A RUN with a pipe while its shell does not fail on the failure of a command inside the pipe:
 * {@code curl … | tar x} succeeds when the download fails. The shell has {@code pipefail} when
 * the SHELL (or, for a here-document starting with {@code #!}, that line, since BuildKit runs such
 * a script as a file) is bash, zsh or an ash/ksh with {@code -o pipefail}; unlike hadolint, a
 * {@code set -o pipefail} in the script before the first pipe counts too (hadolint issues
 * #806, #1137). Plain {@code sh} is not trusted with {@code -o pipefail} (dash rejects it).
 * Non-POSIX shells are not checked; a stage built FROM an earlier stage keeps its SHELL, as in
 * BuildKit. ONBUILD triggers run under the child image's shell and are not checked. Not
 * fixable: a SHELL with pipefail changes every later RUN, and {@code /bin/sh} may lack it.
 */
public final class DL4006 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL4006", LintSeverity.WARNING, "best-practice",
            "RUN with a pipe while the shell lacks -o pipefail (not fixable: SHELL changes every later RUN)", false);

    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (ShellRun run : RunCommands.runs(context, false)) {
            List<CommandList.Pipeline> pipes = run.script().pipes();
            if (pipes.isEmpty()) {
                continue;
            }
            Optional<String> shell = run.shebang().or(() -> context.pragmas().shellAt(run.instruction()));
            CommandList.Pipeline first = pipes.get(0);
            if (!shell.map(DL4006::hasPipefail).orElse(false) && !setBefore(run, first.start())) {
                context.report(this, run.script().range(first), message());
            }
        }
    }

    /** Whether a shell command line such as {@code /bin/bash -eo pipefail -c} turns pipefail on. */
    private static boolean hasPipefail(String shell) {
        if (!PIPEFAIL_SHELLS.contains(ShellRun.programName(shell))) {
            return false;
        }
        return ShellParser.parse(shell).commands().stream().anyMatch(DL4006::setsPipefail);
    }

    /** A {@code set -o pipefail} (or {@code set -euo pipefail}) in the script before {@code offset}. */
    private static boolean setBefore(ShellRun run, int offset) {
        return run.script().commandsNamed("set").stream().anyMatch(c -> c.end() <= offset && setsPipefail(c));
    }

    private static boolean setsPipefail(SimpleCommand command) {
        return command.hasFlag("o") && command.hasArgument("pipefail");
    }

    static String message() {
        return "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine "
                + "image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to "
                + "/bin/ash, or disable this check";
    }
}

package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CmdInstruction;
import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.EntrypointInstruction;
import io.github.dftk.ast.HealthcheckInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.Optional;

/**
 * CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form: the command runs under {@code /bin/sh -c}
 * and does not receive signals. Not fixable: the JSON form runs without a shell, so a script
 * that uses shell features would change meaning.
 */
public final class DL3025 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3025", LintSeverity.WARNING, "best-practice",
            "CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form instead of JSON (not fixable: the JSON form runs without a shell)",
            false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            Optional<CommandLine> command = Optional.empty();
            if (instruction instanceof CmdInstruction cmd) {
                command = Optional.of(cmd.command());
            } else if (instruction instanceof EntrypointInstruction entrypoint) {
                command = Optional.of(entrypoint.command());
            } else if (instruction instanceof HealthcheckInstruction healthcheck) {
                command = healthcheck.command();
            }
            if (command.isPresent() && command.get() instanceof CommandLine.ShellForm shell) {
                context.report(this, shell.range(), message());
            }
        }
    }

    static String message() {
        return "Use arguments JSON notation for CMD and ENTRYPOINT arguments";
    }
}

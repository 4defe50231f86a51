package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.ShellNode;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What the rules about RUN commands share: which RUNs they read, and hadolint's one finding per RUN. */
final class RunCommands {

    private RunCommands() {
    }

    /** The shell RUNs a rule reads: ONBUILD triggers only for rules hadolint also applies to them. */
    static List<ShellRun> runs(LintContext context, boolean withOnbuild) {
        return context.shellRuns().stream().filter(run -> withOnbuild || !run.onbuild()).toList();
    }

    /** The first command of the RUN that matches. */
    static Optional<SimpleCommand> first(ShellRun run, Predicate<SimpleCommand> matches) {
        return run.script().commands().stream().filter(matches).findFirst();
    }

    /** Reports each RUN with a matching command once, at that command's name. */
    static void reportFirst(Rule rule, LintContext context, boolean withOnbuild, Predicate<SimpleCommand> matches,
            String message) {
        for (ShellRun run : runs(context, withOnbuild)) {
            first(run, matches).ifPresent(command -> context.report(rule, nameRange(run, command), message));
        }
    }

    /** Where the command's name is written (the whole command when it has none). */
    static SourceRange nameRange(ShellRun run, SimpleCommand command) {
        return run.script().range(command.name().<ShellNode>map(n -> n).orElse(command));
    }
}

package io.github.dftk.lint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.parser.ParseResult;
import io.github.dftk.parser.shell.ShellParser;
import io.github.dftk.parser.shell.ShellScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A RUN whose script is POSIX shell, parsed once for all the rules that look at commands
 * ({@link LintContext#shellRuns()}).
 *
 * @param instruction the instruction as written: the RUN, or the ONBUILD holding it
 * @param run         the RUN itself
 * @param stage       the stage it is in; empty before the first FROM (hadolint checks such a RUN too)
 * @param script      its shell script with Dockerfile ranges
 */
public record ShellRun(Instruction instruction, RunInstruction run, Optional<Stage> stage, ShellScript script) {

    /** Shells whose scripts are not POSIX shell, as hadolint names them: their RUNs are not analysed. */
    private static final Set<String> NON_POSIX = Set.of("pwsh", "powershell", "cmd");

    /** Whether the RUN is an ONBUILD trigger (run in images built from this one). */
    public boolean onbuild() {
        return instruction instanceof OnbuildInstruction;
    }

    /**
     * Every shell-form RUN (ONBUILD triggers included) whose shell is POSIX: the default
     * {@code /bin/sh}, or a SHELL instruction or {@code # hadolint shell=} pragma naming a POSIX
     * shell. Exec-form RUNs have no script. RUNs before the first FROM count too: BuildKit
     * rejects them, but hadolint checks them (its rule tests mostly have no FROM).
     */
    static List<ShellRun> of(ParseResult parsed, Pragmas pragmas) {
        List<ShellRun> runs = new ArrayList<>();
        add(runs, parsed, pragmas, parsed.dockerfile().preamble(), Optional.empty());
        for (Stage stage : parsed.dockerfile().stages()) {
            add(runs, parsed, pragmas, stage.instructions(), Optional.of(stage));
        }
        return List.copyOf(runs);
    }

    private static void add(List<ShellRun> runs, ParseResult parsed, Pragmas pragmas, List<Instruction> instructions,
            Optional<Stage> stage) {
        for (Instruction instruction : instructions) {
            Optional<RunInstruction> run = instruction instanceof RunInstruction direct ? Optional.of(direct)
                    : instruction instanceof OnbuildInstruction onbuild
                            ? onbuild.trigger().filter(RunInstruction.class::isInstance).map(RunInstruction.class::cast)
                            : Optional.empty();
            if (run.isEmpty() || !isPosix(pragmas.shellAt(instruction))) {
                continue;
            }
            ShellParser.parse(parsed, run.get())
                    .ifPresent(script -> runs.add(new ShellRun(instruction, run.get(), stage, script)));
        }
    }

    private static boolean isPosix(Optional<String> shell) {
        if (shell.isEmpty()) {
            return true;
        }
        String program = shell.get().strip().split("\\s+", 2)[0];
        String name = program.isEmpty() ? "" : Path.of(program.replace('\\', '/')).getFileName().toString();
        name = name.toLowerCase(Locale.ROOT);
        if (name.endsWith(".exe")) {
            name = name.substring(0, name.length() - 4);
        }
        return !NON_POSIX.contains(name);
    }
}

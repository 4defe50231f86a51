package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.ShellRun;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two RUNs in a row (comments between them do not count) that could be one layer: both run a
 * single command and have the same flags (mounts compared as sets of their options, network,
 * security). A RUN that chains commands is taken as a deliberate split, as in hadolint. Not
 * fixable: where to split layers is a caching decision.
 */
public final class DL3059 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3059", LintSeverity.INFO, "best-practice",
            "Consecutive RUN instructions with the same flags that each run one command (not fixable: layer "
                    + "boundaries are a caching choice)", false);

    /** A RUN's flags, normalised so that option order does not matter. */
    private record RunFlags(Set<Set<String>> mounts, Optional<String> network, Optional<String> security) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        Map<Instruction, ShellRun> runs = new IdentityHashMap<>();
        context.shellRuns().forEach(run -> runs.put(run.instruction(), run));
        RunInstruction previous = null;
        boolean previousChains = false;
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                previous = null;
                continue;
            }
            boolean chains = commandCount(runs.get(instruction)) > 1;
            if (previous != null && !chains && !previousChains && flags(previous).equals(flags(run))) {
                context.report(this, run.keyword().range(), message());
            }
            previous = run;
            previousChains = chains;
        }
    }

    /** Exec form and scripts dftk does not read as shell count as one command. */
    private static int commandCount(ShellRun run) {
        if (run == null) {
            return 1;
        }
        int count = 0;
        for (SimpleCommand command : run.script().commands()) {
            if (command.name().isPresent()) {
                count++;
            }
        }
        return count;
    }

    private static RunFlags flags(RunInstruction run) {
        Set<Set<String>> mounts = run.mounts().stream()
                .map(m -> Set.copyOf(Arrays.asList(m.valueOrEmpty().split(","))))
                .collect(Collectors.toSet());
        return new RunFlags(mounts, run.network().map(Flag::valueOrEmpty), run.security().map(Flag::valueOrEmpty));
    }

    static String message() {
        return "Multiple consecutive `RUN` instructions. Consider consolidation.";
    }
}

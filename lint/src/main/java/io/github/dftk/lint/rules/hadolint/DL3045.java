package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.WorkdirInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * COPY to a relative target while the stage has set no WORKDIR, so the target depends on the
 * base image's working directory. A WORKDIR in an earlier stage counts when this stage is
 * built FROM it.
 */
public final class DL3045 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3045", LintSeverity.WARNING, "correctness",
            "COPY to a relative target while no WORKDIR is set in the stage", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        List<Stage> stages = context.dockerfile().stages();
        check(context, context.dockerfile().preamble(), false);
        boolean[] workdirSet = new boolean[stages.size()];
        for (Stage stage : stages) {
            boolean inherited = StageRefs.parent(stages, stage).map(p -> workdirSet[p.index()]).orElse(false);
            workdirSet[stage.index()] = check(context, stage.instructions(), inherited);
        }
    }

    /** Reports the COPYs of one stage body; returns whether a WORKDIR is set at its end. */
    private boolean check(LintContext context, List<Instruction> body, boolean workdirSet) {
        for (Instruction instruction : body) {
            if (instruction instanceof WorkdirInstruction) {
                workdirSet = true;
            } else if (instruction instanceof CopyInstruction copy && !workdirSet && copy.destination().isPresent()
                    && relative(Words.unquoted(copy.destination().get().text()))) {
                context.report(this, copy.destination().get().range(), message());
            }
        }
        return workdirSet;
    }

    /** Not absolute on Linux ({@code /}) or Windows ({@code c:\}, {@code c:/}), and not a variable. */
    private static boolean relative(String target) {
        boolean windows = target.length() >= 3 && target.charAt(1) == ':'
                && (target.charAt(2) == '\\' || target.charAt(2) == '/');
        return !target.startsWith("/") && !target.startsWith("$") && !windows;
    }

    static String message() {
        return "`COPY` to a relative destination without `WORKDIR` set.";
    }
}

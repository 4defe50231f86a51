package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;

/**
 * {@code COPY --from=} names no earlier stage (by name or index). A value with a tag, digest
 * or path is an image and is judged like a FROM image instead (DL3006, DL3007, DL3026).
 */
public final class DL3022 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3022", LintSeverity.WARNING, "correctness",
            "COPY --from names no previously defined stage", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        List<Stage> stages = context.dockerfile().stages();
        check(context, stages, -1, context.dockerfile().preamble());
        for (Stage stage : stages) {
            check(context, stages, stage.index(), stage.instructions());
        }
    }

    private void check(LintContext context, List<Stage> stages, int stage, List<Instruction> body) {
        for (Instruction instruction : body) {
            if (instruction instanceof CopyInstruction copy && copy.from().isPresent()) {
                Flag from = copy.from().get();
                String value = from.valueOrEmpty();
                if (!Words.hasVariable(value) && !StageRefs.isImage(value)
                        && !StageRefs.isEarlierStage(stages, stage, value)) {
                    context.report(this, from.range(), message());
                }
            }
        }
    }

    static String message() {
        return "COPY --from should reference a previously defined FROM alias";
    }
}

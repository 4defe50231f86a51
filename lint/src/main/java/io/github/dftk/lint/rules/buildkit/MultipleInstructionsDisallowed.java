package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.CmdInstruction;
import io.github.dftk.ast.EntrypointInstruction;
import io.github.dftk.ast.HealthcheckInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.HashMap;
import java.util.Map;

/**
 * A second CMD, ENTRYPOINT or HEALTHCHECK in one stage: only the last counts. Reported on the
 * earlier, overridden instruction, named as the later one writes its keyword.
 */
public final class MultipleInstructionsDisallowed implements Rule {

    private static final RuleMeta META = CheckMetadata.of("MultipleInstructionsDisallowed", "best-practice",
            "Multiple instructions of the same type should not be used in the same stage", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String keyword) {
        return "Multiple " + keyword + " instructions should not be used in the same stage because only the last one"
                + " will be used";
    }

    @Override
    public void check(LintContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            Map<Class<?>, Instruction> last = new HashMap<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof CmdInstruction || instruction instanceof EntrypointInstruction
                        || instruction instanceof HealthcheckInstruction) {
                    Instruction earlier = last.put(instruction.getClass(), instruction);
                    if (earlier != null) {
                        context.report(this, earlier.range(), message(instruction.keyword().text()));
                    }
                }
            }
        }
    }
}

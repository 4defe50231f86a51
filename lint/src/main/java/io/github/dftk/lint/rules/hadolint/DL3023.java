package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.Locale;

/** {@code COPY --from=} names the stage it is in (by name, any case, or by index). */
public final class DL3023 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3023", LintSeverity.ERROR, "correctness",
            "COPY --from names the stage it is in", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof CopyInstruction copy && copy.from().isPresent()) {
                    Flag from = copy.from().get();
                    String value = from.valueOrEmpty().toLowerCase(Locale.ROOT);
                    if (stage.name().map(value::equals).orElse(false) || value.equals(Integer.toString(stage.index()))) {
                        context.report(this, from.range(), message());
                    }
                }
            }
        }
    }

    static String message() {
        return "COPY --from should reference a previously defined FROM alias";
    }
}

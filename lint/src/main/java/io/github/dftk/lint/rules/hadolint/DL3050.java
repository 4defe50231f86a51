package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.Map;

/** With {@code strict-labels}, a LABEL sets a label the {@code label-schema} does not list (one finding per LABEL). */
public final class DL3050 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3050", LintSeverity.INFO, "metadata",
            "A label outside the `label-schema` (with `strict-labels`)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!context.config().strictLabels()) {
            return;
        }
        Map<String, String> schema = context.config().labelSchema();
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof LabelInstruction label) {
                for (KeyValue pair : label.pairs()) {
                    if (!schema.containsKey(Words.unquoted(pair.key().text()))) {
                        context.report(this, pair.key().range(), message());
                        break;
                    }
                }
            }
        }
    }

    static String message() {
        return "Superfluous label(s) present.";
    }
}

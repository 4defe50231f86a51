package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A {@code label-schema} label set to an empty value (one finding per LABEL and label). */
public final class DL3051 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3051", LintSeverity.WARNING, "metadata",
            "A `label-schema` label with an empty value", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        Map<String, String> schema = context.config().labelSchema();
        if (schema.isEmpty()) {
            return;
        }
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof LabelInstruction label) {
                Set<String> reported = new HashSet<>();
                for (KeyValue pair : label.pairs()) {
                    String key = Words.unquoted(pair.key().text());
                    if (schema.containsKey(key) && Words.unquoted(pair.value().text()).isEmpty() && reported.add(key)) {
                        context.report(this, pair.range(), message(key));
                    }
                }
            }
        }
    }

    static String message(String label) {
        return "label `" + label + "` is empty.";
    }
}

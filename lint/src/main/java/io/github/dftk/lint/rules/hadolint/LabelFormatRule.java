package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The shape of the {@code label-schema} format rules (DL3052–DL3056, DL3058): a label the
 * schema gives this rule's type has a value that is not in the format. One finding per LABEL
 * and label name, as hadolint counts them.
 */
abstract class LabelFormatRule implements Rule {

    /** The schema type this rule checks ({@code url}, {@code semver}, …). */
    abstract String type();

    /** Whether a value (quotes removed) is in the format. */
    abstract boolean valid(String value);

    abstract String message(String label);

    @Override
    public final void check(LintContext context) {
        Map<String, String> schema = context.config().labelSchema();
        if (!schema.containsValue(type())) {
            return;
        }
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof LabelInstruction label) {
                Set<String> reported = new HashSet<>();
                for (KeyValue pair : label.pairs()) {
                    String key = Words.unquoted(pair.key().text());
                    if (type().equals(schema.get(key)) && !valid(Words.unquoted(pair.value().text()))
                            && reported.add(key)) {
                        context.report(this, pair.value().range(), message(key));
                    }
                }
            }
        }
    }
}

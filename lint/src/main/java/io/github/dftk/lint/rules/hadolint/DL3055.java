package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleMeta;

/** A {@code label-schema} label of type {@code hash} whose value is not a short or long git hash. */
public final class DL3055 extends LabelFormatRule {

    static final RuleMeta META = HadolintMeta.of("DL3055", LintSeverity.WARNING, "metadata",
            "A `hash` label of the `label-schema` whose value is not a short or long git hash", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    String type() {
        return "hash";
    }

    @Override
    boolean valid(String value) {
        return (value.length() == 7 || value.length() == 40)
                && value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    @Override
    String message(String label) {
        return "Label `" + label + "` is not a valid git hash.";
    }
}

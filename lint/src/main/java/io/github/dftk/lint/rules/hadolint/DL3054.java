package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleMeta;

/** A {@code label-schema} label of type {@code spdx} whose value is not an SPDX licence id. */
public final class DL3054 extends LabelFormatRule {

    static final RuleMeta META = HadolintMeta.of("DL3054", LintSeverity.WARNING, "metadata",
            "A `spdx` label of the `label-schema` whose value is not an SPDX licence id", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    String type() {
        return "spdx";
    }

    @Override
    boolean valid(String value) {
        return SpdxLicenses.isLicenseId(value);
    }

    @Override
    String message(String label) {
        return "Label `" + label + "` is not a valid SPDX identifier.";
    }
}

package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleMeta;
import java.util.regex.Pattern;

/** A {@code label-schema} label of type {@code semver} whose value is not a semantic version. */
public final class DL3056 extends LabelFormatRule {

    static final RuleMeta META = HadolintMeta.of("DL3056", LintSeverity.WARNING, "metadata",
            "A `semver` label of the `label-schema` whose value is not a semantic version", false);

    /** Semantic Versioning 2.0.0's own grammar. */
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(-((0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(\\+([0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*))?");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    String type() {
        return "semver";
    }

    @Override
    boolean valid(String value) {
        return SEMVER.matcher(value).matches();
    }

    @Override
    String message(String label) {
        return "Label `" + label + "` does not conform to semantic versioning.";
    }
}

package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleMeta;
import java.util.regex.Pattern;

/** A {@code label-schema} label of type {@code email} whose value is not an RFC 5322 email address. */
public final class DL3058 extends LabelFormatRule {

    static final RuleMeta META = HadolintMeta.of("DL3058", LintSeverity.WARNING, "metadata",
            "A `email` label of the `label-schema` whose value is not an RFC 5322 email address", false);

    /** RFC 5322 addr-spec: a dot-atom or quoted local part, a dot-atom or literal domain. */
    private static final Pattern EMAIL = Pattern.compile(
            "([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*|\"([^\"\\\\]|\\\\.)*\")"
            + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[^\\[\\]\\\\]*\\])");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    String type() {
        return "email";
    }

    @Override
    boolean valid(String value) {
        return EMAIL.matcher(value).matches();
    }

    @Override
    String message(String label) {
        return "Label `" + label + "` is not a valid email format - must conform to RFC5322.";
    }
}

package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleMeta;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A {@code label-schema} label of type {@code rfc3339} whose value is not an RFC 3339 timestamp. */
public final class DL3053 extends LabelFormatRule {

    static final RuleMeta META = HadolintMeta.of("DL3053", LintSeverity.WARNING, "metadata",
            "A `rfc3339` label of the `label-schema` whose value is not an RFC 3339 timestamp", false);

    /** {@code date T time [.fraction] (Z | ±hh:mm)}; {@code t}, {@code z} and a space for {@code T} are allowed by RFC 3339. */
    private static final Pattern RFC3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    String type() {
        return "rfc3339";
    }

    @Override
    boolean valid(String value) {
        if (!RFC3339.matcher(value).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(value.replace(' ', 'T').replace('t', 'T').replace('z', 'Z'));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    String message(String label) {
        return "Label `" + label + "` is not a valid time format - must be conform to RFC3339.";
    }
}

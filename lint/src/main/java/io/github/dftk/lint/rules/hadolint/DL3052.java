package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleMeta;
import java.net.URI;
import java.net.URISyntaxException;

/** A {@code label-schema} label of type {@code url} whose value is not a valid URL. */
public final class DL3052 extends LabelFormatRule {

    static final RuleMeta META = HadolintMeta.of("DL3052", LintSeverity.WARNING, "metadata",
            "A `url` label of the `label-schema` whose value is not a valid URL", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    String type() {
        return "url";
    }

    @Override
    boolean valid(String value) {
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    String message(String label) {
        return "Label `" + label + "` is not a valid URL.";
    }
}

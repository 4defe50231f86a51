package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * {@code FROM --platform=} with a fixed platform, which breaks builds for other platforms;
 * values derived from {@code BUILDPLATFORM} or {@code TARGETPLATFORM} are what the flag is for.
 */
public final class DL3029 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3029", LintSeverity.WARNING, "portability",
            "FROM --platform with a fixed platform", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            if (stage.from().platform().isPresent()) {
                Flag platform = stage.from().platform().get();
                String value = platform.valueOrEmpty();
                if (!value.isEmpty() && !value.contains("BUILDPLATFORM") && !value.contains("TARGETPLATFORM")) {
                    context.report(this, platform.range(), message());
                }
            }
        }
    }

    static String message() {
        return "Do not use --platform flag with FROM";
    }
}

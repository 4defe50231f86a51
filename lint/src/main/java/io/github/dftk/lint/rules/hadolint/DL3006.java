package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/** An image pulled without a tag or digest ({@code scratch} and earlier stages are not images). */
public final class DL3006 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3006", LintSeverity.WARNING, "reproducibility",
            "FROM (or COPY --from) image without an explicit tag or digest", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (ImageUses use : ImageUses.of(context)) {
            if (!use.parsed().pinned()) {
                context.report(this, use.range(), message());
            }
        }
    }

    static String message() {
        return "Always tag the version of an image explicitly";
    }
}

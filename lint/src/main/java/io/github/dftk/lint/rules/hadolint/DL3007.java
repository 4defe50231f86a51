package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/** An image pulled by its {@code latest} tag, which moves. */
public final class DL3007 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3007", LintSeverity.WARNING, "reproducibility",
            "FROM (or COPY --from) image with the `latest` tag", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (ImageUses use : ImageUses.of(context)) {
            ImageRef ref = use.parsed();
            if (ref.digest().isEmpty() && ref.tag().filter("latest"::equals).isPresent()) {
                context.report(this, use.range(), message());
            }
        }
    }

    static String message() {
        return "Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag";
    }
}

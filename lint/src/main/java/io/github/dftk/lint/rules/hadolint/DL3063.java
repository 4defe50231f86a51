package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.Set;

/** A stage named {@code scratch} or {@code context}, words BuildKit gives another meaning. */
public final class DL3063 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3063", LintSeverity.WARNING, "correctness",
            "Stage name is a reserved word (`scratch`, `context`)", false);

    private static final Set<String> RESERVED = Set.of("scratch", "context");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            if (stage.name().filter(RESERVED::contains).isPresent()) {
                context.report(this, stage.from().stageName().get().range(), message());
            }
        }
    }

    static String message() {
        return "stage name should not be a reserved word";
    }
}

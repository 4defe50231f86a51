package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.HashSet;
import java.util.Set;

/** Two stages with the same name (compared in any case, as BuildKit does). */
public final class DL3024 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3024", LintSeverity.ERROR, "correctness",
            "Two stages share a name", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        Set<String> seen = new HashSet<>();
        for (Stage stage : context.dockerfile().stages()) {
            if (stage.name().isPresent() && !seen.add(stage.name().get())) {
                context.report(this, stage.from().stageName().get().range(), message());
            }
        }
    }

    static String message() {
        return "FROM aliases (stage names) must be unique";
    }
}

package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.HealthcheckInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.List;
import java.util.Optional;

/**
 * A stage without HEALTHCHECK ({@code HEALTHCHECK NONE} counts: it is a decision), reported on
 * its FROM. A stage built FROM a stage that has one inherits it; the stages a stage with a
 * HEALTHCHECK is built on (its FROM chain) are excused, as in hadolint, since only the image at
 * the end needs it. Off unless its level is raised.
 */
public final class DL3057 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3057", LintSeverity.IGNORE, "best-practice",
            "A stage without HEALTHCHECK", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        List<Stage> stages = context.dockerfile().stages();
        boolean[] has = new boolean[stages.size()];
        for (Stage stage : stages) {
            has[stage.index()] = StageRefs.parent(stages, stage).map(p -> has[p.index()]).orElse(false);
            if (stage.instructions().stream().anyMatch(HealthcheckInstruction.class::isInstance)) {
                for (Optional<Stage> s = Optional.of(stage); s.isPresent(); s = StageRefs.parent(stages, s.get())) {
                    has[s.get().index()] = true;
                }
            }
        }
        for (Stage stage : stages) {
            if (!has[stage.index()]) {
                context.report(this, stage.from().keyword().range(), message());
            }
        }
    }

    static String message() {
        return "`HEALTHCHECK` instruction missing.";
    }
}

package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.GoStrings;
import java.util.Set;

/** A stage named {@code scratch} or {@code context}, names BuildKit keeps for itself (in any case). */
public final class ReservedStageName implements Rule {

    private static final RuleMeta META = CheckMetadata.of("ReservedStageName", "correctness",
            "Reserved words should not be used as stage names", false);

    private static final Set<String> RESERVED = Set.of("scratch", "context");

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String name) {
        return "Stage name should not use the same name as reserved stage " + GoStrings.quote(name);
    }

    @Override
    public void check(LintContext context) {
        for (Stage stage : context.dockerfile().stages()) {
            StageName.of(stage).filter(name -> RESERVED.contains(name.lowerCase())).ifPresent(name ->
                    context.report(this, Locations.within(stage.from(), name.word().range()), message(name.lowerCase())));
        }
    }
}

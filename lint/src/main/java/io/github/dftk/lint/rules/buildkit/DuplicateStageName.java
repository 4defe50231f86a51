package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Stage;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.GoStrings;
import java.util.HashSet;
import java.util.Set;

/** A stage named like an earlier one (names compare in lower case); reported on each later FROM. */
public final class DuplicateStageName implements Rule {

    private static final RuleMeta META = CheckMetadata.of("DuplicateStageName", "correctness",
            "Stage names should be unique", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String name) {
        return "Duplicate stage name " + GoStrings.quote(name) + ", stage names should be unique";
    }

    @Override
    public void check(LintContext context) {
        Set<String> seen = new HashSet<>();
        for (Stage stage : context.dockerfile().stages()) {
            StageName.of(stage).ifPresent(name -> {
                if (!seen.add(name.lowerCase())) {
                    context.report(this, Locations.within(stage.from(), name.word().range()),
                            message(name.lowerCase()));
                }
            });
        }
    }
}

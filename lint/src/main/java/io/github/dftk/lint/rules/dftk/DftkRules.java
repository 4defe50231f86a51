package io.github.dftk.lint.rules.dftk;

import io.github.dftk.lint.Rule;
import java.util.List;

/** Rules of dftk's own. */
public final class DftkRules {

    private DftkRules() {
    }

    public static List<Rule> all() {
        return List.of(new ParseError());
    }
}

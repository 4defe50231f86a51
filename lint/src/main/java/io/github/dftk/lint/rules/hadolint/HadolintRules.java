package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.Rule;
import java.util.List;

/** hadolint's {@code DLxxxx} rules, by code. */
public final class HadolintRules {

    private HadolintRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}

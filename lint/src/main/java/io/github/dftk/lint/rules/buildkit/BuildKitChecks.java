package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.lint.Rule;
import java.util.List;

/** BuildKit's build checks ({@code docker build --check}), in BuildKit's rule-table order. */
public final class BuildKitChecks {

    private BuildKitChecks() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}

package io.github.dftk.lint.rules.shellcheck;

import io.github.dftk.lint.Rule;
import java.util.List;

/** The ShellCheck family: one rule that reports every {@code SCnnnn} code. */
public final class ShellCheckRules {

    private ShellCheckRules() {
    }

    public static List<Rule> all(ShellCheck shellCheck) {
        return List.of(new ShellCheckRule(shellCheck));
    }
}

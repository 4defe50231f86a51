package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;

/** The metadata every BuildKit check shares: family, default severity, and a docs URL built from the name. */
final class CheckMetadata {

    private static final String DOCS = "https://docs.docker.com/go/dockerfile/rule/";

    private CheckMetadata() {
    }

    /** A check that is on by default. */
    static RuleMeta of(String name, String category, String description, boolean fixable) {
        return new RuleMeta(name, RuleFamily.BUILDKIT, LintSeverity.WARNING, category, description,
                DOCS + kebab(name) + "/", fixable, false);
    }

    /** A check that runs only when {@code # check=experimental=} enables it. */
    static RuleMeta experimental(String name, String category, String description) {
        return new RuleMeta(name, RuleFamily.BUILDKIT, LintSeverity.WARNING, category, description,
                DOCS + kebab(name) + "/", false, true);
    }

    /** {@code StageNameCasing} → {@code stage-name-casing}; an acronym stays one word ({@code JSONArgs} → {@code json-args}). */
    static String kebab(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = Character.isUpperCase(c);
            if (upper && i > 0) {
                boolean afterLower = Character.isLowerCase(name.charAt(i - 1));
                boolean endsAcronym = Character.isUpperCase(name.charAt(i - 1)) && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || endsAcronym) {
                    out.append('-');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}

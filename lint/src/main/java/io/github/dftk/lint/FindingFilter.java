package io.github.dftk.lint;

import java.util.List;

/**
 * A step after the rules ran that drops findings or changes their severity: BuildKit's
 * {@code # check=} directive, hadolint's ignore pragmas, the configured overrides. The steps
 * and their order are listed in {@link Linter}.
 */
@FunctionalInterface
public interface FindingFilter {

    List<Finding> apply(List<Finding> findings, LintContext context);
}

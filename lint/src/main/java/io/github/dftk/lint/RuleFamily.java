package io.github.dftk.lint;

/** Where a rule comes from, which decides its code style and how it is configured. */
public enum RuleFamily {
    /** hadolint's {@code DLxxxx} rules: {@code # hadolint ignore=}, {@code .hadolint.yaml}. */
    HADOLINT,
    /** ShellCheck's {@code SCxxxx} findings on RUN scripts, reported through hadolint's conventions. */
    SHELLCHECK,
    /** BuildKit's build checks, by name: {@code # check=skip=…}, {@code BUILDKIT_DOCKERFILE_CHECK}. */
    BUILDKIT,
    /** dftk's own rules (parse errors, proposals). */
    DFTK
}

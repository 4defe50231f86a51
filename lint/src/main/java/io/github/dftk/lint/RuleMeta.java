package io.github.dftk.lint;

import java.util.Objects;

/**
 * What a rule is, for configuration, output and the catalogue.
 *
 * @param code            {@code DL3008}, {@code SC2086} or a BuildKit check name such as
 *                        {@code StageNameCasing}
 * @param family          where it comes from
 * @param defaultSeverity its severity unless configured otherwise
 * @param category        a short grouping for docs ({@code best-practice}, {@code style}, …)
 * @param description     one line: what it flags
 * @param docUrl          the page that explains it
 * @param fixable         whether it offers fixes
 * @param experimental    off unless enabled (BuildKit's {@code # check=experimental=})
 */
public record RuleMeta(String code, RuleFamily family, LintSeverity defaultSeverity, String category,
        String description, String docUrl, boolean fixable, boolean experimental) {

    public RuleMeta {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(docUrl, "docUrl");
    }
}

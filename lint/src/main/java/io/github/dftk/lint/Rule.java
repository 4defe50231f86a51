package io.github.dftk.lint;

/**
 * One lint rule: its metadata and a check that reports findings through the context. A rule
 * is stateless; {@link LintContext} gives it the AST, the text, the build graph and the
 * build's inputs. Rules are listed in {@link RuleRegistry}.
 */
public interface Rule {

    RuleMeta meta();

    /** Reports every finding of this rule in the file with {@link LintContext#report}. */
    void check(LintContext context);

    /**
     * Whether this rule's findings may carry {@code code}: its own code, or, for a rule that
     * reports a whole family of codes (ShellCheck's {@code SCnnnn}), any code of it. The
     * registry finds a finding's rule by this, and such a rule reports with
     * {@link LintContext#report(Rule, RuleMeta, io.github.dftk.ast.SourceRange, String, java.util.Optional)}.
     */
    default boolean reports(String code) {
        return meta().code().equalsIgnoreCase(code);
    }
}

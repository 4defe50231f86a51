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
}

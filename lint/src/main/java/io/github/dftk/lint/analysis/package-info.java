/**
 * Facts about a file that rules of both families share, each computed once per file through
 * {@link io.github.dftk.lint.LintContext#analysis}: the global ARGs a FROM sees
 * ({@link io.github.dftk.lint.analysis.GlobalArgs}) and BuildKit's dispatch of the stages
 * ({@link io.github.dftk.lint.analysis.StageDispatch}), recorded once and replayed per check.
 */
package io.github.dftk.lint.analysis;

/**
 * Dockerfile word expansion compatible with BuildKit's shell lexer.
 *
 * <p>{@link io.github.dftk.parser.shell.ShellLexer} expands one word
 * ({@link io.github.dftk.parser.shell.ShellLexer#processWord processWord}) or splits text into
 * words ({@link io.github.dftk.parser.shell.ShellLexer#processWords processWords}) against an
 * {@link io.github.dftk.parser.shell.Env}. Results carry the names found and not found, the span
 * of every variable reference, and an error instead of an exception when the input is malformed.
 *
 * <p>Known, deliberate differences from BuildKit: only Unix (case-sensitive) variable names;
 * substitutions nested deeper than 200 levels are rejected instead of recursing without bound;
 * Unicode letter and digit classes (for variable names) come from the running JDK rather than
 * Go's tables.
 */
package io.github.dftk.parser.shell;

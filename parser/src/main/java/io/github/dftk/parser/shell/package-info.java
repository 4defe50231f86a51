/**
 * Shell analysis for Dockerfiles: BuildKit's word expansion, and a parser for the scripts that
 * RUN, CMD, ENTRYPOINT and HEALTHCHECK hand to the shell.
 *
 * <p>{@link io.github.dftk.parser.shell.ShellParser} reads POSIX sh with the bash extensions
 * common in Dockerfiles into a {@link io.github.dftk.parser.shell.ShellScript}: lists, pipelines,
 * compound commands, words with their quoting and expansions, redirections and here-documents.
 * It never throws; what the shell would reject is a {@link io.github.dftk.parser.shell.ParseProblem}.
 * {@link io.github.dftk.parser.shell.ScriptPositions} maps script offsets back to the
 * Dockerfile (BuildKit removes line continuations and comment lines before the shell sees the
 * script), and {@link io.github.dftk.parser.shell.SimpleCommand} answers the questions lint rules
 * ask: flags, operands, sub-commands, package arguments with versions.
 *
 * <p>Word expansion:
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

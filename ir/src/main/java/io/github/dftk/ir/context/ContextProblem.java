package io.github.dftk.ir.context;

import io.github.dftk.ast.Severity;
import java.util.Objects;

/**
 * A problem found while reading a build context or the sources a Dockerfile takes from it.
 * The position stays in fields and is added only when rendering, so the same problem serves
 * text output, JSON and lint.
 *
 * @param file the file the problem is in (a .dockerignore, the Dockerfile, or a context path)
 * @param line 1-based line, 0 when the problem has no position in a file
 * @param column 1-based column, 0 when the problem has no position in a file
 * @param severity error (a build fails) or warning
 * @param code stable identifier, e.g. {@code source-not-found}
 * @param what what is wrong
 * @param why why it matters
 * @param fix how to fix it
 */
public record ContextProblem(String file, int line, int column, Severity severity, String code, String what,
        String why, String fix) {

    /** A file that cannot be read: the command fails as with an unreadable input (exit 2). */
    public static final String UNREADABLE = "context-unreadable";

    public ContextProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(fix, "fix");
    }

    public static ContextProblem error(String file, int line, int column, String code, String what, String why,
            String fix) {
        return new ContextProblem(file, line, column, Severity.ERROR, code, what, why, fix);
    }

    public static ContextProblem warning(String file, int line, int column, String code, String what, String why,
            String fix) {
        return new ContextProblem(file, line, column, Severity.WARNING, code, what, why, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isUnreadable() {
        return code.equals(UNREADABLE);
    }

    /** {@code what — why — fix}, without the location. */
    public String text() {
        return what + " — " + why + " — " + fix;
    }

    /** {@code file:line:col: what — why — fix}, or {@code file: what — why — fix} without a position. */
    public String render() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        String label = severity == Severity.ERROR ? "" : severity.label() + ": ";
        return where + ": " + label + text();
    }
}

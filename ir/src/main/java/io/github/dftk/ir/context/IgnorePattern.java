package io.github.dftk.ir.context;

import io.github.dftk.ir.context.internal.GoRegexp;
import io.github.dftk.ir.context.internal.IgnoreGlob;
import java.util.Optional;

/**
 * One pattern of a .dockerignore file, as moby's {@code ignorefile.ReadAll} and
 * {@code patternmatcher.New} read it: the line trimmed, {@code !} marking an exception, the
 * path cleaned ({@code a/../b} is {@code b}) and a leading {@code /} removed. Knows where it was
 * written, so a linter can say which line decided a path.
 */
public final class IgnorePattern {

    private final String file;
    private final int index;
    private final int line;
    private final int column;
    private final String text;
    private final String pattern;
    private final boolean exception;
    private final IgnoreGlob glob;

    IgnorePattern(String file, int index, int line, int column, String text, String pattern, boolean exception) {
        this.file = file;
        this.index = index;
        this.line = line;
        this.column = column;
        this.text = text;
        this.pattern = pattern;
        this.exception = exception;
        this.glob = IgnoreGlob.compile(pattern);
    }

    /** The file the pattern comes from (as messages name it). */
    public String file() {
        return file;
    }

    /** 0-based position among the patterns (comments and blank lines do not count). */
    public int index() {
        return index;
    }

    /** 1-based line in the file (0 for patterns that come from elsewhere, e.g. a COPY flag). */
    public int line() {
        return line;
    }

    /** 1-based column of the first character that is not white space. */
    public int column() {
        return column;
    }

    /** The line as written (without its line break). */
    public String text() {
        return text;
    }

    /** The cleaned pattern without its {@code !}: what is matched against paths. */
    public String pattern() {
        return pattern;
    }

    /** Written with {@code !}: a match re-includes the path. */
    public boolean exception() {
        return exception;
    }

    /**
     * Why BuildKit cannot use this pattern, if it cannot: its regular expression does not
     * compile (e.g. {@code [z-a]} or {@code \q}). BuildKit fails only when the pattern is
     * actually tried on a path, so this is a warning for linters and an error while walking.
     */
    public Optional<String> problem() {
        return glob.error().map(GoRegexp.SyntaxException::getMessage);
    }

    /** Whether the pattern matches a slash-separated context path (no parent-directory rules). */
    public boolean matches(String path) throws ContextException {
        try {
            return glob.matches(path);
        } catch (GoRegexp.SyntaxException e) {
            throw new ContextException(invalid(e.getMessage()));
        }
    }

    ContextProblem invalid(String detail) {
        return ContextProblem.error(file, line, column, "dockerignore-invalid",
                "invalid pattern " + quote(text.strip()) + ": syntax error in pattern (" + detail + ")",
                "BuildKit cannot match it, so sending the build context fails",
                "fix the pattern, or write \\[ and \\] for literal brackets");
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public String toString() {
        return (exception ? "!" : "") + pattern;
    }
}

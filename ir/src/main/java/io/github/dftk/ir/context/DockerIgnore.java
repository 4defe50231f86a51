package io.github.dftk.ir.context;

import io.github.dftk.ir.internal.GoPath;
import io.github.dftk.ir.context.internal.PathMatch;
import io.github.dftk.parser.DockerfileParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A .dockerignore file with BuildKit's exact semantics: lines read as moby's
 * {@code ignorefile.ReadAll} reads them, patterns matched as {@code patternmatcher} matches them,
 * and paths decided as the context sender (fsutil) decides them while walking the context.
 *
 * <p>The rules, all of them BuildKit's:
 * <ul>
 * <li>A line starting with {@code #} (in column 1) is a comment; other lines are trimmed of
 *     white space and skipped when empty; a UTF-8 byte order mark before the first line is
 *     dropped; a line of 64 KiB or more makes the file unreadable.
 * <li>{@code !} starts an exception; the path after it is cleaned ({@code a/./b/../c} is
 *     {@code a/c}) and a leading {@code /} removed. A lone {@code !} and a pattern Go's
 *     {@code filepath.Match} calls malformed (an unclosed {@code [}, a trailing {@code \}) make
 *     BuildKit reject the whole file.
 * <li>Patterns are tried in order and the last one that matches decides: an exclusion excludes,
 *     an exception re-includes. A pattern that matches a directory also decides for everything
 *     inside it, unless a later pattern says otherwise.
 * <li>{@code *} and {@code ?} never match {@code /}; {@code **} matches any number of
 *     directories; {@code [...]}, {@code \} and anything else follow the regular expression
 *     moby builds (see {@code IgnoreGlob}).
 * <li>An excluded directory is not entered at all when no exception could re-include anything
 *     below it (no exception has wildcards after a trailing {@code /*} or {@code /**} is removed,
 *     and none starts with the directory's path); otherwise its contents are decided one by
 *     one, and the directory itself is sent only if something inside it is.
 * </ul>
 *
 * <p>The same class matches COPY's {@code --exclude} patterns and BuildKit's used-path
 * filters, which use the same matcher ({@link #of}).
 */
public final class DockerIgnore {

    /** BuildKit's line reader (Go's bufio.Scanner) fails on a line this long or longer. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    private static final DockerIgnore NONE = new DockerIgnore("", List.of());

    private final String file;
    private final List<IgnorePattern> patterns;
    private final boolean exceptions;
    private final boolean onlyPrefixExceptions;
    private final List<String> exceptionPrefixes;
    private final Match top;

    private DockerIgnore(String file, List<IgnorePattern> patterns) {
        this.file = file;
        this.patterns = List.copyOf(patterns);
        boolean anyException = false;
        boolean onlyPrefix = true;
        List<String> prefixes = new ArrayList<>();
        for (IgnorePattern p : patterns) {
            if (p.exception()) {
                anyException = true;
                String stripped = withoutTrailingGlob(p.pattern());
                if (containsAny(stripped, "*[]?^\\")) {
                    onlyPrefix = false;
                }
                prefixes.add(stripped + "/");
            }
        }
        this.exceptions = anyException;
        this.onlyPrefixExceptions = onlyPrefix;
        this.exceptionPrefixes = List.copyOf(prefixes);
        this.top = new Match(false, null, new boolean[0]);
    }

    /** No .dockerignore: everything is sent. */
    public static DockerIgnore none() {
        return NONE;
    }

    /**
     * Reads a .dockerignore file.
     *
     * @param content the file's bytes
     * @param file the name messages use for it
     * @throws ContextException when BuildKit would reject the file (a lone {@code !}, a malformed
     *     pattern, a line of 64 KiB or more)
     */
    public static DockerIgnore parse(byte[] content, String file) throws ContextException {
        List<IgnorePattern> patterns = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            lineNumber++;
            if (end - start >= MAX_LINE_BYTES) {
                throw new ContextException(ContextProblem.error(file, lineNumber, 1, "dockerignore-invalid",
                        "line is " + (end - start) + " bytes long",
                        "BuildKit reads .dockerignore lines of at most 65535 bytes and rejects the file otherwise "
                                + "(bufio.Scanner: token too long)",
                        "split or shorten the line"));
            }
            int lineEnd = end > start && content[end - 1] == '\r' ? end - 1 : end;
            int from = start;
            if (lineNumber == 1 && lineEnd - from >= 3 && (content[from] & 0xff) == 0xef
                    && (content[from + 1] & 0xff) == 0xbb && (content[from + 2] & 0xff) == 0xbf) {
                from += 3;
            }
            String line = DockerfileParser.decode(Arrays.copyOfRange(content, from, lineEnd));
            start = end + 1;
            if (line.startsWith("#")) {
                continue;
            }
            String trimmed = goTrimSpace(line);
            if (trimmed.isEmpty()) {
                continue;
            }
            int column = line.indexOf(trimmed) + 1;
            patterns.add(pattern(file, patterns.size(), lineNumber, column, line, readAllForm(trimmed)));
        }
        return new DockerIgnore(file, patterns);
    }

    /**
     * Patterns given as moby's {@code patternmatcher.New} takes them (COPY {@code --exclude}
     * values, used-path filters): each is trimmed and cleaned, {@code !} marks an exception.
     */
    public static DockerIgnore of(String origin, List<String> patterns) throws ContextException {
        List<IgnorePattern> compiled = new ArrayList<>();
        for (String p : patterns) {
            if (goTrimSpace(p).isEmpty()) {
                continue;
            }
            compiled.add(pattern(origin, compiled.size(), 0, 0, p, p));
        }
        return new DockerIgnore(origin, compiled);
    }

    /** ReadAll: "!" and the path after it (trimmed, cleaned, leading slash removed). */
    private static String readAllForm(String trimmed) {
        boolean invert = trimmed.charAt(0) == '!';
        String p = invert ? goTrimSpace(trimmed.substring(1)) : trimmed;
        if (!p.isEmpty()) {
            p = GoPath.clean(p);
            if (p.length() > 1 && p.charAt(0) == '/') {
                p = p.substring(1);
            }
        }
        return invert ? "!" + p : p;
    }

    /** patternmatcher.New for one pattern: clean, split off "!", reject what filepath.Match rejects. */
    private static IgnorePattern pattern(String file, int index, int line, int column, String text, String readAll)
            throws ContextException {
        String p = GoPath.clean(goTrimSpace(readAll));
        boolean exception = false;
        if (p.charAt(0) == '!') {
            if (p.length() == 1) {
                throw new ContextException(ContextProblem.error(file, line, column, "dockerignore-invalid",
                        "illegal exclusion pattern: \"!\"",
                        "BuildKit rejects the whole .dockerignore, so the build fails before the context is sent",
                        "write the path to re-include after the \"!\", or delete the line"));
            }
            exception = true;
            p = p.substring(1);
        }
        try {
            PathMatch.matches(p, ".");
        } catch (PathMatch.BadPatternException e) {
            throw new ContextException(ContextProblem.error(file, line, column, "dockerignore-invalid",
                    "invalid pattern " + IgnorePattern.quote(goTrimSpace(text)) + ": syntax error in pattern",
                    "BuildKit rejects the whole .dockerignore, so the build fails before the context is sent",
                    "close every [ with ], end no pattern with a lone \\, and write \\[ for a literal bracket"));
        }
        return new IgnorePattern(file, index, line, column, text, p, exception);
    }

    /** The name messages use for the file ("" for {@link #none()}). */
    public String file() {
        return file;
    }

    public List<IgnorePattern> patterns() {
        return patterns;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Whether some pattern is an exception ({@code !...}). */
    public boolean hasExceptions() {
        return exceptions;
    }

    /**
     * The decision for one entry of the context walk, as BuildKit's sender takes it
     * ({@code MatchesUsingParentResults}): {@code parent} is the decision for the directory the
     * entry is in, or null for an entry at the top of the context.
     */
    public Match match(String path, Match parent) throws ContextException {
        if (patterns.isEmpty()) {
            return top;
        }
        int n = patterns.size();
        boolean[] parentMatched = parent == null || parent.matched.length != n ? null : parent.matched;
        boolean[] matched = new boolean[n];
        boolean excluded = false;
        IgnorePattern decider = null;
        for (int i = 0; i < n; i++) {
            IgnorePattern p = patterns.get(i);
            boolean match = parentMatched != null && parentMatched[i];
            if (!match) {
                // An exclusion can only change an included path, an exception only an excluded one.
                if (p.exception() != excluded) {
                    continue;
                }
                match = p.matches(path);
                if (!match && parentMatched == null) {
                    match = matchesAParent(p, path);
                }
            }
            matched[i] = match;
            if (match) {
                excluded = !p.exception();
                decider = p;
            }
        }
        return new Match(excluded, decider, matched);
    }

    /** Without parent results: does the pattern match a parent directory? (errors ignored, as Go does) */
    private static boolean matchesAParent(IgnorePattern p, String path) {
        String parentPath = GoPath.dir(path);
        if (parentPath.equals(".")) {
            return false;
        }
        int from = 0;
        while (true) {
            int slash = parentPath.indexOf('/', from);
            String prefix = slash < 0 ? parentPath : parentPath.substring(0, slash);
            try {
                if (p.matches(prefix)) {
                    return true;
                }
            } catch (ContextException ignored) {
                // patternmatcher ignores errors while trying parent directories
            }
            if (slash < 0) {
                return false;
            }
            from = slash + 1;
        }
    }

    /**
     * Whether BuildKit's walk skips an excluded directory without looking inside: true unless
     * some exception could re-include something below it.
     */
    public boolean skips(String directory) {
        if (!onlyPrefixExceptions) {
            return false;
        }
        if (!exceptions) {
            return true;
        }
        String dirSlash = directory + "/";
        for (String prefix : exceptionPrefixes) {
            if (prefix.startsWith(dirSlash)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the .dockerignore decides for a context path (slash-separated, relative to the
     * context root; every parent is taken to be a directory), exactly as the context walk
     * would decide it.
     *
     * @throws ContextException when a pattern tried on the way cannot be matched
     */
    public IgnoreDecision decide(String path) throws ContextException {
        String clean = GoPath.clean(path);
        while (clean.startsWith("/")) {
            clean = clean.substring(1);
        }
        if (clean.isEmpty() || clean.equals(".")) {
            return new IgnoreDecision(".", false, Optional.empty(), Optional.empty());
        }
        Match parent = null;
        int from = 0;
        while (true) {
            int slash = clean.indexOf('/', from);
            String prefix = slash < 0 ? clean : clean.substring(0, slash);
            Match m = match(prefix, parent);
            if (slash < 0) {
                return new IgnoreDecision(clean, m.excluded(), m.decidedBy(), Optional.empty());
            }
            if (m.excluded() && skips(prefix)) {
                return new IgnoreDecision(clean, true, m.decidedBy(), Optional.of(prefix));
            }
            parent = m;
            from = slash + 1;
        }
    }

    /** One entry's decision in a walk, and what its children inherit from it. */
    public static final class Match {
        private final boolean excluded;
        private final IgnorePattern decider;
        private final boolean[] matched;

        private Match(boolean excluded, IgnorePattern decider, boolean[] matched) {
            this.excluded = excluded;
            this.decider = decider;
            this.matched = matched;
        }

        public boolean excluded() {
            return excluded;
        }

        /** The last pattern that matched (it set {@link #excluded()}), if any. */
        public Optional<IgnorePattern> decidedBy() {
            return Optional.ofNullable(decider);
        }
    }

    private static String withoutTrailingGlob(String pattern) {
        String p = pattern;
        if (p.endsWith("/**")) {
            p = p.substring(0, p.length() - 3);
        }
        if (p.endsWith("/*")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Go's {@code strings.TrimSpace}: Unicode white space (including U+0085 and U+00A0) at both ends. */
    static String goTrimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isGoSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isGoSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static boolean isGoSpace(int c) {
        switch (c) {
            case '\t': case '\n': case 0x0b: case '\f': case '\r': case ' ': case 0x85: case 0xa0:
            case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200a;
        }
    }
}

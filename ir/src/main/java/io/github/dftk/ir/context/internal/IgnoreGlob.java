package io.github.dftk.ir.context.internal;

import java.util.Optional;

/**
 * One .dockerignore pattern compiled as moby's {@code patternmatcher} compiles it: a plain
 * path compares for equality, {@code dir/**} and {@code **}{@code /name} become prefix and
 * suffix tests, anything else becomes a regular expression in which {@code *} is
 * {@code [^/]*}, {@code ?} is {@code [^/]}, {@code **}{@code /} is <code>(.&#42;/)?</code>, {@code \x}
 * stays {@code \x}, {@code [} and {@code ]} pass through, and {@code .+()|{}$} are escaped.
 * Every other character, {@code ^} included, reaches the regular expression as written.
 *
 * <p>The shortcuts are part of the semantics, not just speed: {@code **file} is a suffix test,
 * so it matches {@code dir/myfile} too, exactly as in BuildKit.
 */
public final class IgnoreGlob {

    /** How a path is tested. */
    public enum Kind {
        /** {@code path.equals(pattern)}. */
        EXACT,
        /** {@code path.startsWith(pattern without the trailing **)}. */
        PREFIX,
        /** {@code path.endsWith(pattern without the leading **)}, or {@code **}{@code /x} against {@code x}. */
        SUFFIX,
        /** The regular expression. */
        REGEXP
    }

    private final String pattern;
    private final Kind kind;
    private final String expression;
    private final GoRegexp regexp;
    private final GoRegexp.SyntaxException error;

    private IgnoreGlob(String pattern, Kind kind, String expression, GoRegexp regexp, GoRegexp.SyntaxException error) {
        this.pattern = pattern;
        this.kind = kind;
        this.expression = expression;
        this.regexp = regexp;
        this.error = error;
    }

    /** Compiles a cleaned pattern (no leading {@code !}). */
    public static IgnoreGlob compile(String pattern) {
        int[] cps = pattern.codePoints().toArray();
        StringBuilder re = new StringBuilder("^");
        Kind kind = Kind.EXACT;
        int pos = 0;
        for (int i = 0; pos < cps.length; i++) {
            int ch = cps[pos++];
            if (ch == '*') {
                if (pos < cps.length && cps[pos] == '*') {
                    pos++;
                    if (pos < cps.length && cps[pos] == '/') {
                        pos++;
                    }
                    if (pos == cps.length) {
                        // "**" at the end matches everything below, as in .gitignore.
                        if (kind == Kind.EXACT) {
                            kind = Kind.PREFIX;
                        } else {
                            re.append(".*");
                            kind = Kind.REGEXP;
                        }
                    } else {
                        re.append("(.*/)?");
                        kind = Kind.REGEXP;
                    }
                    if (i == 0) {
                        kind = Kind.SUFFIX;
                    }
                } else {
                    re.append("[^/]*");
                    kind = Kind.REGEXP;
                }
            } else if (ch == '?') {
                re.append("[^/]");
                kind = Kind.REGEXP;
            } else if (".+()|{}$".indexOf(ch) >= 0) {
                re.append('\\').appendCodePoint(ch);
            } else if (ch == '\\') {
                if (pos < cps.length) {
                    re.append('\\').appendCodePoint(cps[pos++]);
                    kind = Kind.REGEXP;
                } else {
                    re.append('\\');
                }
            } else if (ch == '[' || ch == ']') {
                re.appendCodePoint(ch);
                kind = Kind.REGEXP;
            } else {
                re.appendCodePoint(ch);
            }
        }
        if (kind != Kind.REGEXP) {
            return new IgnoreGlob(pattern, kind, "", null, null);
        }
        re.append('$');
        String expression = re.toString();
        try {
            return new IgnoreGlob(pattern, kind, expression, GoRegexp.compile(expression), null);
        } catch (GoRegexp.SyntaxException e) {
            return new IgnoreGlob(pattern, kind, expression, null, e);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The regular expression moby builds (empty unless {@link #kind()} is REGEXP). */
    public String expression() {
        return expression;
    }

    /** Why the regular expression does not compile, if it does not. */
    public Optional<GoRegexp.SyntaxException> error() {
        return Optional.ofNullable(error);
    }

    /** Tests a slash-separated path; a pattern whose expression does not compile throws its error. */
    public boolean matches(String path) throws GoRegexp.SyntaxException {
        switch (kind) {
            case EXACT:
                return path.equals(pattern);
            case PREFIX:
                return path.startsWith(pattern.substring(0, pattern.length() - 2));
            case SUFFIX:
                String suffix = pattern.substring(2);
                if (path.endsWith(suffix)) {
                    return true;
                }
                return suffix.startsWith("/") && path.equals(suffix.substring(1));
            case REGEXP:
                if (error != null) {
                    throw error;
                }
                return regexp.matches(path);
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }
}

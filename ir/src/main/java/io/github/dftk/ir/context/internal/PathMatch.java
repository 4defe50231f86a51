package io.github.dftk.ir.context.internal;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code filepath.Match} on Linux: {@code *} (any run of non-slash bytes), {@code ?} (one
 * non-slash character), {@code [...]} and {@code [^...]} classes with ranges, and {@code \}
 * escapes. BuildKit matches COPY/ADD source wildcards with it, and moby's pattern matcher calls
 * it to reject malformed .dockerignore patterns.
 *
 * <p>Go works on UTF-8 bytes (a {@code *} may stop inside a multi-byte character) and reports a
 * malformed pattern only when matching reaches the bad part, or when the match fails; this
 * class does the same, so its answers and its errors are Go's.
 */
public final class PathMatch {

    /** {@code filepath.ErrBadPattern}: the pattern is malformed. */
    public static final class BadPatternException extends Exception {
        private static final long serialVersionUID = 1L;

        BadPatternException() {
            super("syntax error in pattern");
        }
    }

    private static final int RUNE_ERROR = 0xFFFD;

    private final byte[] pattern;
    private final byte[] name;

    private PathMatch(byte[] pattern, byte[] name) {
        this.pattern = pattern;
        this.name = name;
    }

    /** Whether {@code name} matches {@code pattern} entirely. */
    public static boolean matches(String pattern, String name) throws BadPatternException {
        return new PathMatch(pattern.getBytes(StandardCharsets.UTF_8), name.getBytes(StandardCharsets.UTF_8)).match();
    }

    /** Whether the string has an unescaped {@code *}, {@code ?} or {@code [} (fsutil's {@code containsWildcards}). */
    public static boolean hasWildcards(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    private boolean match() throws BadPatternException {
        int p = 0;
        int n = 0;
        pattern:
        while (p < pattern.length) {
            boolean star = false;
            while (p < pattern.length && pattern[p] == '*') {
                p++;
                star = true;
            }
            int chunkEnd = chunkEnd(p);
            if (star && chunkEnd == p) {
                // A trailing star matches the rest of the name unless it has a slash.
                for (int i = n; i < name.length; i++) {
                    if (name[i] == '/') {
                        return false;
                    }
                }
                return true;
            }
            int rest = matchChunk(p, chunkEnd, n);
            boolean last = chunkEnd == pattern.length;
            if (rest >= 0 && (rest == name.length || !last)) {
                n = rest;
                p = chunkEnd;
                continue;
            }
            if (star) {
                for (int i = n; i < name.length && name[i] != '/'; i++) {
                    int t = matchChunk(p, chunkEnd, i + 1);
                    if (t >= 0) {
                        if (last && t < name.length) {
                            continue;
                        }
                        n = t;
                        p = chunkEnd;
                        continue pattern;
                    }
                }
            }
            // Before answering no, check that the rest of the pattern is well formed.
            p = chunkEnd;
            while (p < pattern.length) {
                while (p < pattern.length && pattern[p] == '*') {
                    p++;
                }
                int end = chunkEnd(p);
                matchChunk(p, end, name.length);
                p = end;
            }
            return false;
        }
        return n == name.length;
    }

    /** Where the chunk starting at {@code from} ends: at the next {@code *} outside a class. */
    private int chunkEnd(int from) {
        boolean inRange = false;
        int i = from;
        for (; i < pattern.length; i++) {
            byte b = pattern[i];
            if (b == '\\') {
                if (i + 1 < pattern.length) {
                    i++;
                }
            } else if (b == '[') {
                inRange = true;
            } else if (b == ']') {
                inRange = false;
            } else if (b == '*' && !inRange) {
                break;
            }
        }
        return i;
    }

    /**
     * Matches {@code pattern[from, to)} (no stars) against the start of {@code name[at..]}:
     * the index after the match, or -1. Like Go, keeps reading the chunk after a failure so
     * that a malformed chunk is always reported.
     */
    private int matchChunk(int from, int to, int at) throws BadPatternException {
        int c = from;
        int s = at;
        boolean failed = false;
        while (c < to) {
            if (!failed && s == name.length) {
                failed = true;
            }
            byte b = pattern[c];
            if (b == '[') {
                int r = 0;
                if (!failed) {
                    r = decode(name, s, name.length);
                    s += width(name, s, name.length);
                }
                c++;
                boolean negated = false;
                if (c < to && pattern[c] == '^') {
                    negated = true;
                    c++;
                }
                boolean match = false;
                int ranges = 0;
                while (true) {
                    if (c < to && pattern[c] == ']' && ranges > 0) {
                        c++;
                        break;
                    }
                    int lo = classChar(c, to);
                    c = next;
                    int hi = lo;
                    if (pattern[c] == '-') {
                        hi = classChar(c + 1, to);
                        c = next;
                    }
                    if (lo <= r && r <= hi) {
                        match = true;
                    }
                    ranges++;
                }
                if (match == negated) {
                    failed = true;
                }
            } else if (b == '?') {
                if (!failed) {
                    if (name[s] == '/') {
                        failed = true;
                    }
                    s += width(name, s, name.length);
                }
                c++;
            } else {
                if (b == '\\') {
                    c++;
                    if (c == to) {
                        throw new BadPatternException();
                    }
                }
                if (!failed) {
                    if (pattern[c] != name[s]) {
                        failed = true;
                    }
                    s++;
                }
                c++;
            }
        }
        return failed ? -1 : s;
    }

    /** Where {@link #classChar} stopped reading. */
    private int next;

    /** Go's {@code getEsc}: one possibly escaped character of a class; a class must go on after it. */
    private int classChar(int at, int to) throws BadPatternException {
        if (at >= to || pattern[at] == '-' || pattern[at] == ']') {
            throw new BadPatternException();
        }
        int c = at;
        if (pattern[c] == '\\') {
            c++;
            if (c >= to) {
                throw new BadPatternException();
            }
        }
        int r = decode(pattern, c, to);
        int w = width(pattern, c, to);
        if (r == RUNE_ERROR && w == 1) {
            throw new BadPatternException();
        }
        next = c + w;
        if (next >= to) {
            throw new BadPatternException();
        }
        return r;
    }

    /** The UTF-8 character at {@code i} as Go decodes it: U+FFFD (width 1) for an invalid byte. */
    static int decode(byte[] bytes, int i, int end) {
        int b0 = bytes[i] & 0xff;
        if (b0 < 0x80) {
            return b0;
        }
        int need;
        int min;
        int cp;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            need = 1;
            min = 0x80;
            cp = b0 & 0x1f;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            need = 2;
            min = 0x800;
            cp = b0 & 0x0f;
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            need = 3;
            min = 0x10000;
            cp = b0 & 0x07;
        } else {
            return RUNE_ERROR;
        }
        if (i + need >= end) {
            return RUNE_ERROR;
        }
        for (int k = 1; k <= need; k++) {
            int b = bytes[i + k] & 0xff;
            if ((b & 0xc0) != 0x80) {
                return RUNE_ERROR;
            }
            cp = (cp << 6) | (b & 0x3f);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return RUNE_ERROR;
        }
        return cp;
    }

    /** How many bytes {@link #decode} consumed at {@code i}. */
    static int width(byte[] bytes, int i, int end) {
        int b0 = bytes[i] & 0xff;
        if (b0 < 0x80) {
            return 1;
        }
        int cp = decode(bytes, i, end);
        if (cp == RUNE_ERROR) {
            // Go decodes a real U+FFFD (EF BF BD) with width 3; an invalid byte with width 1.
            boolean realReplacement = i + 2 < end && b0 == 0xef && (bytes[i + 1] & 0xff) == 0xbf
                    && (bytes[i + 2] & 0xff) == 0xbd;
            return realReplacement ? 3 : 1;
        }
        return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}

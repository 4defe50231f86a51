package io.github.dftk.parser.shell;

import java.util.Arrays;

/**
 * A BuildKit substitution pattern ({@code ${VAR#pat}}, {@code ${VAR/pat/rep}}, ...), compiled to a
 * tiny program and matched with a Thompson-style simulation: linear in the text for a given
 * pattern, with no backtracking blow-up on hostile input.
 *
 * <p>Semantics mirror the Go regular expression BuildKit builds from the pattern:
 * <ul>
 *   <li>{@code *} is any run of characters and {@code ?} any one character, except that neither
 *       matches a newline (Go's {@code .});</li>
 *   <li>{@code \*}, {@code \?} and {@code \\} are literal; {@code \}} and {@code \/} are literal
 *       {@code }} and {@code /}; any other escape is an error;</li>
 *   <li>every other character is literal, including {@code [} and {@code ]}: BuildKit does not
 *       implement bracket expressions;</li>
 *   <li>among matches at the leftmost start, stars pick the longest (greedy) or shortest (lazy)
 *       extent in left-to-right priority, like Go's leftmost-first matching.</li>
 * </ul>
 * The escape is always backslash, whatever the Dockerfile's escape character.
 */
final class GlobPattern {

    /** Result of {@link #find} when nothing matches. */
    static final long NO_MATCH = -1;

    private static final int ANY = -1;
    private static final int STAR = -2;

    private final int[] program;
    private final boolean lazy;
    private final String error;
    /** The pattern text when it has no wildcards, so plain string search suffices. */
    private final String literal;

    /** Scratch thread lists, kept for the repeated searches of a replace-all. */
    private Threads current;
    private Threads next;

    private GlobPattern(int[] program, boolean lazy, String error) {
        this.program = program;
        this.lazy = lazy;
        this.error = error;
        this.literal = program == null || hasWildcard(program) ? null : new String(program, 0, program.length);
    }

    private static boolean hasWildcard(int[] program) {
        for (int op : program) {
            if (op < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compiles {@code pattern}; check {@link #error()} before matching.
     *
     * @param lazy whether stars prefer the shortest extent ({@code #} and {@code %}) rather than
     *     the longest ({@code ##}, {@code %%} and replacement)
     */
    static GlobPattern compile(String pattern, boolean lazy) {
        int[] program = new int[pattern.length()];
        int size = 0;
        // BuildKit scans patterns with Go's text scanner too, so a leading BOM is dropped here as well.
        SourceCursor in = new SourceCursor(pattern);
        for (int c = in.next(); c != SourceCursor.EOF; c = in.next()) {
            if (c == '*') {
                program[size++] = STAR;
            } else if (c == '?') {
                program[size++] = ANY;
            } else if (c == '\\') {
                int escaped = in.peek();
                if (escaped == '}' || escaped == '/') {
                    // Escapes that only kept the lexer from ending the ${...}; the next
                    // iteration takes the character itself as a literal.
                    continue;
                }
                escaped = in.next();
                if (escaped != '*' && escaped != '?' && escaped != '\\') {
                    return new GlobPattern(null, lazy, "invalid escape '\\" + SourceCursor.text(escaped) + "'");
                }
                program[size++] = escaped;
            } else {
                program[size++] = c;
            }
        }
        return new GlobPattern(Arrays.copyOf(program, size), lazy, null);
    }

    /** Why the pattern is invalid, or null when it compiled. */
    String error() {
        return error;
    }

    /** End index of the preferred match starting at index 0, or -1. */
    int matchPrefix(String text) {
        if (literal != null) {
            return text.startsWith(literal) && !splitsPair(text, literal.length()) ? literal.length() : -1;
        }
        long span = search(text, 0, true);
        return span == NO_MATCH ? -1 : end(span);
    }

    /**
     * The preferred match starting at or after {@code from} (a code point boundary), packed; see
     * {@link #start}/{@link #end}.
     */
    long find(String text, int from) {
        if (literal == null) {
            return search(text, from, false);
        }
        int at = text.indexOf(literal, from);
        // Plain search works on chars; a match must not cut a surrogate pair, as the
        // code-point matcher never would.
        while (at >= 0 && (splitsPair(text, at) || splitsPair(text, at + literal.length()))) {
            at = text.indexOf(literal, at + 1);
        }
        return at < 0 ? NO_MATCH : ((long) at << 32) | (at + literal.length());
    }

    private static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length()
                && Character.isLowSurrogate(text.charAt(index)) && Character.isHighSurrogate(text.charAt(index - 1));
    }

    static int start(long span) {
        return (int) (span >>> 32);
    }

    static int end(long span) {
        return (int) span;
    }

    private long search(String text, int from, boolean anchored) {
        int accept = program.length;
        if (current == null) {
            current = new Threads(accept + 1);
            next = new Threads(accept + 1);
        }
        Threads current = this.current;
        Threads next = this.next;
        current.clear();
        long found = NO_MATCH;
        int pos = from;
        while (true) {
            // A new attempt starting here has the lowest priority, so leftmost starts win.
            if (found == NO_MATCH && (!anchored || pos == from)) {
                follow(current, 0, pos);
            }
            if (current.size == 0) {
                break;
            }
            int c = pos < text.length() ? text.codePointAt(pos) : SourceCursor.EOF;
            next.clear();
            for (int i = 0; i < current.size; i++) {
                int pc = current.pcs[i];
                if (pc == accept) {
                    // Threads behind this one have lower priority: drop them.
                    found = ((long) current.starts[i] << 32) | pos;
                    break;
                }
                int op = program[pc];
                boolean consumes = op < 0 ? c != '\n' && c != SourceCursor.EOF : op == c;
                if (consumes) {
                    follow(next, op == STAR ? pc : pc + 1, current.starts[i]);
                }
            }
            if (c == SourceCursor.EOF) {
                break;
            }
            Threads swap = current;
            current = next;
            next = swap;
            pos += Character.charCount(c);
        }
        return found;
    }

    /**
     * Adds the threads reachable from {@code pc} without consuming input, in priority order. A
     * star either loops (preferred when greedy) or moves on (preferred when lazy). Iterative so
     * that a long run of stars cannot exhaust the stack.
     */
    private void follow(Threads threads, int pc, int start) {
        int accept = program.length;
        int pendingFrom = threads.pendingSize;
        while (pc < accept && program[pc] == STAR && threads.mark(pc)) {
            if (lazy) {
                threads.pending[threads.pendingSize++] = pc;
            } else {
                threads.add(pc, start);
            }
            pc++;
        }
        if (pc == accept || program[pc] != STAR) {
            if (threads.mark(pc)) {
                threads.add(pc, start);
            }
        }
        while (threads.pendingSize > pendingFrom) {
            threads.add(threads.pending[--threads.pendingSize], start);
        }
    }

    /** An ordered set of program positions with the start index each thread began at. */
    private static final class Threads {
        final int[] pcs;
        final int[] starts;
        final int[] seen;
        final int[] pending;
        int size;
        int pendingSize;
        int generation = 1;

        Threads(int capacity) {
            pcs = new int[capacity];
            starts = new int[capacity];
            seen = new int[capacity];
            pending = new int[capacity];
        }

        void clear() {
            size = 0;
            generation++;
        }

        /** Marks {@code pc} as present; false if it already was. */
        boolean mark(int pc) {
            if (seen[pc] == generation) {
                return false;
            }
            seen[pc] = generation;
            return true;
        }

        void add(int pc, int start) {
            pcs[size] = pc;
            starts[size] = start;
            size++;
        }
    }
}

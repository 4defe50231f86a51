package io.github.dftk.ir.context.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Go's {@code regexp} (RE2 syntax, Perl flags) for the expressions moby's pattern matcher
 * builds from .dockerignore lines, matched without backtracking.
 *
 * <p>The matcher turns a pattern into a regular expression by text substitution, and user text
 * (classes, escapes, {@code ^}) reaches Go's regexp parser unchanged. So {@code \d} in a
 * .dockerignore line is a digit class, {@code [[:alpha:]]} is a POSIX class, {@code \Q...}
 * quotes the rest of the expression, a {@code ^} in the middle never matches, and {@code [z-a]}
 * is an error. This class parses that syntax as Go does (classes, escapes, Unicode groups,
 * assertions, groups, alternation, repetition) and answers {@code MatchString}: a match
 * anywhere in the text. Matching simulates the automaton over all states at once, so its cost
 * is linear in the text for a given expression, whatever the expression.
 */
public final class GoRegexp {

    /** The expression is not valid Go regexp syntax. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String what, String expression) {
            super("error parsing regexp: " + what + ": `" + expression + "`");
        }
    }

    private static final int MAX_RUNE = 0x10FFFF;
    private static final int MAX_REPEAT = 1000;

    private static final int OP_CHAR = 0;
    private static final int OP_SPLIT = 1;
    private static final int OP_JMP = 2;
    private static final int OP_ASSERT = 3;
    private static final int OP_MATCH = 4;

    private static final int BEGIN_TEXT = 0;
    private static final int END_TEXT = 1;
    private static final int WORD_BOUNDARY = 2;
    private static final int NOT_WORD_BOUNDARY = 3;

    /** At most this many cached automaton states; past it, matching simulates the automaton directly. */
    private static final int MAX_DFA_STATES = 2_000;

    private final int[] op;
    private final int[] arg;
    private final int[] arg2;
    private final CharSet[] sets;
    /** Word-boundary assertions look at the next character, which the cached states do not know. */
    private final boolean cacheable;
    private final Map<Seeds, DfaState> dfa = new java.util.concurrent.ConcurrentHashMap<>();
    private final DfaState start;

    private GoRegexp(int[] op, int[] arg, int[] arg2, CharSet[] sets) {
        this.op = op;
        this.arg = arg;
        this.arg2 = arg2;
        this.sets = sets;
        boolean boundaries = false;
        for (int pc = 0; pc < op.length; pc++) {
            if (op[pc] == OP_ASSERT && (arg[pc] == WORD_BOUNDARY || arg[pc] == NOT_WORD_BOUNDARY)) {
                boundaries = true;
            }
        }
        this.cacheable = !boundaries;
        this.start = cacheable ? new DfaState(new Seeds(new int[] {0}), true) : null;
    }

    /** The states to resume from after reading a character (the program start is always one). */
    private record Seeds(int[] pcs) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Seeds other && java.util.Arrays.equals(pcs, other.pcs);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(pcs);
        }
    }

    /**
     * A set of automaton states, computed once (RE2's lazily built DFA): the character-reading
     * states reachable from its seeds, whether the match state is reachable in the middle of the
     * text, and at its end; transitions are cached as they are taken.
     */
    private final class DfaState {
        final Seeds seeds;
        final int[] chars;
        final boolean matchesHere;
        final boolean matchesAtEnd;
        final DfaState[] ascii = new DfaState[128];
        final Map<Integer, DfaState> other = new java.util.concurrent.ConcurrentHashMap<>();

        DfaState(Seeds seeds, boolean atStart) {
            this.seeds = seeds;
            int[] scratch = new int[op.length * 5 + 2];
            int size = 0;
            boolean here = false;
            for (int seed : seeds.pcs()) {
                size = addThread(scratch, 0, size, seed, -1, -1, atStart, false, 2 * op.length, 1, 3 * op.length);
                if (size < 0) {
                    here = true;
                    break;
                }
            }
            this.matchesHere = here;
            this.chars = here ? new int[0] : java.util.Arrays.copyOf(scratch, size);
            boolean end = here;
            if (!here) {
                int[] again = new int[op.length * 5 + 2];
                int n = 0;
                for (int seed : seeds.pcs()) {
                    n = addThread(again, 0, n, seed, -1, -1, atStart, true, 2 * op.length, 1, 3 * op.length);
                    if (n < 0) {
                        end = true;
                        break;
                    }
                }
            }
            this.matchesAtEnd = end;
        }

        /** The state after reading {@code cp}; null when the cache is full. */
        DfaState next(int cp) {
            DfaState cached = cp < 128 ? ascii[cp] : other.get(cp);
            if (cached != null) {
                return cached;
            }
            java.util.TreeSet<Integer> pcs = new java.util.TreeSet<>();
            pcs.add(0);
            for (int pc : chars) {
                if (sets[pc].contains(cp)) {
                    pcs.add(pc + 1);
                }
            }
            Seeds key = new Seeds(pcs.stream().mapToInt(Integer::intValue).toArray());
            DfaState target = dfa.get(key);
            if (target == null) {
                if (dfa.size() >= MAX_DFA_STATES) {
                    return null;
                }
                target = dfa.computeIfAbsent(key, k -> new DfaState(k, false));
            }
            if (cp < 128) {
                ascii[cp] = target;
            } else {
                other.put(cp, target);
            }
            return target;
        }
    }

    /** Parses {@code expression} as Go's {@code regexp.Compile} does. */
    public static GoRegexp compile(String expression) throws SyntaxException {
        Node tree = new Parser(expression).parse();
        Program program = new Program();
        program.emit(tree);
        program.add(OP_MATCH, 0, 0, null);
        return program.build();
    }

    /** Go's {@code MatchString}: whether the expression matches anywhere in {@code text}. */
    public boolean matches(String text) {
        if (cacheable) {
            DfaState state = start;
            for (int pos = 0; pos < text.length(); ) {
                if (state.matchesHere) {
                    return true;
                }
                int cp = text.codePointAt(pos);
                DfaState next = state.next(cp);
                if (next == null) {
                    return simulate(text);
                }
                state = next;
                pos += Character.charCount(cp);
            }
            return state.matchesHere || state.matchesAtEnd;
        }
        return simulate(text);
    }

    /** The automaton simulated state set by state set, without the cache (tests compare both). */
    boolean simulate(String text) {
        int n = op.length;
        // One allocation: two state lists, the visited marks, and the epsilon-closure stack.
        int[] scratch = new int[n * 5 + 2];
        int current = 0;
        int next = n;
        int mark = 2 * n;
        int stack = 3 * n;
        int currentSize = 0;
        int generation = 0;
        int previous = -1;
        for (int pos = 0; ; ) {
            generation++;
            int cp = pos < text.length() ? text.codePointAt(pos) : -1;
            int added = addThread(scratch, current, currentSize, 0, previous, cp, pos == 0, cp < 0, mark, generation,
                    stack);
            if (added < 0) {
                return true;
            }
            currentSize = added;
            if (cp < 0) {
                return false;
            }
            int after = pos + Character.charCount(cp);
            int following = after < text.length() ? text.codePointAt(after) : -1;
            int nextSize = 0;
            for (int i = 0; i < currentSize; i++) {
                int pc = scratch[current + i];
                if (sets[pc].contains(cp)) {
                    nextSize = addThread(scratch, next, nextSize, pc + 1, cp, following, false, following < 0, mark,
                            generation + 1, stack);
                    if (nextSize < 0) {
                        return true;
                    }
                }
            }
            int swap = current;
            current = next;
            next = swap;
            currentSize = nextSize;
            previous = cp;
            pos = after;
        }
    }

    /**
     * Adds {@code start} and every state reachable from it without reading text to the list at
     * {@code list}; returns the new size, or -1 when the match state is reached. {@code before}
     * and {@code after} are the characters around the position (-1 at the ends).
     */
    private int addThread(int[] scratch, int list, int size, int start, int before, int after, boolean atStart,
            boolean atEnd, int mark, int generation, int stack) {
        int top = stack;
        scratch[top++] = start;
        while (top > stack) {
            int pc = scratch[--top];
            if (scratch[mark + pc] == generation) {
                continue;
            }
            scratch[mark + pc] = generation;
            switch (op[pc]) {
                case OP_MATCH:
                    return -1;
                case OP_CHAR:
                    scratch[list + size++] = pc;
                    break;
                case OP_JMP:
                    scratch[top++] = arg[pc];
                    break;
                case OP_SPLIT:
                    scratch[top++] = arg2[pc];
                    scratch[top++] = arg[pc];
                    break;
                case OP_ASSERT:
                    if (holds(arg[pc], before, after, atStart, atEnd)) {
                        scratch[top++] = pc + 1;
                    }
                    break;
                default:
                    throw new IllegalStateException("bad op " + op[pc]);
            }
        }
        return size;
    }

    private static boolean holds(int assertion, int before, int after, boolean atStart, boolean atEnd) {
        switch (assertion) {
            case BEGIN_TEXT:
                return atStart;
            case END_TEXT:
                return atEnd;
            case WORD_BOUNDARY:
            case NOT_WORD_BOUNDARY:
                boolean wordBefore = before >= 0 && isWordChar(before);
                boolean wordAfter = after >= 0 && isWordChar(after);
                return (wordBefore != wordAfter) == (assertion == WORD_BOUNDARY);
            default:
                throw new IllegalStateException("bad assertion " + assertion);
        }
    }

    private static boolean isWordChar(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    // ---- the syntax tree ----

    /** A parsed expression. */
    private sealed interface Node permits Chars, Assertion, Sequence, Alternation, Repetition, Group {
    }

    private record Chars(CharSet set) implements Node {
    }

    private record Assertion(int kind) implements Node {
    }

    private record Sequence(List<Node> items) implements Node {
    }

    private record Alternation(List<Node> choices) implements Node {
    }

    /** {@code max} is -1 for no upper bound. */
    private record Repetition(Node node, int min, int max) implements Node {
    }

    private record Group(Node node) implements Node {
    }

    /** A set of code points as sorted, disjoint, inclusive ranges. */
    static final class CharSet {
        private final int[] ranges;

        private CharSet(int[] ranges) {
            this.ranges = ranges;
        }

        static CharSet of(List<int[]> ranges, boolean negated) {
            List<int[]> sorted = new ArrayList<>(ranges);
            sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] r : sorted) {
                if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1] + 1) {
                    int[] last = merged.get(merged.size() - 1);
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    merged.add(new int[] {r[0], r[1]});
                }
            }
            if (negated) {
                List<int[]> complement = new ArrayList<>();
                int from = 0;
                for (int[] r : merged) {
                    if (r[0] > from) {
                        complement.add(new int[] {from, r[0] - 1});
                    }
                    from = r[1] + 1;
                }
                if (from <= MAX_RUNE) {
                    complement.add(new int[] {from, MAX_RUNE});
                }
                merged = complement;
            }
            int[] flat = new int[merged.size() * 2];
            for (int i = 0; i < merged.size(); i++) {
                flat[2 * i] = merged.get(i)[0];
                flat[2 * i + 1] = merged.get(i)[1];
            }
            return new CharSet(flat);
        }

        static CharSet single(int c) {
            return new CharSet(new int[] {c, c});
        }

        boolean contains(int c) {
            int lo = 0;
            int hi = ranges.length / 2 - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (c < ranges[2 * mid]) {
                    hi = mid - 1;
                } else if (c > ranges[2 * mid + 1]) {
                    lo = mid + 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- the parser: Go's regexp/syntax rules with the Perl flags regexp.Compile uses ----

    private static final class Parser {
        private final String source;
        private final int[] s;
        private int pos;

        Parser(String source) {
            this.source = source;
            this.s = source.codePoints().toArray();
        }

        Node parse() throws SyntaxException {
            Node node = alternation();
            if (pos < s.length) {
                // Only a ')' stops an alternation early.
                throw new SyntaxException("unexpected )", source);
            }
            return node;
        }

        private Node alternation() throws SyntaxException {
            List<Node> choices = new ArrayList<>();
            choices.add(sequence());
            while (pos < s.length && s[pos] == '|') {
                pos++;
                choices.add(sequence());
            }
            return choices.size() == 1 ? choices.get(0) : new Alternation(choices);
        }

        private Node sequence() throws SyntaxException {
            List<Node> items = new ArrayList<>();
            String lastRepeat = null;
            while (pos < s.length && s[pos] != '|' && s[pos] != ')') {
                int c = s[pos];
                String repeat = null;
                if (c == '*' || c == '+' || c == '?') {
                    int start = pos;
                    pos++;
                    int min = c == '+' ? 1 : 0;
                    int max = c == '?' ? 1 : -1;
                    applyRepeat(items, min, max, start, lastRepeat);
                    repeat = text(start, pos);
                } else if (c == '{' && repeatBounds() != null) {
                    int start = pos;
                    int[] bounds = repeatBounds();
                    pos = bounds[2];
                    if (bounds[0] > MAX_REPEAT || bounds[1] > MAX_REPEAT) {
                        throw new SyntaxException("invalid repeat count", text(start, pos));
                    }
                    applyRepeat(items, bounds[0], bounds[1], start, lastRepeat);
                    repeat = text(start, pos);
                } else if (c == '\\' && pos + 1 < s.length && s[pos + 1] == 'Q') {
                    quoted(items);
                } else {
                    items.add(atom());
                }
                lastRepeat = repeat;
            }
            return items.size() == 1 ? items.get(0) : new Sequence(items);
        }

        /** {@code {n}}, {@code {n,}}, {@code {n,m}} at {@code pos}: min, max (-1 open), end; null if not one. */
        private int[] repeatBounds() {
            int i = pos + 1;
            int[] min = number(i);
            if (min == null) {
                return null;
            }
            i = min[1];
            int max;
            if (i < s.length && s[i] == ',') {
                i++;
                if (i < s.length && s[i] == '}') {
                    max = -1;
                } else {
                    int[] m = number(i);
                    if (m == null) {
                        return null;
                    }
                    max = m[0];
                    i = m[1];
                }
            } else {
                max = min[0];
            }
            if (i >= s.length || s[i] != '}') {
                return null;
            }
            return new int[] {min[0], max, i + 1};
        }

        /** Decimal digits at {@code i} (no leading zeros except "0"): value (capped), end. */
        private int[] number(int i) {
            int start = i;
            long value = 0;
            while (i < s.length && s[i] >= '0' && s[i] <= '9') {
                value = Math.min(value * 10 + (s[i] - '0'), 100_000);
                i++;
            }
            if (i == start || (s[start] == '0' && i - start > 1)) {
                return null;
            }
            return new int[] {(int) value, i};
        }

        private void applyRepeat(List<Node> items, int min, int max, int start, String lastRepeat)
                throws SyntaxException {
            if (pos < s.length && s[pos] == '?') {
                pos++; // non-greedy: the same set of matches
            }
            if (lastRepeat != null) {
                throw new SyntaxException("invalid nested repetition operator", lastRepeat + text(start, pos));
            }
            if (items.isEmpty()) {
                throw new SyntaxException("missing argument to repetition operator", text(start, pos));
            }
            if (max >= 0 && min > max) {
                throw new SyntaxException("invalid repeat count", text(start, pos));
            }
            Node last = items.remove(items.size() - 1);
            items.add(new Repetition(last, min, max));
        }

        private Node atom() throws SyntaxException {
            int c = s[pos];
            switch (c) {
                case '(':
                    if (pos + 1 < s.length && s[pos + 1] == '?') {
                        // Flags and named groups: the dockerignore translation escapes every '('.
                        throw new SyntaxException("missing argument to repetition operator", "?");
                    }
                    pos++;
                    Node inner = alternation();
                    if (pos >= s.length) {
                        throw new SyntaxException("missing closing )", source);
                    }
                    pos++; // ')'
                    return new Group(inner);
                case '^':
                    pos++;
                    return new Assertion(BEGIN_TEXT);
                case '$':
                    pos++;
                    return new Assertion(END_TEXT);
                case '.':
                    pos++;
                    return new Chars(CharSet.of(List.of(new int[] {0, '\n' - 1}, new int[] {'\n' + 1, MAX_RUNE}), false));
                case '[':
                    return new Chars(charClass());
                case '\\':
                    return escape();
                default:
                    pos++;
                    return new Chars(CharSet.single(c));
            }
        }

        private Node escape() throws SyntaxException {
            if (pos + 1 < s.length) {
                switch (s[pos + 1]) {
                    case 'A':
                        pos += 2;
                        return new Assertion(BEGIN_TEXT);
                    case 'z':
                        pos += 2;
                        return new Assertion(END_TEXT);
                    case 'b':
                        pos += 2;
                        return new Assertion(WORD_BOUNDARY);
                    case 'B':
                        pos += 2;
                        return new Assertion(NOT_WORD_BOUNDARY);
                    case 'C':
                        throw new SyntaxException("invalid escape sequence", "\\C");
                    default:
                        break;
                }
            }
            List<int[]> ranges = new ArrayList<>();
            if (unicodeClass(ranges) || perlClass(ranges)) {
                return new Chars(CharSet.of(ranges, false));
            }
            return new Chars(CharSet.single(escapedChar()));
        }

        /** {@code \Q...\E}: everything up to {@code \E} (or the end) is literal, one item per character. */
        private void quoted(List<Node> items) {
            pos += 2;
            while (pos < s.length) {
                if (s[pos] == '\\' && pos + 1 < s.length && s[pos + 1] == 'E') {
                    pos += 2;
                    return;
                }
                items.add(new Chars(CharSet.single(s[pos++])));
            }
        }

        /** Go's {@code parseClass}: {@code [...]} at {@code pos}. */
        private CharSet charClass() throws SyntaxException {
            int start = pos;
            pos++;
            boolean negated = false;
            if (pos < s.length && s[pos] == '^') {
                negated = true;
                pos++;
            }
            List<int[]> ranges = new ArrayList<>();
            boolean first = true;
            while (pos >= s.length || s[pos] != ']' || first) {
                first = false;
                if (pos >= s.length) {
                    throw new SyntaxException("missing closing ]", text(start, s.length));
                }
                if (pos + 2 < s.length && s[pos] == '[' && s[pos + 1] == ':' && namedClass(ranges)) {
                    continue;
                }
                if (unicodeClass(ranges) || perlClass(ranges)) {
                    continue;
                }
                int rangeStart = pos;
                int lo = classChar(start);
                int hi = lo;
                if (pos + 1 < s.length && s[pos] == '-' && s[pos + 1] != ']') {
                    pos++;
                    hi = classChar(start);
                    if (hi < lo) {
                        throw new SyntaxException("invalid character class range", text(rangeStart, pos));
                    }
                }
                ranges.add(new int[] {lo, hi});
            }
            pos++; // ']'
            return CharSet.of(ranges, negated);
        }

        private int classChar(int classStart) throws SyntaxException {
            if (pos >= s.length) {
                throw new SyntaxException("missing closing ]", text(classStart, s.length));
            }
            if (s[pos] == '\\') {
                return escapedChar();
            }
            return s[pos++];
        }

        /** {@code [:alpha:]} and {@code [:^alpha:]} at {@code pos}; false when there is no closing {@code :]}. */
        private boolean namedClass(List<int[]> ranges) throws SyntaxException {
            int end = -1;
            for (int i = pos + 2; i + 1 < s.length; i++) {
                if (s[i] == ':' && s[i + 1] == ']') {
                    end = i + 2;
                    break;
                }
            }
            if (end < 0) {
                return false;
            }
            String name = text(pos, end);
            boolean negated = name.startsWith("[:^");
            int[] set = POSIX.get(negated ? "[:" + name.substring(3) : name);
            if (set == null) {
                throw new SyntaxException("invalid character class range", name);
            }
            addSet(ranges, set, negated);
            pos = end;
            return true;
        }

        /** {@code \d \D \s \S \w \W} at {@code pos}. */
        private boolean perlClass(List<int[]> ranges) {
            if (pos + 1 >= s.length || s[pos] != '\\') {
                return false;
            }
            int[] set;
            switch (s[pos + 1]) {
                case 'd':
                case 'D':
                    set = DIGIT;
                    break;
                case 's':
                case 'S':
                    set = PERL_SPACE;
                    break;
                case 'w':
                case 'W':
                    set = WORD;
                    break;
                default:
                    return false;
            }
            addSet(ranges, set, Character.isUpperCase(s[pos + 1]));
            pos += 2;
            return true;
        }

        /** {@code \pL}, {@code \p{Greek}}, {@code \PL}, {@code \p{^Greek}} at {@code pos}. */
        private boolean unicodeClass(List<int[]> ranges) throws SyntaxException {
            if (pos + 1 >= s.length || s[pos] != '\\' || (s[pos + 1] != 'p' && s[pos + 1] != 'P')) {
                return false;
            }
            int start = pos;
            boolean negated = s[pos + 1] == 'P';
            int i = pos + 2;
            if (i >= s.length) {
                throw new SyntaxException("invalid character class range", text(start, s.length));
            }
            String name;
            if (s[i] == '{') {
                int close = -1;
                for (int k = i + 1; k < s.length; k++) {
                    if (s[k] == '}') {
                        close = k;
                        break;
                    }
                }
                if (close < 0) {
                    throw new SyntaxException("invalid character class range", text(start, s.length));
                }
                name = text(i + 1, close);
                i = close + 1;
            } else {
                name = new String(Character.toChars(s[i]));
                i++;
            }
            if (name.startsWith("^")) {
                negated = !negated;
                name = name.substring(1);
            }
            UnicodeGroup group = UnicodeGroup.named(name);
            if (group == null) {
                throw new SyntaxException("invalid character class range", text(start, i));
            }
            List<int[]> groupRanges = group.ranges();
            if (negated) {
                CharSet complement = CharSet.of(groupRanges, true);
                for (int k = 0; k < complement.ranges.length; k += 2) {
                    ranges.add(new int[] {complement.ranges[k], complement.ranges[k + 1]});
                }
            } else {
                ranges.addAll(groupRanges);
            }
            pos = i;
            return true;
        }

        /** Go's {@code parseEscape}: one escaped character at {@code pos} (which holds the backslash). */
        private int escapedChar() throws SyntaxException {
            int start = pos;
            pos++;
            if (pos >= s.length) {
                throw new SyntaxException("trailing backslash at end of expression", "");
            }
            int c = s[pos++];
            if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                return c;
            }
            if (c >= '1' && c <= '7' && !(pos < s.length && s[pos] >= '0' && s[pos] <= '7')) {
                throw new SyntaxException("invalid escape sequence", text(start, pos));
            }
            if (c >= '0' && c <= '7') {
                int r = c - '0';
                for (int i = 1; i < 3 && pos < s.length && s[pos] >= '0' && s[pos] <= '7'; i++) {
                    r = r * 8 + s[pos++] - '0';
                }
                return r;
            }
            switch (c) {
                case 'x':
                    return hexEscape(start);
                case 'a':
                    return 7;
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'v':
                    return 11;
                default:
                    throw new SyntaxException("invalid escape sequence", text(start, pos));
            }
        }

        private int hexEscape(int start) throws SyntaxException {
            if (pos < s.length && s[pos] == '{') {
                pos++;
                int value = 0;
                int digits = 0;
                while (true) {
                    if (pos >= s.length) {
                        throw new SyntaxException("invalid escape sequence", text(start, pos));
                    }
                    int c = s[pos++];
                    if (c == '}') {
                        break;
                    }
                    int v = Character.digit(c, 16);
                    if (v < 0 || c > 0x7f) {
                        throw new SyntaxException("invalid escape sequence", text(start, pos));
                    }
                    value = value * 16 + v;
                    if (value > MAX_RUNE) {
                        throw new SyntaxException("invalid escape sequence", text(start, pos));
                    }
                    digits++;
                }
                if (digits == 0) {
                    throw new SyntaxException("invalid escape sequence", text(start, pos));
                }
                return value;
            }
            if (pos + 1 >= s.length) {
                pos = s.length;
                throw new SyntaxException("invalid escape sequence", text(start, pos));
            }
            int x = s[pos] < 0x80 ? Character.digit(s[pos], 16) : -1;
            int y = s[pos + 1] < 0x80 ? Character.digit(s[pos + 1], 16) : -1;
            pos += 2;
            if (x < 0 || y < 0) {
                throw new SyntaxException("invalid escape sequence", text(start, pos));
            }
            return x * 16 + y;
        }

        private String text(int from, int to) {
            StringBuilder out = new StringBuilder();
            for (int i = from; i < to && i < s.length; i++) {
                out.appendCodePoint(s[i]);
            }
            return out.toString();
        }

        private static void addSet(List<int[]> ranges, int[] set, boolean negated) {
            List<int[]> list = new ArrayList<>();
            for (int i = 0; i < set.length; i += 2) {
                list.add(new int[] {set[i], set[i + 1]});
            }
            CharSet built = CharSet.of(list, negated);
            for (int i = 0; i < built.ranges.length; i += 2) {
                ranges.add(new int[] {built.ranges[i], built.ranges[i + 1]});
            }
        }
    }

    private static final int[] DIGIT = {'0', '9'};
    private static final int[] PERL_SPACE = {'\t', '\n', '\f', '\r', ' ', ' '};
    private static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};

    private static final Map<String, int[]> POSIX = Map.ofEntries(
            Map.entry("[:alnum:]", new int[] {'0', '9', 'A', 'Z', 'a', 'z'}),
            Map.entry("[:alpha:]", new int[] {'A', 'Z', 'a', 'z'}),
            Map.entry("[:ascii:]", new int[] {0, 0x7f}),
            Map.entry("[:blank:]", new int[] {'\t', '\t', ' ', ' '}),
            Map.entry("[:cntrl:]", new int[] {0, 0x1f, 0x7f, 0x7f}),
            Map.entry("[:digit:]", new int[] {'0', '9'}),
            Map.entry("[:graph:]", new int[] {'!', '~'}),
            Map.entry("[:lower:]", new int[] {'a', 'z'}),
            Map.entry("[:print:]", new int[] {' ', '~'}),
            Map.entry("[:punct:]", new int[] {'!', '/', ':', '@', '[', '`', '{', '~'}),
            Map.entry("[:space:]", new int[] {'\t', '\r', ' ', ' '}),
            Map.entry("[:upper:]", new int[] {'A', 'Z'}),
            Map.entry("[:word:]", new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}),
            Map.entry("[:xdigit:]", new int[] {'0', '9', 'A', 'F', 'a', 'f'}));

    /** Go's Unicode groups for {@code \p{...}}: "Any", general categories, and scripts. */
    private static final class UnicodeGroup {
        private final java.util.function.IntPredicate member;

        private UnicodeGroup(java.util.function.IntPredicate member) {
            this.member = member;
        }

        static UnicodeGroup named(String name) {
            if (name.equals("Any")) {
                return new UnicodeGroup(c -> true);
            }
            int[] types = CATEGORIES.get(name);
            if (types != null) {
                return new UnicodeGroup(c -> {
                    int type = Character.getType(c);
                    for (int t : types) {
                        if (t == type) {
                            return true;
                        }
                    }
                    return false;
                });
            }
            for (Character.UnicodeScript script : Character.UnicodeScript.values()) {
                if (script != Character.UnicodeScript.UNKNOWN && goName(script).equals(name)) {
                    return new UnicodeGroup(c -> Character.UnicodeScript.of(c) == script);
                }
            }
            return null;
        }

        /** Go spells scripts {@code Old_Italic} where Java has {@code OLD_ITALIC}. */
        private static String goName(Character.UnicodeScript script) {
            StringBuilder out = new StringBuilder();
            for (String part : script.name().split("_", -1)) {
                if (out.length() > 0) {
                    out.append('_');
                }
                if (!part.isEmpty()) {
                    out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
                }
            }
            return out.toString();
        }

        /** The members as ranges (computed once per use; groups are rare in .dockerignore files). */
        List<int[]> ranges() {
            List<int[]> out = new ArrayList<>();
            int start = -1;
            for (int c = 0; c <= MAX_RUNE + 1; c++) {
                boolean in = c <= MAX_RUNE && member.test(c);
                if (in && start < 0) {
                    start = c;
                } else if (!in && start >= 0) {
                    out.add(new int[] {start, c - 1});
                    start = -1;
                }
            }
            return out;
        }

        private static final Map<String, int[]> CATEGORIES = Map.ofEntries(
                Map.entry("C", new int[] {Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE}),
                Map.entry("Cc", new int[] {Character.CONTROL}),
                Map.entry("Cf", new int[] {Character.FORMAT}),
                Map.entry("Co", new int[] {Character.PRIVATE_USE}),
                Map.entry("Cs", new int[] {Character.SURROGATE}),
                Map.entry("L", new int[] {Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER}),
                Map.entry("Ll", new int[] {Character.LOWERCASE_LETTER}),
                Map.entry("Lm", new int[] {Character.MODIFIER_LETTER}),
                Map.entry("Lo", new int[] {Character.OTHER_LETTER}),
                Map.entry("Lt", new int[] {Character.TITLECASE_LETTER}),
                Map.entry("Lu", new int[] {Character.UPPERCASE_LETTER}),
                Map.entry("M", new int[] {Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK}),
                Map.entry("Mc", new int[] {Character.COMBINING_SPACING_MARK}),
                Map.entry("Me", new int[] {Character.ENCLOSING_MARK}),
                Map.entry("Mn", new int[] {Character.NON_SPACING_MARK}),
                Map.entry("N", new int[] {Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER}),
                Map.entry("Nd", new int[] {Character.DECIMAL_DIGIT_NUMBER}),
                Map.entry("Nl", new int[] {Character.LETTER_NUMBER}),
                Map.entry("No", new int[] {Character.OTHER_NUMBER}),
                Map.entry("P", new int[] {Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION}),
                Map.entry("Pc", new int[] {Character.CONNECTOR_PUNCTUATION}),
                Map.entry("Pd", new int[] {Character.DASH_PUNCTUATION}),
                Map.entry("Pe", new int[] {Character.END_PUNCTUATION}),
                Map.entry("Pf", new int[] {Character.FINAL_QUOTE_PUNCTUATION}),
                Map.entry("Pi", new int[] {Character.INITIAL_QUOTE_PUNCTUATION}),
                Map.entry("Po", new int[] {Character.OTHER_PUNCTUATION}),
                Map.entry("Ps", new int[] {Character.START_PUNCTUATION}),
                Map.entry("S", new int[] {Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL}),
                Map.entry("Sc", new int[] {Character.CURRENCY_SYMBOL}),
                Map.entry("Sk", new int[] {Character.MODIFIER_SYMBOL}),
                Map.entry("Sm", new int[] {Character.MATH_SYMBOL}),
                Map.entry("So", new int[] {Character.OTHER_SYMBOL}),
                Map.entry("Z", new int[] {Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR}),
                Map.entry("Zl", new int[] {Character.LINE_SEPARATOR}),
                Map.entry("Zp", new int[] {Character.PARAGRAPH_SEPARATOR}),
                Map.entry("Zs", new int[] {Character.SPACE_SEPARATOR}));
    }

    // ---- compilation to a Thompson automaton ----

    private static final class Program {
        private final List<Integer> ops = new ArrayList<>();
        private final List<Integer> args = new ArrayList<>();
        private final List<Integer> args2 = new ArrayList<>();
        private final List<CharSet> sets = new ArrayList<>();

        int add(int op, int arg, int arg2, CharSet set) {
            ops.add(op);
            args.add(arg);
            args2.add(arg2);
            sets.add(set);
            return ops.size() - 1;
        }

        void patch(int pc, int arg, int arg2) {
            args.set(pc, arg);
            args2.set(pc, arg2);
        }

        int next() {
            return ops.size();
        }

        void emit(Node node) {
            if (node instanceof Chars chars) {
                add(OP_CHAR, 0, 0, chars.set());
            } else if (node instanceof Assertion assertion) {
                add(OP_ASSERT, assertion.kind(), 0, null);
            } else if (node instanceof Sequence sequence) {
                for (Node item : sequence.items()) {
                    emit(item);
                }
            } else if (node instanceof Group group) {
                emit(group.node());
            } else if (node instanceof Alternation alternation) {
                List<Integer> jumps = new ArrayList<>();
                List<Node> choices = alternation.choices();
                for (int i = 0; i < choices.size(); i++) {
                    if (i < choices.size() - 1) {
                        int split = add(OP_SPLIT, 0, 0, null);
                        emit(choices.get(i));
                        jumps.add(add(OP_JMP, 0, 0, null));
                        patch(split, split + 1, next());
                    } else {
                        emit(choices.get(i));
                    }
                }
                for (int jump : jumps) {
                    patch(jump, next(), 0);
                }
            } else if (node instanceof Repetition repetition) {
                for (int i = 0; i < repetition.min(); i++) {
                    emit(repetition.node());
                }
                if (repetition.max() < 0) {
                    int split = add(OP_SPLIT, 0, 0, null);
                    emit(repetition.node());
                    add(OP_JMP, split, 0, null);
                    patch(split, split + 1, next());
                } else {
                    List<Integer> splits = new ArrayList<>();
                    for (int i = repetition.min(); i < repetition.max(); i++) {
                        splits.add(add(OP_SPLIT, 0, 0, null));
                        emit(repetition.node());
                    }
                    for (int split : splits) {
                        patch(split, split + 1, next());
                    }
                }
            }
        }

        GoRegexp build() {
            int n = ops.size();
            int[] op = new int[n];
            int[] arg = new int[n];
            int[] arg2 = new int[n];
            CharSet[] set = new CharSet[n];
            for (int i = 0; i < n; i++) {
                op[i] = ops.get(i);
                arg[i] = args.get(i);
                arg2[i] = args2.get(i);
                set[i] = sets.get(i);
            }
            return new GoRegexp(op, arg, arg2, set);
        }
    }
}

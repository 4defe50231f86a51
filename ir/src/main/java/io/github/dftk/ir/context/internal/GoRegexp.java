package io.github.dftk.ir.context.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code regexp} (RE2 syntax, Perl flags) for the expressions moby's pattern matcher
 * builds from .dockerignore lines, matched without backtracking.
 *
 * <p>The matcher turns a pattern into a regular expression by text substitution, and user text
 * (classes, escapes, {@code ^}) reaches Go's regexp parser unchanged. So {@code \d} in a
 * .dockerignore line is a digit class, {@code [[:alpha:]]} is a POSIX class, {@code \Q...}
 * quotes the rest of the expression, a {@code ^} in the middle never matches, and {@code [z-a]}
 * is an error. The syntax is parsed as Go parses it ({@link RegexpSyntax}); this class compiles
 * it to an automaton and answers {@code MatchString}: a match anywhere in the text. Matching
 * follows all automaton states at once, never backtracking, so its cost is linear in the text
 * whatever the expression; the state sets met are cached as they are built (RE2's lazy DFA).
 */
public final class GoRegexp {

    /** The expression is not valid Go regexp syntax. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String what, String expression) {
            super("error parsing regexp: " + what + ": `" + expression + "`");
        }
    }

    private static final int OP_CHAR = 0;
    private static final int OP_SPLIT = 1;
    private static final int OP_JMP = 2;
    private static final int OP_ASSERT = 3;
    private static final int OP_MATCH = 4;

    private static final int BEGIN_TEXT = RegexpSyntax.BEGIN_TEXT;
    private static final int END_TEXT = RegexpSyntax.END_TEXT;
    private static final int WORD_BOUNDARY = RegexpSyntax.WORD_BOUNDARY;
    private static final int NOT_WORD_BOUNDARY = RegexpSyntax.NOT_WORD_BOUNDARY;

    /** At most this many cached automaton states; past it, matching simulates the automaton directly. */
    private static final int MAX_DFA_STATES = 2_000;

    private final int[] op;
    private final int[] arg;
    private final int[] arg2;
    private final CodePointSet[] sets;
    /** Word-boundary assertions look at the next character, which the cached states do not know. */
    private final boolean cacheable;
    private final Map<Seeds, DfaState> dfa = new java.util.concurrent.ConcurrentHashMap<>();
    private final DfaState start;

    private GoRegexp(int[] op, int[] arg, int[] arg2, CodePointSet[] sets) {
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
        RegexpSyntax.Node tree = RegexpSyntax.parse(expression);
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

    // ---- compilation to a Thompson automaton ----

    private static final class Program {
        private final List<Integer> ops = new ArrayList<>();
        private final List<Integer> args = new ArrayList<>();
        private final List<Integer> args2 = new ArrayList<>();
        private final List<CodePointSet> sets = new ArrayList<>();

        int add(int op, int arg, int arg2, CodePointSet set) {
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

        void emit(RegexpSyntax.Node node) {
            if (node instanceof RegexpSyntax.Chars chars) {
                add(OP_CHAR, 0, 0, chars.set());
            } else if (node instanceof RegexpSyntax.Assertion assertion) {
                add(OP_ASSERT, assertion.kind(), 0, null);
            } else if (node instanceof RegexpSyntax.Sequence sequence) {
                for (RegexpSyntax.Node item : sequence.items()) {
                    emit(item);
                }
            } else if (node instanceof RegexpSyntax.Group group) {
                emit(group.node());
            } else if (node instanceof RegexpSyntax.Alternation alternation) {
                List<Integer> jumps = new ArrayList<>();
                List<RegexpSyntax.Node> choices = alternation.choices();
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
            } else if (node instanceof RegexpSyntax.Repetition repetition) {
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
            CodePointSet[] set = new CodePointSet[n];
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

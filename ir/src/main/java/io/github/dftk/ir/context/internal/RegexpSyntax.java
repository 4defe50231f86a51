package io.github.dftk.ir.context.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Go's regular expression syntax (RE2 with the Perl flags {@code regexp.Compile} uses: {@code ^}
 * and {@code $} match only at the ends of the text, {@code .} does not match a newline, Perl
 * classes, Unicode groups), parsed into a small tree as Go parses it, errors included.
 */
final class RegexpSyntax {

    static final int BEGIN_TEXT = 0;
    static final int END_TEXT = 1;
    static final int WORD_BOUNDARY = 2;
    static final int NOT_WORD_BOUNDARY = 3;

    private static final int MAX_RUNE = CodePointSet.MAX_RUNE;
    private static final int MAX_REPEAT = 1000;

    private RegexpSyntax() {
    }

    /** Parses {@code expression}; throws Go's error when Go's parser rejects it. */
    static Node parse(String expression) throws GoRegexp.SyntaxException {
        return new Parser(expression).parse();
    }


    /** A parsed expression. */
    sealed interface Node permits Chars, Assertion, Sequence, Alternation, Repetition, Group {
    }

    record Chars(CodePointSet set) implements Node {
    }

    record Assertion(int kind) implements Node {
    }

    record Sequence(List<Node> items) implements Node {
    }

    record Alternation(List<Node> choices) implements Node {
    }

    /** {@code max} is -1 for no upper bound. */
    record Repetition(Node node, int min, int max) implements Node {
    }

    record Group(Node node) implements Node {
    }


    /** Go's regexp/syntax parser, with the Perl flags {@code regexp.Compile} uses. */
    private static final class Parser {
        private final String source;
        private final int[] s;
        private int pos;

        Parser(String source) {
            this.source = source;
            this.s = source.codePoints().toArray();
        }

        Node parse() throws GoRegexp.SyntaxException {
            Node node = alternation();
            if (pos < s.length) {
                // Only a ')' stops an alternation early.
                throw new GoRegexp.SyntaxException("unexpected )", source);
            }
            return node;
        }

        private Node alternation() throws GoRegexp.SyntaxException {
            List<Node> choices = new ArrayList<>();
            choices.add(sequence());
            while (pos < s.length && s[pos] == '|') {
                pos++;
                choices.add(sequence());
            }
            return choices.size() == 1 ? choices.get(0) : new Alternation(choices);
        }

        private Node sequence() throws GoRegexp.SyntaxException {
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
                        throw new GoRegexp.SyntaxException("invalid repeat count", text(start, pos));
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
                throws GoRegexp.SyntaxException {
            if (pos < s.length && s[pos] == '?') {
                pos++; // non-greedy: the same set of matches
            }
            if (lastRepeat != null) {
                throw new GoRegexp.SyntaxException("invalid nested repetition operator", lastRepeat + text(start, pos));
            }
            if (items.isEmpty()) {
                throw new GoRegexp.SyntaxException("missing argument to repetition operator", text(start, pos));
            }
            if (max >= 0 && min > max) {
                throw new GoRegexp.SyntaxException("invalid repeat count", text(start, pos));
            }
            Node last = items.remove(items.size() - 1);
            items.add(new Repetition(last, min, max));
        }

        private Node atom() throws GoRegexp.SyntaxException {
            int c = s[pos];
            switch (c) {
                case '(':
                    if (pos + 1 < s.length && s[pos + 1] == '?') {
                        // Flags and named groups: the dockerignore translation escapes every '('.
                        throw new GoRegexp.SyntaxException("missing argument to repetition operator", "?");
                    }
                    pos++;
                    Node inner = alternation();
                    if (pos >= s.length) {
                        throw new GoRegexp.SyntaxException("missing closing )", source);
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
                    return new Chars(CodePointSet.of(List.of(new int[] {0, '\n' - 1}, new int[] {'\n' + 1, MAX_RUNE}), false));
                case '[':
                    return new Chars(charClass());
                case '\\':
                    return escape();
                default:
                    pos++;
                    return new Chars(CodePointSet.single(c));
            }
        }

        private Node escape() throws GoRegexp.SyntaxException {
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
                        throw new GoRegexp.SyntaxException("invalid escape sequence", "\\C");
                    default:
                        break;
                }
            }
            List<int[]> ranges = new ArrayList<>();
            if (unicodeClass(ranges) || perlClass(ranges)) {
                return new Chars(CodePointSet.of(ranges, false));
            }
            return new Chars(CodePointSet.single(escapedChar()));
        }

        /** {@code \Q...\E}: everything up to {@code \E} (or the end) is literal, one item per character. */
        private void quoted(List<Node> items) {
            pos += 2;
            while (pos < s.length) {
                if (s[pos] == '\\' && pos + 1 < s.length && s[pos + 1] == 'E') {
                    pos += 2;
                    return;
                }
                items.add(new Chars(CodePointSet.single(s[pos++])));
            }
        }

        /** Go's {@code parseClass}: {@code [...]} at {@code pos}. */
        private CodePointSet charClass() throws GoRegexp.SyntaxException {
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
                    throw new GoRegexp.SyntaxException("missing closing ]", text(start, s.length));
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
                        throw new GoRegexp.SyntaxException("invalid character class range", text(rangeStart, pos));
                    }
                }
                ranges.add(new int[] {lo, hi});
            }
            pos++; // ']'
            return CodePointSet.of(ranges, negated);
        }

        private int classChar(int classStart) throws GoRegexp.SyntaxException {
            if (pos >= s.length) {
                throw new GoRegexp.SyntaxException("missing closing ]", text(classStart, s.length));
            }
            if (s[pos] == '\\') {
                return escapedChar();
            }
            return s[pos++];
        }

        /** {@code [:alpha:]} and {@code [:^alpha:]} at {@code pos}; false when there is no closing {@code :]}. */
        private boolean namedClass(List<int[]> ranges) throws GoRegexp.SyntaxException {
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
                throw new GoRegexp.SyntaxException("invalid character class range", name);
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
        private boolean unicodeClass(List<int[]> ranges) throws GoRegexp.SyntaxException {
            if (pos + 1 >= s.length || s[pos] != '\\' || (s[pos + 1] != 'p' && s[pos + 1] != 'P')) {
                return false;
            }
            int start = pos;
            boolean negated = s[pos + 1] == 'P';
            int i = pos + 2;
            if (i >= s.length) {
                throw new GoRegexp.SyntaxException("invalid character class range", text(start, s.length));
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
                    throw new GoRegexp.SyntaxException("invalid character class range", text(start, s.length));
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
                throw new GoRegexp.SyntaxException("invalid character class range", text(start, i));
            }
            List<int[]> groupRanges = group.ranges();
            if (negated) {
                CodePointSet.of(groupRanges, true).addTo(ranges);
            } else {
                ranges.addAll(groupRanges);
            }
            pos = i;
            return true;
        }

        /** Go's {@code parseEscape}: one escaped character at {@code pos} (which holds the backslash). */
        private int escapedChar() throws GoRegexp.SyntaxException {
            int start = pos;
            pos++;
            if (pos >= s.length) {
                throw new GoRegexp.SyntaxException("trailing backslash at end of expression", "");
            }
            int c = s[pos++];
            if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                return c;
            }
            if (c >= '1' && c <= '7' && !(pos < s.length && s[pos] >= '0' && s[pos] <= '7')) {
                throw new GoRegexp.SyntaxException("invalid escape sequence", text(start, pos));
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
                    throw new GoRegexp.SyntaxException("invalid escape sequence", text(start, pos));
            }
        }

        private int hexEscape(int start) throws GoRegexp.SyntaxException {
            if (pos < s.length && s[pos] == '{') {
                pos++;
                int value = 0;
                int digits = 0;
                while (true) {
                    if (pos >= s.length) {
                        throw new GoRegexp.SyntaxException("invalid escape sequence", text(start, pos));
                    }
                    int c = s[pos++];
                    if (c == '}') {
                        break;
                    }
                    int v = Character.digit(c, 16);
                    if (v < 0 || c > 0x7f) {
                        throw new GoRegexp.SyntaxException("invalid escape sequence", text(start, pos));
                    }
                    value = value * 16 + v;
                    if (value > MAX_RUNE) {
                        throw new GoRegexp.SyntaxException("invalid escape sequence", text(start, pos));
                    }
                    digits++;
                }
                if (digits == 0) {
                    throw new GoRegexp.SyntaxException("invalid escape sequence", text(start, pos));
                }
                return value;
            }
            if (pos + 1 >= s.length) {
                pos = s.length;
                throw new GoRegexp.SyntaxException("invalid escape sequence", text(start, pos));
            }
            int x = s[pos] < 0x80 ? Character.digit(s[pos], 16) : -1;
            int y = s[pos + 1] < 0x80 ? Character.digit(s[pos + 1], 16) : -1;
            pos += 2;
            if (x < 0 || y < 0) {
                throw new GoRegexp.SyntaxException("invalid escape sequence", text(start, pos));
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
            CodePointSet.of(list, negated).addTo(ranges);
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
}

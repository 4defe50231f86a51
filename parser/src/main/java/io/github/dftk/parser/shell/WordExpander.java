package io.github.dftk.parser.shell;

import io.github.dftk.parser.GoStrings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One expansion run over one input: the quote, escape and substitution grammar of BuildKit's
 * shell lexer. Single use and not thread-safe; {@link ShellLexer} creates one per call.
 *
 * <p>Failures do not throw: a failing step records the message and offset and returns null or
 * false, and callers unwind. Like BuildKit, an error inside a {@code ${...}} word that leaves the
 * input exhausted is reported as the enclosing construct's missing terminator.
 */
final class WordExpander {

    /**
     * Deeper than any real Dockerfile nests substitutions; bounds the recursion so hostile input
     * cannot overflow the stack (Go's growable stacks never needed such a limit).
     */
    static final int MAX_NESTING = 200;

    private static final int EOF = SourceCursor.EOF;
    private static final String MISSING_BRACE = "syntax error: missing '}'";

    private final ShellLexer lexer;
    private final String source;
    private final Env env;
    private final SourceCursor in;
    private final int escape;
    private final boolean processQuotes;

    private NameSet.Builder matched;
    private NameSet.Builder unmatched;
    private List<VariableReference> references;
    private String failure;
    private int failureOffset;

    /** One reusable buffer per nesting level of {@code ${NAME op word}} words. */
    private TextSink[] nestedSinks;
    private int depth;

    WordExpander(ShellLexer lexer, String source, Env env) {
        this.lexer = lexer;
        this.source = source;
        this.env = env;
        this.in = new SourceCursor(source);
        this.escape = lexer.escape();
        this.processQuotes = !lexer.skipProcessQuotes();
    }

    WordResult expandWord() {
        TextSink out = new TextSink(source.length());
        boolean ok = expand(EOF, lexer.rawEscapes(), out);
        return new WordResult(ok ? out.take() : "", names(matched), names(unmatched), references(), error());
    }

    WordsResult expandWords() {
        WordSplitter out = new WordSplitter();
        boolean ok = expand(EOF, lexer.rawEscapes(), out);
        return new WordsResult(ok ? out.finish() : List.of(), names(matched), names(unmatched), references(), error());
    }

    /**
     * Expands until {@code stop} (consumed) or the end of input. {@code rawEscapes} is passed
     * down rather than kept as state because pattern words keep their escapes while nested
     * default words do not.
     */
    private boolean expand(int stop, boolean rawEscapes, WordSink out) {
        while (true) {
            int c = in.peek();
            if (c == EOF) {
                break;
            }
            if (c == stop) {
                in.next();
                return true;
            }
            if (c == '$') {
                String value = dollar();
                if (value == null) {
                    return false;
                }
                out.expansion(value);
            } else if (c == '<') {
                heredocMarker(out);
            } else if (processQuotes && c == '\'') {
                if (!singleQuoted(out)) {
                    return false;
                }
            } else if (processQuotes && c == '"') {
                if (!doubleQuoted(out, rawEscapes)) {
                    return false;
                }
            } else {
                in.next();
                if (c != escape) {
                    out.literal(c);
                    continue;
                }
                if (rawEscapes) {
                    out.verbatim(c);
                }
                int escaped = in.next();
                if (escaped == EOF) {
                    // A trailing escape is dropped (or kept raw above), as at the end of a line.
                    break;
                }
                out.verbatim(escaped);
            }
        }
        if (stop != EOF) {
            fail("unexpected end of statement while looking for matching " + SourceCursor.text(stop), in.position());
            return false;
        }
        return true;
    }

    /**
     * BuildKit keeps the blanks after an unquoted {@code <<} in the same word, so that
     * {@code RUN <<  EOF} yields the single word {@code <<  EOF} and is found as a heredoc.
     */
    private void heredocMarker(WordSink out) {
        in.next();
        out.verbatim('<');
        if (in.peek() != '<') {
            return;
        }
        in.next();
        out.verbatim('<');
        while (in.peek() == ' ' || in.peek() == '\t' || in.peek() == '\r') {
            out.verbatim(in.next());
        }
    }

    /** Everything up to the next {@code '} is literal; there is no way to escape a single quote. */
    private boolean singleQuoted(WordSink out) {
        int open = in.position();
        in.next();
        if (lexer.rawQuotes()) {
            out.verbatim('\'');
        }
        while (true) {
            int c = in.next();
            if (c == EOF) {
                fail("unexpected end of statement while looking for matching single-quote", open);
                return false;
            }
            if (c == '\'') {
                if (lexer.rawQuotes()) {
                    out.verbatim('\'');
                }
                return true;
            }
            out.verbatim(c);
        }
    }

    /**
     * Substitutions still apply inside double quotes, but their values are not split. The escape
     * character only escapes {@code "}, {@code $} and itself; before anything else it stays.
     */
    private boolean doubleQuoted(WordSink out, boolean rawEscapes) {
        int open = in.position();
        in.next();
        if (lexer.rawQuotes()) {
            out.verbatim('"');
        }
        while (true) {
            int c = in.peek();
            if (c == EOF) {
                fail("unexpected end of statement while looking for matching double-quote", open);
                return false;
            }
            if (c == '"') {
                in.next();
                if (lexer.rawQuotes()) {
                    out.verbatim('"');
                }
                return true;
            }
            if (c == '$') {
                String value = dollar();
                if (value == null) {
                    return false;
                }
                out.verbatim(value);
                continue;
            }
            in.next();
            if (c == escape) {
                if (rawEscapes) {
                    // BuildKit writes the escape here and again below when it escapes nothing.
                    out.verbatim(c);
                }
                int escaped = in.peek();
                if (escaped == EOF) {
                    continue;
                }
                if (escaped == '"' || escaped == '$' || escaped == escape) {
                    c = in.next();
                }
            }
            out.verbatim(c);
        }
    }

    /** Expands the substitution at the cursor ({@code $} not yet consumed); null on failure. */
    private String dollar() {
        int start = in.position();
        in.next();
        if (in.peek() != '{') {
            String name = name();
            if (name.isEmpty()) {
                return "$";
            }
            String value = lookup(name, start, in.position());
            if (value != null) {
                return value;
            }
            return lexer.skipUnsetEnv() ? "$" + name : "";
        }
        in.next();
        int c = in.peek();
        if (c == EOF) {
            return fail(MISSING_BRACE, start);
        }
        if (c == '{' || c == '}' || c == ':') {
            return fail("syntax error: bad substitution", start);
        }
        String name = name();
        int op = in.next();
        switch (op) {
            case '}': {
                String value = lookup(name, start, in.position());
                if (value != null) {
                    return value;
                }
                return lexer.skipUnsetEnv() ? "${" + name + "}" : "";
            }
            case ':', '+', '-', '?', '#', '%':
                return modifier(start, name, op);
            case '/':
                return replacement(start, name);
            default:
                return fail(unsupported(SourceCursor.text(op)), start);
        }
    }

    /**
     * {@code ${NAME op word}} for the default, alternative, error and trim operators. After a
     * colon BuildKit takes whatever character follows as the operator, reads the word, and only
     * then rejects an unknown one.
     */
    private String modifier(int start, String name, int first) {
        boolean colon = first == ':';
        int op = colon ? in.next() : first;
        String opText = colon ? ":" + SourceCursor.text(op) : SourceCursor.text(op);
        boolean trim = op == '#' || op == '%';
        if (colon && trim) {
            return fail(unsupported(opText), start);
        }
        String word = nestedWord('}', trim, start, MISSING_BRACE);
        if (word == null) {
            return null;
        }
        String value = lookup(name, start, in.position());
        if (value == null && lexer.skipUnsetEnv()) {
            return "${" + name + opText + word + "}";
        }
        boolean absent = value == null || (colon && value.isEmpty());
        switch (op) {
            case '-':
                return absent ? word : value;
            case '+':
                return absent ? "" : word;
            case '?':
                if (value == null) {
                    return fail(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word), start);
                }
                if (absent) {
                    return fail(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word), start);
                }
                return value;
            case '#', '%':
                return trim(start, value == null ? "" : value, word, op);
            default:
                return fail(unsupported(opText), start);
        }
    }

    /** {@code #}/{@code %} remove the shortest match, a doubled operator the longest. */
    private String trim(int start, String value, String word, int op) {
        // The doubled operator is recognised after expansion, as in BuildKit.
        boolean longest = !word.isEmpty() && word.charAt(0) == op;
        String pattern = longest ? word.substring(1) : word;
        boolean suffix = op == '%';
        if (suffix) {
            pattern = PatternSubstitution.reversePattern(pattern);
        }
        GlobPattern glob = GlobPattern.compile(pattern, !longest);
        if (glob.error() != null) {
            return invalidPattern(pattern, glob, start);
        }
        return suffix ? PatternSubstitution.removeSuffix(value, glob) : PatternSubstitution.removePrefix(value, glob);
    }

    /** {@code ${NAME/pattern/replacement}} and {@code ${NAME//pattern/replacement}}. */
    private String replacement(int start, String name) {
        boolean all = in.peek() == '/';
        if (all) {
            in.next();
        }
        String pattern = nestedWord('/', true, start, "syntax error: missing '/' in ${}");
        if (pattern == null) {
            return null;
        }
        String replacement = nestedWord('}', true, start, MISSING_BRACE);
        if (replacement == null) {
            return null;
        }
        String value = lookup(name, start, in.position());
        if (value == null && lexer.skipUnsetEnv()) {
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        }
        GlobPattern glob = GlobPattern.compile(pattern, false);
        if (glob.error() != null) {
            return invalidPattern(pattern, glob, start);
        }
        String subject = value == null ? "" : value;
        return all
                ? PatternSubstitution.replaceAll(subject, glob, replacement)
                : PatternSubstitution.replaceFirst(subject, glob, replacement);
    }

    private String nestedWord(int stop, boolean rawEscapes, int start, String endOfInputMessage) {
        if (depth == MAX_NESTING) {
            return fail("syntax error: substitutions nested more than " + MAX_NESTING + " levels deep", start);
        }
        depth++;
        if (nestedSinks == null) {
            nestedSinks = new TextSink[4];
        } else if (depth == nestedSinks.length) {
            nestedSinks = Arrays.copyOf(nestedSinks, depth * 2);
        }
        TextSink sink = nestedSinks[depth];
        if (sink == null) {
            sink = new TextSink(16);
            nestedSinks[depth] = sink;
        }
        boolean ok = expand(stop, rawEscapes, sink);
        depth--;
        String word = sink.take();
        if (ok) {
            return word;
        }
        if (in.peek() == EOF) {
            fail(endOfInputMessage, start);
        }
        return null;
    }

    /**
     * A name is a run of digits (positional), one special-parameter character, or letters,
     * digits and underscores; Unicode letters and digits count, as in BuildKit.
     */
    private String name() {
        int begin = in.position();
        int c = in.peek();
        if (c == EOF) {
            return "";
        }
        if (Character.isDigit(c)) {
            while (in.peek() != EOF && Character.isDigit(in.peek())) {
                in.next();
            }
        } else if (isSpecialParameter(c)) {
            in.next();
        } else {
            while (c != EOF && (Character.isLetter(c) || Character.isDigit(c) || c == '_')) {
                in.next();
                c = in.peek();
            }
        }
        return in.slice(begin, in.position());
    }

    private static boolean isSpecialParameter(int c) {
        return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' || c == '$' || c == '!' || c == '0';
    }

    /** Looks {@code name} up and records the reference; null when unset. */
    private String lookup(String name, int start, int end) {
        Optional<String> found = env.get(name);
        String value = found == null ? null : found.orElse(null);
        if (value != null) {
            if (matched == null) {
                matched = new NameSet.Builder();
            }
            matched.add(name);
        } else {
            if (unmatched == null) {
                unmatched = new NameSet.Builder();
            }
            unmatched.add(name);
        }
        if (references == null) {
            references = new ArrayList<>();
        }
        references.add(new VariableReference(name, start, end, value != null));
        return value;
    }

    private String invalidPattern(String pattern, GlobPattern glob, int start) {
        return fail("invalid pattern (" + pattern + ") in substitution: " + glob.error(), start);
    }

    private static String unsupported(String modifier) {
        return "unsupported modifier (" + modifier + ") in substitution";
    }

    private <T> T fail(String message, int offset) {
        failure = message;
        failureOffset = offset;
        return null;
    }

    private Optional<ExpansionError> error() {
        if (failure == null) {
            return Optional.empty();
        }
        return Optional.of(new ExpansionError("failed to process " + GoStrings.quote(source) + ": " + failure, failureOffset));
    }

    private static Set<String> names(NameSet.Builder names) {
        return names == null ? Set.of() : names.build();
    }

    private List<VariableReference> references() {
        if (references == null) {
            return List.of();
        }
        // Lookups happen innermost first; report them in source order.
        references.sort(Comparator.comparingInt(VariableReference::start));
        return references;
    }
}

package io.github.dftk.parser.internal;

import io.github.dftk.parser.GoStrings;

import io.github.dftk.parser.ArgumentSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BuildKit's per-keyword line parsers ({@code line_parsers.go}): how the text after the
 * flags becomes the argument chain. Offsets are kept for every word.
 */
final class LineParsers {

    /** The argument chain a line parser produced. */
    record Parsed(List<RawWord> args, boolean json, Optional<NodeError> error) {
        static final Parsed NONE = new Parsed(List.of(), false, Optional.empty());

        static Parsed error(String code, String message, int start, int end) {
            return new Parsed(List.of(), false, Optional.of(new NodeError(code, message, start, end)));
        }
    }

    static final String NOT_STRING_ARRAY = "when using JSON array syntax, arrays must be comprised of strings only";

    private final String line;
    private final char escape;

    LineParsers(String line, char escape) {
        this.line = line;
        this.escape = escape;
    }

    Parsed parse(ArgumentSyntax syntax, String keyword, int rs, int re) {
        return switch (syntax) {
            case MAYBE_JSON -> maybeJson(rs, re);
            case MAYBE_JSON_TO_LIST -> maybeJsonToList(rs, re);
            case WHITESPACE_DELIMITED -> whitespaceDelimited(rs, re);
            case STRING -> rs == re ? Parsed.NONE : new Parsed(List.of(word(rs, re)), false, Optional.empty());
            case KEY_VALUE -> nameValue(keyword, rs, re);
            case NAME_OR_NAME_VALUE -> new Parsed(words(rs, re), false, Optional.empty());
            case HEALTHCHECK -> healthcheck(rs, re);
            case IGNORED -> new Parsed(List.of(new RawWord("", rs, rs)), false, Optional.empty());
            case SUB_COMMAND -> throw new IllegalArgumentException("sub-commands are parsed by NodeParser");
        };
    }

    private RawWord word(int start, int end) {
        return new RawWord(line.substring(start, end), start, end);
    }

    private Parsed maybeJson(int rs, int re) {
        if (rs == re) {
            return Parsed.NONE;
        }
        JsonArray.Result json = JsonArray.parse(line, rs, re);
        if (json instanceof JsonArray.StringArray array) {
            return new Parsed(elements(array, rs), true, Optional.empty());
        }
        if (json instanceof JsonArray.NotStringArray bad) {
            return Parsed.error("json-not-strings", NOT_STRING_ARRAY, bad.offset(), re);
        }
        return new Parsed(List.of(word(rs, re)), false, Optional.empty());
    }

    private Parsed maybeJsonToList(int rs, int re) {
        JsonArray.Result json = JsonArray.parse(line, rs, re);
        if (json instanceof JsonArray.StringArray array) {
            return new Parsed(elements(array, rs), true, Optional.empty());
        }
        if (json instanceof JsonArray.NotStringArray bad) {
            return Parsed.error("json-not-strings", NOT_STRING_ARRAY, bad.offset(), re);
        }
        return whitespaceDelimited(rs, re);
    }

    private static List<RawWord> elements(JsonArray.StringArray array, int rs) {
        List<RawWord> out = new ArrayList<>(array.elements().size());
        for (JsonArray.Element e : array.elements()) {
            out.add(new RawWord(e.value(), e.start(), e.end()));
        }
        return out;
    }

    /** {@code reWhitespace.Split(rest, -1)}: split on runs of {@code [\t\v\f\r ]}. */
    private Parsed whitespaceDelimited(int rs, int re) {
        if (rs == re) {
            return Parsed.NONE;
        }
        List<RawWord> out = new ArrayList<>();
        int start = rs;
        int i = rs;
        while (i < re) {
            if (GoStrings.isTokenWhitespace(line.charAt(i))) {
                out.add(word(start, i));
                while (i < re && GoStrings.isTokenWhitespace(line.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        out.add(word(start, re));
        return new Parsed(out, false, Optional.empty());
    }

    /** ENV and LABEL: {@code k=v ...} pairs, or the legacy {@code KEY rest-of-line} form. */
    private Parsed nameValue(String keyword, int rs, int re) {
        List<RawWord> words = words(rs, re);
        if (words.isEmpty()) {
            return Parsed.NONE;
        }
        if (words.get(0).text().indexOf('=') < 0) {
            int split = rs;
            while (split < re && !GoStrings.isTokenWhitespace(line.charAt(split))) {
                split++;
            }
            if (split == re) {
                return Parsed.error("missing-value", keyword.toUpperCase(java.util.Locale.ROOT) + " must have two arguments",
                        rs, re);
            }
            int valueStart = split;
            while (valueStart < re && GoStrings.isTokenWhitespace(line.charAt(valueStart))) {
                valueStart++;
            }
            return new Parsed(List.of(word(rs, split), word(valueStart, re), new RawWord("", re, re)), false,
                    Optional.empty());
        }
        List<RawWord> out = new ArrayList<>(words.size() * 3);
        for (RawWord w : words) {
            int eq = w.text().indexOf('=');
            if (eq < 0) {
                return Parsed.error("missing-equals", "Syntax error - can't find = in " + GoStrings.quote(w.text())
                        + ". Must be of the form: name=value", w.start(), w.end());
            }
            // Word offsets are source-faithful only when the word text is a verbatim slice of the line.
            int eqAt = verbatim(w) ? w.start() + eq : w.start();
            out.add(new RawWord(w.text().substring(0, eq), w.start(), eqAt));
            out.add(new RawWord(w.text().substring(eq + 1), verbatim(w) ? eqAt + 1 : w.start(), w.end()));
            out.add(new RawWord("=", eqAt, verbatim(w) ? eqAt + 1 : eqAt));
        }
        return new Parsed(out, false, Optional.empty());
    }

    private boolean verbatim(RawWord w) {
        return w.end() - w.start() == w.text().length() && line.startsWith(w.text(), w.start());
    }

    /**
     * BuildKit's {@code parseWords}: split on unquoted, unescaped whitespace; quotes and
     * escapes stay in the words. Invalid UTF-8 bytes become U+FFFD, as Go's rune decoding
     * makes them.
     */
    List<RawWord> words(int rs, int re) {
        List<RawWord> words = new ArrayList<>();
        final int inSpaces = 0;
        final int inWord = 1;
        final int inQuote = 2;
        int phase = inSpaces;
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean blankOk = false;
        int wordStart = rs;
        int wordEnd = rs;
        int pos = rs;
        while (true) {
            if (pos == re) {
                if (phase != inSpaces && (blankOk || word.length() > 0)) {
                    words.add(new RawWord(word.toString(), wordStart, wordEnd));
                }
                break;
            }
            int ch = line.codePointAt(pos);
            int width = Character.charCount(ch);
            if (phase == inSpaces) {
                if (GoStrings.isSpace(ch)) {
                    pos += width;
                    continue;
                }
                phase = inWord;
                wordStart = pos;
            }
            if (phase == inWord) {
                if (GoStrings.isSpace(ch)) {
                    phase = inSpaces;
                    if (blankOk || word.length() > 0) {
                        words.add(new RawWord(word.toString(), wordStart, wordEnd));
                    }
                    word.setLength(0);
                    blankOk = false;
                    pos += width;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = (char) ch;
                    blankOk = true;
                    phase = inQuote;
                }
                if (ch == escape) {
                    if (pos + width == re) {
                        pos += width;
                        continue;
                    }
                    appendRune(word, ch);
                    pos += width;
                    ch = line.codePointAt(pos);
                    width = Character.charCount(ch);
                }
                appendRune(word, ch);
                pos += width;
                wordEnd = pos;
                continue;
            }
            // inQuote
            if (ch == quote) {
                phase = inWord;
            }
            if (ch == escape && quote != '\'') {
                if (pos + width == re) {
                    phase = inWord;
                    pos += width;
                    continue;
                }
                appendRune(word, ch);
                pos += width;
                ch = line.codePointAt(pos);
                width = Character.charCount(ch);
            }
            appendRune(word, ch);
            pos += width;
            wordEnd = pos;
        }
        return words;
    }

    private static void appendRune(StringBuilder out, int cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            out.append('\uFFFD');
        } else {
            out.appendCodePoint(cp);
        }
    }

    /** HEALTHCHECK: the type word, then the command as RUN would read it (byte-level spaces, as BuildKit). */
    private Parsed healthcheck(int rs, int re) {
        int sep = rs;
        while (sep < re && !isByteSpaceChar(line.charAt(sep))) {
            sep++;
        }
        int next = sep;
        while (next < re && isByteSpaceChar(line.charAt(next))) {
            next++;
        }
        if (sep == rs) {
            return Parsed.NONE;
        }
        Parsed command = maybeJson(next, re);
        if (command.error().isPresent()) {
            return command;
        }
        List<RawWord> args = new ArrayList<>(1 + command.args().size());
        args.add(word(rs, sep));
        args.addAll(command.args());
        return new Parsed(args, command.json(), Optional.empty());
    }

    /**
     * Go's {@code unicode.IsSpace(rune(rest[i]))} applied to the first byte of each character:
     * for non-ASCII characters only their lead byte is looked at, which is never a space.
     */
    private static boolean isByteSpaceChar(char c) {
        if (GoStrings.isRawByte(c)) {
            int b = c - 0xDC00;
            return b == 0x85 || b == 0xA0;
        }
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}

package io.github.dftk.parser.internal;

import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.WordsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the heredocs an instruction line opens, as BuildKit's {@code heredocsFromLine} and
 * {@code ParseHeredoc} do: the line is split into words by the shell lexer (keeping quotes,
 * escapes and unset variables verbatim, always with {@code \} as escape), and each word of
 * the form {@code [n]<<[-][blanks]NAME} is a heredoc. Whether the body is expanded depends
 * on whether any part of NAME was quoted, which shows as a difference in quote count when
 * NAME is lexed with and without raw quotes.
 */
public final class Heredocs {

    /** A heredoc marker found on an instruction line. */
    public record Marker(String name, int fileDescriptor, boolean expand, boolean chomp, String word) {
    }

    /** The markers of a line, or BuildKit's error. */
    public record Found(List<Marker> markers, Optional<String> error) {
        static final Found NONE = new Found(List.of(), Optional.empty());
    }

    private static final ShellLexer LINE_WORDS = ShellLexer.builder().escape('\\').rawQuotes(true).rawEscapes(true)
            .skipUnsetEnv(true).build();
    private static final ShellLexer NAME_WORDS = ShellLexer.builder().escape('\\').skipUnsetEnv(true).build();
    private static final ShellLexer NAME_WORDS_RAW = ShellLexer.builder().escape('\\').skipUnsetEnv(true)
            .rawQuotes(true).build();

    private Heredocs() {
    }

    /** The heredocs opened by a logical line (call only when the instruction can contain heredocs). */
    public static Found fromLine(String line) {
        if (!line.contains("<<")) {
            return Found.NONE;
        }
        WordsResult words = LINE_WORDS.processWords(line, Env.empty());
        if (words.error().isPresent()) {
            return Found.NONE;
        }
        List<Marker> markers = new ArrayList<>(1);
        for (String word : words.words()) {
            Optional<String> error = parse(word, markers);
            if (error.isPresent()) {
                return new Found(List.of(), error);
            }
        }
        return markers.isEmpty() ? Found.NONE : new Found(markers, Optional.empty());
    }

    /** BuildKit's {@code ParseHeredoc} for one word; a marker is added to {@code out} if it is one. */
    public static Optional<String> parse(String word, List<Marker> out) {
        int i = 0;
        while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
            i++;
        }
        int digitsEnd = i;
        if (!word.startsWith("<<", i)) {
            return Optional.empty();
        }
        i += 2;
        boolean chomp = i < word.length() && word.charAt(i) == '-';
        if (chomp) {
            i++;
        }
        while (i < word.length() && isRegexSpace(word.charAt(i))) {
            i++;
        }
        String rest = word.substring(i);
        if (rest.indexOf('<') >= 0 || rest.isEmpty()) {
            return Optional.empty();
        }
        WordsResult plain = NAME_WORDS.processWords(rest, Env.empty());
        if (plain.error().isPresent()) {
            return Optional.of(plain.error().get().message());
        }
        if (plain.words().size() != 1) {
            return Optional.empty();
        }
        WordsResult raw = NAME_WORDS_RAW.processWords(rest, Env.empty());
        if (raw.error().isPresent()) {
            return Optional.of(raw.error().get().message());
        }
        if (raw.words().size() != plain.words().size()) {
            return Optional.of("internal lexing of heredoc produced inconsistent results: " + rest);
        }
        String name = plain.words().get(0);
        boolean expand = quoteCount(name) == quoteCount(raw.words().get(0));
        int fd = digitsEnd == 0 ? 0 : parseDescriptor(word.substring(0, digitsEnd));
        out.add(new Marker(name, fd, expand, chomp, word));
        return Optional.empty();
    }

    /** Go's {@code strconv.ParseUint(s, 10, 0)} with the error ignored: 0 on overflow. */
    private static int parseDescriptor(String digits) {
        try {
            long value = Long.parseLong(digits);
            return value > Integer.MAX_VALUE ? 0 : (int) value;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int quoteCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                n++;
            }
        }
        return n;
    }

    /** RE2's {@code \s}: {@code [\t\n\f\r ]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}

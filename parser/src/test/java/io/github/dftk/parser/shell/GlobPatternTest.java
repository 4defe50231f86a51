package io.github.dftk.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The glob matcher against java.util.regex, which shares Go's leftmost-first semantics for the
 * constructs a BuildKit pattern compiles to ({@code .*}, {@code .*?}, {@code .}, literals) once
 * {@code .} is restricted to Go's rule of excluding only newline (UNIX_LINES).
 */
class GlobPatternTest {

    @Property(tries = 3000)
    void prefixMatchAgreesWithBacktrackingRegex(
            @ForAll("patterns") String glob, @ForAll("texts") String text, @ForAll boolean lazy) {
        Matcher oracle = oracle(glob, lazy).matcher(text);
        int expected = oracle.lookingAt() ? oracle.end() : -1;

        assertThat(GlobPattern.compile(glob, lazy).matchPrefix(text)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void searchAgreesWithBacktrackingRegex(
            @ForAll("patterns") String glob, @ForAll("texts") String text, @ForAll boolean lazy) {
        Matcher oracle = oracle(glob, lazy).matcher(text);
        // Callers only start searches on code point boundaries.
        for (int from = 0; from <= text.length(); from = nextBoundary(text, from)) {
            long span = GlobPattern.compile(glob, lazy).find(text, from);
            if (oracle.find(from)) {
                assertThat(span).isNotEqualTo(GlobPattern.NO_MATCH);
                assertThat(GlobPattern.start(span)).as("start from %d", from).isEqualTo(oracle.start());
                assertThat(GlobPattern.end(span)).as("end from %d", from).isEqualTo(oracle.end());
            } else {
                assertThat(span).as("from %d", from).isEqualTo(GlobPattern.NO_MATCH);
            }
        }
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars('a', 'b', '*', '?').withChars("🚀").ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', '\n').withChars("🚀").ofMaxLength(10);
    }

    @Test
    void escapesAndBracketsAreLiteral() {
        assertThat(GlobPattern.compile("\\*\\?\\\\[a]", false).matchPrefix("*?\\[a]x")).isEqualTo(6);
        assertThat(GlobPattern.compile("[ab]", false).matchPrefix("a")).isEqualTo(-1);
        // \} and \/ only protect the delimiter inside ${...}.
        assertThat(GlobPattern.compile("\\}\\/", false).matchPrefix("}/")).isEqualTo(2);
    }

    @Test
    void rejectsEscapesBuildKitRejects() {
        assertThat(GlobPattern.compile("\\x", false).error()).isEqualTo("invalid escape '\\x'");
        assertThat(GlobPattern.compile("a\\", false).error()).isEqualTo("invalid escape '\\\uFFFD'");
    }

    @Test
    void hostilePatternsStayFast() {
        String text = "a".repeat(50_000);
        GlobPattern glob = GlobPattern.compile("*a*a*a*a*a*a*a*a*a*a*a*a*b", false);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(glob.matchPrefix(text)).isEqualTo(-1);
            assertThat(glob.find(text, 0)).isEqualTo(GlobPattern.NO_MATCH);
        });
        GlobPattern stars = GlobPattern.compile("*".repeat(100_000) + "b", true);
        assertThat(stars.matchPrefix("aab")).isEqualTo(3);
    }

    private static int nextBoundary(String text, int index) {
        return index < text.length() ? text.offsetByCodePoints(index, 1) : index + 1;
    }

    private static Pattern oracle(String glob, boolean lazy) {
        StringBuilder regex = new StringBuilder();
        glob.codePoints().forEach(c -> {
            if (c == '*') {
                regex.append(lazy ? ".*?" : ".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(new String(Character.toChars(c))));
            }
        });
        return Pattern.compile(regex.toString(), Pattern.UNIX_LINES);
    }
}

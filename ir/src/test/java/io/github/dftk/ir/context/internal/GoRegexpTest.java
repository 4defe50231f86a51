package io.github.dftk.ir.context.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Go regexp syntax the .dockerignore translation can produce, answered as Go's MatchString answers. */
class GoRegexpTest {

    @ParameterizedTest(name = "{0} on {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "^a[^/]*$|abc|true", "^a[^/]*$|a/c|false", "^(.*/)?b$|x/y/b|true", "^(.*/)?b$|b|true", "^(.*/)?b$|xb|false",
        "^\\d+$|123|true", "^\\d+$|12a|false", "^\\D$|a|true", "^\\w\\W\\s$|'a- '|true",
        "^[[:alpha:]]+$|abc|true", "^[[:^alpha:]]$|1|true", "^[[:alpha:]]$|1|false",
        "^[\\d_]$|_|true", "^a|abc|true", "c$|abc|true", "b|abc|true",
        "^a^b$|ab|false", "\\bfoo\\b|a foo b|true", "\\Bfoo|afoo|true", "\\Bfoo|foo|false",
        "^\\Qa.b\\E$|a.b|true", "^\\Qa.b\\E$|axb|false", "^a\\Q*$|a*$|true", "^\\x41$|A|true", "^\\x{263a}$|☺|true",
        "^\\101$|A|true", "^\\pL+$|héllo|true", "^\\p{Greek}$|α|true", "^\\PL$|1|true",
        "^\\p{^L}$|1|true", "^[\\p{Nd}x]+$|1x2|true", "^a{2}$|aa|true", "^a{2,}$|aaaa|true", "^a{,2}$|a{,2}|true",
        "'^(ab|cd)*$'|abcdab|true", "'^(ab|cd)*$'|abc|false", "^[]a]$|]|true", "^[a-]$|-|true", "^x*?$|xx|true",
        "^[a[^/]*]$|a]|true", "^[a[^/]*]$|a|false", "^\\.$|.|true"})
    void matchesAsGo(String expression, String text, boolean match) throws GoRegexp.SyntaxException {
        assertThat(GoRegexp.compile(expression).matches(text)).isEqualTo(match);
    }

    @ParameterizedTest(name = "{0} is not Go regexp syntax")
    @CsvSource(delimiter = '|', value = {
        "[z-a]", "a\\q", "\\8", "\\1", "[[:foo:]]", "\\p{Foo}", "\\p{greek}", "a**", "a*+", "*a", "(*a)", "(a",
        "a)", "[a", "\\C", "[\\b]", "\\xZZ", "\\x{}", "\\x{110000}", "\\é", "a{1001}", "a{2,1}", "\\p"})
    void rejectsWhatGoRejects(String expression) {
        assertThatThrownBy(() -> GoRegexp.compile(expression)).isInstanceOf(GoRegexp.SyntaxException.class)
                .hasMessageStartingWith("error parsing regexp: ");
    }

    @Test
    void controlCharactersAndNewlines() throws GoRegexp.SyntaxException {
        assertThat(GoRegexp.compile("^[^a]$").matches("\n")).as("a negated class matches a newline").isTrue();
        assertThat(GoRegexp.compile("^.$").matches("\n")).as("a dot does not").isFalse();
        assertThat(GoRegexp.compile("^\\0$").matches("\u0000")).isTrue();
        assertThat(GoRegexp.compile("^\\a$").matches("\u0007")).isTrue();
    }

    @Test
    void nestedStarsOnLongTextsStayLinear() throws GoRegexp.SyntaxException {
        // The shape **/**/**/... produces; a backtracking engine takes exponential time on a near miss.
        GoRegexp regexp = GoRegexp.compile("^(.*/)?(.*/)?(.*/)?(.*/)?(.*/)?(.*/)?(.*/)?(.*/)?[^/]*x$");
        String text = "a/".repeat(2_000) + "y";
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(regexp.matches(text)).isFalse());
    }
}

package io.github.dftk.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Behaviour beyond the BuildKit tables: spans, error offsets, options and pattern corners. */
class ShellLexerTest {

    private static final ShellLexer LEX = ShellLexer.DEFAULT;

    private static WordResult word(String input, Map<String, String> env) {
        return LEX.processWord(input, Env.of(env));
    }

    private static String value(String input, Map<String, String> env) {
        WordResult result = word(input, env);
        assertThat(result.error()).as("error for %s", input).isEmpty();
        return result.value();
    }

    private static ExpansionError error(String input, Map<String, String> env) {
        WordResult result = word(input, env);
        assertThat(result.error()).as("error for %s", input).isPresent();
        return result.error().get();
    }

    @Nested
    class References {

        @Test
        void spanTheWholeConstructInSourceOrder() {
            WordResult result = word("a $FOO ${BAR:-$BAZ}x", Map.of("FOO", "1", "BAZ", "3"));

            assertThat(result.value()).isEqualTo("a 1 3x");
            assertThat(result.references()).containsExactly(
                    new VariableReference("FOO", 2, 6, true),
                    new VariableReference("BAR", 7, 19, false),
                    new VariableReference("BAZ", 14, 18, true));
            // First-lookup order: a default word is expanded before its variable is looked up.
            assertThat(result.matched()).containsExactly("FOO", "BAZ");
            assertThat(result.unmatched()).containsExactly("BAR");
        }

        @Test
        void offsetsAreUtf16IndicesSoSurrogatePairsCountTwice() {
            WordResult result = word("🚀$V-${V}$V한", Map.of("V", "x"));

            // 한 is a letter, so the last reference is to "V한".
            assertThat(result.value()).isEqualTo("🚀x-x");
            assertThat(result.references()).containsExactly(
                    new VariableReference("V", 2, 4, true),
                    new VariableReference("V", 5, 9, true),
                    new VariableReference("V한", 9, 12, false));
        }

        @Test
        void quotedAndEscapedDollarsAreNotReferences() {
            WordResult result = word("\\$FOO '$FOO' \"$FOO\"", Map.of("FOO", "x"));

            assertThat(result.value()).isEqualTo("$FOO $FOO x");
            assertThat(result.references()).containsExactly(new VariableReference("FOO", 14, 18, true));
        }

        @Test
        void positionalAndSpecialParametersAreLookedUp() {
            WordResult result = word("$1${@}$$", Map.of());

            assertThat(result.value()).isEmpty();
            assertThat(result.references()).extracting(VariableReference::name).containsExactly("1", "@", "$");
            assertThat(result.unmatched()).containsExactly("1", "@", "$");
        }

        @Test
        void leadingByteOrderMarkIsDroppedButOffsetsStayRaw() {
            WordResult result = word("\uFEFF$A", Map.of("A", "x"));

            assertThat(result.value()).isEqualTo("x");
            assertThat(result.references()).containsExactly(new VariableReference("A", 1, 3, true));
        }

        @Test
        void areReportedForWordsToo() {
            WordsResult result = LEX.processWords("echo $A \"$B\"", Env.of(Map.of("A", "1 2")));

            assertThat(result.words()).containsExactly("echo", "1", "2");
            assertThat(result.references()).containsExactly(
                    new VariableReference("A", 5, 7, true),
                    new VariableReference("B", 9, 11, false));
        }
    }

    @Nested
    class Errors {

        @Test
        void unterminatedQuotesPointAtTheOpeningQuote() {
            assertThat(error("abc \"def", Map.of()).offset()).isEqualTo(4);
            assertThat(error("x'yz", Map.of()).offset()).isEqualTo(1);
            assertThat(error("x'yz", Map.of()).message())
                    .isEqualTo("failed to process \"x'yz\": unexpected end of statement while looking for matching single-quote");
        }

        @Test
        void substitutionErrorsPointAtTheDollar() {
            assertThat(error("ab${", Map.of())).isEqualTo(
                    new ExpansionError("failed to process \"ab${\": syntax error: missing '}'", 2));
            assertThat(error("ab${}", Map.of())).isEqualTo(
                    new ExpansionError("failed to process \"ab${}\": syntax error: bad substitution", 2));
            assertThat(error("${A:=x}", Map.of()).message()).endsWith("unsupported modifier (:=) in substitution");
        }

        @Test
        void requiredVariableMessageIsExpanded() {
            ExpansionError e = error("pre ${VAR?must set $WHAT}", Map.of("WHAT", "it"));

            assertThat(e.offset()).isEqualTo(4);
            assertThat(e.message()).isEqualTo("failed to process \"pre ${VAR?must set $WHAT}\": VAR: must set it");
            assertThat(error("${VAR:?}", Map.of("VAR", "")).message()).endsWith("VAR: is not allowed to be empty");
            assertThat(error("${VAR?}", Map.of()).message()).endsWith("VAR: is not allowed to be unset");
        }

        @Test
        void nestedFailureKeepsItsOwnOffsetUnlessInputRanOut() {
            assertThat(error("${A:-${B?oops}}", Map.of())).isEqualTo(
                    new ExpansionError("failed to process \"${A:-${B?oops}}\": B: oops", 5));
            // BuildKit reports any failure that exhausted the input as the outer missing brace.
            assertThat(error("${A:-${B?oops}", Map.of())).isEqualTo(
                    new ExpansionError("failed to process \"${A:-${B?oops}\": syntax error: missing '}'", 0));
        }

        @Test
        void invalidPatternIsReported() {
            assertThat(error("x${FOO#\\x}", Map.of("FOO", "x"))).isEqualTo(new ExpansionError(
                    "failed to process \"x${FOO#\\\\x}\": invalid pattern (\\x) in substitution: invalid escape '\\x'", 1));
            assertThat(error("${FOO/a}", Map.of()).message()).endsWith("syntax error: missing '/' in ${}");
        }

        @Test
        void messageQuotesTheSourceLikeGo() {
            assertThat(error("a\tb\u0001\"${", Map.of()).message())
                    .startsWith("failed to process \"a\\tb\\x01\\\"${\": ");
        }

        @Test
        void lookupsBeforeTheFailureAreStillReported() {
            WordResult result = word("$A ${B", Map.of("A", "1"));

            assertThat(result.value()).isEmpty();
            assertThat(result.matched()).containsExactly("A");
            assertThat(result.references()).hasSize(1);
        }

        @Test
        void deepNestingFailsInsteadOfOverflowingTheStack() {
            int levels = 10_000;
            String deep = "${a:-".repeat(levels) + "x" + "}".repeat(levels);
            assertThat(error(deep, Map.of()).message()).contains("nested more than");

            int ok = WordExpander.MAX_NESTING;
            assertThat(value("${a:-".repeat(ok) + "x" + "}".repeat(ok), Map.of())).isEqualTo("x");
        }
    }

    @Nested
    class Options {

        @Test
        void rawQuotesKeepQuotes() {
            ShellLexer lexer = ShellLexer.builder().rawQuotes(true).build();

            assertThat(lexer.processWords("'a b' \"c $X\"", Env.of(Map.of("X", "d"))).words())
                    .containsExactly("'a b'", "\"c d\"");
        }

        @Test
        void rawEscapesKeepEscapes() {
            ShellLexer lexer = ShellLexer.builder().rawEscapes(true).build();

            assertThat(lexer.processWords("a\\ b c\\$X", Env.empty()).words()).containsExactly("a\\ b", "c\\$X");
            // BuildKit emits an escape inside double quotes twice when it escapes nothing.
            assertThat(lexer.processWord("\"a\\b\\\"\"", Env.empty()).value()).isEqualTo("a\\\\b\\\"");
            assertThat(LEX.processWord("\"a\\b\\\"\"", Env.empty()).value()).isEqualTo("a\\b\"");
        }

        @Test
        void skipUnsetEnvLeavesUnsetReferencesAsWritten() {
            ShellLexer lexer = ShellLexer.builder().skipUnsetEnv(true).build();
            WordResult result = lexer.processWord(
                    "$FOO ${FOO} ${FOO:-x} ${FOO/a/b} ${FOO//a/b} ${BAR}", Env.of(Map.of("BAR", "y")));

            // ${FOO//a/b} comes back with one slash: BuildKit rebuilds it that way.
            assertThat(result.value()).isEqualTo("$FOO ${FOO} ${FOO:-x} ${FOO/a/b} ${FOO/a/b} y");
            assertThat(result.references()).extracting(VariableReference::set)
                    .containsExactly(false, false, false, false, false, true);
        }

        @Test
        void skipProcessQuotesTreatsQuotesAsText() {
            ShellLexer lexer = ShellLexer.builder().skipProcessQuotes(true).build();

            assertThat(lexer.processWords("'$A b' \"c\"", Env.of(Map.of("A", "x"))).words())
                    .containsExactly("'x", "b'", "\"c\"");
        }

        @Test
        void heredocNameDetectionSeesTheLineVerbatim() {
            ShellLexer lexer = ShellLexer.builder().rawQuotes(true).rawEscapes(true).skipUnsetEnv(true).build();
            WordsResult result = lexer.processWords(
                    "<<\"EOF\" cat \\\"x\\\" 'y z' <<-'END' $HOME ${X:-1}", Env.empty());

            assertThat(result.error()).isEmpty();
            assertThat(result.words()).containsExactly(
                    "<<\"EOF\"", "cat", "\\\"x\\\"", "'y z'", "<<-'END'", "$HOME", "${X:-1}");
        }

        @Test
        void backtickEscape() {
            ShellLexer lexer = ShellLexer.builder().escape('`').build();

            assertThat(lexer.processWord("C:\\dir`$X\"`\"\"", Env.of(Map.of("X", "x"))).value())
                    .isEqualTo("C:\\dir$X\"");
            // Pattern escapes stay backslashes whatever the escape character.
            assertThat(lexer.processWord("${V#\\*}", Env.of(Map.of("V", "*a"))).value()).isEqualTo("a");
        }

        @Test
        void onlyDockerfileEscapeCharactersAreAccepted() {
            assertThatThrownBy(() -> ShellLexer.builder().escape('^')).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void builderRoundTrips() {
            ShellLexer lexer = ShellLexer.builder().escape('`').rawQuotes(true).skipProcessQuotes(true).build();

            assertThat(lexer.toBuilder().build()).isEqualTo(lexer).hasSameHashCodeAs(lexer);
            assertThat(ShellLexer.DEFAULT.escape()).isEqualTo('\\');
            assertThat(ShellLexer.DEFAULT).isEqualTo(ShellLexer.builder().build());
        }
    }

    @Nested
    class Splitting {

        @Test
        void emptyQuotedWordsDisappear() {
            assertThat(LEX.processWords("a\"\" '' b", Env.empty()).words()).containsExactly("a", "b");
            assertThat(LEX.processWords("\"\"", Env.empty()).words()).isEmpty();
        }

        @Test
        void separatorsFollowGoNotJava() {
            Env env = Env.of(Map.of("NBSP", "a\u00A0b", "FS", "a\u001Cb", "IDEO", "a\u3000b"));

            assertThat(LEX.processWords("$NBSP", env).words()).containsExactly("a", "b");
            assertThat(LEX.processWords("$FS", env).words()).containsExactly("a\u001Cb");
            assertThat(LEX.processWords("$IDEO", env).words()).containsExactly("a", "b");
        }
    }

    @Nested
    class Names {

        @Test
        void unicodeLettersAndDigitsFollowGo() {
            assertThat(value("$변수!", Map.of("변수", "v"))).isEqualTo("v!");
            assertThat(value("$PWD안녕", Map.of("PWD", "/"))).isEqualTo("");
            // A non-ASCII decimal digit starts a positional parameter.
            assertThat(value("$\u0663x", Map.of())).isEqualTo("x");
        }

        @Test
        void plainWordsComeBackUnchanged() {
            String plain = "just-a/plain_word:1.0";
            assertThat(LEX.processWord(plain, Env.empty()).value()).isSameAs(plain);
        }
    }

    @Nested
    class Patterns {

        private final Map<String, String> path = Map.of("V", "a/b/c");

        @Test
        void shortestAndLongestPrefixAndSuffix() {
            assertThat(value("${V#*/}", path)).isEqualTo("b/c");
            assertThat(value("${V##*/}", path)).isEqualTo("c");
            assertThat(value("${V%/*}", path)).isEqualTo("a/b");
            assertThat(value("${V%%/*}", path)).isEqualTo("a");
        }

        @Test
        void doubledOperatorIsRecognisedAfterExpansion() {
            assertThat(value("${V#$P}", Map.of("V", "axbx", "P", "#*x"))).isEqualTo("");
            assertThat(value("${V#$P}", Map.of("V", "axbx", "P", "*x"))).isEqualTo("bx");
        }

        @Test
        void wildcardsTakeWholeCodePoints() {
            Map<String, String> env = Map.of("V", "🚀x🚀");
            assertThat(value("${V#?}", env)).isEqualTo("x🚀");
            assertThat(value("${V%?}", env)).isEqualTo("🚀x");
            assertThat(value("${V/?/-}", env)).isEqualTo("-x🚀");
            assertThat(value("${V//?/-}", env)).isEqualTo("---");
        }

        @Test
        void wildcardsDoNotMatchNewlineLikeGosDot() {
            Map<String, String> env = Map.of("V", "a\nb");
            assertThat(value("${V##*}", env)).isEqualTo("\nb");
            assertThat(value("${V%%*}", env)).isEqualTo("a\n");
            assertThat(value("${V/?\n/-}", env)).isEqualTo("-b");
        }

        @Test
        void bracketsAreLiteralAsInBuildKit() {
            assertThat(value("${V#[ab]}", Map.of("V", "[ab]c"))).isEqualTo("c");
            assertThat(value("${V#[ab]}", Map.of("V", "ac"))).isEqualTo("ac");
        }

        @Test
        void replaceAllStepsLikeGo() {
            Map<String, String> env = Map.of("V", "abc");
            assertThat(value("${V//*/X}", env)).isEqualTo("X");
            assertThat(value("${V///-}", env)).isEqualTo("-a-b-c-");
            assertThat(value("${V//b*/X}", env)).isEqualTo("aX");
        }

        @Test
        void replaceAllExpandsGoTemplateButReplaceFirstDoesNot() {
            Map<String, String> env = Map.of("V", "foo", "R", "[$0|$1|${0}|$$|$}]");
            assertThat(value("${V//o/$R}", env)).isEqualTo("f[o||o|$|$}][o||o|$|$}]");
            assertThat(value("${V/o/$R}", env)).isEqualTo("f[$0|$1|${0}|$$|$}]o");
            assertThat(value("${V//o/<\\$0>}", env)).isEqualTo("f<\\o><\\o>");
        }

        @Test
        void suffixPatternIsValidatedAfterReversalLikeBuildKit() {
            // "}\" is invalid forwards (dangling escape) but reads as "\}" once reversed.
            Map<String, String> env = Map.of("V", "a}", "P", "}\\");
            assertThat(value("${V%$P}", env)).isEqualTo("a");
            assertThat(error("${V#$P}", env).message()).contains("invalid pattern (}\\)");
        }

        @Test
        void unsetVariablesStillValidatePatterns() {
            assertThat(value("${U#x}${U%x}${U/x/y}", Map.of())).isEmpty();
            assertThat(error("${U/\\q/y}", Map.of()).message()).contains("invalid escape '\\q'");
        }
    }

    @Property(tries = 2000)
    void neverThrowsAndSpansStayInBounds(@ForAll String input, @ForAll("lexers") ShellLexer lexer) {
        checkInvariants(input, lexer);
    }

    @Property(tries = 5000)
    void neverThrowsOnShellLikeInput(@ForAll("shellish") String input, @ForAll("lexers") ShellLexer lexer) {
        checkInvariants(input, lexer);
    }

    private static void checkInvariants(String input, ShellLexer lexer) {
        Env env = Env.of(Map.of("A", "a b", "E", "", "S", "*\\?/}"));
        WordResult word = lexer.processWord(input, env);
        WordsResult words = lexer.processWords(input, env);

        assertThat(words.error().isPresent()).isEqualTo(word.error().isPresent());
        assertThat(words.references()).isEqualTo(word.references());
        for (VariableReference ref : word.references()) {
            assertThat(ref.end()).isLessThanOrEqualTo(input.length());
            assertThat(input.charAt(ref.start())).isEqualTo('$');
        }
        word.error().ifPresent(e -> assertThat(e.offset()).isLessThanOrEqualTo(input.length()));
        assertThat(words.words()).doesNotContain("");
    }

    @Provide
    Arbitrary<String> shellish() {
        return Arbitraries.strings()
                .withChars("${}:-+?#%/\\`'\"*[] \tab1@\n")
                .withChars("🚀")
                .ofMaxLength(30);
    }

    @Provide
    Arbitrary<ShellLexer> lexers() {
        return Arbitraries.of(List.of(
                ShellLexer.DEFAULT,
                ShellLexer.builder().rawQuotes(true).rawEscapes(true).skipUnsetEnv(true).build(),
                ShellLexer.builder().escape('`').skipProcessQuotes(true).build()));
    }
}

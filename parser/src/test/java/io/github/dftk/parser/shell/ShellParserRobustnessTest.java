package io.github.dftk.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shell parser never throws or hangs on random shell-ish text or on mutated case scripts,
 * every node lies inside the script, and every word's range slices the script to exactly the
 * word's text.
 */
class ShellParserRobustnessTest {

    private static final String[] TOKENS = {
        " ", " ", "\t", "\n", "\\\n", "\\", ";", ";;", "&", "&&", "|", "||", "|&", "(", ")", "((", "))", "{", "}",
        "<", ">", ">>", "2>&1", "&>", "<<", "<<-", "<<<", "EOF", "\nEOF\n", "'", "\"", "$'", "`", "$", "$(", "${",
        "$((", "}", "#", "=", "a=", "arr=(", "!", "if", "then", "elif", "else", "fi", "for", "in", "do", "done",
        "while", "until", "case", "esac", "function", "f()", "[[", "]]", "time", "apt-get", "install", "-y", "--",
        "--flag=v", "-abc", "x", "y", "pkg=1.0", "@(", "<(", ">(", "\\n", "*", "?", "~", "%", "\r\n"
    };

    @Property(tries = 1000)
    void randomScriptsParse(@ForAll("shellish") String script) {
        check(script);
    }

    @Property(tries = 500)
    void mutatedCaseScriptsParse(@ForAll("mutatedCases") String script) {
        check(script);
    }

    private static void check(String script) {
        ShellScript parsed = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ShellParser.parse(script));
        for (ParseProblem problem : parsed.problems()) {
            assertInside(problem, script);
        }
        assertInside(parsed.body(), script);
        for (ShellWord word : words(parsed)) {
            assertInside(word, script);
            assertThat(script.substring(word.start(), word.end())).isEqualTo(word.text());
        }
    }

    @Property(tries = 200)
    void deepNestingIsReportedNotOverflowed(@ForAll("nesting") String script) {
        ShellScript parsed = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ShellParser.parse(script));
        assertThat(parsed.body()).isNotNull();
    }

    @Provide
    Arbitrary<String> shellish() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(40).map(tokens -> String.join("", tokens));
    }

    /** The scripts of {@code testdata/shell} with characters deleted, inserted or cut out. */
    @Provide
    Arbitrary<String> mutatedCases() {
        List<String> seeds = caseScripts();
        Arbitrary<String> seed = Arbitraries.of(seeds);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Character> inserted = Arbitraries.of('"', '\'', '`', '$', '(', ')', '{', '}', ';', '&', '|', '<', '>',
                '\\', '\n', ' ', '#');
        return Combinators.combine(seed, position, position, inserted).as((text, at, length, c) -> {
            if (text.isEmpty()) {
                return String.valueOf(c);
            }
            int from = at % text.length();
            int to = Math.min(text.length(), from + length % 12);
            return text.substring(0, from) + (length % 2 == 0 ? String.valueOf(c) : "") + text.substring(to);
        });
    }

    private static List<String> caseScripts() {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        try (Stream<Path> cases = Files.list(Path.of(root, "shell"))) {
            List<String> scripts = new ArrayList<>();
            for (Path c : cases.sorted().toList()) {
                scripts.add(Files.readString(c.resolve("script.sh"), StandardCharsets.UTF_8));
            }
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> nesting() {
        return Arbitraries.of("$(", "`", "(", "{ ", "\"${x:-", "if ", "$((", "<(").list().ofMinSize(100).ofMaxSize(400)
                .map(tokens -> String.join("", tokens));
    }

    private static void assertInside(ShellNode node, String script) {
        assertThat(node.start()).isBetween(0, script.length());
        assertThat(node.end()).isBetween(node.start(), script.length());
    }

    /** The words of every simple command, wherever it runs, with their redirection targets. */
    private static List<ShellWord> words(ShellScript script) {
        List<ShellWord> words = new ArrayList<>();
        for (SimpleCommand command : script.commands()) {
            command.assignments().forEach(a -> {
                words.add(a.word());
                words.add(a.value());
            });
            command.name().ifPresent(words::add);
            words.addAll(command.arguments());
            command.redirects().forEach(r -> words.add(r.target()));
        }
        return words;
    }
}

package io.github.dftk.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * The shell parser never throws or hangs on random shell-ish text, every node lies inside the
 * script, and every word's range slices the script to exactly the word's text.
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

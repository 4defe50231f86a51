package io.github.dftk.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * The parser never throws, never hangs, and never loses text: on random Dockerfile-ish text
 * and on mutated real files (corpus and testdata), every token sequence prints the input back,
 * and every range lies inside the text.
 */
class ParserRobustnessTest {

    private static final List<String> SEEDS = seeds();

    @Property(tries = 400)
    void randomTextParses(@ForAll("dockerfileish") String text) {
        check(text);
    }

    @Property(tries = 300)
    void mutatedFilesParse(@ForAll("mutatedFiles") String text) {
        check(text);
    }

    private static void check(String text) {
        ParseResult result = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> DockerfileParser.parse(text));
        StringBuilder printed = new StringBuilder(text.length());
        result.tokens().forEach(t -> printed.append(t.text()));
        assertThat(printed.toString()).isEqualTo(text);
        for (Diagnostic d : result.diagnostics()) {
            assertInside(d.range(), text);
        }
        for (Instruction instruction : result.dockerfile().instructions()) {
            assertInside(instruction.range(), text);
            assertInside(instruction.keyword().range(), text);
            for (Word w : instruction.syntax().arguments()) {
                assertInside(w.range(), text);
            }
        }
        assertThat(BuildKitDump.of(result.dockerfile())).isNotNull();
    }

    private static void assertInside(SourceRange range, String text) {
        assertThat(range.startOffset()).isBetween(0, text.length());
        assertThat(range.endOffset()).isBetween(range.startOffset(), text.length());
        assertThat(range.startLine()).isPositive();
        assertThat(range.startColumn()).isPositive();
    }

    @Provide
    Arbitrary<String> dockerfileish() {
        Arbitrary<String> pieces = Arbitraries.of("FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "LABEL ", "ARG ", "ONBUILD ",
                "HEALTHCHECK ", "CMD ", "SHELL ", "# escape=`\n", "# syntax=x\n", "#", "\\", "`", "\n", "\r\n", "\r",
                " ", "\t", "<<EOF", "<<-'E'", "EOF", "E", "\"", "'", "[", "]", "[\"a\", \"b\"]", "=", "$", "${A:-b}",
                "--", "--from=x", "--mount=type=cache", "a", "b c", "\u00a0", "\u2028", "\ufeff", "\udc85", "\ud83d\ude00",
                "{", "}", ",", "1", "AS", "as");
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> mutatedFiles() {
        Arbitrary<String> file = Arbitraries.of(SEEDS);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<String> insert = Arbitraries.of("\\\n", "`\n", "<<EOF\n", "\nEOF\n", "\n\n", "#", "\"", "[", "\r", "\u0000",
                "\\", " \\  \n", "\n# comment\n", "RUN <<A <<B\n", "\uFEFF");
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
        return Combinators.combine(file, position, insert, kind).as((text, pos, ins, k) -> {
            if (text.isEmpty()) {
                return ins;
            }
            int at = pos % (text.length() + 1);
            return switch (k) {
                case 0 -> text.substring(0, at) + ins + text.substring(at);
                case 1 -> text.substring(0, at);
                case 2 -> {
                    char[] chars = text.toCharArray();
                    if (at < chars.length) {
                        chars[at] = (char) (chars[at] ^ (1 << (pos % 7)));
                    }
                    yield new String(chars);
                }
                default -> {
                    int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                    int lineEnd = text.indexOf('\n', at);
                    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1);
                    yield text.substring(0, at) + line + line + text.substring(at);
                }
            };
        });
    }

    private static List<String> seeds() {
        List<String> out = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        String testdata = System.getProperty("dftk.testdata");
        if (testdata != null) {
            roots.add(Path.of(testdata, "parser"));
        }
        String shared = System.getProperty("dftk.shared");
        if (shared != null) {
            roots.add(Path.of(shared, "corpus-dev"));
        }
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".txt")
                        && !p.toString().endsWith(".tsv") && !p.toString().endsWith(".md")).sorted().toList()) {
                    out.add(DockerfileParser.decode(Files.readAllBytes(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) {
            out.add("FROM alpine\nRUN <<EOF\necho\nEOF\n");
        }
        return out;
    }
}

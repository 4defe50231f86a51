package io.github.dftk.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Directive;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.internal.Heredocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser cases BuildKit keeps inline in its Go tests (directives, heredocs, JSON arrays,
 * word splitting, line numbers, warnings, line length, ENV/LABEL shapes). Each file yields
 * one test per case plus a summary line with the pass count.
 */
class BuildKitInlineCasesTest {

    @TestFactory
    Stream<DynamicTest> directives() throws IOException {
        return suite("parser-directives.json", c -> {
            String input = c.get("input").getAsString();
            switch (c.get("kind").getAsString()) {
                case "parseAll" -> {
                    List<Directive> found = DockerfileParser.parse(input).dockerfile().directives();
                    JsonArray expected = c.getAsJsonArray("expected");
                    assertThat(found).hasSize(expected.size());
                    for (int i = 0; i < expected.size(); i++) {
                        JsonObject e = expected.get(i).getAsJsonObject();
                        assertThat(found.get(i).name()).isEqualTo(e.get("name").getAsString());
                        assertThat(found.get(i).value()).isEqualTo(e.get("value").getAsString());
                    }
                }
                case "detectSyntax" -> checkDetected(c, SyntaxDirectives.detectSyntax(input));
                case "parseDirective" -> checkDetected(c, SyntaxDirectives.parseDirective(c.get("key").getAsString(), input));
                default -> throw new AssertionError("unknown kind " + c.get("kind"));
            }
        });
    }

    private static void checkDetected(JsonObject c, Optional<SyntaxDirectives.Detected> found) {
        assertThat(found.isPresent()).as("ok").isEqualTo(c.get("ok").getAsBoolean());
        String ref = found.map(SyntaxDirectives.Detected::ref).orElse("");
        String cmdline = found.map(SyntaxDirectives.Detected::cmdline).orElse("");
        if (c.has("ref")) {
            assertThat(ref).isEqualTo(c.get("ref").getAsString());
        }
        if (c.has("cmdline")) {
            assertThat(cmdline).isEqualTo(c.get("cmdline").getAsString());
        }
        if (c.has("line")) {
            assertThat(found.orElseThrow().line()).isEqualTo(c.get("line").getAsInt());
        }
    }

    @TestFactory
    Stream<DynamicTest> jsonArrays() throws IOException {
        return suite("parser-json-arrays.json", c -> {
            ParseResult result = DockerfileParser.parse("CMD " + c.get("input").getAsString());
            if (c.has("error")) {
                assertThat(result.syntaxErrors()).extracting(Diagnostic::message)
                        .containsExactly("when using JSON array syntax, arrays must be comprised of strings only");
            } else {
                Instruction cmd = result.dockerfile().instructions().get(0);
                assertThat(result.syntaxErrors()).isEmpty();
                assertThat(cmd.syntax().json()).isTrue();
                assertThat(cmd.syntax().arguments()).extracting(Word::text).containsExactlyElementsOf(strings(c, "expected"));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> parseWords() throws IOException {
        return suite("parser-parse-words.json", c -> {
            ParseResult result = DockerfileParser.parse("ARG " + c.get("input").getAsString());
            assertThat(result.dockerfile().instructions().get(0).syntax().arguments()).extracting(Word::text)
                    .containsExactlyElementsOf(strings(c, "expected"));
        });
    }

    @TestFactory
    Stream<DynamicTest> misc() throws IOException {
        Path dir = SharedData.dir("conformance/buildkit-inline");
        return suite("parser-misc.json", c -> {
            switch (c.get("kind").getAsString()) {
                case "lineNumbers" -> {
                    ParseResult result = BuildKitParserCasesTest.parse(dir.resolve(c.get("file").getAsString()).normalize());
                    JsonObject e = c.getAsJsonObject("expected");
                    List<Instruction> all = result.dockerfile().instructions();
                    assertThat(all.get(0).range().startLine()).isEqualTo(e.get("startLine").getAsInt());
                    assertThat(all.get(all.size() - 1).range().endLine()).isEqualTo(e.get("endLine").getAsInt());
                    JsonArray children = e.getAsJsonArray("children");
                    assertThat(all).hasSize(children.size());
                    for (int i = 0; i < children.size(); i++) {
                        JsonArray lines = children.get(i).getAsJsonArray();
                        assertThat(all.get(i).range().startLine()).isEqualTo(lines.get(0).getAsInt());
                        assertThat(all.get(i).range().endLine()).isEqualTo(lines.get(1).getAsInt());
                    }
                }
                case "warnings" -> {
                    ParseResult result = DockerfileParser.parse(c.get("dockerfile").getAsString());
                    assertThat(result.syntaxErrors()).isEmpty();
                    List<Diagnostic> warnings = result.diagnostics().stream()
                            .filter(d -> d.code().equals("empty-continuation")).toList();
                    assertThat(warnings).hasSize(c.get("expectedCount").getAsInt());
                    JsonArray contains = c.getAsJsonArray("expectedShortContains");
                    for (int i = 0; i < contains.size(); i++) {
                        for (JsonElement part : contains.get(i).getAsJsonArray()) {
                            assertThat(warnings.get(i).message()).contains(part.getAsString());
                        }
                        assertThat(warnings.get(i).text()).contains(c.get("expectedFirstDetailContains").getAsString());
                    }
                }
                case "scannerError" -> {
                    String text = c.get("dockerfile").getAsString().replace("<65536 x 'a'>", "a".repeat(65536));
                    assertThat(DockerfileParser.parse(text).syntaxErrors()).extracting(Diagnostic::message)
                            .contains(c.get("expectedError").getAsString());
                }
                case "parseNameVal" -> {
                    ParseResult result = DockerfileParser.parse(c.get("instruction").getAsString() + " "
                            + c.get("input").getAsString());
                    if (c.has("error")) {
                        assertThat(result.syntaxErrors()).isNotEmpty();
                    } else {
                        assertThat(result.dockerfile().instructions().get(0).syntax().arguments()).extracting(Word::text)
                                .containsExactlyElementsOf(strings(c, "expectedValues"));
                    }
                }
                default -> throw new AssertionError("unknown kind " + c.get("kind"));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> heredocs() throws IOException {
        return suite("parser-heredoc.json", c -> {
            switch (c.get("kind").getAsString()) {
                case "parse" -> {
                    ParseResult result = DockerfileParser.parse(c.get("dockerfile").getAsString());
                    List<Instruction> all = result.dockerfile().instructions();
                    int first = c.get("firstChild").getAsInt();
                    JsonArray expected = c.getAsJsonArray("expectedHeredocs");
                    for (int i = 0; i < expected.size(); i++) {
                        List<Heredoc> actual = all.get(first + i).syntax().heredocs();
                        if (expected.get(i).isJsonNull()) {
                            assertThat(actual).as("instruction %d", first + i).isEmpty();
                            continue;
                        }
                        JsonArray docs = expected.get(i).getAsJsonArray();
                        assertThat(actual).as("instruction %d", first + i).hasSize(docs.size());
                        for (int k = 0; k < docs.size(); k++) {
                            JsonObject e = docs.get(k).getAsJsonObject();
                            Heredoc h = actual.get(k);
                            assertThat(h.name()).isEqualTo(e.get("name").getAsString());
                            assertThat(h.fileDescriptor()).isEqualTo(e.get("fileDescriptor").getAsInt());
                            assertThat(h.expand()).isEqualTo(e.get("expand").getAsBoolean());
                            assertThat(h.chomp()).isEqualTo(e.get("chomp").getAsBoolean());
                            assertThat(h.content()).isEqualTo(e.get("content").getAsString());
                        }
                    }
                }
                case "parseHeredoc" -> {
                    List<Heredocs.Marker> markers = new ArrayList<>();
                    Optional<String> error = Heredocs.parse(c.get("input").getAsString(), markers);
                    if (c.has("error")) {
                        assertThat(error).isPresent();
                    } else if (c.get("expectedName").isJsonNull()) {
                        assertThat(error).isEmpty();
                        assertThat(markers).isEmpty();
                    } else {
                        assertThat(error).isEmpty();
                        assertThat(markers).extracting(Heredocs.Marker::name).containsExactly(c.get("expectedName").getAsString());
                    }
                }
                case "heredocsFromLine" -> {
                    String key = c.has("buildkitActual") ? "buildkitActual" : "expectedNames";
                    List<String> expected = c.get(key).isJsonNull() ? List.of() : strings(c, key);
                    assertThat(Heredocs.fromLine(c.get("input").getAsString()).markers())
                            .extracting(Heredocs.Marker::name).containsExactlyElementsOf(expected);
                }
                case "chomp" -> {
                    String input = c.get("input").getAsString();
                    SourceRange none = new SourceRange(0, 0, 1, 1, 1, 1);
                    Heredoc h = new Heredoc("EOF", 0, true, true, input, none, none, none);
                    assertThat(h.effectiveContent()).isEqualTo(c.get("expected").getAsString());
                }
                default -> throw new AssertionError("unknown kind " + c.get("kind"));
            }
        });
    }

    // ---- harness ----

    interface Check {
        void run(JsonObject testCase) throws Exception;
    }

    private static Stream<DynamicTest> suite(String file, Check check) throws IOException {
        Path path = SharedData.dir("conformance/buildkit-inline").resolve(file);
        JsonArray cases = JsonParser.parseString(Files.readString(path)).getAsJsonObject().getAsJsonArray("cases");
        List<DynamicTest> tests = new ArrayList<>();
        int[] passed = {0};
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonObject c = cases.get(i).getAsJsonObject();
            String name = String.format("%02d %s", i, describe(c));
            boolean ok;
            try {
                check.run(c);
                ok = true;
            } catch (Exception | AssertionError e) {
                ok = false;
            }
            if (ok) {
                passed[0]++;
            } else {
                failed.add(name);
            }
            tests.add(DynamicTest.dynamicTest(name, () -> check.run(c)));
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> {
            System.out.printf("buildkit-inline %s: %d/%d passed%n", file, passed[0], cases.size());
            assertThat(failed).as("failing cases").isEmpty();
        }));
        return tests.stream();
    }

    private static String describe(JsonObject c) {
        String kind = c.has("kind") ? c.get("kind").getAsString() + " " : "";
        String input = c.has("input") ? c.get("input").getAsString() : c.has("dockerfile") ? "dockerfile" : "";
        input = input.replace("\n", "\\n");
        return kind + (input.length() > 40 ? input.substring(0, 40) + "…" : input);
    }

    private static List<String> strings(JsonObject c, String key) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : c.getAsJsonArray(key)) {
            out.add(e.getAsString());
        }
        return out;
    }
}

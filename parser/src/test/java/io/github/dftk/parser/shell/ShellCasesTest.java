package io.github.dftk.parser.shell;

import io.github.dftk.parser.GoStrings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's shell-lexer conformance data ({@code buildkit-shell/} and
 * {@code buildkit-inline/shell-*.json}), one dynamic test per case. The file formats are
 * described in the conformance README.
 */
class ShellCasesTest {

    @TestFactory
    Stream<DynamicTest> envVarTest() {
        return ConformanceSuite.tests("buildkit-shell envVarTest", ShellCasesTest::envVarCases);
    }

    private static List<ConformanceCase> envVarCases(Path dir) {
        Path file = dir.resolve("buildkit-shell/envVarTest");
        Map<String, String> variables = Map.of("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", "");
        Env unix = Env.of(variables);
        Env windows = Env.ofCaseInsensitive(variables);
        List<ConformanceCase> cases = new ArrayList<>();
        List<String> lines = ConformanceSuite.lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\\|", -1);
            String name = "line " + (i + 1) + ": " + line.strip();
            if (fields.length != 3) {
                cases.add(ConformanceCase.run(name, () -> "malformed line, expected PLATFORM|SOURCE|EXPECTED"));
                continue;
            }
            String platform = fields[0].strip();
            String source = fields[1].strip();
            String expected = fields[2].strip();
            // A: all platforms, U: Unix only, W: Windows only (variable names ignore case there).
            Env env = platform.equals("W") ? windows : unix;
            cases.add(ConformanceCase.run(name, () -> {
                WordResult result = ShellLexer.DEFAULT.processWord(source, env);
                if (expected.equals("error")) {
                    return result.error().isPresent() ? null : "expected an error, got " + quote(result.value());
                }
                if (result.error().isPresent()) {
                    return "unexpected error: " + result.error().get().message();
                }
                return result.value().equals(expected)
                        ? null : "expected " + quote(expected) + ", got " + quote(result.value());
            }));
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> wordsTest() {
        return ConformanceSuite.tests("buildkit-shell wordsTest", ShellCasesTest::wordsCases);
    }

    private static List<ConformanceCase> wordsCases(Path dir) {
        Path file = dir.resolve("buildkit-shell/wordsTest");
        Map<String, String> env = new HashMap<>();
        List<ConformanceCase> cases = new ArrayList<>();
        List<String> lines = ConformanceSuite.lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("ENV ")) {
                String entry = line.substring(3).replaceFirst("^ +", "");
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    env.put(entry, "");
                } else {
                    env.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
                continue;
            }
            String name = "line " + (i + 1) + ": " + line;
            String[] fields = line.split("\\|", -1);
            if (fields.length != 2) {
                cases.add(ConformanceCase.run(name, () -> "malformed line, expected exactly one |"));
                continue;
            }
            String input = fields[0].strip();
            List<String> expected = Arrays.asList(fields[1].replaceFirst("^ +", "").split(",", -1));
            Env snapshot = Env.of(env);
            cases.add(ConformanceCase.run(name, () -> {
                WordsResult result = ShellLexer.DEFAULT.processWords(input, snapshot);
                List<String> actual = result.error().isPresent() ? List.of("error") : result.words();
                return actual.equals(expected) ? null : "expected " + expected + ", got " + actual;
            }));
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> processWordWithMatches() {
        return ConformanceSuite.tests("buildkit-inline shell-process-word-with-matches", ShellCasesTest::processWordWithMatchesCases);
    }

    private static List<ConformanceCase> processWordWithMatchesCases(Path dir) {
        JsonObject data = inline(dir, "shell-process-word-with-matches.json");
        List<ConformanceCase> cases = new ArrayList<>();
        int n = 0;
        for (JsonElement element : data.getAsJsonArray("cases")) {
            JsonObject c = element.getAsJsonObject();
            String input = c.get("input").getAsString();
            Map<String, String> env = new LinkedHashMap<>();
            c.getAsJsonObject("env").entrySet().forEach(e -> env.put(e.getKey(), e.getValue().getAsString()));
            boolean error = c.has("error") && c.get("error").getAsBoolean();
            String name = "case " + (++n) + ": " + input + " " + env;
            cases.add(ConformanceCase.run(name, () -> {
                WordResult result = ShellLexer.DEFAULT.processWord(input, Env.of(env));
                if (error) {
                    return result.error().isPresent() ? null : "expected an error, got " + quote(result.value());
                }
                if (result.error().isPresent()) {
                    return "unexpected error: " + result.error().get().message();
                }
                String expected = c.get("expected").getAsString();
                if (!result.value().equals(expected)) {
                    return "expected " + quote(expected) + ", got " + quote(result.value());
                }
                if (c.has("matched") && !result.matched().equals(names(c.getAsJsonArray("matched")))) {
                    return "matched: expected " + names(c.getAsJsonArray("matched")) + ", got " + result.matched();
                }
                if (c.has("unmatched") && !result.unmatched().equals(names(c.getAsJsonArray("unmatched")))) {
                    return "unmatched: expected " + names(c.getAsJsonArray("unmatched")) + ", got " + result.unmatched();
                }
                return null;
            }));
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> mandatoryEnv() {
        return ConformanceSuite.tests("buildkit-inline shell-mandatory-env", ShellCasesTest::mandatoryEnvCases);
    }

    private static List<ConformanceCase> mandatoryEnvCases(Path dir) {
        JsonObject data = inline(dir, "shell-mandatory-env.json");
        List<ConformanceCase> cases = new ArrayList<>();
        int n = 0;
        for (JsonElement element : data.getAsJsonArray("cases")) {
            JsonObject c = element.getAsJsonObject();
            String input = c.get("input").getAsString();
            Map<String, String> env = new LinkedHashMap<>();
            for (JsonElement entry : c.getAsJsonArray("env")) {
                String kv = entry.getAsString();
                int eq = kv.indexOf('=');
                env.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
            }
            String name = "case " + (++n) + ": " + input + " " + env;
            cases.add(ConformanceCase.run(name, () -> {
                WordResult result = ShellLexer.DEFAULT.processWord(input, Env.of(env));
                if (c.has("errorContains")) {
                    String needle = c.get("errorContains").getAsString();
                    if (result.error().isEmpty()) {
                        return "expected an error containing " + quote(needle) + ", got " + quote(result.value());
                    }
                    String message = result.error().get().message();
                    return message.contains(needle) ? null : "error " + quote(message) + " lacks " + quote(needle);
                }
                if (result.error().isPresent()) {
                    return "unexpected error: " + result.error().get().message();
                }
                String expected = c.get("expected").getAsString();
                return result.value().equals(expected)
                        ? null : "expected " + quote(expected) + ", got " + quote(result.value());
            }));
        }
        return cases;
    }

    /**
     * BuildKit's pattern helpers. dftk has equivalents of pattern and string reversal and of the
     * pattern validity check; it compiles globs to its own matcher program instead of Go regexp
     * source, so the expected regexp text itself has no counterpart.
     */
    @TestFactory
    Stream<DynamicTest> patternInternals() {
        return ConformanceSuite.tests("buildkit-inline shell-pattern-internals", ShellCasesTest::patternInternalsCases);
    }

    private static List<ConformanceCase> patternInternalsCases(Path dir) {
        JsonObject data = inline(dir, "shell-pattern-internals.json");
        List<ConformanceCase> cases = new ArrayList<>();
        int n = 0;
        for (JsonElement element : data.getAsJsonArray("cases")) {
            JsonObject c = element.getAsJsonObject();
            String kind = c.get("kind").getAsString();
            String input = c.get("input").getAsString();
            boolean error = c.has("error") && c.get("error").getAsBoolean();
            String expected = c.has("expected") ? c.get("expected").getAsString() : null;
            String name = "case " + (++n) + ": " + kind + " " + input;
            switch (kind) {
                case "reversePattern" -> cases.add(ConformanceCase.run(name,
                        () -> same(expected, PatternSubstitution.reversePattern(input))));
                case "reverseString" -> cases.add(ConformanceCase.run(name,
                        () -> same(expected, PatternSubstitution.reverse(input))));
                case "shellPatternToRegex" -> {
                    if (error) {
                        cases.add(ConformanceCase.run(name, () -> GlobPattern.compile(input, false).error() != null
                                ? null : "expected the pattern to be rejected"));
                    } else {
                        cases.add(ConformanceCase.skip(name, "dftk compiles globs to its own matcher program, not to"
                                + " Go regexp source, so the expected regexp text has no counterpart; matching"
                                + " behaviour is covered by shell-process-word-with-matches"));
                    }
                }
                default -> cases.add(ConformanceCase.run(name, () -> "unknown case kind " + kind));
            }
        }
        return cases;
    }

    private static JsonObject inline(Path dir, String file) {
        return ConformanceSuite.json(dir.resolve("buildkit-inline").resolve(file));
    }

    private static Set<String> names(JsonArray array) {
        Set<String> names = new LinkedHashSet<>();
        array.forEach(e -> names.add(e.getAsString()));
        return names;
    }

    private static String same(String expected, String actual) {
        return Objects.equals(expected, actual) ? null : "expected " + quote(expected) + ", got " + quote(actual);
    }

    private static String quote(String s) {
        return GoStrings.quote(s);
    }
}

package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.dftk.ir.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BuildKit's own build-check cases ({@code ${dftk.shared}/conformance/buildkit-checks/cases-dev.json}):
 * each Dockerfile (with its {@code .dockerignore} and build args) is linted in a directory of
 * its own, and the BuildKit findings must equal the expected warnings as a multiset of rule,
 * start line and message, byte for byte. Prints the score and, for each failing case, the
 * rules that differ with expected and actual findings.
 */
class BuildKitConformanceTest {

    /** One warning: BuildKit's rule name, start line and detail message. */
    private record Warning(String rule, int line, String detail) {
        @Override
        public String toString() {
            return rule + " line " + line + ": " + detail;
        }
    }

    private static final Comparator<Warning> ORDER = Comparator.comparing(Warning::rule)
            .thenComparingInt(Warning::line).thenComparing(Warning::detail);

    @Test
    void everyCasePasses(@TempDir Path tmp) throws IOException {
        String shared = System.getProperty("dftk.shared");
        Assumptions.assumeTrue(shared != null, "system property dftk.shared is not set (run through Maven)");
        Path file = Path.of(shared, "conformance", "buildkit-checks", "cases-dev.json");
        Assumptions.assumeTrue(Files.exists(file), file + " is missing: the BuildKit check cases were not run");
        List<JsonElement> cases = JsonParser.parseString(Files.readString(file)).getAsJsonObject()
                .getAsJsonArray("cases").asList();

        Linter linter = Linter.standard(LintConfig.defaults());
        Map<String, int[]> perRule = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (int i = 0; i < cases.size(); i++) {
            JsonObject c = cases.get(i).getAsJsonObject();
            String name = c.get("name").getAsString();
            List<Warning> expected = new ArrayList<>();
            for (JsonElement e : c.getAsJsonArray("expect")) {
                JsonObject w = e.getAsJsonObject();
                expected.add(new Warning(w.get("rule").getAsString(), w.get("line").getAsInt(),
                        w.get("detail").getAsString()));
            }
            List<Warning> actual = lint(linter, c, tmp.resolve(Integer.toString(i)));
            expected.sort(ORDER);
            actual.sort(ORDER);
            boolean ok = expected.equals(actual);
            passed += ok ? 1 : 0;
            for (String tag : tags(name, expected, actual)) {
                int[] count = perRule.computeIfAbsent(tag, t -> new int[2]);
                count[0] += ok ? 1 : 0;
                count[1]++;
            }
            if (!ok) {
                failures.add(describe(name, expected, actual));
            }
        }

        StringBuilder report = new StringBuilder("buildkit-checks: " + passed + "/" + cases.size() + " passed\n");
        perRule.forEach((tag, count) -> report.append("  ").append(tag).append(": ").append(count[0]).append('/')
                .append(count[1]).append('\n'));
        failures.forEach(f -> report.append(f).append('\n'));
        System.out.print(report);
        assertThat(failures).as("%d of %d BuildKit check cases fail (listed above)", failures.size(), cases.size())
                .isEmpty();
    }

    private static List<Warning> lint(Linter linter, JsonObject c, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path dockerfile = dir.resolve("Dockerfile");
        byte[] bytes = c.get("dockerfile").getAsString().getBytes(StandardCharsets.UTF_8);
        Files.write(dockerfile, bytes);
        if (c.has("dockerignore") && !c.get("dockerignore").isJsonNull()) {
            Files.writeString(dir.resolve(".dockerignore"), c.get("dockerignore").getAsString(), StandardCharsets.UTF_8);
        }
        BuildOptions options = BuildOptions.defaults();
        if (c.has("buildArgs") && !c.get("buildArgs").isJsonNull()) {
            for (Map.Entry<String, JsonElement> arg : c.getAsJsonObject("buildArgs").entrySet()) {
                options = options.withBuildArg(arg.getKey(), arg.getValue().getAsString());
            }
        }
        LintResult result = linter.lint(new LintInput("Dockerfile", bytes, Optional.of(dockerfile), options));
        List<Warning> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.rule().family() == RuleFamily.BUILDKIT) {
                out.add(new Warning(f.code(), f.range().startLine(), f.message()));
            }
        }
        return out;
    }

    /** The rules a case is about: those expected or reported, else (no finding either way) the BuildKit test it comes from. */
    private static Set<String> tags(String name, List<Warning> expected, List<Warning> actual) {
        Set<String> tags = new TreeSet<>();
        expected.forEach(w -> tags.add(w.rule()));
        actual.forEach(w -> tags.add(w.rule()));
        if (tags.isEmpty()) {
            tags.add("(no findings) " + name.replaceAll("[#/].*", ""));
        }
        return tags;
    }

    private static String describe(String name, List<Warning> expected, List<Warning> actual) {
        Set<String> differing = new TreeSet<>();
        for (Warning w : expected) {
            if (!actual.contains(w)) {
                differing.add(w.rule());
            }
        }
        for (Warning w : actual) {
            if (!expected.contains(w)) {
                differing.add(w.rule());
            }
        }
        StringBuilder out = new StringBuilder("FAIL " + name + " [" + String.join(", ", differing) + "]\n");
        out.append("    expected:").append(expected.isEmpty() ? " (none)\n" : "\n");
        expected.forEach(w -> out.append("      ").append(w).append('\n'));
        out.append("    actual:").append(actual.isEmpty() ? " (none)\n" : "\n");
        actual.forEach(w -> out.append("      ").append(w).append('\n'));
        return out.toString();
    }
}

package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.parser.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * hadolint's own rule tests ({@code ../shared/conformance/hadolint/cases-dev.json}, see its
 * README) run through dftk's linter the way hadolint's test helpers run them: a newline is
 * appended, {@code onbuild} cases wrap every top-level RUN in ONBUILD, the case's config sets
 * {@code trustedRegistries}, {@code label-schema} and {@code strict-labels}, findings are
 * counted before severity filtering (rules that default to {@code ignore} still report) and
 * {@code ignored} only matters for the pseudo-rule {@code *}. Inline pragmas apply.
 *
 * <p>Prints one line per rule code with its passing cases. Cases of a rule dftk does not have
 * yet are listed as "not implemented"; every case of an implemented rule must pass, except those
 * listed with a reason in {@code testdata/lint/hadolint-conformance-exceptions.txt}
 * ({@code RULE path:line reason}; at most 2% of the cases).
 */
class HadolintConformanceTest {

    /** One exported hspec call; {@code count} null means "at least one". */
    record Case(String rule, String dockerfile, String expect, Integer count, boolean onbuild,
            Map<String, Object> config, String desc, String source) {
    }

    @Test
    void casesDevAgreeWithHadolint() throws IOException {
        String shared = System.getProperty("dftk.shared");
        Assumptions.assumeTrue(shared != null, "system property dftk.shared is not set: hadolint cases not run");
        Path file = Path.of(shared, "conformance", "hadolint", "cases-dev.json");
        Assumptions.assumeTrue(Files.exists(file), file + " is missing: hadolint cases not run");
        List<Case> cases = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8),
                new TypeToken<List<Case>>() { }.getType());

        RuleRegistry registry = RuleRegistry.standard();
        Set<String> allCodes = cases.stream().map(Case::rule).filter(r -> r.startsWith("DL"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, String> exceptions = exceptions();
        assertThat(exceptions.size()).as("exceptions: at most 2% of the cases").isLessThanOrEqualTo(cases.size() / 50);
        Map<String, int[]> table = new TreeMap<>(); // rule -> {cases, passed, excepted}
        List<String> failures = new ArrayList<>();
        List<String> excepted = new ArrayList<>();
        int implementedCases = 0;
        int passedCases = 0;
        for (Case c : cases) {
            int[] row = table.computeIfAbsent(c.rule(), r -> new int[3]);
            row[0]++;
            if (!implemented(c.rule(), registry, allCodes)) {
                continue;
            }
            implementedCases++;
            List<Finding> found = run(c, registry);
            String key = c.rule() + " " + c.source();
            if (passes(c, found)) {
                row[1]++;
                passedCases++;
                if (exceptions.containsKey(key)) {
                    excepted.add(key + ": passes now, drop the exception");
                }
            } else if (exceptions.containsKey(key)) {
                row[2]++;
                excepted.add(key + ": " + exceptions.get(key));
            } else {
                failures.add(c.rule() + " " + c.expect() + " (" + c.desc() + ", " + c.source() + ") found "
                        + found.stream().map(f -> f.range().startLine() + ":" + f.code()).toList()
                        + "\n" + c.dockerfile().indent(4));
            }
        }
        StringBuilder out = new StringBuilder("hadolint conformance (cases-dev.json)\n");
        table.forEach((rule, row) -> out.append(String.format("  %-6s %3d/%-3d %s%n", rule, row[1], row[0],
                !implemented(rule, registry, allCodes)
                        ? rule.equals("SC") ? "not run: " + ShellCheckAvailability.MISSING : "not implemented"
                        : row[1] + row[2] < row[0] ? "FAIL" : row[2] > 0 ? "ok, " + row[2] + " exceptions" : "ok")));
        out.append(String.format("  implemented rules: %d/%d cases pass; all rules: %d/%d (%.1f%%)%n", passedCases,
                implementedCases, passedCases, cases.size(), 100.0 * passedCases / cases.size()));
        excepted.forEach(e -> out.append("  exception ").append(e).append('\n'));
        System.out.print(out);
        // The issue's bar. Without ShellCheck on this machine (never on CI) its cases cannot be judged.
        long judged = cases.stream().filter(c -> !c.rule().equals("SC") || implemented("SC", registry, allCodes)).count();
        assertThat(100.0 * passedCases / judged).as("agreement with hadolint on the cases this run can judge (bar: 97%%)")
                .isGreaterThanOrEqualTo(97.0);
        assertThat(failures).as("cases of implemented rules that disagree with hadolint").isEmpty();
    }

    /** {@code RULE path:line} to the reason dftk disagrees with hadolint on that case. */
    private static Map<String, String> exceptions() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String testdata = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(testdata != null, "system property dftk.testdata is not set (run through Maven)");
        for (String line : Files.readAllLines(Path.of(testdata, "lint", "hadolint-conformance-exceptions.txt"))) {
            String[] parts = line.strip().split("\\s+", 3);
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(parts).as("exception line: RULE path:line reason: " + line).hasSize(3);
                out.put(parts[0] + " " + parts[1], parts[2]);
            }
        }
        return out;
    }

    /**
     * {@code SC} needs ShellCheck's rule and the program (reported as not run without it, and a
     * failure on CI, which installs it); {@code *} (no finding at all) needs every rule.
     */
    private static boolean implemented(String rule, RuleRegistry registry, Set<String> allCodes) {
        return switch (rule) {
            case "SC" -> registry.rules().stream().anyMatch(r -> r.meta().family() == RuleFamily.SHELLCHECK)
                    && ShellCheckAvailability.present();
            case "*" -> allCodes.stream().allMatch(code -> registry.find(code).isPresent());
            default -> registry.find(rule).isPresent();
        };
    }

    private static List<Finding> run(Case c, RuleRegistry registry) {
        String text = c.dockerfile() + "\n";
        if (c.onbuild()) {
            text = wrapRunInOnbuild(text);
        }
        Map<String, Object> config = c.config() == null ? Map.of() : c.config();
        Map<String, LintSeverity> reportAll = new HashMap<>();
        for (Rule rule : registry.rules()) {
            if (rule.meta().defaultSeverity() == LintSeverity.IGNORE) {
                reportAll.put(rule.meta().code(), LintSeverity.INFO); // hadolint's helpers see these too
            }
        }
        LintConfig lint = new LintConfig(Set.of(), reportAll, Optional.of(LintSeverity.INFO), false, false,
                strings(config.get("trustedRegistries")), labelSchema(config.get("label-schema")),
                Boolean.TRUE.equals(config.get("strict-labels")), EnumSet.allOf(RuleFamily.class), true);
        return new Linter(registry, lint).lint(LintInput.of("Dockerfile", text)).findings();
    }

    private static boolean passes(Case c, List<Finding> found) {
        Set<String> ignored = new LinkedHashSet<>(strings(c.config() == null ? null : c.config().get("ignored")));
        long matching = found.stream().filter(f -> switch (c.rule()) {
            case "SC" -> f.code().startsWith("SC");
            case "*" -> !ignored.contains(f.code());
            default -> f.code().equals(c.rule());
        }).count();
        if (c.expect().equals("not")) {
            return matching == 0;
        }
        return c.count() == null ? matching >= 1 : matching == c.count();
    }

    /** hadolint's {@code onBuildRuleCatches}: every top-level RUN becomes {@code ONBUILD RUN}, lines unchanged. */
    static String wrapRunInOnbuild(String text) {
        StringBuilder out = new StringBuilder(text);
        List<Instruction> instructions = DockerfileParser.parse(text).dockerfile().instructions();
        for (int i = instructions.size() - 1; i >= 0; i--) {
            if (instructions.get(i) instanceof RunInstruction run) {
                out.insert(run.keyword().range().startOffset(), "ONBUILD ");
            }
        }
        return out.toString();
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) value) {
            out.add(String.valueOf(item));
        }
        return out;
    }

    private static Map<String, String> labelSchema(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value != null) {
            ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }
}

package io.github.dftk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.SourceRange;
import io.github.dftk.ir.BuildOptions;
import io.github.dftk.lint.rules.buildkit.BuildKitChecks;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit check cases: {@code testdata/lint/buildkit/<Rule>/<case>/Dockerfile}, with an optional
 * {@code .dockerignore} next to it and an optional {@code args} file (one {@code KEY=value} build
 * arg per line). {@code expected.txt} lists the BuildKit findings, one per line:
 * {@code line:col-endLine:endCol severity Code message}. When findings carry fixes,
 * {@code fixed.Dockerfile} is the file with every fix applied, and the fixed file must not
 * report the fixed findings again. Rewrite with {@code -Ddftk.updateGolden=true} and review.
 */
class BuildKitCasesTest {

    private static final Linter LINTER = Linter.standard(LintConfig.defaults());

    /** Directory of the cases for the {@code # check=} directive and {@code BUILDKIT_DOCKERFILE_CHECK}. */
    private static final String CONFIGURATION_CASES = "CheckDirective";

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        return caseDirs().stream().map(dir -> DynamicTest.dynamicTest(
                dir.getParent().getFileName() + "/" + dir.getFileName(), () -> check(dir, update)));
    }

    /**
     * Every check has a case where it fires and one where it does not, in the directory named
     * after it; every directory is a check's or the configuration's.
     */
    @Test
    void everyCheckHasAPositiveAndANegativeCase() throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        for (Path dir : caseDirs()) {
            String rule = dir.getParent().getFileName().toString();
            List<Finding> findings = lint(dir, Files.readString(dir.resolve("Dockerfile"))).findings();
            boolean fires = findings.stream().anyMatch(f -> f.code().equals(rule));
            counts.computeIfAbsent(rule, r -> new int[2])[fires ? 0 : 1]++;
        }
        List<String> missing = new ArrayList<>();
        for (Rule rule : BuildKitChecks.all()) {
            int[] count = counts.getOrDefault(rule.meta().code(), new int[2]);
            if (count[0] == 0 || count[1] == 0) {
                missing.add(rule.meta().code() + " (positive " + count[0] + ", negative " + count[1] + ")");
            }
        }
        assertThat(missing).as("checks without a positive and a negative case").isEmpty();
        Set<String> known = BuildKitChecks.all().stream().map(r -> r.meta().code())
                .collect(Collectors.toCollection(TreeSet::new));
        known.add(CONFIGURATION_CASES);
        assertThat(counts.keySet()).as("case directories named after no check").isSubsetOf(known);
    }

    private static List<Path> caseDirs() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        try (Stream<Path> files = Files.walk(Path.of(root, "lint", "buildkit"), 3)) {
            return files.filter(p -> p.getFileName().toString().equals("Dockerfile")).map(Path::getParent).sorted()
                    .toList();
        }
    }

    private static void check(Path dir, boolean update) throws IOException {
        String text = Files.readString(dir.resolve("Dockerfile"), StandardCharsets.UTF_8);
        LintResult result = lint(dir, text);
        assertThat(result.ruleFailures()).as("rules that threw").isEmpty();
        golden(dir.resolve("expected.txt"), render(result.findings()), update);

        List<Finding> fixed = new ArrayList<>();
        String fixedText = applyFixes(text, result.findings(), fixed);
        Path fixedFile = dir.resolve("fixed.Dockerfile");
        if (fixed.isEmpty()) {
            if (update) {
                Files.deleteIfExists(fixedFile);
            }
            assertThat(fixedFile).as("no finding has a fix").doesNotExist();
            return;
        }
        golden(fixedFile, fixedText, update);
        // The fixed file reports each fixed rule only where no fix was offered.
        Set<String> fixedRules = fixed.stream().map(Finding::code).collect(Collectors.toSet());
        Map<String, Long> expectedLeft = result.findings().stream()
                .filter(f -> fixedRules.contains(f.code()) && !fixed.contains(f))
                .collect(Collectors.groupingBy(Finding::code, TreeMap::new, Collectors.counting()));
        Map<String, Long> left = lint(dir, fixedText).findings().stream()
                .filter(f -> fixedRules.contains(f.code()))
                .collect(Collectors.groupingBy(Finding::code, TreeMap::new, Collectors.counting()));
        assertThat(left).as("findings of the fixed rules in the fixed file").isEqualTo(expectedLeft);
    }

    private static LintResult lint(Path dir, String text) throws IOException {
        BuildOptions options = BuildOptions.defaults();
        Path args = dir.resolve("args");
        if (Files.exists(args)) {
            for (String line : Files.readAllLines(args, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String[] kv = line.split("=", 2);
                    options = options.withBuildArg(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
        }
        LintResult result = LINTER.lint(new LintInput("Dockerfile", text.getBytes(StandardCharsets.UTF_8),
                Optional.of(dir.resolve("Dockerfile")), options));
        List<Finding> buildkit = result.findings().stream().filter(f -> f.rule().family() == RuleFamily.BUILDKIT)
                .toList();
        return new LintResult(result.file(), result.parsed(), buildkit, result.ruleFailures());
    }

    private static String render(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            SourceRange r = f.range();
            out.append(r.startLine()).append(':').append(r.startColumn()).append('-').append(r.endLine()).append(':')
                    .append(r.endColumn()).append(' ').append(f.severity().label()).append(' ').append(f.code())
                    .append(' ').append(f.message()).append('\n');
        }
        return out.toString();
    }

    /** Applies the fixes in finding order, skipping one whose edits overlap an earlier one's; {@code applied} gets the findings fixed. */
    private static String applyFixes(String text, List<Finding> findings, List<Finding> applied) {
        List<TextEdit> edits = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.fix().isEmpty()) {
                continue;
            }
            List<TextEdit> fixEdits = finding.fix().get().edits();
            boolean overlaps = fixEdits.stream().anyMatch(e -> edits.stream().anyMatch(o -> overlap(e, o)));
            if (!overlaps) {
                edits.addAll(fixEdits);
                applied.add(finding);
            }
        }
        edits.sort(Comparator.comparingInt((TextEdit e) -> e.range().startOffset()));
        return new Fix("all", edits).apply(text);
    }

    private static boolean overlap(TextEdit a, TextEdit b) {
        SourceRange x = a.range();
        SourceRange y = b.range();
        return x.startOffset() < y.endOffset() && y.startOffset() < x.endOffset()
                || x.startOffset() == y.startOffset();
    }

    private static void golden(Path file, String actual, boolean update) throws IOException {
        if (update) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as(file + " (rewrite with -Ddftk.updateGolden=true)").exists();
        assertThat(actual).as(file.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}

package io.github.dftk.lint;

import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ir.BuildGraph;
import io.github.dftk.ir.BuildGraphs;
import io.github.dftk.parser.ParseResult;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule sees of one file: the parse result (AST, text, tokens), the build's inputs, the
 * build graph (lowered on first use) and the configuration; and where it reports.
 */
public final class LintContext {

    private final LintInput input;
    private final ParseResult parsed;
    private final LintConfig config;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private BuildGraph graph;
    private Pragmas pragmas;
    private List<ShellRun> shellRuns;
    private final Map<Analysis<?>, Object> analyses = new IdentityHashMap<>();

    public LintContext(LintInput input, ParseResult parsed, LintConfig config) {
        this.input = input;
        this.parsed = parsed;
        this.config = config;
    }

    public LintInput input() {
        return input;
    }

    public ParseResult parsed() {
        return parsed;
    }

    public Dockerfile dockerfile() {
        return parsed.dockerfile();
    }

    public String text() {
        return parsed.text();
    }

    public LintConfig config() {
        return config;
    }

    /** The build graph for the build options of the input, lowered once. */
    public BuildGraph graph() {
        if (graph == null) {
            graph = BuildGraphs.lower(parsed, input.build());
        }
        return graph;
    }

    /** The file's {@code # hadolint} and {@code # dftk} pragmas, read once. */
    public Pragmas pragmas() {
        if (pragmas == null) {
            pragmas = Pragmas.read(parsed.dockerfile());
        }
        return pragmas;
    }

    /** The RUNs whose scripts are POSIX shell, each parsed once ({@link ShellRun#of}). */
    public List<ShellRun> shellRuns() {
        if (shellRuns == null) {
            shellRuns = ShellRun.of(parsed, pragmas());
        }
        return shellRuns;
    }

    /**
     * A fact about the file that several rules need (the global ARGs, BuildKit's dispatch of the
     * stages, …): computed on first use, then shared by every rule that asks for it.
     */
    @FunctionalInterface
    public interface Analysis<T> {
        T compute(LintContext context);
    }

    /** {@code analysis} of this file, computed once; analyses are told apart by identity (keep each in a constant). */
    @SuppressWarnings("unchecked")
    public <T> T analysis(Analysis<T> analysis) {
        Object found = analyses.get(analysis);
        if (found == null) {
            // not computeIfAbsent: an analysis may ask for others while it computes
            found = analysis.compute(this);
            analyses.put(analysis, found);
        }
        return (T) found;
    }

    /** The instruction whose text holds {@code offset}, if any (binary search: filters ask once per finding). */
    public Optional<Instruction> instructionAt(int offset) {
        List<Instruction> instructions = parsed.dockerfile().instructions();
        int low = 0;
        int high = instructions.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            SourceRange range = instructions.get(mid).range();
            if (offset < range.startOffset()) {
                high = mid - 1;
            } else if (offset > range.endOffset()) {
                low = mid + 1;
            } else {
                return Optional.of(instructions.get(mid));
            }
        }
        return Optional.empty();
    }

    public void report(Rule rule, SourceRange range, String message) {
        report(rule, range, message, Optional.empty());
    }

    public void report(Rule rule, SourceRange range, String message, Fix fix) {
        report(rule, range, message, Optional.of(fix));
    }

    private void report(Rule rule, SourceRange range, String message, Optional<Fix> fix) {
        report(rule, rule.meta(), range, message, fix);
    }

    /**
     * A finding under one of the codes a rule reports ({@link Rule#reports}): ShellCheck's rule
     * reports each comment as its own {@code SCnnnn} with ShellCheck's severity, so that
     * {@code ignored}, {@code override} and pragmas name the code.
     */
    public void report(Rule rule, RuleMeta code, SourceRange range, String message, Optional<Fix> fix) {
        if (!rule.reports(code.code())) {
            throw new IllegalArgumentException(rule.meta().code() + " does not report " + code.code());
        }
        findings.add(new Finding(code, config.severityOf(code), message, range, fix));
    }

    /**
     * Something the user should know that is not a finding, such as ShellCheck not being
     * installed: said once per file however often it is noted.
     */
    public void notice(String message) {
        if (!notices.contains(message)) {
            notices.add(message);
        }
    }

    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Findings so far, in report order. */
    public List<Finding> findingsView() {
        return java.util.Collections.unmodifiableList(findings);
    }
}

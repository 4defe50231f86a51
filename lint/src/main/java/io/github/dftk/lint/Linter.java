package io.github.dftk.lint;

import io.github.dftk.lint.internal.ConfigFilter;
import io.github.dftk.lint.internal.FixVerifier;
import io.github.dftk.lint.internal.PragmaFilter;
import io.github.dftk.lint.rules.buildkit.CheckDirectiveFilter;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lints one file: parses it, runs every rule the configuration lets run, passes the findings
 * through the filters in order (BuildKit's {@code # check=}, hadolint's pragmas, the
 * configuration), keeps only fixes that verify, and sorts by position. One linter may lint
 * several files at once on different threads: rules keep no state between files (each file has
 * its own {@link LintContext}) and ShellCheck's result cache is synchronized.
 */
public final class Linter {

    private final RuleRegistry registry;
    private final LintConfig config;
    private final List<FindingFilter> filters;
    private final boolean fixes;
    /** The rules the configuration runs, chosen once rather than per file. */
    private final List<Rule> active;

    public Linter(RuleRegistry registry, LintConfig config) {
        this(registry, config, true);
    }

    private Linter(RuleRegistry registry, LintConfig config, boolean fixes) {
        this.registry = registry;
        this.config = config;
        this.filters = List.of(new CheckDirectiveFilter(), new PragmaFilter(), new ConfigFilter());
        this.fixes = fixes;
        this.active = registry.rules().stream().filter(rule -> config.runs(rule.meta())).toList();
    }

    /**
     * A linter whose findings carry no fixes. Verifying a fix re-parses the file and re-runs its
     * rule, the largest single cost of linting, so callers whose output never shows fixes (hadolint's
     * JSON, one-line tty) skip it.
     */
    public Linter withoutFixes() {
        return new Linter(registry, config, false);
    }

    public static Linter standard(LintConfig config) {
        return new Linter(RuleRegistry.standard(), config);
    }

    public LintResult lint(LintInput input) {
        ParseResult parsed = DockerfileParser.parse(input.bytes(), ParseOptions.defaults().withSourceName(input.name()));
        LintContext context = new LintContext(input, parsed, config);
        List<String> ruleFailures = new ArrayList<>();
        for (Rule rule : active) {
            try {
                rule.check(context);
            } catch (RuntimeException e) { // a dftk bug: report it, keep the other rules' findings
                ruleFailures.add(rule.meta().code() + ": " + e);
            }
        }
        List<Finding> findings = context.findingsView();
        for (FindingFilter filter : filters) {
            findings = filter.apply(findings, context);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Optional<Fix> fix = finding.fix().isEmpty() || !fixes ? Optional.empty()
                    : FixVerifier.verified(finding, registry.find(finding.code()).orElseThrow(), context);
            out.add(finding.withFix(fix));
        }
        out.sort(Comparator.comparingInt((Finding f) -> f.range().startOffset()).thenComparing(Finding::code));
        return new LintResult(input.name(), parsed, out, ruleFailures, context.notices());
    }
}

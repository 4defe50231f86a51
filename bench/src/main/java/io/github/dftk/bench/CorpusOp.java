package io.github.dftk.bench;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ir.BuildGraph;
import io.github.dftk.ir.BuildGraphs;
import io.github.dftk.ir.BuildOptions;
import io.github.dftk.lint.LintConfig;
import io.github.dftk.lint.LintInput;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Linter;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.util.EnumSet;
import java.util.Optional;

/**
 * What {@code dftk bench} measures on each file of a corpus. Each operation starts from the
 * file's bytes, so decoding is part of the cost, as it is for a user. A new stage adds a
 * constant here.
 */
public enum CorpusOp {

    /** Decode and parse to the typed AST with all diagnostics. */
    PARSE("parse") {
        @Override
        public boolean apply(Corpus.Entry file) {
            return !DockerfileParser.parse(file.bytes(), ParseOptions.defaults().withSourceName(file.name()))
                    .syntaxErrors().isEmpty();
        }
    },

    /** Decode, parse and lower to the build graph with every digest; errors are graph errors. */
    GRAPH("graph") {
        @Override
        public boolean apply(Corpus.Entry file) {
            ParseResult parsed = DockerfileParser.parse(file.bytes(), ParseOptions.defaults().withSourceName(file.name()));
            BuildGraph graph = BuildGraphs.lower(parsed, BuildOptions.defaults());
            return graph.diagnostics().stream().anyMatch(Diagnostic::isError);
        }
    },

    /**
     * Decode, parse and run every rule with the default configuration but ShellCheck (an
     * external program, measured on its own with {@code dftk lint}); errors are findings at
     * error severity. Fixes are not verified, as for {@code dftk lint -f json} and the LSP's
     * diagnostics: {@link #LINT_FIXES} measures that part.
     */
    LINT("lint") {
        private final Linter linter = standardLinter().withoutFixes();

        @Override
        public boolean apply(Corpus.Entry file) {
            return hasErrors(linter.lint(LintInput.of(file.name(), file.bytes())));
        }
    },

    /** {@link #LINT} plus the verification of every fix, as for reports that show fixes (tty, SARIF). */
    LINT_FIXES("lint-fixes") {
        private final Linter linter = standardLinter();

        @Override
        public boolean apply(Corpus.Entry file) {
            return hasErrors(linter.lint(LintInput.of(file.name(), file.bytes())));
        }
    };

    private static Linter standardLinter() {
        return Linter.standard(LintConfig.defaults().withFamilies(EnumSet.complementOf(EnumSet.of(RuleFamily.SHELLCHECK))));
    }

    private static boolean hasErrors(LintResult result) {
        return result.findings().stream().anyMatch(f -> f.severity() == LintSeverity.ERROR);
    }

    private final String id;

    CorpusOp(String id) {
        this.id = id;
    }

    /** The name on the command line and in reports. */
    public String id() {
        return id;
    }

    /**
     * Runs the operation on one file.
     *
     * @return whether the file has errors of the kind this operation reports (for parse:
     *     BuildKit's parser would reject it)
     */
    public abstract boolean apply(Corpus.Entry file);

    /** The operation with this {@link #id()}, if there is one. */
    public static Optional<CorpusOp> byId(String id) {
        for (CorpusOp op : values()) {
            if (op.id.equals(id)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}

package io.github.dftk.parser;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.parser.internal.LineIndex;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outcome of parsing one Dockerfile: the typed AST (always, even for bad input), every
 * diagnostic in file order, and the lossless token list.
 */
public final class ParseResult {

    private final String sourceName;
    private final String text;
    private final Dockerfile dockerfile;
    private final List<Diagnostic> diagnostics;
    private final List<Diagnostic> syntaxErrors;
    private final Supplier<List<SourceToken>> tokenSource;
    private volatile List<SourceToken> tokens;
    private volatile LineIndex lines;

    ParseResult(String sourceName, String text, Dockerfile dockerfile, List<Diagnostic> diagnostics,
            List<Diagnostic> syntaxErrors, Supplier<List<SourceToken>> tokens) {
        this.sourceName = sourceName;
        this.text = text;
        this.dockerfile = dockerfile;
        this.diagnostics = List.copyOf(diagnostics);
        this.syntaxErrors = List.copyOf(syntaxErrors);
        this.tokenSource = tokens;
    }

    public String sourceName() {
        return sourceName;
    }

    public String text() {
        return text;
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    /** All diagnostics (errors and warnings), sorted by position. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The errors for which BuildKit's parser itself rejects the file (its {@code parser.Parse}
     * fails): bad directives, JSON arrays of non-strings, ENV/LABEL syntax, unterminated
     * heredocs, over-long lines, no instructions. Other errors come from BuildKit's
     * instruction checks, which run after parsing.
     */
    public List<Diagnostic> syntaxErrors() {
        return syntaxErrors;
    }

    /** The first error BuildKit's parser would stop at, if any. */
    public Optional<Diagnostic> firstSyntaxError() {
        return syntaxErrors.isEmpty() ? Optional.empty() : Optional.of(syntaxErrors.get(0));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The range of {@code text()[start, end)}, with lines and columns. */
    public SourceRange range(int start, int end) {
        LineIndex index = lines;
        if (index == null) {
            index = new LineIndex(text);
            lines = index;
        }
        return index.range(start, end);
    }

    /** Every token, hidden ones included; their texts concatenated equal {@link #text()}. Built on first use. */
    public List<SourceToken> tokens() {
        List<SourceToken> result = tokens;
        if (result == null) {
            synchronized (this) {
                result = tokens;
                if (result == null) {
                    result = List.copyOf(tokenSource.get());
                    tokens = result;
                }
            }
        }
        return result;
    }
}

package io.github.dftk.parser.internal;

import io.github.dftk.ast.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects a parse's diagnostics, keeping apart those for which BuildKit's parser itself fails. */
final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();
    private final List<Diagnostic> syntaxErrors = new ArrayList<>();

    /** An error BuildKit's parser stops at. */
    void syntaxError(Diagnostic diagnostic) {
        syntaxErrors.add(diagnostic);
        all.add(diagnostic);
    }

    /** Anything else: instruction checks, warnings. */
    void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    void addAll(List<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    /** Every diagnostic in file order (stable for equal positions). */
    List<Diagnostic> sorted() {
        all.sort(Comparator.comparingInt((Diagnostic d) -> d.range().startOffset()));
        return all;
    }

    List<Diagnostic> syntaxErrors() {
        return syntaxErrors;
    }
}

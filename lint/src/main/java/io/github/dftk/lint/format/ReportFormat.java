package io.github.dftk.lint.format;

import io.github.dftk.lint.LintResult;
import java.io.IOException;
import java.util.List;

/**
 * One way to print lint results ({@code dftk lint --format NAME}). Formats are stateless and
 * listed in {@link ReportFormats}; the hadolint-compatible ones keep hadolint's shapes so that
 * CI integrations written for hadolint read dftk's output unchanged.
 */
public interface ReportFormat {

    /** The name users pick it by, as hadolint spells it: {@code tty}, {@code json}, … */
    String name();

    /** One line for {@code --help}: what it is for. */
    String description();

    /**
     * Writes the whole report for {@code results} (one per linted file, in the order given;
     * a file without findings may still appear, e.g. as a SARIF artifact).
     */
    void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException;
}

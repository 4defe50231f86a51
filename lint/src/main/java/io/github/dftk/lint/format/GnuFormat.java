package io.github.dftk.lint.format;

import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintResult;
import java.io.IOException;
import java.util.List;

/**
 * The GNU coding standards' error format, as hadolint's {@code gnu} builds it
 * ({@code hadolint:FILE:LINE: CODE SEVERITY: MESSAGE}), with dftk's name and the column added
 * ({@code dftk:FILE:LINE:COLUMN: …}, the standard's column form, which hadolint uses for parse
 * errors only), so editors jump to the exact place. Messages are one line each
 * ({@link SingleLine}).
 */
final class GnuFormat implements ReportFormat {

    @Override
    public String name() {
        return "gnu";
    }

    @Override
    public String description() {
        return "GNU error lines, dftk:FILE:LINE:COLUMN: CODE SEVERITY: MESSAGE, for editors";
    }

    @Override
    public void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException {
        for (LintResult result : results) {
            String file = options.reportedName(result);
            for (Finding finding : result.findings()) {
                out.append("dftk:").append(file)
                        .append(':').append(Integer.toString(finding.range().startLine()))
                        .append(':').append(Integer.toString(finding.range().startColumn()))
                        .append(": ").append(finding.code()).append(' ').append(finding.severity().label())
                        .append(": ").append(SingleLine.of(finding.message())).append('\n');
            }
        }
    }
}

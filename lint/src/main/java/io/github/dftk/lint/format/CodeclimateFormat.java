package io.github.dftk.lint.format;

import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * hadolint's {@code codeclimate}: the Code Climate engine stream, each issue as compact JSON
 * followed by a NUL byte (see {@link CodeclimateIssue}).
 */
final class CodeclimateFormat implements ReportFormat {

    @Override
    public String name() {
        return "codeclimate";
    }

    @Override
    public String description() {
        return "Code Climate engine output: issues as JSON, each ended by a NUL byte";
    }

    @Override
    public void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException {
        JsonOutput.write(() -> {
            for (LintResult result : results) {
                String path = options.reportedName(result);
                for (Finding finding : result.findings()) {
                    CodeclimateIssue.of(finding, path).write(JsonWriter.compact(out), Optional.empty());
                    out.append('\0');
                }
            }
        });
    }
}

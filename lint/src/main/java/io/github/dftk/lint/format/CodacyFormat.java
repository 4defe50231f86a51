package io.github.dftk.lint.format;

import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintResult;
import java.io.IOException;
import java.util.List;

/**
 * hadolint's {@code codacy}: one compact JSON object per line,
 * {@code {"filename","line","message","patternId"}} (keys in name order, as hadolint writes
 * them), for Codacy's tool integration; nothing when there is no finding.
 */
final class CodacyFormat implements ReportFormat {

    @Override
    public String name() {
        return "codacy";
    }

    @Override
    public String description() {
        return "Codacy issues, one JSON object per line";
    }

    @Override
    public void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException {
        JsonOutput.write(() -> {
            for (LintResult result : results) {
                String file = options.reportedName(result);
                for (Finding finding : result.findings()) {
                    JsonWriter.compact(out).beginObject()
                            .name("filename").value(file)
                            .name("line").value(finding.range().startLine())
                            .name("message").value(finding.message())
                            .name("patternId").value(finding.code())
                            .endObject();
                    out.append('\n');
                }
            }
        });
    }
}

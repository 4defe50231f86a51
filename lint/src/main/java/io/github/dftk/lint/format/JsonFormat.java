package io.github.dftk.lint.format;

import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintResult;
import java.io.IOException;
import java.util.List;

/**
 * hadolint's {@code json}: one compact array of
 * {@code {"code","column","file","level","line","message"}} (keys in that order, as hadolint's
 * JSON library sorts them) over all files, {@code []} when there is no finding. BuildKit checks
 * appear in the same shape with their name as the code; a file that does not parse has DL1000
 * findings at level error, as in hadolint. {@code column} is where the finding starts, where
 * hadolint says 1 for everything but parse errors.
 */
final class JsonFormat implements ReportFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "hadolint's JSON array: code, column, file, level, line, message";
    }

    @Override
    public void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException {
        JsonOutput.write(() -> {
            JsonWriter json = JsonWriter.compact(out);
            json.beginArray();
            for (LintResult result : results) {
                String file = options.reportedName(result);
                for (Finding finding : result.findings()) {
                    json.beginObject()
                            .name("code").value(finding.code())
                            .name("column").value(finding.range().startColumn())
                            .name("file").value(file)
                            .name("level").value(finding.severity().label())
                            .name("line").value(finding.range().startLine())
                            .name("message").value(finding.message())
                            .endObject();
                }
            }
            json.endArray();
            out.append('\n');
        });
    }
}

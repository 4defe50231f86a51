package io.github.dftk.lint.format;

import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * hadolint's {@code gitlab_codeclimate}: a GitLab code quality report, one compact JSON array
 * of Code Climate issues, each with hadolint's fingerprint (see {@link CodeclimateIssue}) so
 * GitLab matches findings across pipelines as it does for hadolint's, and findings dftk reports
 * exactly as hadolint did keep their fingerprints. The array ends with a line break (hadolint's
 * does not).
 */
final class GitlabCodeclimateFormat implements ReportFormat {

    @Override
    public String name() {
        return "gitlab_codeclimate";
    }

    @Override
    public String description() {
        return "GitLab code quality report (Code Climate issues with fingerprints)";
    }

    @Override
    public void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException {
        JsonOutput.write(() -> {
            JsonWriter json = JsonWriter.compact(out);
            json.beginArray();
            for (LintResult result : results) {
                String path = options.reportedName(result);
                for (Finding finding : result.findings()) {
                    CodeclimateIssue issue = CodeclimateIssue.of(finding, path);
                    issue.write(json, Optional.of(issue.fingerprint()));
                }
            }
            json.endArray();
            out.append('\n');
        });
    }
}

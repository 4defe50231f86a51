package io.github.dftk.lint.format;

import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintResult;
import java.io.IOException;
import java.util.List;

/**
 * hadolint's {@code checkstyle} XML (Checkstyle 4.3's report, read by Jenkins and others), byte
 * for byte as hadolint renders it: no whitespace between elements, attributes in name order,
 * empty elements closed with {@code />}, a {@code file} element only for files with findings.
 * A file that does not parse has DL1000 errors like hadolint's (which leave out
 * {@code source}). Differences: {@code column} is where the finding starts (hadolint says 1
 * but for parse errors), the document ends with a line break, and see {@link XmlAttribute}
 * for escaping.
 */
final class CheckstyleFormat implements ReportFormat {

    @Override
    public String name() {
        return "checkstyle";
    }

    @Override
    public String description() {
        return "Checkstyle XML, for Jenkins and other CI servers";
    }

    @Override
    public void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException {
        StringBuilder files = new StringBuilder();
        for (LintResult result : results) {
            if (result.findings().isEmpty()) {
                continue;
            }
            files.append("<file name=\"").append(XmlAttribute.escape(options.reportedName(result))).append("\">");
            for (Finding finding : result.findings()) {
                files.append("<error column=\"").append(finding.range().startColumn())
                        .append("\" line=\"").append(finding.range().startLine())
                        .append("\" message=\"").append(XmlAttribute.escape(finding.message()))
                        .append("\" severity=\"").append(finding.severity().label())
                        .append("\" source=\"").append(XmlAttribute.escape(finding.code()))
                        .append("\"/>");
            }
            files.append("</file>");
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        if (files.isEmpty()) {
            out.append("<checkstyle version=\"4.3\"/>");
        } else {
            out.append("<checkstyle version=\"4.3\">").append(files).append("</checkstyle>");
        }
        out.append('\n');
    }
}

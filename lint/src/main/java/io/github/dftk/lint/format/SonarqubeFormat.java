package io.github.dftk.lint.format;

import io.github.dftk.ast.SourceRange;
import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.rules.dftk.ParseError;
import java.io.IOException;
import java.util.List;

/**
 * hadolint's {@code sonarqube}: SonarQube's generic issue import format,
 * {@code {"issues":[{"engineId","primaryLocation":{"filePath","message","textRange"},
 * "ruleId","severity","type"}]}} (keys in name order, as hadolint writes them), with hadolint's
 * severity and type mapping: error is CRITICAL and BUG, a file that does not parse (DL1000)
 * BLOCKER and BUG, warning MAJOR, info MINOR, style INFO, all but errors CODE_SMELL.
 *
 * <p>Differences: the engine is "dftk" (hadolint: "Hadolint"; SonarQube keys imported rules by
 * engine, so issues imported from hadolint before show as closed and reopened once). The text
 * range has the finding's real columns, 0-based and end-exclusive as SonarQube counts them
 * (hadolint always says 0 to 1); an empty range gives lines only, since SonarQube rejects a
 * range that starts where it ends.
 */
final class SonarqubeFormat implements ReportFormat {

    @Override
    public String name() {
        return "sonarqube";
    }

    @Override
    public String description() {
        return "SonarQube generic issue import JSON";
    }

    @Override
    public void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException {
        JsonOutput.write(() -> {
            JsonWriter json = JsonWriter.compact(out);
            json.beginObject().name("issues").beginArray();
            for (LintResult result : results) {
                String file = options.reportedName(result);
                for (Finding finding : result.findings()) {
                    json.beginObject()
                            .name("engineId").value("dftk")
                            .name("primaryLocation").beginObject()
                            .name("filePath").value(file)
                            .name("message").value(finding.message())
                            .name("textRange");
                    textRange(json, finding.range());
                    json.endObject()
                            .name("ruleId").value(finding.code())
                            .name("severity").value(severity(finding))
                            .name("type").value(finding.severity() == LintSeverity.ERROR ? "BUG" : "CODE_SMELL")
                            .endObject();
                }
            }
            json.endArray().endObject();
            out.append('\n');
        });
    }

    private static void textRange(JsonWriter json, SourceRange range) {
        json.beginObject();
        if (!range.isEmpty()) {
            json.name("endColumn").value(range.endColumn() - 1);
        }
        json.name("endLine").value(range.endLine());
        if (!range.isEmpty()) {
            json.name("startColumn").value(range.startColumn() - 1);
        }
        json.name("startLine").value(range.startLine());
        json.endObject();
    }

    private static String severity(Finding finding) {
        if (finding.code().equals(ParseError.CODE) && finding.severity() == LintSeverity.ERROR) {
            return "BLOCKER";
        }
        return switch (finding.severity()) {
            case ERROR -> "CRITICAL";
            case WARNING -> "MAJOR";
            case INFO -> "MINOR";
            case STYLE, IGNORE -> "INFO";
        };
    }
}

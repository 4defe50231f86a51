package io.github.dftk.lint.format;

import io.github.dftk.lint.LintResult;
import java.util.Objects;
import java.util.Optional;

/**
 * How to print a report. The defaults print what hadolint prints; colour and details are
 * asked for.
 *
 * @param color            ANSI colours in {@code tty}, as hadolint colours them (the CLI turns
 *                         them off for pipes, {@code --no-color} and {@code NO_COLOR})
 * @param details          {@code tty} only: a source excerpt and the fix under each finding and
 *                         a summary line at the end; off prints hadolint's lines alone
 * @param toolVersion      dftk's version, for formats that name the tool (SARIF)
 * @param fileNameInReport {@code --file-path-in-report}: the name every file is reported
 *                         under instead of its own, in every format (hadolint honours it in
 *                         {@code checkstyle}, {@code codeclimate}, {@code gitlab_codeclimate}
 *                         and {@code sonarqube} only)
 */
public record ReportOptions(boolean color, boolean details, String toolVersion, Optional<String> fileNameInReport) {

    public ReportOptions {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(fileNameInReport, "fileNameInReport");
    }

    /** hadolint's output: no colour, no details, each file under its own name. */
    public static ReportOptions defaults(String toolVersion) {
        return new ReportOptions(false, false, toolVersion, Optional.empty());
    }

    public ReportOptions withColor(boolean enabled) {
        return new ReportOptions(enabled, details, toolVersion, fileNameInReport);
    }

    public ReportOptions withDetails(boolean enabled) {
        return new ReportOptions(color, enabled, toolVersion, fileNameInReport);
    }

    public ReportOptions withFileNameInReport(Optional<String> name) {
        return new ReportOptions(color, details, toolVersion, name);
    }

    /** The name {@code result}'s findings are reported under. */
    public String reportedName(LintResult result) {
        return fileNameInReport.orElse(result.file());
    }
}

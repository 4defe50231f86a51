package io.github.dftk.lint.format;

import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.LintSeverity;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * hadolint's terminal format, one line per finding, {@code FILE:LINE CODE SEVERITY: MESSAGE},
 * files one after the other with nothing between them, nothing at all when there is no
 * finding. With {@link ReportOptions#color()} the severity is coloured as hadolint colours it.
 * With {@link ReportOptions#details()} each line is followed by an indented source excerpt
 * (and the fix, when there is one), and the report ends with a summary and then one
 * {@code notice: …} line for each distinct notice of the results (ShellCheck missing, failed or
 * timed out); the finding lines stay exactly hadolint's, so scripts that {@code grep} them keep
 * working. Without details the report is hadolint's lines alone and carries no notice.
 *
 * <p>Differences from hadolint: a message is always one line (see {@link SingleLine}; hadolint
 * keeps line breaks in rule messages), and a file that does not parse gets the same
 * {@code FILE:LINE DL1000 error: MESSAGE} lines as any finding, where hadolint prints its
 * parser's {@code FILE:LINE:COLUMN MESSAGE} without code or severity.
 */
final class TtyFormat implements ReportFormat {

    @Override
    public String name() {
        return "tty";
    }

    @Override
    public String description() {
        return "hadolint's FILE:LINE CODE SEVERITY: MESSAGE lines, with source excerpts and a summary";
    }

    @Override
    public boolean showsNotices(ReportOptions options) {
        return options.details();
    }

    @Override
    public boolean showsFixes(ReportOptions options) {
        return options.details();
    }

    @Override
    public void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException {
        Map<LintSeverity, Integer> counts = new EnumMap<>(LintSeverity.class);
        int fixable = 0;
        for (LintResult result : results) {
            String file = options.reportedName(result);
            for (Finding finding : result.findings()) {
                String style = Ansi.of(finding.severity());
                out.append(file).append(':').append(Integer.toString(finding.range().startLine())).append(' ')
                        .append(finding.code()).append(' ')
                        .append(Ansi.paint(options.color(), style, finding.severity().label())).append(": ")
                        .append(SingleLine.of(finding.message())).append('\n');
                if (options.details()) {
                    counts.merge(finding.severity(), 1, Integer::sum);
                    SourceExcerpt.write(out, result.parsed().text(), finding.range(), style, options.color());
                    if (finding.fix().isPresent()) {
                        fixable++;
                        out.append("  ").append(Ansi.paint(options.color(), Ansi.GREEN, "fix: "))
                                .append(SingleLine.of(finding.fix().get().title())).append('\n');
                    }
                }
            }
        }
        if (!counts.isEmpty()) {
            out.append('\n').append(Ansi.paint(options.color(), Ansi.BOLD, summary(counts, fixable))).append('\n');
        }
        if (options.details()) {
            for (String notice : LintResult.notices(results)) {
                out.append(Ansi.paint(options.color(), Ansi.of(LintSeverity.WARNING), "notice:")).append(' ')
                        .append(SingleLine.of(notice)).append('\n');
            }
        }
    }

    /** {@code 3 findings (1 error, 2 warnings), 1 fixable}: severities that occur, most severe first. */
    private static String summary(Map<LintSeverity, Integer> counts, int fixable) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringJoiner bySeverity = new StringJoiner(", ", " (", ")");
        counts.forEach((severity, count) -> bySeverity.add(count + " " + severityNoun(severity, count)));
        return total + (total == 1 ? " finding" : " findings") + bySeverity
                + (fixable > 0 ? ", " + fixable + " fixable" : "");
    }

    private static String severityNoun(LintSeverity severity, int count) {
        boolean countable = severity == LintSeverity.ERROR || severity == LintSeverity.WARNING;
        return severity.label() + (countable && count != 1 ? "s" : "");
    }
}

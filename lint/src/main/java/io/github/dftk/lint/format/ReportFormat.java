package io.github.dftk.lint.format;

import io.github.dftk.lint.LintResult;
import java.io.IOException;
import java.util.List;

/**
 * One way to print lint results ({@code dftk lint --format NAME}), found by name in
 * {@link ReportFormats}. Each keeps the shape of hadolint's format of the same name (fields,
 * their order, severity names, layout), so CI integrations written for hadolint read dftk's
 * output unchanged; where dftk knows more (exact columns and ranges, fixes) it says so in the
 * values, and each format's documentation lists where it differs from hadolint.
 *
 * <p>A file that does not parse has {@code DL1000} findings like any other; as in hadolint they
 * are level error. Rules that threw ({@link LintResult#ruleFailures()}) appear only in
 * {@code sarif} (as tool notifications): for every other format the caller reports them on
 * standard error. Notices ({@link LintResult#notices()}: ShellCheck missing, failed or timed
 * out) appear once per report, however many files carry them, where {@link #showsNotices}
 * says so: {@code tty} with details (a line after the summary) and {@code sarif} (tool
 * notifications). Every other format, and {@code tty} without details, keeps its output as
 * hadolint's, for the tools that read it: the caller reports the notices on standard error.
 *
 * <pre>{@code
 * ReportFormat format = ReportFormats.find("json").orElseThrow();
 * format.write(results, ReportOptions.defaults(version), System.out);
 * }</pre>
 */
public sealed interface ReportFormat permits TtyFormat, JsonFormat, CheckstyleFormat, CodeclimateFormat,
        GitlabCodeclimateFormat, GnuFormat, CodacyFormat, SonarqubeFormat, SarifFormat {

    /** The name users pick it by, as hadolint spells it: {@code tty}, {@code json}, … */
    String name();

    /** One line for {@code --help}: what it is for. */
    String description();

    /**
     * Writes the whole report for {@code results} (one per linted file, in the order given)
     * to {@code out}, which the caller encodes as UTF-8. Writes nothing but the report: a
     * document ends with a line break, a line-per-finding report ({@code tty}, {@code gnu},
     * {@code codacy}, and {@code codeclimate}, whose issues each end with a NUL byte) is empty
     * when there is no finding (and, for {@code tty} with details, no notice). Formats are
     * stateless: one instance serves any number of reports.
     *
     * @throws IOException when {@code out} fails
     */
    void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException;

    /** Whether the report shows the results' notices (if not, the caller reports them elsewhere). */
    default boolean showsNotices(ReportOptions options) {
        return false;
    }

    /** Whether the report shows findings' fixes (if not, the linter need not verify any). */
    default boolean showsFixes(ReportOptions options) {
        return false;
    }
}

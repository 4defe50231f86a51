package io.github.dftk.lint.format;

import java.util.List;
import java.util.Optional;

/**
 * Every report format, by name: hadolint's nine ({@code junit} is not among them yet). To add
 * a format, add it to {@link #ALL} and to {@link ReportFormat}'s permitted classes.
 */
public final class ReportFormats {

    private static final List<ReportFormat> ALL = List.of(
            new TtyFormat(),
            new JsonFormat(),
            new CheckstyleFormat(),
            new CodeclimateFormat(),
            new GitlabCodeclimateFormat(),
            new GnuFormat(),
            new CodacyFormat(),
            new SonarqubeFormat(),
            new SarifFormat());

    private ReportFormats() {
    }

    /** All formats, {@code tty} (the default) first. */
    public static List<ReportFormat> all() {
        return ALL;
    }

    /** The formats' names, {@code tty} first, for {@code --format}'s help and error message. */
    public static List<String> names() {
        return ALL.stream().map(ReportFormat::name).toList();
    }

    /** The format called exactly {@code name} ({@code json}, {@code gitlab_codeclimate}, …). */
    public static Optional<ReportFormat> find(String name) {
        return ALL.stream().filter(format -> format.name().equals(name)).findFirst();
    }

    /** {@code tty}, as hadolint prints by default. */
    public static ReportFormat standard() {
        return ALL.get(0);
    }
}

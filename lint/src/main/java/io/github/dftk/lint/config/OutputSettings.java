package io.github.dftk.lint.config;

import io.github.dftk.lint.format.ReportFormats;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How results are shown: hadolint's {@code format}, {@code no-color}, {@code verbose} and
 * {@code --file-path-in-report}.
 *
 * @param formats          output formats by hadolint's names (each one of {@link #FORMATS}), in
 *                         the order given; the command line pairs them with its {@code --output}
 *                         files. Never empty: {@code tty} when none is given
 * @param noColor          no colours in terminal output ({@code NO_COLOR}, {@code --no-color})
 * @param verbose          tell on stderr which config file is used and what is in force
 * @param filePathInReport the file name to show in reports instead of the one linted
 *                         ({@code --file-path-in-report}; command line only)
 */
public record OutputSettings(List<String> formats, boolean noColor, boolean verbose,
        Optional<String> filePathInReport) {

    /** hadolint's output format names, as {@code --format}, {@code HADOLINT_FORMAT} and the config file take them. */
    public static final List<String> FORMATS = ReportFormats.names();

    public OutputSettings {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format");
        }
        Objects.requireNonNull(filePathInReport, "filePathInReport");
    }

    /** hadolint's defaults: {@code tty}, in colour, quiet. */
    public static OutputSettings defaults() {
        return new OutputSettings(List.of("tty"), false, false, Optional.empty());
    }
}

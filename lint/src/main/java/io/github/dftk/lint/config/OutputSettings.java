package io.github.dftk.lint.config;

import java.util.List;
import java.util.Objects;

/**
 * How results are shown: hadolint's {@code format}, {@code no-color} and {@code verbose}.
 *
 * @param format  an output format by hadolint's name for it (one of {@link #FORMATS})
 * @param noColor no colours in terminal output ({@code NO_COLOR}, {@code --no-color})
 * @param verbose tell on stderr which config file is used and what it sets
 */
public record OutputSettings(String format, boolean noColor, boolean verbose) {

    /** hadolint's output format names, as {@code --format}, {@code HADOLINT_FORMAT} and the config file take them. */
    public static final List<String> FORMATS = List.of("tty", "json", "checkstyle", "codeclimate",
            "gitlab_codeclimate", "gnu", "codacy", "sonarqube", "sarif", "junit");

    public OutputSettings {
        Objects.requireNonNull(format, "format");
    }

    /** hadolint's defaults: {@code tty}, in colour, quiet. */
    public static OutputSettings defaults() {
        return new OutputSettings("tty", false, false);
    }
}

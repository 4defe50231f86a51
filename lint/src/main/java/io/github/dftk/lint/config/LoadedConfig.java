package io.github.dftk.lint.config;

import io.github.dftk.lint.LintConfig;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleFamily;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The configuration in force after merging the environment, the config file and the command
 * line ({@link ConfigLoader#load}).
 *
 * @param lint       what to check and how severely, for {@link io.github.dftk.lint.Linter}
 * @param output     how to show the results
 * @param shellcheck the ShellCheck program to run ({@code dftk: shellcheck:}, {@code --shellcheck});
 *                   empty: {@code shellcheck} on the {@code PATH}
 * @param source     the config file that was read, if any
 */
public record LoadedConfig(LintConfig lint, OutputSettings output, Optional<Path> shellcheck, Optional<Path> source) {

    public LoadedConfig {
        Objects.requireNonNull(lint, "lint");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(shellcheck, "shellcheck");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Every setting in force, one {@code name: value} line each in a fixed order, lists in the
     * order given: for {@code --verbose} and for tests.
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        line(out, "config file", source.map(Path::toString).orElse("none"));
        line(out, "format", String.join(", ", output.formats()));
        line(out, "no-color", output.noColor());
        line(out, "verbose", output.verbose());
        line(out, "file-path-in-report", output.filePathInReport().orElse("unset"));
        line(out, "no-fail", lint.noFail());
        line(out, "failure-threshold", lint.failureThreshold().map(LintSeverity::label).orElse("unset"));
        line(out, "ignored", list(lint.ignored()));
        line(out, "override", lint.severityOverrides().isEmpty() ? "none"
                : lint.severityOverrides().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().label())
                        .collect(Collectors.joining(", ")));
        line(out, "trustedRegistries", list(lint.trustedRegistries()));
        line(out, "label-schema", lint.labelSchema().isEmpty() ? "none"
                : lint.labelSchema().entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining(", ")));
        line(out, "strict-labels", lint.strictLabels());
        line(out, "disable-ignore-pragma", lint.disableIgnorePragma());
        line(out, "families", lint.families().stream().map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
        line(out, "shellcheck", !lint.families().contains(RuleFamily.SHELLCHECK) ? "off"
                : shellcheck.map(Path::toString).orElse("shellcheck on the PATH"));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, Object value) {
        out.append(name).append(": ").append(value).append('\n');
    }

    private static String list(Collection<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }
}

package io.github.dftk.lint.config;

import io.github.dftk.lint.LintSeverity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * hadolint's environment variables ({@code Hadolint.Config.Environment}). Booleans are true
 * for {@code 1}, {@code y}, {@code on}, {@code true} or {@code yes} in any case and false for
 * anything else; {@code NO_COLOR} counts when set at all, even empty (no-color.org). Lists are
 * comma-separated. hadolint drops a format, threshold or label type it does not know without a
 * word; dftk reports it.
 */
final class EnvironmentReader {

    private EnvironmentReader() {
    }

    static PartialConfig read(Map<String, String> env, List<ConfigProblem> problems) {
        PartialConfig config = new PartialConfig();
        config.noFail = truthy(env, "HADOLINT_NOFAIL");
        config.noColor = env.containsKey("NO_COLOR") ? Optional.of(true) : Optional.empty();
        config.verbose = truthy(env, "HADOLINT_VERBOSE");
        value(env, "HADOLINT_FORMAT").ifPresent(name -> {
            config.format = ConfigValues.format(name);
            if (config.format.isEmpty()) {
                problems.add(ConfigProblem.unknownFormat("HADOLINT_FORMAT", Optional.empty(), name));
            }
        });
        overrides(env, "HADOLINT_OVERRIDE_ERROR", LintSeverity.ERROR, config);
        overrides(env, "HADOLINT_OVERRIDE_WARNING", LintSeverity.WARNING, config);
        overrides(env, "HADOLINT_OVERRIDE_INFO", LintSeverity.INFO, config);
        overrides(env, "HADOLINT_OVERRIDE_STYLE", LintSeverity.STYLE, config);
        value(env, "HADOLINT_IGNORE").ifPresent(v -> config.ignored.addAll(ConfigValues.commaList(v)));
        value(env, "HADOLINT_TRUSTED_REGISTRIES")
                .ifPresent(v -> config.trustedRegistries.addAll(ConfigValues.commaList(v)));
        value(env, "HADOLINT_REQUIRE_LABELS").ifPresent(v -> {
            for (String label : ConfigValues.commaList(v)) {
                RequiredLabel.read("HADOLINT_REQUIRE_LABELS", label, config, problems);
            }
        });
        config.strictLabels = truthy(env, "HADOLINT_STRICT_LABELS");
        config.disableIgnorePragma = truthy(env, "HADOLINT_DISABLE_IGNORE_PRAGMA");
        value(env, "HADOLINT_FAILURE_THRESHOLD").ifPresent(name -> {
            config.failureThreshold = ConfigValues.threshold(name);
            if (config.failureThreshold.isEmpty()) {
                problems.add(ConfigProblem.unknownThreshold("HADOLINT_FAILURE_THRESHOLD", Optional.empty(), name));
            }
        });
        return config;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name));
    }

    private static Optional<Boolean> truthy(Map<String, String> env, String name) {
        return value(env, name).map(ConfigValues::truthy);
    }

    private static void overrides(Map<String, String> env, String name, LintSeverity severity, PartialConfig config) {
        value(env, name).ifPresent(v -> ConfigValues.commaList(v).forEach(code -> config.override(code, severity)));
    }
}

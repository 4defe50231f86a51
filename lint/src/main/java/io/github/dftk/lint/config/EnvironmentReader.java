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
        list(env, "HADOLINT_FORMAT").forEach(name -> {
            if (!config.format(name)) {
                problems.add(ConfigProblem.unknownFormat("HADOLINT_FORMAT", Optional.empty(), name));
            }
        });
        list(env, "HADOLINT_OVERRIDE_ERROR").forEach(code -> config.override(code, LintSeverity.ERROR));
        list(env, "HADOLINT_OVERRIDE_WARNING").forEach(code -> config.override(code, LintSeverity.WARNING));
        list(env, "HADOLINT_OVERRIDE_INFO").forEach(code -> config.override(code, LintSeverity.INFO));
        list(env, "HADOLINT_OVERRIDE_STYLE").forEach(code -> config.override(code, LintSeverity.STYLE));
        config.ignored.addAll(list(env, "HADOLINT_IGNORE"));
        config.trustedRegistries.addAll(list(env, "HADOLINT_TRUSTED_REGISTRIES"));
        list(env, "HADOLINT_REQUIRE_LABELS")
                .forEach(label -> RequiredLabel.read("HADOLINT_REQUIRE_LABELS", label, config, problems));
        config.strictLabels = truthy(env, "HADOLINT_STRICT_LABELS");
        config.disableIgnorePragma = truthy(env, "HADOLINT_DISABLE_IGNORE_PRAGMA");
        Optional.ofNullable(env.get("HADOLINT_FAILURE_THRESHOLD")).ifPresent(name -> {
            if (!config.failureThreshold(name)) {
                problems.add(ConfigProblem.unknownThreshold("HADOLINT_FAILURE_THRESHOLD", Optional.empty(), name));
            }
        });
        return config;
    }

    private static Optional<Boolean> truthy(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(ConfigValues::truthy);
    }

    private static List<String> list(Map<String, String> env, String name) {
        return ConfigValues.commaList(env.getOrDefault(name, ""));
    }
}

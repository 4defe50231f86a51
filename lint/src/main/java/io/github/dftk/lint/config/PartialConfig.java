package io.github.dftk.lint.config;

import io.github.dftk.lint.LintConfig;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleFamily;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one source (the environment, the config file, the command line) sets, filled in while it
 * is read; unset values are empty. Sources combine with {@link #add} as hadolint's
 * {@code PartialConfiguration} semigroup does.
 */
final class PartialConfig {

    Optional<Boolean> noFail = Optional.empty();
    Optional<Boolean> noColor = Optional.empty();
    Optional<Boolean> verbose = Optional.empty();
    Optional<String> format = Optional.empty();
    Optional<Boolean> strictLabels = Optional.empty();
    Optional<Boolean> disableIgnorePragma = Optional.empty();
    Optional<LintSeverity> failureThreshold = Optional.empty();
    Optional<Boolean> buildkitChecks = Optional.empty();
    Optional<Boolean> hadolintRules = Optional.empty();
    Optional<Boolean> shellcheck = Optional.empty();
    final List<String> ignored = new ArrayList<>();
    final Map<String, LintSeverity> overrides = new LinkedHashMap<>();
    final List<String> trustedRegistries = new ArrayList<>();
    final Map<String, String> labelSchema = new LinkedHashMap<>();
    final List<String> proposals = new ArrayList<>();

    /**
     * Gives {@code code} this severity. A code listed at several severities gets the most severe,
     * whichever source lists it: hadolint applies the {@code style}, {@code info},
     * {@code warning} and {@code error} lists in that order, the last one winning.
     */
    void override(String code, LintSeverity severity) {
        overrides.merge(code, severity, (a, b) -> a.atLeast(b) ? a : b);
    }

    /**
     * Adds a later source: its single values win, lists are joined. A label named in both keeps
     * the earlier source's type, as hadolint's left-biased {@code Map} union does.
     */
    void add(PartialConfig later) {
        noFail = later.noFail.or(() -> noFail);
        noColor = later.noColor.or(() -> noColor);
        verbose = later.verbose.or(() -> verbose);
        format = later.format.or(() -> format);
        strictLabels = later.strictLabels.or(() -> strictLabels);
        disableIgnorePragma = later.disableIgnorePragma.or(() -> disableIgnorePragma);
        failureThreshold = later.failureThreshold.or(() -> failureThreshold);
        buildkitChecks = later.buildkitChecks.or(() -> buildkitChecks);
        hadolintRules = later.hadolintRules.or(() -> hadolintRules);
        shellcheck = later.shellcheck.or(() -> shellcheck);
        ignored.addAll(later.ignored);
        later.overrides.forEach(this::override);
        trustedRegistries.addAll(later.trustedRegistries);
        later.labelSchema.forEach(labelSchema::putIfAbsent);
        proposals.addAll(later.proposals);
    }

    /** The settings in force: what was set, hadolint's defaults for the rest. */
    LoadedConfig resolve(Optional<Path> source) {
        Set<RuleFamily> families = EnumSet.allOf(RuleFamily.class);
        if (!hadolintRules.orElse(true)) {
            families.remove(RuleFamily.HADOLINT);
        }
        if (!buildkitChecks.orElse(true)) {
            families.remove(RuleFamily.BUILDKIT);
        }
        boolean runShellcheck = shellcheck.orElse(true);
        if (!runShellcheck) {
            families.remove(RuleFamily.SHELLCHECK);
        }
        LintConfig lint = new LintConfig(new LinkedHashSet<>(ignored), overrides,
                Optional.of(failureThreshold.orElse(LintSeverity.INFO)), noFail.orElse(false),
                disableIgnorePragma.orElse(false), List.copyOf(new LinkedHashSet<>(trustedRegistries)), labelSchema,
                strictLabels.orElse(false), families, runShellcheck);
        OutputSettings output = new OutputSettings(format.orElse("tty"), noColor.orElse(false), verbose.orElse(false));
        return new LoadedConfig(lint, output, List.copyOf(new LinkedHashSet<>(proposals)), source);
    }
}

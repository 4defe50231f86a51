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
 * {@code PartialConfiguration} semigroup does. The setters that take a value as written return
 * false when it is not one hadolint knows, so that the reader can say where it is.
 */
final class PartialConfig {

    Optional<Boolean> noFail = Optional.empty();
    Optional<Boolean> noColor = Optional.empty();
    Optional<Boolean> verbose = Optional.empty();
    Optional<Boolean> strictLabels = Optional.empty();
    Optional<Boolean> disableIgnorePragma = Optional.empty();
    Optional<LintSeverity> failureThreshold = Optional.empty();
    Optional<String> filePathInReport = Optional.empty();
    Optional<Set<RuleFamily>> families = Optional.empty();
    Optional<Path> shellcheck = Optional.empty();
    final List<String> formats = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
    final Map<String, LintSeverity> overrides = new LinkedHashMap<>();
    final List<String> trustedRegistries = new ArrayList<>();
    final Map<String, String> labelSchema = new LinkedHashMap<>();

    boolean format(String name) {
        if (!ConfigValues.isFormat(name)) {
            return false;
        }
        formats.add(name);
        return true;
    }

    boolean failureThreshold(String name) {
        Optional<LintSeverity> level = ConfigValues.threshold(name);
        level.ifPresent(l -> failureThreshold = Optional.of(l));
        return level.isPresent();
    }

    /** A label's type, {@code ""} meaning {@code text}; within one source the last one wins (Map.fromList). */
    boolean label(String name, String type) {
        Optional<String> known = ConfigValues.labelType(type);
        known.ifPresent(t -> labelSchema.put(name, t));
        return known.isPresent();
    }

    /** Runs only these families, and dftk's own rules; returns the names that are not a family. */
    List<String> families(List<String> names) {
        Set<RuleFamily> running = EnumSet.of(RuleFamily.DFTK);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            ConfigValues.family(name).ifPresentOrElse(running::add, () -> unknown.add(name));
        }
        families = Optional.of(running);
        return unknown;
    }

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
        strictLabels = later.strictLabels.or(() -> strictLabels);
        disableIgnorePragma = later.disableIgnorePragma.or(() -> disableIgnorePragma);
        failureThreshold = later.failureThreshold.or(() -> failureThreshold);
        filePathInReport = later.filePathInReport.or(() -> filePathInReport);
        families = later.families.or(() -> families);
        shellcheck = later.shellcheck.or(() -> shellcheck);
        formats.addAll(later.formats);
        ignored.addAll(later.ignored);
        later.overrides.forEach(this::override);
        trustedRegistries.addAll(later.trustedRegistries);
        later.labelSchema.forEach(labelSchema::putIfAbsent);
    }

    /** The settings in force: what was set, hadolint's defaults for the rest. */
    LoadedConfig resolve(Optional<Path> source) {
        Set<RuleFamily> running = families.orElse(EnumSet.allOf(RuleFamily.class));
        LintConfig lint = new LintConfig(new LinkedHashSet<>(ignored), overrides,
                Optional.of(failureThreshold.orElse(LintSeverity.INFO)), noFail.orElse(false),
                disableIgnorePragma.orElse(false), List.copyOf(new LinkedHashSet<>(trustedRegistries)), labelSchema,
                strictLabels.orElse(false), running, running.contains(RuleFamily.SHELLCHECK));
        OutputSettings output = new OutputSettings(formats.isEmpty() ? List.of("tty") : formats,
                noColor.orElse(false), verbose.orElse(false), filePathInReport);
        return new LoadedConfig(lint, output, shellcheck, source);
    }
}

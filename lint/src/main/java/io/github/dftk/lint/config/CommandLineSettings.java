package io.github.dftk.lint.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line says about configuration, with hadolint's option names. hadolint's
 * switches can only turn a setting on, so a {@code false} switch means "not given" and the
 * environment or the config file decide; a given option wins over both. Values are kept as
 * written and checked by {@link ConfigLoader#load}, which reports a bad one under the
 * option's name. Build one with {@link #builder()}.
 *
 * @param configFile          {@code -c}/{@code --config}: read this file instead of searching
 * @param noFail              {@code --no-fail}
 * @param noColor             {@code --no-color}
 * @param verbose             {@code -V}/{@code --verbose}
 * @param formats             {@code -f}/{@code --format}, repeated
 * @param filePathInReport    {@code --file-path-in-report}
 * @param errorRules          {@code --error CODE}, repeated
 * @param warningRules        {@code --warning CODE}, repeated
 * @param infoRules           {@code --info CODE}, repeated
 * @param styleRules          {@code --style CODE}, repeated
 * @param ignored             {@code --ignore CODE}, repeated
 * @param trustedRegistries   {@code --trusted-registry REGISTRY}, repeated
 * @param requireLabels       {@code --require-label NAME:TYPE}, repeated
 * @param strictLabels        {@code --strict-labels}
 * @param disableIgnorePragma {@code --disable-ignore-pragma}
 * @param failureThreshold    {@code -t}/{@code --failure-threshold}
 * @param families            dftk's {@code --only FAMILY}, repeated: the rule families that run
 * @param shellcheck          dftk's {@code --shellcheck PATH}: the ShellCheck program to run
 */
public record CommandLineSettings(Optional<Path> configFile, boolean noFail, boolean noColor, boolean verbose,
        List<String> formats, Optional<String> filePathInReport, List<String> errorRules, List<String> warningRules,
        List<String> infoRules, List<String> styleRules, List<String> ignored, List<String> trustedRegistries,
        List<String> requireLabels, boolean strictLabels, boolean disableIgnorePragma,
        Optional<String> failureThreshold, List<String> families, Optional<Path> shellcheck) {

    public CommandLineSettings {
        Objects.requireNonNull(configFile, "configFile");
        formats = List.copyOf(formats);
        Objects.requireNonNull(filePathInReport, "filePathInReport");
        errorRules = List.copyOf(errorRules);
        warningRules = List.copyOf(warningRules);
        infoRules = List.copyOf(infoRules);
        styleRules = List.copyOf(styleRules);
        ignored = List.copyOf(ignored);
        trustedRegistries = List.copyOf(trustedRegistries);
        requireLabels = List.copyOf(requireLabels);
        Objects.requireNonNull(failureThreshold, "failureThreshold");
        families = List.copyOf(families);
        Objects.requireNonNull(shellcheck, "shellcheck");
    }

    /** No options given: the environment and the config file decide everything. */
    public static CommandLineSettings none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects options as the command line meets them; each method is one option, repeatable ones add. */
    public static final class Builder {

        private Optional<Path> configFile = Optional.empty();
        private boolean noFail;
        private boolean noColor;
        private boolean verbose;
        private final List<String> formats = new ArrayList<>();
        private Optional<String> filePathInReport = Optional.empty();
        private final List<String> errorRules = new ArrayList<>();
        private final List<String> warningRules = new ArrayList<>();
        private final List<String> infoRules = new ArrayList<>();
        private final List<String> styleRules = new ArrayList<>();
        private final List<String> ignored = new ArrayList<>();
        private final List<String> trustedRegistries = new ArrayList<>();
        private final List<String> requireLabels = new ArrayList<>();
        private boolean strictLabels;
        private boolean disableIgnorePragma;
        private Optional<String> failureThreshold = Optional.empty();
        private final List<String> families = new ArrayList<>();
        private Optional<Path> shellcheck = Optional.empty();

        private Builder() {
        }

        public Builder config(Path file) {
            configFile = Optional.of(file);
            return this;
        }

        public Builder noFail() {
            noFail = true;
            return this;
        }

        public Builder noColor() {
            noColor = true;
            return this;
        }

        public Builder verbose() {
            verbose = true;
            return this;
        }

        public Builder format(String name) {
            formats.add(name);
            return this;
        }

        public Builder filePathInReport(String path) {
            filePathInReport = Optional.of(path);
            return this;
        }

        public Builder error(String code) {
            errorRules.add(code);
            return this;
        }

        public Builder warning(String code) {
            warningRules.add(code);
            return this;
        }

        public Builder info(String code) {
            infoRules.add(code);
            return this;
        }

        public Builder style(String code) {
            styleRules.add(code);
            return this;
        }

        public Builder ignore(String code) {
            ignored.add(code);
            return this;
        }

        public Builder trustedRegistry(String registry) {
            trustedRegistries.add(registry);
            return this;
        }

        /** {@code NAME:TYPE} as written; no colon means {@code text}. */
        public Builder requireLabel(String label) {
            requireLabels.add(label);
            return this;
        }

        public Builder strictLabels() {
            strictLabels = true;
            return this;
        }

        public Builder disableIgnorePragma() {
            disableIgnorePragma = true;
            return this;
        }

        public Builder failureThreshold(String level) {
            failureThreshold = Optional.of(level);
            return this;
        }

        /** A family to run ({@code hadolint}, {@code shellcheck}, {@code buildkit}); the first one narrows to it. */
        public Builder only(String family) {
            families.add(family);
            return this;
        }

        public Builder shellcheck(Path program) {
            shellcheck = Optional.of(program);
            return this;
        }

        public CommandLineSettings build() {
            return new CommandLineSettings(configFile, noFail, noColor, verbose, formats, filePathInReport,
                    errorRules, warningRules, infoRules, styleRules, ignored, trustedRegistries, requireLabels,
                    strictLabels, disableIgnorePragma, failureThreshold, families, shellcheck);
        }
    }
}

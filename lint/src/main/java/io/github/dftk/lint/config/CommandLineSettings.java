package io.github.dftk.lint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the command line says about configuration, as hadolint's options name it. A flag that
 * was not given is empty (or an empty list), so that the environment and the config file decide;
 * a given flag wins over both. Values are checked by {@link ConfigLoader#load}, which reports a
 * bad one under the option's name.
 *
 * @param configFile          {@code -c}/{@code --config}: read this file instead of looking for one
 * @param noFail              {@code --no-fail}
 * @param noColor             {@code --no-color}
 * @param verbose             {@code -V}/{@code --verbose}
 * @param format              {@code -f}/{@code --format}, one of {@link OutputSettings#FORMATS}
 * @param errorRules          {@code --error CODE}, repeated
 * @param warningRules        {@code --warning CODE}, repeated
 * @param infoRules           {@code --info CODE}, repeated
 * @param styleRules          {@code --style CODE}, repeated
 * @param ignored             {@code --ignore CODE}, repeated
 * @param trustedRegistries   {@code --trusted-registry REGISTRY}, repeated
 * @param requireLabels       {@code --require-label NAME:TYPE}, repeated, as written
 * @param strictLabels        {@code --strict-labels}
 * @param disableIgnorePragma {@code --disable-ignore-pragma}
 * @param failureThreshold    {@code -t}/{@code --failure-threshold}, as written
 * @param buildkitChecks      whether BuildKit's checks run (dftk)
 * @param hadolintRules       whether hadolint's DL rules run (dftk)
 * @param shellcheck          whether ShellCheck runs on RUN scripts (dftk)
 * @param proposals           proposals to enable, {@code id} or {@code id=variant} (dftk)
 */
public record CommandLineSettings(Optional<Path> configFile, Optional<Boolean> noFail, Optional<Boolean> noColor,
        Optional<Boolean> verbose, Optional<String> format, List<String> errorRules, List<String> warningRules,
        List<String> infoRules, List<String> styleRules, List<String> ignored, List<String> trustedRegistries,
        List<String> requireLabels, Optional<Boolean> strictLabels, Optional<Boolean> disableIgnorePragma,
        Optional<String> failureThreshold, Optional<Boolean> buildkitChecks, Optional<Boolean> hadolintRules,
        Optional<Boolean> shellcheck, List<String> proposals) {

    public CommandLineSettings {
        errorRules = List.copyOf(errorRules);
        warningRules = List.copyOf(warningRules);
        infoRules = List.copyOf(infoRules);
        styleRules = List.copyOf(styleRules);
        ignored = List.copyOf(ignored);
        trustedRegistries = List.copyOf(trustedRegistries);
        requireLabels = List.copyOf(requireLabels);
        proposals = List.copyOf(proposals);
    }

    /** No options given: the environment and the config file decide everything. */
    public static CommandLineSettings none() {
        return new CommandLineSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }
}

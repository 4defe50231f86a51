package io.github.dftk.lint.config;

import io.github.dftk.lint.LintConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration in force after merging the config file, the environment and the command
 * line ({@link ConfigLoader#load}).
 *
 * @param lint      what to check and how severely
 * @param output    how to show the results
 * @param proposals language proposals to enable ({@code dftk: proposals:}), as {@code id} or
 *                  {@code id=variant}
 * @param source    the config file that was read, if any
 */
public record LoadedConfig(LintConfig lint, OutputSettings output, List<String> proposals, Optional<Path> source) {

    public LoadedConfig {
        Objects.requireNonNull(lint, "lint");
        Objects.requireNonNull(output, "output");
        proposals = List.copyOf(proposals);
        Objects.requireNonNull(source, "source");
    }
}

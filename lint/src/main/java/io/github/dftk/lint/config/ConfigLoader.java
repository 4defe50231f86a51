package io.github.dftk.lint.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the configuration as hadolint does ({@code app/Main.hs}): the environment, then the
 * config file, then the command line, each later source winning for single values (format,
 * threshold, flags) while lists (ignored codes, overrides, registries, labels, proposals) are
 * joined across all three. The config file is {@code --config} when given, else the first one
 * found ({@link ConfigFileLocator}); none is fine.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * @param cli the command line's settings ({@link CommandLineSettings#none()} when there is none)
     * @param cwd the directory a relative {@code --config} and {@code .hadolint.yaml} are found in
     * @param env the environment ({@code System.getenv()}), also giving {@code HOME} and
     *            {@code XDG_CONFIG_HOME} for the search
     * @throws ConfigException naming every problem in every source
     */
    public static LoadedConfig load(CommandLineSettings cli, Path cwd, Map<String, String> env)
            throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        PartialConfig config = EnvironmentReader.read(env, problems);
        Optional<Path> source = cli.configFile().map(cwd::resolve).or(() -> ConfigFileLocator.find(cwd, env));
        if (source.isPresent()) {
            String shownAs = cli.configFile().map(Path::toString).orElse(source.get().toString());
            config.add(YamlConfigReader.read(source.get(), shownAs, problems));
        }
        config.add(CommandLineReader.read(cli, problems));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config.resolve(source);
    }
}

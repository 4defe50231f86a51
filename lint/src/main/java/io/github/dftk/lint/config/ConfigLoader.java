package io.github.dftk.lint.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the configuration as hadolint does ({@code app/Main.hs}): defaults, then the
 * environment, then the config file, then the command line. A later source wins for single
 * values (threshold, switches, file path in report, dftk's families and ShellCheck program);
 * lists (formats, ignored codes, overrides, trusted registries, required labels) are joined
 * across all three. The config file is {@code --config} when given, else the first one
 * found ({@link ConfigFileLocator}); none is fine.
 *
 * <p>Unlike hadolint, which prints a broken config file's error and lints without it, dftk
 * stops: a setting the user wrote but dftk could not read is never silently dropped.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * The configuration in force for one run of {@code dftk lint}.
     *
     * @param cli the command line's settings ({@link CommandLineSettings#none()} when there are none)
     * @param env the environment ({@code System.getenv()}); also gives {@code HOME} and
     *            {@code XDG_CONFIG_HOME} for the config file search
     * @param cwd the current directory, absolute: {@code .hadolint.yaml} is looked for in it,
     *            relative paths given on the command line are resolved against it, and a config
     *            file found in it is named relative to it in problems
     * @throws ConfigException naming every problem in every source, each as
     *                         {@code source:line:col: what — why — fix}
     */
    public static LoadedConfig load(CommandLineSettings cli, Map<String, String> env, Path cwd)
            throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        PartialConfig config = EnvironmentReader.read(env, problems);
        Optional<Path> source = cli.configFile().map(cwd::resolve).or(() -> ConfigFileLocator.find(cwd, env));
        if (source.isPresent()) {
            Path found = source.get();
            String shownAs = cli.configFile().map(Path::toString)
                    .orElse((found.startsWith(cwd) ? cwd.relativize(found) : found).toString());
            config.add(YamlConfigReader.read(source.get(), shownAs, problems));
        }
        PartialConfig commandLine = CommandLineReader.read(cli, problems);
        commandLine.shellcheck = commandLine.shellcheck.map(cwd::resolve);
        config.add(commandLine);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config.resolve(source);
    }
}

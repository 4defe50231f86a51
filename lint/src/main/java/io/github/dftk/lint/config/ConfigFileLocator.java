package io.github.dftk.lint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where hadolint looks for its config file when {@code --config} is not given
 * ({@code Hadolint.Config.Configfile.findConfig}), first found wins, {@code .yaml} before
 * {@code .yml} in each place:
 * <ol>
 * <li>the current directory: {@code .hadolint.yaml}</li>
 * <li>the XDG config directory ({@code $XDG_CONFIG_HOME} when set to an absolute path, else
 *     {@code ~/.config}): {@code hadolint.yaml}</li>
 * <li>{@code ~/.hadolint/}: {@code hadolint.yaml}, then {@code config.yaml}</li>
 * <li>the home directory: {@code .hadolint.yaml}</li>
 * </ol>
 * On Unix, which is what dftk follows, the home directory is {@code $HOME}.
 */
final class ConfigFileLocator {

    private ConfigFileLocator() {
    }

    static Optional<Path> find(Path cwd, Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        Path xdgConfig = !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        List<Path> candidates = new ArrayList<>();
        yamlOrYml(candidates, cwd, ".hadolint");
        yamlOrYml(candidates, xdgConfig, "hadolint");
        yamlOrYml(candidates, home.resolve(".hadolint"), "hadolint");
        yamlOrYml(candidates, home.resolve(".hadolint"), "config");
        yamlOrYml(candidates, home, ".hadolint");
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private static void yamlOrYml(List<Path> candidates, Path dir, String stem) {
        candidates.add(dir.resolve(stem + ".yaml"));
        candidates.add(dir.resolve(stem + ".yml"));
    }
}

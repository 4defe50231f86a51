package io.github.dftk.lsp;

import io.github.dftk.lint.LintConfig;
import io.github.dftk.lint.Linter;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleRegistry;
import io.github.dftk.lint.config.CommandLineSettings;
import io.github.dftk.lint.config.ConfigException;
import io.github.dftk.lint.config.ConfigLoader;
import io.github.dftk.lint.config.ConfigProblem;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The linter for a workspace: configured as {@code dftk lint} run in the workspace's root would
 * be ({@code .hadolint.yaml}, {@code HADOLINT_*}), and without ShellCheck's rules,
 * which start a process per RUN script: too slow to run on every keystroke.
 */
public final class WorkspaceLinter {

    private WorkspaceLinter() {
    }

    /**
     * @param root        the workspace's root folder; without one, the default configuration
     * @param environment for {@code HADOLINT_*} and the config file search ({@code HOME}, …)
     * @param problems    told why a configuration could not be read; the defaults are used then
     */
    public static Linter load(Optional<Path> root, Map<String, String> environment, Consumer<String> problems) {
        LintConfig config = LintConfig.defaults();
        if (root.isPresent()) {
            try {
                config = ConfigLoader.load(CommandLineSettings.none(), environment, root.get()).lint();
            } catch (ConfigException e) {
                problems.accept(e.problems().stream().map(ConfigProblem::render)
                        .collect(Collectors.joining("\n", "", "\ndftk lsp: linting with the default configuration")));
            }
        }
        RuleRegistry registry = new RuleRegistry(RuleRegistry.standard().rules().stream()
                .filter(rule -> rule.meta().family() != RuleFamily.SHELLCHECK).toList());
        return new Linter(registry, config);
    }
}

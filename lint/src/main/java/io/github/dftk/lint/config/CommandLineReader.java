package io.github.dftk.lint.config;

import io.github.dftk.lint.LintSeverity;
import java.util.List;
import java.util.Optional;

/** {@link CommandLineSettings} as a source; bad values are reported under the option's name. */
final class CommandLineReader {

    private CommandLineReader() {
    }

    static PartialConfig read(CommandLineSettings cli, List<ConfigProblem> problems) {
        PartialConfig config = new PartialConfig();
        config.noFail = cli.noFail();
        config.noColor = cli.noColor();
        config.verbose = cli.verbose();
        cli.format().ifPresent(name -> {
            config.format = ConfigValues.format(name);
            if (config.format.isEmpty()) {
                problems.add(ConfigProblem.unknownFormat("--format", Optional.empty(), name));
            }
        });
        cli.errorRules().forEach(code -> config.override(code, LintSeverity.ERROR));
        cli.warningRules().forEach(code -> config.override(code, LintSeverity.WARNING));
        cli.infoRules().forEach(code -> config.override(code, LintSeverity.INFO));
        cli.styleRules().forEach(code -> config.override(code, LintSeverity.STYLE));
        config.ignored.addAll(cli.ignored());
        config.trustedRegistries.addAll(cli.trustedRegistries());
        cli.requireLabels().forEach(label -> RequiredLabel.read("--require-label", label, config, problems));
        config.strictLabels = cli.strictLabels();
        config.disableIgnorePragma = cli.disableIgnorePragma();
        cli.failureThreshold().ifPresent(name -> {
            config.failureThreshold = ConfigValues.threshold(name);
            if (config.failureThreshold.isEmpty()) {
                problems.add(ConfigProblem.unknownThreshold("--failure-threshold", Optional.empty(), name));
            }
        });
        config.buildkitChecks = cli.buildkitChecks();
        config.hadolintRules = cli.hadolintRules();
        config.shellcheck = cli.shellcheck();
        config.proposals.addAll(cli.proposals());
        return config;
    }
}

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
        config.noFail = given(cli.noFail());
        config.noColor = given(cli.noColor());
        config.verbose = given(cli.verbose());
        config.strictLabels = given(cli.strictLabels());
        config.disableIgnorePragma = given(cli.disableIgnorePragma());
        cli.formats().forEach(name -> {
            if (!config.format(name)) {
                problems.add(ConfigProblem.unknownFormat("--format", Optional.empty(), name));
            }
        });
        config.filePathInReport = cli.filePathInReport();
        cli.errorRules().forEach(code -> config.override(code, LintSeverity.ERROR));
        cli.warningRules().forEach(code -> config.override(code, LintSeverity.WARNING));
        cli.infoRules().forEach(code -> config.override(code, LintSeverity.INFO));
        cli.styleRules().forEach(code -> config.override(code, LintSeverity.STYLE));
        config.ignored.addAll(cli.ignored());
        config.trustedRegistries.addAll(cli.trustedRegistries());
        cli.requireLabels().forEach(label -> RequiredLabel.read("--require-label", label, config, problems));
        cli.failureThreshold().ifPresent(name -> {
            if (!config.failureThreshold(name)) {
                problems.add(ConfigProblem.unknownThreshold("--failure-threshold", Optional.empty(), name));
            }
        });
        if (!cli.families().isEmpty()) {
            config.families(cli.families())
                    .forEach(name -> problems.add(ConfigProblem.unknownFamily("--only", Optional.empty(), name)));
        }
        config.shellcheck = cli.shellcheck();
        return config;
    }

    /** A switch hadolint can only turn on: not given leaves the setting to the other sources. */
    private static Optional<Boolean> given(boolean flag) {
        return flag ? Optional.of(true) : Optional.empty();
    }
}

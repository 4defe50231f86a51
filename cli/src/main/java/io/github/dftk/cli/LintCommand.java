package io.github.dftk.cli;

import io.github.dftk.cli.internal.InOrder;
import io.github.dftk.cli.internal.InputFile;
import io.github.dftk.cli.internal.LintTarget;
import io.github.dftk.cli.internal.VersionProvider;
import io.github.dftk.ir.BuildOptions;
import io.github.dftk.lint.LintInput;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.Linter;
import io.github.dftk.lint.RuleRegistry;
import io.github.dftk.lint.config.CommandLineSettings;
import io.github.dftk.lint.config.ConfigException;
import io.github.dftk.lint.config.ConfigLoader;
import io.github.dftk.lint.config.ConfigProblem;
import io.github.dftk.lint.config.LoadedConfig;
import io.github.dftk.lint.format.ReportFormat;
import io.github.dftk.lint.format.ReportFormats;
import io.github.dftk.lint.format.ReportOptions;
import io.github.dftk.lint.rules.shellcheck.ShellCheck;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dftk lint}: hadolint's command line (flags, config file, environment, pragmas,
 * formats, exit status) running hadolint's rules and BuildKit's build checks. The options only
 * collect what was typed; {@link ConfigLoader} merges them with the environment and the config
 * file, so the three sources follow one set of rules.
 */
@Command(name = "lint",
        sortOptions = false,
        description = {
            "Lint Dockerfiles: hadolint's DL rules and BuildKit's build checks, with hadolint's flags,",
            ".hadolint.yaml, HADOLINT_* variables, '# hadolint ignore=' pragmas and output formats."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  dftk lint Dockerfile                          findings with source excerpts",
            "  dftk lint .                                   every Dockerfile in the project",
            "  dftk lint -f json Dockerfile                  hadolint's JSON",
            "  dftk lint -f sarif -o dftk.sarif Dockerfile   for GitHub code scanning",
            "  dftk lint -t warning --ignore DL3008 */Dockerfile",
            "  dftk lint --only buildkit Dockerfile          what 'docker build --check' reports",
            "  cat Dockerfile | dftk lint -",
            "",
            "A directory is searched, with its subdirectories, for files named Dockerfile,",
            "Containerfile, Dockerfile.*, *.Dockerfile, Containerfile.*, *.Containerfile",
            "(any case; never *.dockerignore). It skips what .gitignore files ignore (git's",
            "rules, with those above the directory up to the repository root and",
            ".git/info/exclude), .git directories and symbolic links. A file named on the",
            "command line is linted even if ignored. Files are linted in parallel (--jobs)",
            "and reported in a stable order: arguments as given, each directory's files",
            "sorted by path.",
            "",
            "Exit codes: 0 no finding at or above the failure threshold (or --no-fail),",
            "1 findings at or above it or a file that does not parse, 2 usage error,",
            "bad configuration, unreadable file or a directory without a Dockerfile."})
public final class LintCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    // -V is hadolint's --verbose, so the version is -v, as in hadolint.
    @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Read this config file instead of looking for .hadolint.yaml (docs/config.md).")
    Path config;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = {
        "Output format (repeatable, paired in order with --output): tty (default), json,",
        "sarif, checkstyle, codeclimate, gitlab_codeclimate, gnu, codacy, sonarqube."})
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report of the --format in the same position to FILE (default: stdout).")
    List<Path> outputs = new ArrayList<>();

    @Option(names = {"-t", "--failure-threshold"}, paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: error, warning, info (default), style,"
                    + " ignore or none.")
    String failureThreshold;

    @Option(names = "--ignore", paramLabel = "CODE", description = "Do not run this rule (repeatable).")
    List<String> ignored = new ArrayList<>();

    @Option(names = "--error", paramLabel = "CODE", description = "Report this rule as an error (repeatable).")
    List<String> errorRules = new ArrayList<>();

    @Option(names = "--warning", paramLabel = "CODE", description = "Report this rule as a warning (repeatable).")
    List<String> warningRules = new ArrayList<>();

    @Option(names = "--info", paramLabel = "CODE", description = "Report this rule as info (repeatable).")
    List<String> infoRules = new ArrayList<>();

    @Option(names = "--style", paramLabel = "CODE", description = "Report this rule as style (repeatable).")
    List<String> styleRules = new ArrayList<>();

    @Option(names = "--trusted-registry", paramLabel = "REGISTRY",
            description = "A registry FROM may pull from (DL3026; repeatable).")
    List<String> trustedRegistries = new ArrayList<>();

    @Option(names = "--require-label", paramLabel = "NAME:TYPE", description = {
        "A label every image must have, of a type: text, url, semver, hash, rfc3339, spdx, email",
        "(repeatable)."})
    List<String> requiredLabels = new ArrayList<>();

    @Option(names = "--strict-labels", description = "Labels outside the required ones are findings (DL3050).")
    boolean strictLabels;

    @Option(names = "--disable-ignore-pragma", description = "Do not honour '# hadolint ignore=' comments.")
    boolean disableIgnorePragma;

    @Option(names = "--no-fail", description = "Always exit 0 when the files could be linted.")
    boolean noFail;

    @Option(names = "--no-color", description = "No colours (also NO_COLOR; output that is not a terminal has none).")
    boolean noColor;

    @Option(names = "--plain", description = "tty: hadolint's one line per finding, without source excerpts and summary.")
    boolean plain;

    @Option(names = "--file-path-in-report", paramLabel = "PATH",
            description = "Report every finding under this file name (useful with '-').")
    String filePathInReport;

    @Option(names = {"-V", "--verbose"}, description = "Say on stderr which config file is used.")
    boolean verbose;

    @Option(names = "--only", paramLabel = "FAMILY", description = {
        "Run only these rule families (repeatable): buildkit (docker build --check), hadolint (DL",
        "rules), shellcheck (SC rules on RUN scripts). dftk's own checks, such as DL1000, always run."})
    List<String> only = new ArrayList<>();

    @Option(names = "--shellcheck", paramLabel = "PATH", description = "The ShellCheck program for the SC rules"
            + " (default: shellcheck on the PATH; also 'dftk: shellcheck:' in .hadolint.yaml). Without one, the SC"
            + " rules are skipped with a notice: at the end of the tty report, as a tool notification in SARIF, and"
            + " on stderr unless a report on stdout carries it.")
    Path shellcheck;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Lint N files at a time (default: the number of processors).")
    Integer jobs;

    @Mixin
    BuildOptionsMixin build;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = {
        "Dockerfiles to lint, and directories to search for",
        "them (see below); '-' reads standard input."})
    List<String> files;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = main.terminal();
        LoadedConfig config;
        try {
            config = ConfigLoader.load(settings(), terminal.environment(), terminal.workingDirectory().toAbsolutePath());
        } catch (ConfigException e) {
            StringBuilder message = new StringBuilder();
            for (ConfigProblem problem : e.problems()) {
                message.append(problem.render()).append('\n');
            }
            terminal.printError(message.toString());
            return Main.EXIT_USAGE;
        }
        List<ReportFormat> reports = reportFormats(config);
        if (reports == null) {
            return Main.EXIT_USAGE;
        }
        if (jobs != null && jobs < 1) {
            terminal.printError("dftk lint: --jobs " + jobs + ": not a number of files to lint at a time — it must be"
                    + " at least 1 — leave it out to use every processor\n");
            return Main.EXIT_USAGE;
        }
        if (config.output().verbose()) {
            terminal.printError(config.describe());
        }

        BuildOptions buildOptions = build.options();
        ShellCheck shellCheck = ShellCheck.find(config.shellcheck(), terminal.environment());
        ReportOptions options = ReportOptions.defaults(VersionProvider.version())
                .withColor(terminal.interactive() && !config.output().noColor()
                        && !terminal.environment().containsKey("NO_COLOR"))
                .withDetails(!plain)
                .withFileNameInReport(config.output().filePathInReport());
        Linter full = new Linter(RuleRegistry.standard(shellCheck), config.lint());
        Linter linter = reports.stream().anyMatch(report -> report.showsFixes(options)) ? full : full.withoutFixes();
        List<LintTarget> targets = new ArrayList<>();
        files.forEach(argument -> targets.addAll(LintTarget.of(argument, terminal)));
        // The linter and its rules are shared by the workers: they keep no state between files.
        List<Outcome> outcomes = InOrder.map(targets, jobs != null ? jobs : Runtime.getRuntime().availableProcessors(),
                target -> lint(target, linter, terminal, buildOptions));
        List<LintResult> results = new ArrayList<>();
        boolean unreadable = false;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Linted linted) {
                results.add(linted.result());
            } else {
                terminal.printError(((Unreadable) outcome).message() + "\n");
                unreadable = true;
            }
        }
        // Only tty with details and sarif carry notices (the others stay as hadolint writes them):
        // said on stderr unless a report on stdout says it, so that it is seen once.
        if (reports.subList(outputs.size(), reports.size()).stream()
                .noneMatch(report -> report.showsNotices(options))) {
            LintResult.notices(results).forEach(notice -> terminal.printError("dftk lint: " + notice + "\n"));
        }
        for (LintResult result : results) {
            for (String failure : result.ruleFailures()) {
                terminal.printError(result.file() + ": internal error in rule " + failure
                        + " — this is a bug in dftk — the other rules' findings are reported; please report it\n");
            }
        }

        for (int i = 0; i < reports.size(); i++) {
            Optional<Path> output = i < outputs.size() ? Optional.of(outputs.get(i)) : Optional.empty();
            if (!write(reports.get(i), results, options, output, terminal)) {
                return Main.EXIT_USAGE;
            }
        }
        if (unreadable) {
            return Main.EXIT_USAGE;
        }
        return failed(results, config, reports) ? Main.EXIT_INPUT_ERRORS : 0;
    }

    /** The formats to write, in order; null after reporting an --output without a format. */
    private List<ReportFormat> reportFormats(LoadedConfig config) {
        // The loader has checked every name against ReportFormats.
        List<ReportFormat> found = config.output().formats().stream().map(name -> ReportFormats.find(name).orElseThrow())
                .toList();
        if (outputs.size() > found.size()) {
            main.terminal().printError("dftk lint: --output " + outputs.get(found.size()) + ": no --format for it — each"
                    + " --output takes the --format in the same position — add a --format before it\n");
            return null;
        }
        return found;
    }

    /**
     * hadolint's exit status: never with {@code --no-fail} or when a format is read by a service
     * that wants exit 0 (codeclimate, codacy); else a file that does not parse, or a finding at
     * or above the threshold.
     */
    private static boolean failed(List<LintResult> results, LoadedConfig config, List<ReportFormat> reports) {
        boolean serviceFormat = reports.stream().anyMatch(f -> f.name().equals("codeclimate") || f.name().equals("codacy"));
        if (config.lint().noFail() || serviceFormat) {
            return false;
        }
        return results.stream().anyMatch(r -> r.parsed().hasErrors() || r.fails(config.lint().failureThreshold()));
    }

    private static boolean write(ReportFormat format, List<LintResult> results, ReportOptions options,
            Optional<Path> output, Terminal terminal) throws IOException {
        if (output.isEmpty()) {
            StringBuilder out = new StringBuilder();
            format.write(results, options.withColor(options.color() && format.name().equals("tty")), out);
            terminal.print(out.toString());
            return true;
        }
        Path path = terminal.workingDirectory().resolve(output.get());
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            format.write(results, options.withColor(false), writer);
            return true;
        } catch (IOException e) {
            terminal.printError(output.get() + ": cannot write the report — " + e.getMessage()
                    + " — check that the directory exists and is writable\n");
            return false;
        }
    }

    /** What linting one target gave: its result, or the message saying why there is none. */
    private sealed interface Outcome {
    }

    private record Linted(LintResult result) implements Outcome {
    }

    private record Unreadable(String message) implements Outcome {
    }

    private static Outcome lint(LintTarget target, Linter linter, Terminal terminal, BuildOptions buildOptions) {
        if (target instanceof LintTarget.Problem problem) {
            return new Unreadable(problem.message());
        }
        if (target instanceof LintTarget.Stdin stdin) {
            // hadolint reports standard input as "-"; CI parsers written for it expect that name.
            return new Linted(linter.lint(new LintInput(InputFile.STDIN_ARGUMENT, stdin.file().bytes(), Optional.empty(),
                    buildOptions)));
        }
        String name = ((LintTarget.File) target).name();
        try {
            InputFile file = InputFile.read(name, terminal);
            Path path = terminal.workingDirectory().resolve(name);
            return new Linted(linter.lint(new LintInput(file.name(), file.bytes(), Optional.of(path), buildOptions)));
        } catch (InputFile.UnreadableException e) {
            return new Unreadable(e.getMessage());
        }
    }


    /** What was typed, for {@link ConfigLoader} to merge with the environment and the config file. */
    private CommandLineSettings settings() {
        CommandLineSettings.Builder settings = CommandLineSettings.builder();
        Optional.ofNullable(config).ifPresent(settings::config);
        Optional.ofNullable(failureThreshold).ifPresent(settings::failureThreshold);
        Optional.ofNullable(filePathInReport).ifPresent(settings::filePathInReport);
        Optional.ofNullable(shellcheck).ifPresent(settings::shellcheck);
        formats.forEach(settings::format);
        errorRules.forEach(settings::error);
        warningRules.forEach(settings::warning);
        infoRules.forEach(settings::info);
        styleRules.forEach(settings::style);
        ignored.forEach(settings::ignore);
        trustedRegistries.forEach(settings::trustedRegistry);
        requiredLabels.forEach(settings::requireLabel);
        only.forEach(settings::only);
        if (noFail) {
            settings.noFail();
        }
        if (noColor) {
            settings.noColor();
        }
        if (verbose) {
            settings.verbose();
        }
        if (strictLabels) {
            settings.strictLabels();
        }
        if (disableIgnorePragma) {
            settings.disableIgnorePragma();
        }
        return settings.build();
    }
}

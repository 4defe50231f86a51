package io.github.dftk.cli;

import io.github.dftk.cli.internal.VersionProvider;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dftk} command: only dispatches to subcommands, one class each. Nothing heavy
 * happens before a subcommand runs, so {@code --help} and {@code --version} stay fast.
 *
 * <p>Exit codes: 0 success, 1 the input has errors, 2 usage error or unreadable input,
 * 3 internal error (a dftk bug).
 */
@Command(name = "dftk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {LintCommand.class, ParseCommand.class, GraphCommand.class, ContextHashCommand.class, RulesCommand.class,
                LspCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        description = "Dockerfile toolkit: lint Dockerfiles (hadolint's rules and BuildKit's checks), parse them"
                + " exactly as BuildKit does, see the build graph, digest build contexts, serve editors over LSP,"
                + " measure.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  dftk lint Dockerfile                     hadolint's rules and BuildKit's checks",
            "  dftk lint -f sarif Dockerfile            SARIF for code scanning",
            "  dftk parse Dockerfile                    BuildKit's parser dump",
            "  dftk parse -f tree Dockerfile            outline: stages, instructions",
            "  dftk parse -f json - < Dockerfile        typed AST with ranges",
            "  dftk parse a/Dockerfile b/Dockerfile     one '==> FILE <==' section each",
            "  dftk graph Dockerfile                    the build graph: steps, inputs, levels",
            "  dftk graph diff old/Dockerfile Dockerfile  what a change rebuilds",
            "  dftk context-hash .                      digest of the context, per COPY/ADD",
            "  dftk rules                               the lint rules",
            "  dftk lsp                                 language server for editors (stdio)",
            "  dftk bench parse ../shared/corpus-dev    parse throughput, one JSON line",
            "",
            "Exit codes: 0 ok, 1 errors in the input, 2 usage error or unreadable file,",
            "3 internal error (a dftk bug)."})
public final class Main implements Callable<Integer> {

    /** The input has errors (diagnostics of severity error). */
    public static final int EXIT_INPUT_ERRORS = 1;
    /** Bad command line, or a file that cannot be read. */
    public static final int EXIT_USAGE = 2;
    /** A dftk bug. */
    public static final int EXIT_INTERNAL = 3;

    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    public Main(Terminal terminal) {
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(run(Terminal.system(), args));
    }

    /** Runs {@code dftk args} against {@code terminal} and returns the exit code. */
    public static int run(Terminal terminal, String... args) {
        try {
            return commandLine(terminal).execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; these must not end in a stack trace either.
            return internalError(terminal, e);
        }
    }

    /** The configured command line, for running in-process. */
    public static CommandLine commandLine(Terminal terminal) {
        CommandLine cli = new CommandLine(new Main(terminal));
        cli.setOut(writer(terminal.out()));
        cli.setErr(writer(terminal.err()));
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
            failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            failed.getErr().flush();
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, failed, parsed) -> internalError(terminal, e));
        return cli;
    }

    /** {@code dftk} without a command: show what there is, and fail as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return EXIT_USAGE;
    }

    Terminal terminal() {
        return terminal;
    }

    private static int internalError(Terminal terminal, Throwable e) {
        terminal.printError("dftk: internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " — this is a bug in dftk — please report it with the command and the input that trigger it\n");
        return EXIT_INTERNAL;
    }

    private static PrintWriter writer(java.io.OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}

package io.github.dftk.cli;

import io.github.dftk.lsp.LspLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dftk lsp}: the language server on standard input and output, for an editor to start.
 * Standard output carries only protocol messages; anything else goes to standard error.
 */
@Command(name = "lsp",
        mixinStandardHelpOptions = true,
        versionProvider = io.github.dftk.cli.internal.VersionProvider.class,
        description = {
            "Run the language server (LSP) on standard input and output: lint diagnostics as you type,",
            "configured by the workspace's .hadolint.yaml. ShellCheck's rules do not run in the editor."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  dftk lsp              what an editor starts; it talks JSON-RPC on stdin/stdout",
            "",
            "Exit codes: 0 after the client's shutdown and exit, 1 when the client exits or",
            "goes away without a shutdown (the protocol's rule)."})
public final class LspCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    // Editor clients (vscode-languageclient among them) pass --stdio; standard I/O is the only transport yet.
    @Option(names = "--stdio", description = "Talk over standard input and output (the default).")
    boolean stdio;

    @Override
    public Integer call() {
        Terminal terminal = main.terminal();
        return LspLauncher.run(terminal.in(), terminal.out(), terminal.environment());
    }
}

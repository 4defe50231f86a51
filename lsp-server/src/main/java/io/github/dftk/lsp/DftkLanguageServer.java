package io.github.dftk.lsp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * dftk's language server: the lifecycle (initialize, shutdown, exit) and the wiring of the
 * features, each in its own class. The workspace's lint configuration is read at initialize
 * and again when it changes.
 */
public final class DftkLanguageServer implements LanguageServer, LanguageClientAware {

    private final Map<String, String> environment;
    private final Duration lintDelay;
    private final DocumentStore store = new DocumentStore();
    private final DocumentSync documentSync;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private volatile LanguageClient client;
    private volatile DiagnosticsPublisher diagnostics;
    private volatile LintConfiguration configuration;
    private volatile ClientCapabilities clientCapabilities;
    private volatile boolean shutdownRequested;

    /**
     * @param environment for the lint configuration ({@code HADOLINT_*}, the config file search)
     * @param lintDelay   how long after a document's last change it is linted
     */
    public DftkLanguageServer(Map<String, String> environment, Duration lintDelay) {
        this.environment = Map.copyOf(environment);
        this.lintDelay = lintDelay;
        this.documentSync = new DocumentSync(store, this::changed, this::closed,
                new CodeActions(store, () -> configuration.withFixes()),
                new PullDiagnostics(store, () -> diagnostics));
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        clientCapabilities = params.getCapabilities();
        configuration = new LintConfiguration(workspaceRoot(params), environment,
                problem -> client.showMessage(new MessageParams(MessageType.Warning, problem)));
        diagnostics = new DiagnosticsPublisher(store, () -> configuration.withoutFixes(), client, lintDelay);
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(sync);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setFoldingRangeProvider(true);
        capabilities.setHoverProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        capabilities.setDiagnosticProvider(new DiagnosticRegistrationOptions(false, false));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("dftk")));
    }

    @Override
    public void initialized(InitializedParams params) {
        LintConfiguration.registration(clientCapabilities).ifPresent(client::registerCapability);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        Optional.ofNullable(diagnostics).ifPresent(DiagnosticsPublisher::close);
        return CompletableFuture.completedFuture(null);
    }

    /** The protocol's exit codes: 0 after a shutdown request, 1 without one. */
    @Override
    public void exit() {
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    /** The client went away without {@code exit}: as if it had sent one. */
    public void disconnected() {
        exit();
    }

    /** Completes with the process's exit code once the client sent {@code exit} or went away. */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documentSync;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
                // No client-side settings yet, but clients send this when the user wants a reload.
                reloadConfiguration();
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
                if (LintConfiguration.concerns(params)) {
                    reloadConfiguration();
                }
            }
        };
    }

    /** Reads the configuration again and re-lints every open document with it. */
    private void reloadConfiguration() {
        if (configuration != null && !shutdownRequested) {
            configuration.reload();
            store.all().forEach(this::changed);
        }
    }

    private void changed(OpenDocument document) {
        Optional.ofNullable(diagnostics).ifPresent(publisher -> publisher.changed(document));
    }

    private void closed(String uri) {
        Optional.ofNullable(diagnostics).ifPresent(publisher -> publisher.closed(uri));
    }

    /** The first workspace folder, else the (deprecated) root URI; only local folders count. */
    @SuppressWarnings("deprecation")
    static Optional<Path> workspaceRoot(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty()) {
            return DiagnosticsPublisher.filePath(folders.get(0).getUri());
        }
        if (params.getRootUri() != null) {
            return DiagnosticsPublisher.filePath(params.getRootUri());
        }
        return Optional.ofNullable(params.getRootPath()).map(Path::of);
    }
}

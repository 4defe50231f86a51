package io.github.dftk.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real lsp4j client talking JSON-RPC to the server over in-process pipes, the server served
 * by {@link LspLauncher#serve} as {@code dftk lsp} serves it. Records what the server sends.
 */
final class LspSession implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final List<MessageParams> messages = new CopyOnWriteArrayList<>();
    final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    final LanguageServer server;
    final CompletableFuture<Integer> exitCode;
    private final OutputStream toServer;

    // NIO pipes, not java.io's piped streams: those fail a read once the thread that wrote last
    // has ended ("Write end dead"), and the server writes from threads that end (the lint thread
    // at shutdown), so a client could lose the connection in a race.
    private LspSession(DftkLanguageServer dftk) throws IOException {
        Pipe clientToServer = Pipe.open();
        Pipe serverToClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(clientToServer.source());
        toServer = Channels.newOutputStream(clientToServer.sink());
        InputStream clientIn = Channels.newInputStream(serverToClient.source());
        OutputStream fromServer = Channels.newOutputStream(serverToClient.sink());
        // Its own thread, as in `dftk lsp`: the common pool may have a single thread (2 cores), and a
        // server still ending from an earlier test would keep this one from ever starting.
        exitCode = new CompletableFuture<>();
        Thread serving = new Thread(() -> {
            try {
                exitCode.complete(LspLauncher.serve(dftk, serverIn, fromServer));
            } catch (RuntimeException | Error e) {
                exitCode.completeExceptionally(e);
            }
        }, "dftk-lsp-test-server");
        serving.setDaemon(true);
        serving.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new RecordingClient(), clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** A session with a server linting {@code lintDelay} after the last change, default config. */
    static LspSession start(Duration lintDelay) throws IOException {
        return new LspSession(new DftkLanguageServer(Map.of(), lintDelay));
    }

    InitializeResult initialize(InitializeParams params) throws Exception {
        if (params.getCapabilities() == null) {
            params.setCapabilities(new ClientCapabilities());
        }
        InitializeResult result = server.initialize(params).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    InitializeResult initialize() throws Exception {
        return initialize(new InitializeParams());
    }

    void open(String uri, int version, String text) {
        server.getTextDocumentService().didOpen(
                new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dockerfile", version, text)));
    }

    void change(String uri, int version, TextDocumentContentChangeEvent... changes) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(changes)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    static TextDocumentContentChangeEvent edit(int startLine, int startChar, int endLine, int endChar, String text) {
        return new TextDocumentContentChangeEvent(
                new Range(new Position(startLine, startChar), new Position(endLine, endChar)), text);
    }

    /** The next diagnostics the server publishes; fails after {@link #WAIT}. */
    PublishDiagnosticsParams nextDiagnostics() throws InterruptedException {
        PublishDiagnosticsParams next = diagnostics.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(next).as("diagnostics published within %s", WAIT).isNotNull();
        return next;
    }

    int shutdownAndExit() throws Exception {
        server.shutdown().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        server.exit();
        return exitCode.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        toServer.close();
    }

    private final class RecordingClient implements LanguageClient {

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void showMessage(MessageParams message) {
            messages.add(message);
        }

        @Override
        public void logMessage(MessageParams message) {
            messages.add(message);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            registrations.add(params);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void telemetryEvent(Object object) {
        }
    }
}

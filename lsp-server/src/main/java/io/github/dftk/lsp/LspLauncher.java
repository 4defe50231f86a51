package io.github.dftk.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs the server over a pair of streams (standard input and output for {@code dftk lsp}) until
 * the client sends {@code exit} or closes its end. Only protocol messages may go to
 * {@code out}; lsp4j logs through java.util.logging, which writes to standard error.
 */
public final class LspLauncher {

    /** Long enough to let a burst of keystrokes end, short enough not to be noticed. */
    public static final Duration LINT_DELAY = Duration.ofMillis(75);

    private LspLauncher() {
    }

    /** Serves one client; returns the exit code (0 after shutdown and exit, 1 otherwise). */
    public static int run(InputStream in, OutputStream out, Map<String, String> environment) {
        return serve(new DftkLanguageServer(environment, LINT_DELAY), in, out);
    }

    /** Serves one client with {@code server}; returns the exit code. */
    public static int serve(DftkLanguageServer server, InputStream in, OutputStream out) {
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>().setLocalService(server)
                .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
                .wrapMessages(new LifecycleGuard()).create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException | CancellationException e) {
                return; // the server is ending anyway
            } catch (ExecutionException e) {
                System.err.println("dftk lsp: the connection failed: " + e.getCause());
            }
            server.disconnected();
        }, "dftk-lsp-disconnect");
        watcher.setDaemon(true);
        watcher.start();
        int code = server.exitCode().join();
        server.shutdown(); // stops the lint thread if the client did not ask for it
        listening.cancel(true);
        return code;
    }
}

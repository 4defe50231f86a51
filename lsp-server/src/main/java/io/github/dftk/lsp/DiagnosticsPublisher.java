package io.github.dftk.lsp;

import io.github.dftk.ir.BuildOptions;
import io.github.dftk.lint.LintInput;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.Linter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The diagnostics feature: lints an open document a moment after its last change and publishes
 * the findings for that version. Typing fast re-lints once, not per keystroke; one thread lints,
 * so documents never compete for the two cores with each other. A result is published only if its
 * version is still the open one: the client never sees findings for text it no longer has.
 */
public final class DiagnosticsPublisher implements AutoCloseable {

    private final DocumentStore store;
    private final Supplier<Linter> linter;
    private final LanguageClient client;
    private final Duration delay;
    private final ScheduledExecutorService executor;
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    /**
     * @param linter the current linter, without fixes: diagnostics do not show them
     * @param delay  how long after the last change to lint
     */
    public DiagnosticsPublisher(DocumentStore store, Supplier<Linter> linter, LanguageClient client, Duration delay) {
        this.store = store;
        this.linter = linter;
        this.client = client;
        this.delay = delay;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dftk-lsp-diagnostics");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@code document} was opened or changed: lint it after the delay unless it changes again. */
    public void changed(OpenDocument document) {
        ScheduledFuture<?> next;
        try {
            next = executor.schedule(() -> lintAndPublish(document), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return; // closed: after shutdown the client may only send exit
        }
        Optional.ofNullable(pending.put(document.uri(), next)).ifPresent(previous -> previous.cancel(false));
    }

    /** The document was closed (and is out of the store): its diagnostics go away. */
    public void closed(String uri) {
        Optional.ofNullable(pending.remove(uri)).ifPresent(future -> future.cancel(false));
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }

    /**
     * Stops linting: pending lints are dropped and nothing more is published. The lint thread is
     * not interrupted: it may be writing to the client, and interrupting a write on an
     * interruptible channel would close the connection before the shutdown answer goes out.
     */
    @Override
    public void close() {
        stopped = true;
        pending.values().forEach(future -> future.cancel(false));
        executor.shutdown();
    }

    private void lintAndPublish(OpenDocument document) {
        if (stopped || store.get(document.uri()).orElse(null) != document) {
            return; // shut down, or superseded before its turn came: no need to lint it
        }
        diagnostics(document).filter(diagnostics -> !stopped).ifPresent(diagnostics -> store.ifCurrent(document,
                () -> client.publishDiagnostics(new PublishDiagnosticsParams(document.uri(), diagnostics,
                        document.version()))));
    }

    /**
     * The diagnostics of {@code document}, linted now; empty when linting failed (a dftk bug,
     * told to the client's log).
     */
    Optional<List<Diagnostic>> diagnostics(OpenDocument document) {
        LintResult result;
        try {
            result = linter.get().lint(input(document));
        } catch (RuntimeException | StackOverflowError e) { // a dftk bug: say so, keep serving
            log(MessageType.Error, document.uri() + ": internal error while linting: " + e
                    + " — this is a bug in dftk — please report it with the Dockerfile");
            return Optional.empty();
        }
        result.ruleFailures().forEach(failure -> log(MessageType.Error, document.uri() + ": internal error in rule "
                + failure + " — this is a bug in dftk — the other rules' findings are shown; please report it"));
        return Optional.of(result.findings().stream().flatMap(f -> FindingDiagnostics.of(f).stream()).toList());
    }

    private void log(MessageType type, String message) {
        client.logMessage(new MessageParams(type, message));
    }

    /** A {@code file:} document is linted as that file, so that checks find its .dockerignore. */
    static LintInput input(OpenDocument document) {
        Optional<Path> path = filePath(document.uri());
        return new LintInput(path.map(Path::toString).orElse(document.uri()),
                document.text().getBytes(StandardCharsets.UTF_8), path, BuildOptions.defaults());
    }

    static Optional<Path> filePath(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
        } catch (IllegalArgumentException e) { // not a URI Java reads, or not a local file
            return Optional.empty();
        }
    }
}

package io.github.dftk.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** Requests out of the lifecycle's order, over JSON-RPC with a real lsp4j client. */
class LifecycleGuardTest {

    private static final String URI = "file:///work/project/Dockerfile";

    @Test
    void beforeInitializeRequestsAreRefusedAndNotificationsDropped() throws Exception {
        try (LspSession session = LspSession.start(Duration.ofMillis(20))) {
            assertThat(errorCode(codeAction(session))).isEqualTo(ResponseErrorCode.ServerNotInitialized.getValue());
            session.open(URI, 1, "FROM debian\n"); // dropped: the document never opens
            session.initialize();
            var report = session.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(URI)))
                    .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS).getLeft();
            assertThat(report.getItems()).isEmpty();
            assertThat(report.getResultId()).as("not open").isNull();
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void afterShutdownRequestsAreInvalid() throws Exception {
        try (LspSession session = LspSession.start(Duration.ofMillis(20))) {
            session.initialize();
            session.server.shutdown().get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(errorCode(codeAction(session))).isEqualTo(ResponseErrorCode.InvalidRequest.getValue());
            session.server.exit();
            assertThat(session.exitCode.get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS)).isZero();
        }
    }

    private static CompletableFuture<?> codeAction(LspSession session) {
        return session.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(URI),
                new Range(new Position(0, 0), new Position(0, 0)), new CodeActionContext(List.of())));
    }

    private static int errorCode(CompletableFuture<?> response) {
        Throwable failure = catchThrowable(() -> response.get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ResponseErrorException.class);
        return ((ResponseErrorException) failure.getCause()).getResponseError().getCode();
    }
}

package io.github.dftk.lsp;

import static io.github.dftk.lsp.LspSession.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** {@code textDocument/diagnostic} over JSON-RPC with a real lsp4j client. */
class PullDiagnosticsTest {

    private static final String URI = "file:///work/project/Dockerfile";

    @Test
    void advertisedWithoutInterFileOrWorkspaceDiagnostics() throws Exception {
        try (LspSession session = LspSession.start(Duration.ofMillis(20))) {
            var provider = session.initialize().getCapabilities().getDiagnosticProvider();
            assertThat(provider.isInterFileDependencies()).isFalse();
            assertThat(provider.isWorkspaceDiagnostics()).isFalse();
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void fullReportPerVersionUnchangedForTheClientsVersion() throws Exception {
        try (LspSession session = LspSession.start(Duration.ofMillis(20))) {
            session.initialize();
            session.open(URI, 3, "FROM debian\nMAINTAINER x\n");
            var first = pull(session, null).getLeft();
            assertThat(first.getResultId()).isEqualTo("3");
            assertThat(first.getItems()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("DL3006", "DL4000", "MaintainerDeprecated");
            // The same conversion as the published diagnostics.
            assertThat(first.getItems()).isEqualTo(session.nextDiagnostics().getDiagnostics());

            assertThat(pull(session, "3").getRight().getResultId()).isEqualTo("3");

            session.change(URI, 4, edit(0, 11, 0, 11, ":12"));
            var changed = pull(session, "3").getLeft();
            assertThat(changed.getResultId()).isEqualTo("4");
            assertThat(changed.getItems()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("DL4000", "MaintainerDeprecated");
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void aDocumentThatIsNotOpenHasNoDiagnostics() throws Exception {
        try (LspSession session = LspSession.start(Duration.ofMillis(20))) {
            session.initialize();
            var report = pull(session, null).getLeft();
            assertThat(report.getItems()).isEmpty();
            assertThat(report.getResultId()).isNull();
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    private static DocumentDiagnosticReport pull(LspSession session, String previousResultId) throws Exception {
        DocumentDiagnosticParams params = new DocumentDiagnosticParams(new TextDocumentIdentifier(URI));
        params.setPreviousResultId(previousResultId);
        return session.server.getTextDocumentService().diagnostic(params)
                .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}

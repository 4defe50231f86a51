package io.github.dftk.lsp;

import static io.github.dftk.lsp.LspSession.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol flows, over JSON-RPC with a real lsp4j client. */
class DftkLanguageServerTest {

    private static final String URI = "file:///work/project/Dockerfile";
    private static final Duration QUICK = Duration.ofMillis(20);

    @Test
    void initializeAdvertisesIncrementalSync() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            InitializeResult result = session.initialize();
            var sync = result.getCapabilities().getTextDocumentSync().getRight();
            assertThat(sync.getChange()).isEqualTo(TextDocumentSyncKind.Incremental);
            assertThat(sync.getOpenClose()).isTrue();
            assertThat(result.getServerInfo().getName()).isEqualTo("dftk");
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void openChangeAndClosePublishDiagnosticsForEachVersion() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize();
            session.open(URI, 1, "FROM debian\nMAINTAINER x\nRUN true\n");
            PublishDiagnosticsParams opened = session.nextDiagnostics();
            assertThat(opened.getUri()).isEqualTo(URI);
            assertThat(opened.getVersion()).isEqualTo(1);
            assertThat(opened.getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("DL3006", "DL4000", "MaintainerDeprecated");
            Diagnostic untagged = opened.getDiagnostics().get(0);
            assertThat(untagged.getRange()).isEqualTo(new Range(new Position(0, 5), new Position(0, 11)));
            assertThat(untagged.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
            assertThat(untagged.getSource()).isEqualTo("dftk");
            assertThat(untagged.getCodeDescription().getHref()).contains("DL3006");
            Diagnostic maintainer = opened.getDiagnostics().get(1);
            assertThat(maintainer.getRange().getStart()).isEqualTo(new Position(1, 0));
            assertThat(maintainer.getSeverity()).isEqualTo(DiagnosticSeverity.Error);

            // Tag the image, then delete the MAINTAINER line: two edits in one change.
            session.change(URI, 2, edit(0, 11, 0, 11, ":12"), edit(1, 0, 2, 0, ""));
            PublishDiagnosticsParams fixed = session.nextDiagnostics();
            assertThat(fixed.getVersion()).isEqualTo(2);
            assertThat(fixed.getDiagnostics()).isEmpty();

            session.close(URI);
            PublishDiagnosticsParams closed = session.nextDiagnostics();
            assertThat(closed.getUri()).isEqualTo(URI);
            assertThat(closed.getDiagnostics()).isEmpty();
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void aBurstOfChangesPublishesOnlyTheLastVersion() throws Exception {
        // A delay far longer than sending the burst takes, so that only the last change is linted.
        try (LspSession session = LspSession.start(Duration.ofMillis(400))) {
            session.initialize();
            session.open(URI, 1, "FROM debian:12\n");
            assertThat(session.nextDiagnostics().getVersion()).isEqualTo(1);
            session.change(URI, 2, edit(1, 0, 1, 0, "M"));
            session.change(URI, 3, edit(1, 1, 1, 1, "AINTAINER"));
            session.change(URI, 4, edit(1, 10, 1, 10, " me\n"));
            PublishDiagnosticsParams last = session.nextDiagnostics();
            assertThat(last.getVersion()).isEqualTo(4);
            assertThat(last.getDiagnostics()).extracting(d -> d.getCode().getLeft()).containsExactly("DL4000", "MaintainerDeprecated");
            assertThat(session.diagnostics.poll(800, TimeUnit.MILLISECONDS)).as("nothing after the last version")
                    .isNull();
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void aParseErrorIsAnErrorDiagnostic() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize();
            session.open(URI, 7, "FROM alpine:3.20\nCOPY\n");
            PublishDiagnosticsParams published = session.nextDiagnostics();
            assertThat(published.getVersion()).isEqualTo(7);
            assertThat(published.getDiagnostics()).filteredOn(d -> d.getCode().getLeft().equals("DL1000"))
                    .singleElement().satisfies(d -> {
                        assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
                        assertThat(d.getRange().getStart().getLine()).isEqualTo(1);
                    });
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void theWorkspaceConfigurationApplies(@TempDir Path workspace) throws Exception {
        Files.writeString(workspace.resolve(".hadolint.yaml"), "ignored:\n  - DL4000\n  - MaintainerDeprecated\n");
        try (LspSession session = LspSession.start(QUICK)) {
            InitializeParams params = new InitializeParams();
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "project")));
            session.initialize(params);
            session.open(workspace.resolve("Dockerfile").toUri().toString(), 1, "FROM debian\nMAINTAINER x\n");
            assertThat(session.nextDiagnostics().getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("DL3006");
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void aBrokenWorkspaceConfigurationIsShownAndTheDefaultsApply(@TempDir Path workspace) throws Exception {
        Files.writeString(workspace.resolve(".hadolint.yaml"), "ignored: [DL4000\n");
        try (LspSession session = LspSession.start(QUICK)) {
            InitializeParams params = new InitializeParams();
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "project")));
            session.initialize(params);
            session.open(workspace.resolve("Dockerfile").toUri().toString(), 1, "FROM debian\nMAINTAINER x\n");
            assertThat(session.nextDiagnostics().getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("DL3006", "DL4000", "MaintainerDeprecated");
            assertThat(session.messages).singleElement().satisfies(message -> {
                assertThat(message.getType()).isEqualTo(MessageType.Warning);
                assertThat(message.getMessage()).contains(".hadolint.yaml", "default configuration");
            });
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void nothingIsPublishedAfterShutdown() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize();
            session.server.shutdown().get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
            session.open(URI, 1, "FROM debian\n");
            assertThat(session.diagnostics.poll(300, TimeUnit.MILLISECONDS)).isNull();
            session.server.exit();
            assertThat(session.exitCode.get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS)).isZero();
        }
    }

    @Test
    void exitWithoutShutdownExitsWithOne() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize();
            session.server.exit();
            assertThat(session.exitCode.get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void aClientThatGoesAwayEndsTheServer() throws Exception {
        LspSession session = LspSession.start(QUICK);
        session.initialize();
        session.close();
        assertThat(session.exitCode.get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
    }
}

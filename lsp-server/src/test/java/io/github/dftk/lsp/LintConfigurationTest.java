package io.github.dftk.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading the lint configuration, over JSON-RPC with a real lsp4j client. */
class LintConfigurationTest {

    private static final Duration QUICK = Duration.ofMillis(20);

    @TempDir
    Path workspace;

    @Test
    void aChangedConfigFileReLintsTheOpenDocuments() throws Exception {
        Path config = Files.writeString(workspace.resolve(".hadolint.yaml"), "ignored: [DL3006]\n");
        String uri = workspace.resolve("Dockerfile").toUri().toString();
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize(in(workspace));
            session.open(uri, 1, "FROM debian\n");
            assertThat(session.nextDiagnostics().getDiagnostics()).isEmpty();

            Files.writeString(config, "ignored: []\n");
            session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
            assertThat(session.nextDiagnostics().getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactly("DL3006");

            Files.writeString(config, "ignored: [DL3006]\n");
            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(Map.of()));
            assertThat(session.nextDiagnostics().getDiagnostics()).isEmpty();
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void otherFilesDoNotReload() {
        assertThat(LintConfiguration.concerns(new DidChangeWatchedFilesParams(List.of(
                new FileEvent("file:///w/Dockerfile", FileChangeType.Changed))))).isFalse();
        assertThat(LintConfiguration.concerns(new DidChangeWatchedFilesParams(List.of(
                new FileEvent("file:///w/sub/.dockerignore", FileChangeType.Created))))).isTrue();
        assertThat(LintConfiguration.concerns(new DidChangeWatchedFilesParams(List.of(
                new FileEvent("file:///w/.hadolint.yml", FileChangeType.Deleted))))).isTrue();
    }

    @Test
    void watchersAreRegisteredWhenTheClientAllowsIt() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            InitializeParams params = in(workspace);
            WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
            workspaceCapabilities.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
            ClientCapabilities capabilities = new ClientCapabilities();
            capabilities.setWorkspace(workspaceCapabilities);
            params.setCapabilities(capabilities);
            session.initialize(params);
            session.shutdownAndExit(); // a request after initialized: the registration has been sent
            assertThat(session.registrations).hasSize(1);
            var registration = session.registrations.get(0).getRegistrations().get(0);
            assertThat(registration.getMethod()).isEqualTo("workspace/didChangeWatchedFiles");
            // The client's lsp4j leaves the options as JSON.
            JsonArray watchers = ((JsonObject) registration.getRegisterOptions()).getAsJsonArray("watchers");
            assertThat(watchers.asList()).extracting(w -> w.getAsJsonObject().get("globPattern").getAsString())
                    .containsExactly("**/.dockerignore", "**/.hadolint.yaml", "**/.hadolint.yml");
        }
    }

    @Test
    void noRegistrationWithoutDynamicRegistration() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize(in(workspace));
            assertThat(session.shutdownAndExit()).isZero();
            assertThat(session.registrations).isEmpty();
        }
    }

    private static InitializeParams in(Path folder) {
        InitializeParams params = new InitializeParams();
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "w")));
        return params;
    }
}

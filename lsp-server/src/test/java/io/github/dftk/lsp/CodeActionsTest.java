package io.github.dftk.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** {@code textDocument/codeAction} beyond the golden cases ({@link CodeActionCasesTest}). */
class CodeActionsTest {

    private static final String URI = "file:///work/project/Dockerfile";

    @Test
    void quickFixesAreAdvertised() throws Exception {
        try (LspSession session = LspSession.start(Duration.ofMillis(20))) {
            var provider = session.initialize().getCapabilities().getCodeActionProvider().getRight();
            assertThat(provider.getCodeActionKinds()).containsExactly(CodeActionKind.QuickFix);
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void aDocumentThatIsNotOpenHasNoActions() throws Exception {
        try (LspSession session = LspSession.start(Duration.ofMillis(20))) {
            session.initialize();
            var actions = session.server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier(URI), new Range(new Position(0, 0), new Position(9, 0)),
                    new CodeActionContext(List.of()))).get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(actions).isEmpty();
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void theActionsEditTheVersionTheyWereAskedFor() throws Exception {
        try (LspSession session = LspSession.start(Duration.ofMillis(20))) {
            session.initialize();
            session.open(URI, 1, "FROM debian:12\nADD a /a\n");
            session.change(URI, 2, LspSession.edit(0, 0, 0, 0, "# base\n"));
            var actions = session.server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier(URI), new Range(new Position(2, 0), new Position(2, 0)),
                    new CodeActionContext(List.of()))).get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(actions).extracting(a -> a.getRight().getTitle())
                    .containsExactly("Use COPY", "Ignore DL3020 for this instruction");
            assertThat(actions.get(0).getRight().getEdit().getChanges().get(URI).get(0).getRange())
                    .isEqualTo(new Range(new Position(2, 0), new Position(2, 3)));
            assertThat(session.shutdownAndExit()).isZero();
        }
    }
}

package io.github.dftk.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/lsp/code-actions/<case>/}: {@code Dockerfile} and {@code range.txt} (the
 * requested range, {@code line:char-line:char}, 0-based), against {@code expected.txt}: per
 * action its title, kind, diagnostics' codes, edits and the document after applying them.
 * {@code -Ddftk.updateGolden=true} rewrites the goldens.
 */
class CodeActionCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws Exception {
        return LspGoldenCases.of("code-actions", CodeActionCasesTest::check);
    }

    private static void check(LspSession session, Path dir) throws Exception {
        Path file = dir.resolve("Dockerfile");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();
        session.open(uri, 1, text);
        session.nextDiagnostics();
        String[] range = Files.readString(dir.resolve("range.txt"), StandardCharsets.UTF_8).trim().split("[:-]");
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri),
                new Range(new Position(Integer.parseInt(range[0]), Integer.parseInt(range[1])),
                        new Position(Integer.parseInt(range[2]), Integer.parseInt(range[3]))),
                new CodeActionContext(List.of()));
        List<Either<Command, CodeAction>> actions = session.server.getTextDocumentService().codeAction(params)
                .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
        session.close(uri);
        session.nextDiagnostics();
        StringBuilder out = new StringBuilder();
        for (Either<Command, CodeAction> either : actions) {
            CodeAction action = either.getRight();
            out.append("== ").append(action.getTitle()).append(" [").append(action.getKind()).append("] for ")
                    .append(action.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList()).append('\n');
            List<TextEdit> edits = action.getEdit().getChanges().get(uri);
            for (TextEdit edit : edits) {
                out.append("edit ").append(position(edit.getRange().getStart())).append('-')
                        .append(position(edit.getRange().getEnd())).append(" «").append(visible(edit.getNewText()))
                        .append("»\n");
            }
            out.append(visible(apply(new OpenDocument(uri, 1, text), edits)).replace("\\n", "\\n\n")).append("\n");
        }
        if (actions.isEmpty()) {
            out.append("(no actions)\n");
        }
        LspGoldenCases.compare(dir.resolve("expected.txt"), out.toString());
    }

    /** The text after the edits, as a client applies them: all against the original text. */
    static String apply(OpenDocument document, List<TextEdit> edits) {
        StringBuilder text = new StringBuilder(document.text());
        List<TextEdit> lastFirst = new ArrayList<>(edits);
        lastFirst.sort(Comparator.comparingInt((TextEdit e) -> document.offset(e.getRange().getStart())).reversed());
        for (TextEdit edit : lastFirst) {
            text.replace(document.offset(edit.getRange().getStart()), document.offset(edit.getRange().getEnd()),
                    edit.getNewText());
        }
        return text.toString();
    }

    private static String position(Position position) {
        return position.getLine() + ":" + position.getCharacter();
    }

    private static String visible(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}

package io.github.dftk.lsp;

import static io.github.dftk.lsp.LspSession.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Document symbols, folding ranges and hover over JSON-RPC with a real lsp4j client; the details are in the goldens. */
class NavigationTest {

    private static final String URI = "file:///work/project/Dockerfile";
    private static final Duration QUICK = Duration.ofMillis(20);

    @Test
    void initializeAdvertisesTheReadOnlyFeatures() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            ServerCapabilities capabilities = session.initialize().getCapabilities();
            assertThat(capabilities.getDocumentSymbolProvider()).isEqualTo(Either.forLeft(true));
            assertThat(capabilities.getFoldingRangeProvider()).isEqualTo(Either.forLeft(true));
            assertThat(capabilities.getHoverProvider()).isEqualTo(Either.forLeft(true));
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void symbolsFollowTheEdits() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize();
            session.open(URI, 1, "FROM alpine:3.20 AS base\nENV A=1\n");
            List<DocumentSymbol> before = symbols(session);
            assertThat(before).singleElement().satisfies(stage -> {
                assertThat(stage.getName()).isEqualTo("FROM alpine:3.20 AS base");
                assertThat(stage.getKind()).isEqualTo(SymbolKind.Class);
                assertThat(stage.getDetail()).isEqualTo("alpine:3.20");
                assertThat(stage.getRange()).isEqualTo(new Range(new Position(0, 0), new Position(1, 7)));
                assertThat(stage.getSelectionRange()).isEqualTo(new Range(new Position(0, 20), new Position(0, 24)));
                assertThat(stage.getChildren()).extracting(DocumentSymbol::getName, DocumentSymbol::getKind)
                        .containsExactly(tuple("ENV A=1", SymbolKind.Variable));
            });

            session.change(URI, 2, edit(2, 0, 2, 0, "FROM base\nLABEL a=b\n"));
            assertThat(symbols(session)).extracting(DocumentSymbol::getName)
                    .containsExactly("FROM alpine:3.20 AS base", "FROM base");
            assertThat(symbols(session).get(1).getChildren()).extracting(DocumentSymbol::getKind)
                    .containsExactly(SymbolKind.Property);
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void foldingRangesCoverStagesContinuationsAndComments() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize();
            session.open(URI, 1, "# one\n# two\nFROM alpine:3.20\nRUN a \\\n  b\n");
            List<FoldingRange> ranges = session.server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(URI)))
                    .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(ranges).extracting(FoldingRange::getStartLine, FoldingRange::getEndLine, FoldingRange::getKind)
                    .containsExactly(tuple(0, 1, FoldingRangeKind.Comment),
                            tuple(2, 4, null),
                            tuple(3, 4, null));
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void hoverCountsCharactersInUtf16AndFollowsTheEdits() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize();
            // The emoji is two UTF-16 code units: $V is at characters 12-14, not 11-13.
            session.open(URI, 1, "FROM alpine:3.20\nENV V=1\nLABEL x=\"\uD83D\uDE00 $V\"\n");
            Hover first = hover(session, 2, 13);
            assertThat(first.getRange()).isEqualTo(new Range(new Position(2, 12), new Position(2, 14)));
            assertThat(first.getContents().getRight().getValue()).startsWith("`$V` = `1`");

            session.change(URI, 2, edit(1, 6, 1, 7, "2"));
            assertThat(hover(session, 2, 13).getContents().getRight().getValue()).startsWith("`$V` = `2`");
            assertThat(hover(session, 2, 6)).as("nothing to say on a label key").isNull();
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    @Test
    void aDocumentThatIsNotOpenHasNoAnswers() throws Exception {
        try (LspSession session = LspSession.start(QUICK)) {
            session.initialize();
            assertThat(symbols(session)).isEmpty();
            assertThat(session.server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(URI)))
                    .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS)).isEmpty();
            assertThat(hover(session, 0, 0)).isNull();
            assertThat(session.shutdownAndExit()).isZero();
        }
    }

    private static List<DocumentSymbol> symbols(LspSession session) throws Exception {
        return session.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI)))
                .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS).stream().map(Either::getRight).toList();
    }

    private static Hover hover(LspSession session, int line, int character) throws Exception {
        return session.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(line, character)))
                .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}

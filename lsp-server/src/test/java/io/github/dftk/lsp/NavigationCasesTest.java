package io.github.dftk.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The read-only features against goldens: {@code testdata/lsp/<feature>/<case>/Dockerfile},
 * opened in a client, asked for its symbols, folding ranges or hovers (at the 0-based
 * {@code line:character} positions listed in {@code positions.txt}), the answer rendered
 * readably and compared with {@code expected.txt}. {@code -Ddftk.updateGolden=true} rewrites
 * the goldens.
 */
class NavigationCasesTest {

    /** One feature's rendering of its answer for an open document. */
    private interface Render {
        String render(LspSession session, String uri, Path dir, OpenDocument document) throws Exception;
    }

    @TestFactory
    Stream<DynamicTest> documentSymbols() throws Exception {
        return cases("symbols", (session, uri, dir, document) -> {
            StringBuilder out = new StringBuilder();
            for (Either<SymbolInformation, DocumentSymbol> symbol : session.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                    .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS)) {
                symbol(symbol.getRight(), "", document, out);
            }
            return out.toString();
        });
    }

    @TestFactory
    Stream<DynamicTest> foldingRanges() throws Exception {
        return cases("folding", (session, uri, dir, document) -> {
            String[] lines = document.text().split("\r\n|\r|\n", -1);
            StringBuilder out = new StringBuilder();
            for (FoldingRange range : session.server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri)))
                    .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS)) {
                out.append(range.getStartLine()).append('-').append(range.getEndLine())
                        .append(range.getKind() == null ? "" : " " + range.getKind())
                        .append(" «").append(lines[range.getStartLine()]).append("» … «")
                        .append(lines[range.getEndLine()]).append("»\n");
            }
            return out.toString();
        });
    }

    @TestFactory
    Stream<DynamicTest> hovers() throws Exception {
        return cases("hover", (session, uri, dir, document) -> {
            StringBuilder out = new StringBuilder();
            for (String line : Files.readAllLines(dir.resolve("positions.txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] at = line.strip().split(":");
                Position position = new Position(Integer.parseInt(at[0]), Integer.parseInt(at[1]));
                Hover hover = session.server.getTextDocumentService()
                        .hover(new HoverParams(new TextDocumentIdentifier(uri), position))
                        .get(LspSession.WAIT.toSeconds(), TimeUnit.SECONDS);
                out.append(line.strip());
                if (hover == null) {
                    out.append(" null\n");
                    continue;
                }
                out.append(' ').append(range(hover.getRange(), document)).append('\n');
                assertThat(hover.getContents().getRight().getKind()).isEqualTo("markdown");
                for (String text : hover.getContents().getRight().getValue().split("\n", -1)) {
                    out.append("    ").append(text).append('\n');
                }
            }
            return out.toString();
        });
    }

    private static void symbol(DocumentSymbol symbol, String indent, OpenDocument document, StringBuilder out) {
        assertThat(contains(symbol.getRange(), symbol.getSelectionRange())).as("selection inside range of %s", symbol.getName())
                .isTrue();
        out.append(indent).append(symbol.getKind()).append(" «").append(symbol.getName()).append('»')
                .append(symbol.getDetail() == null ? "" : " detail=" + symbol.getDetail())
                .append(' ').append(range(symbol.getRange(), null))
                .append(" selection ").append(range(symbol.getSelectionRange(), document)).append('\n');
        if (symbol.getChildren() != null) {
            for (DocumentSymbol child : symbol.getChildren()) {
                symbol(child, indent + "  ", document, out);
            }
        }
    }

    private static boolean contains(Range outer, Range inner) {
        return compare(outer.getStart(), inner.getStart()) <= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    /** {@code line:char-line:char}, and with a document the text it covers. */
    private static String range(Range range, OpenDocument document) {
        String where = range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-"
                + range.getEnd().getLine() + ":" + range.getEnd().getCharacter();
        if (document == null) {
            return where;
        }
        String covered = document.text().substring(document.offset(range.getStart()), document.offset(range.getEnd()));
        return where + " «" + covered.replace("\r", "\\r").replace("\n", "\\n") + "»";
    }

    private static Stream<DynamicTest> cases(String feature, Render render) throws Exception {
        return LspGoldenCases.of(feature, (session, dir) -> {
            Path file = dir.resolve("Dockerfile");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String uri = file.toUri().toString();
            session.open(uri, 1, text);
            String actual = render.render(session, uri, dir, new OpenDocument(uri, 1, text));
            session.close(uri);
            LspGoldenCases.compare(dir.resolve("expected.txt"), actual);
        });
    }

}

package io.github.dftk.lsp;

import static io.github.dftk.lsp.LspSession.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** Incremental edits: LSP's line and UTF-16 character positions onto the text. */
class OpenDocumentTest {

    private static String apply(String text, TextDocumentContentChangeEvent... changes) {
        OpenDocument after = new OpenDocument("file:///Dockerfile", 1, text).apply(List.of(changes), 2);
        assertThat(after.version()).isEqualTo(2);
        return after.text();
    }

    @Test
    void replacesAMultiLineRange() {
        assertThat(apply("FROM a\nRUN one \\\n  two\nCMD x\n", edit(1, 4, 2, 5, "three")))
                .isEqualTo("FROM a\nRUN three\nCMD x\n");
    }

    @Test
    void appliesChangesInOrderEachOnTheTextBeforeIt() {
        assertThat(apply("FROM a\n", edit(0, 6, 0, 6, ":1"), edit(1, 0, 1, 0, "RUN x\n"), edit(0, 0, 0, 4, "from")))
                .isEqualTo("from a:1\nRUN x\n");
    }

    @Test
    void countsCrLfAsOneLineBreak() {
        assertThat(apply("FROM a\r\nRUN b\r\nCMD c\r\n", edit(1, 4, 1, 5, "bb"), edit(2, 0, 3, 0, "")))
                .isEqualTo("FROM a\r\nRUN bb\r\n");
        assertThat(apply("A\rB\rC", edit(2, 0, 2, 1, "D"))).as("a lone CR ends a line too").isEqualTo("A\rB\rD");
    }

    @Test
    void aCharacterPastTheLineEndMeansTheLineEndNotTheBreak() {
        assertThat(apply("FROM a\r\nRUN b\r\n", edit(0, 99, 0, 99, ":1"))).isEqualTo("FROM a:1\r\nRUN b\r\n");
        assertThat(apply("FROM a\n", edit(5, 0, 5, 0, "CMD x\n"))).as("a line past the end is the end")
                .isEqualTo("FROM a\nCMD x\n");
    }

    @Test
    void countsCharactersInUtf16CodeUnits() {
        // U+1F433 (whale) is two UTF-16 code units; é is one.
        String text = "LABEL a=\"\uD83D\uDC33\" b=\"é\"\nRUN x\n";
        OpenDocument document = new OpenDocument("file:///Dockerfile", 1, text);
        assertThat(document.offset(new Position(0, 11))).isEqualTo(text.indexOf("\" b"));
        assertThat(apply(text, edit(0, 9, 0, 11, "\uD83D\uDC0B"), edit(0, 16, 0, 17, "e")))
                .isEqualTo("LABEL a=\"\uD83D\uDC0B\" b=\"e\"\nRUN x\n");
    }

    @Test
    void aChangeWithoutRangeReplacesEverything() {
        assertThat(apply("FROM a\n", new TextDocumentContentChangeEvent("FROM b\n"))).isEqualTo("FROM b\n");
    }
}

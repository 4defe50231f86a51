package io.github.dftk.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/lsp/diagnostics/<case>/Dockerfile}, opened in a client, against
 * {@code expected.txt}: one line per diagnostic, its 0-based range, severity, code, the text
 * the range covers and the message. {@code -Ddftk.updateGolden=true} rewrites the goldens.
 */
class DiagnosticsCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws Exception {
        return LspGoldenCases.of("diagnostics", DiagnosticsCasesTest::check);
    }

    private static void check(LspSession session, Path dir) throws Exception {
        Path file = dir.resolve("Dockerfile");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();
        session.open(uri, 1, text);
        PublishDiagnosticsParams published = session.nextDiagnostics();
        assertThat(published.getUri()).isEqualTo(uri);
        assertThat(published.getVersion()).isEqualTo(1);
        OpenDocument document = new OpenDocument(uri, 1, text);
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : published.getDiagnostics()) {
            String covered = text.substring(document.offset(d.getRange().getStart()), document.offset(d.getRange().getEnd()));
            out.append(d.getRange().getStart().getLine()).append(':').append(d.getRange().getStart().getCharacter())
                    .append('-').append(d.getRange().getEnd().getLine()).append(':')
                    .append(d.getRange().getEnd().getCharacter()).append(' ').append(d.getSeverity()).append(' ')
                    .append(d.getCode().getLeft()).append(" «").append(covered.replace("\r", "\\r").replace("\n", "\\n"))
                    .append("» ").append(d.getMessage()).append('\n');
        }
        session.close(uri);
        assertThat(session.nextDiagnostics().getDiagnostics()).isEmpty();
        LspGoldenCases.compare(dir.resolve("expected.txt"), out.toString());
    }

}

package io.github.dftk.lsp;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;

/**
 * The pull diagnostics feature ({@code textDocument/diagnostic}): the document's diagnostics,
 * linted on request, as the publisher would publish them. The result id is the document's
 * version, so a client asking again about the same version gets "unchanged" without a lint.
 */
public final class PullDiagnostics {

    private final DocumentStore store;
    private final Supplier<DiagnosticsPublisher> publisher;

    public PullDiagnostics(DocumentStore store, Supplier<DiagnosticsPublisher> publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /** A full report (empty for a document that is not open), or unchanged for the client's version. */
    public DocumentDiagnosticReport report(DocumentDiagnosticParams params) {
        Optional<OpenDocument> open = store.get(params.getTextDocument().getUri());
        if (open.isEmpty()) {
            return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of()));
        }
        OpenDocument document = open.get();
        String resultId = Integer.toString(document.version());
        if (resultId.equals(params.getPreviousResultId())) {
            return new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(resultId));
        }
        Optional<List<Diagnostic>> diagnostics = publisher.get().diagnostics(document);
        RelatedFullDocumentDiagnosticReport full = new RelatedFullDocumentDiagnosticReport(diagnostics.orElse(List.of()));
        if (diagnostics.isPresent()) { // after a failed lint, the next request must lint again
            full.setResultId(resultId);
        }
        return new DocumentDiagnosticReport(full);
    }
}

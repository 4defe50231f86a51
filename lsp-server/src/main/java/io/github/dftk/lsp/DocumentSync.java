package io.github.dftk.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Text synchronisation: keeps {@link DocumentStore} equal to the client's buffers (incremental
 * changes) and says when a document changed or closed, for the features that follow it. The
 * document requests go to their features' classes, one line each.
 */
public final class DocumentSync implements TextDocumentService {

    private final DocumentStore store;
    private final Consumer<OpenDocument> changed;
    private final Consumer<String> closed;
    private final CodeActions codeActions;
    private final PullDiagnostics pullDiagnostics;

    public DocumentSync(DocumentStore store, Consumer<OpenDocument> changed, Consumer<String> closed,
            CodeActions codeActions, PullDiagnostics pullDiagnostics) {
        this.store = store;
        this.changed = changed;
        this.closed = closed;
        this.codeActions = codeActions;
        this.pullDiagnostics = pullDiagnostics;
    }

    // Requests are answered on the message thread, in order with the changes before them: a lint
    // takes milliseconds, and no change can arrive between the request and the text it reads.

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return CompletableFuture.completedFuture(codeActions.actions(params).stream()
                .map(Either::<Command, CodeAction>forRight).toList());
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        return CompletableFuture.completedFuture(pullDiagnostics.report(params));
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params.getTextDocument();
        changed.accept(store.open(item.getUri(), item.getVersion(), item.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        store.change(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                params.getContentChanges()).ifPresent(changed);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        store.close(uri);
        closed.accept(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The buffer is already linted as it changed; saving adds nothing.
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return DocumentSymbols.answer(store, params);
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return FoldingRanges.answer(store, params);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return Hovers.answer(store, params);
    }
}

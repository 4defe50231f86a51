package io.github.dftk.lsp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The documents the client has open, by URI. Every method holds the store's lock, so that
 * {@link #ifCurrent} can publish a result knowing that no newer version has arrived meanwhile.
 */
public final class DocumentStore {

    private final Map<String, OpenDocument> documents = new HashMap<>();

    public synchronized OpenDocument open(String uri, int version, String text) {
        OpenDocument document = new OpenDocument(uri, version, text);
        documents.put(uri, document);
        return document;
    }

    /** The document after the changes; empty when it is not open (a client bug, ignored). */
    public synchronized Optional<OpenDocument> change(String uri, int version,
            List<TextDocumentContentChangeEvent> changes) {
        OpenDocument current = documents.get(uri);
        if (current == null) {
            return Optional.empty();
        }
        OpenDocument changed = current.apply(changes, version);
        documents.put(uri, changed);
        return Optional.of(changed);
    }

    public synchronized void close(String uri) {
        documents.remove(uri);
    }

    /** Every open document, in no particular order. */
    public synchronized List<OpenDocument> all() {
        return List.copyOf(documents.values());
    }

    public synchronized Optional<OpenDocument> get(String uri) {
        return Optional.ofNullable(documents.get(uri));
    }

    /**
     * Runs {@code action} only if {@code document} is still the open version of its URI, with
     * no change or close able to slip in before it ends; says whether it ran.
     */
    public synchronized boolean ifCurrent(OpenDocument document, Runnable action) {
        if (documents.get(document.uri()) != document) {
            return false;
        }
        action.run();
        return true;
    }
}

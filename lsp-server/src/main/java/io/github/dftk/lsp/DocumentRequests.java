package io.github.dftk.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Answers a read-only request on a document, for the features' entry points. The answer is
 * computed on the message thread: Dockerfiles are small, so parsing one takes well under a
 * millisecond, and the answer is then for exactly the version the preceding edits produced.
 */
final class DocumentRequests {

    private DocumentRequests() {
    }

    /** {@code answer} applied to the open version of {@code uri}, or {@code otherwise} when it is not open. */
    static <T> CompletableFuture<T> on(DocumentStore store, String uri, Function<OpenDocument, T> answer, T otherwise) {
        try {
            return CompletableFuture.completedFuture(store.get(uri).map(answer).orElse(otherwise));
        } catch (RuntimeException | StackOverflowError e) { // an error response, not a dead message thread
            return CompletableFuture.failedFuture(e);
        }
    }
}

package io.github.dftk.lsp;

import static io.github.dftk.lsp.LspSession.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentStoreTest {

    private final DocumentStore store = new DocumentStore();

    @Test
    void onlyTheCurrentVersionMayPublish() {
        OpenDocument first = store.open("file:///Dockerfile", 1, "FROM a\n");
        OpenDocument second = store.change("file:///Dockerfile", 2, List.of(edit(0, 5, 0, 6, "b"))).orElseThrow();
        AtomicInteger ran = new AtomicInteger();

        assertThat(store.ifCurrent(first, ran::incrementAndGet)).isFalse();
        assertThat(store.ifCurrent(second, ran::incrementAndGet)).isTrue();
        store.close("file:///Dockerfile");
        assertThat(store.ifCurrent(second, ran::incrementAndGet)).isFalse();
        assertThat(ran).hasValue(1);
    }

    @Test
    void aChangeToADocumentThatIsNotOpenIsIgnored() {
        assertThat(store.change("file:///other", 2, List.of(edit(0, 0, 0, 0, "x")))).isEmpty();
        assertThat(store.get("file:///other")).isEmpty();
    }
}

package io.github.dftk.ir.context;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/** Random COPY sources and --exclude patterns never make selection throw unexpectedly or hang. */
class SourceSelectorRobustnessTest {

    private static final ContextTree TREE = new ContextTree(List.of(
            new ContextEntry("a", EntryType.DIRECTORY, 0755, 0, "", ""),
            new ContextEntry("a/b.txt", EntryType.FILE, 0644, 1, "sha256:" + "1".repeat(64), ""),
            new ContextEntry("a/up", EntryType.SYMLINK, 0777, 0, "", "../a"),
            new ContextEntry("abs", EntryType.SYMLINK, 0777, 0, "", "/a/b.txt"),
            new ContextEntry("c", EntryType.FILE, 0644, 1, "sha256:" + "2".repeat(64), ""),
            new ContextEntry("self", EntryType.SYMLINK, 0777, 0, "", "self")));

    @Property(tries = 2000)
    void randomSourcesNeverThrowUnexpectedly(@ForAll("sources") String source, @ForAll boolean parents,
            @ForAll("sources") String exclude) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            DockerIgnore excludes;
            try {
                excludes = DockerIgnore.of("--exclude", List.of(exclude));
            } catch (ContextException rejected) {
                excludes = DockerIgnore.none();
            }
            try {
                new SourceSelector(TREE, null).select(source, parents, excludes).digest();
            } catch (ContextException patternError) {
                // a pattern BuildKit cannot compile either
            }
        });
    }

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.strings().withChars("abcupself/.*?[]\\^!-").ofMaxLength(14);
    }
}

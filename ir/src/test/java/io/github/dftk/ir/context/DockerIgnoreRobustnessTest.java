package io.github.dftk.ir.context;

import io.github.dftk.ir.context.internal.PathMatch;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * Random .dockerignore text and random paths never make dftk throw anything but a
 * {@link ContextException} (BuildKit's own rejection), and never hang.
 */
class DockerIgnoreRobustnessTest {

    @Property(tries = 1500)
    void randomPatternsAndPathsNeverThrowUnexpectedly(@ForAll("ignoreText") String text, @ForAll("paths") String path) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            DockerIgnore ignore;
            try {
                ignore = DockerIgnore.parse(text.getBytes(StandardCharsets.UTF_8), ".dockerignore");
            } catch (ContextException rejected) {
                return;
            }
            try {
                ignore.decide(path);
                ignore.match(path, null);
            } catch (ContextException patternError) {
                // BuildKit fails too when a pattern it cannot compile is tried
            }
            for (IgnorePattern p : ignore.patterns()) {
                p.problem();
            }
        });
    }

    @Property(tries = 1500)
    void randomGlobsNeverThrowUnexpectedly(@ForAll("glob") String pattern, @ForAll("paths") String name) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                PathMatch.matches(pattern, name);
            } catch (PathMatch.BadPatternException malformed) {
                // Go reports it the same way
            }
        });
    }

    @Provide
    Arbitrary<String> ignoreText() {
        return glob().list().ofMaxSize(6).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> glob() {
        return Arbitraries.strings().withChars("*?[]^!\\/.-{}()$+|:#aZ09 \t\r").withChars('\u00e9', '\u263a', '\ufeff')
                .ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("ab/.*[]\\^-{}$ ").withChars('\u00e9').ofMaxLength(16);
    }
}

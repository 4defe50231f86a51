package io.github.dftk.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The golden cases under {@code testdata/lsp/<feature>/<case>/}: each case a dynamic test, all of
 * a feature's cases in one initialized session; {@code -Ddftk.updateGolden=true} rewrites the
 * goldens (review the diff).
 */
final class LspGoldenCases {

    /** One case, checked in the shared session. */
    @FunctionalInterface
    interface Check {
        void check(LspSession session, Path dir) throws Exception;
    }

    private LspGoldenCases() {
    }

    /** The feature's cases as tests; skipped with a message when {@code dftk.testdata} is not set. */
    static Stream<DynamicTest> of(String feature, Check check) throws Exception {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null && !root.isBlank(),
                "system property dftk.testdata is not set (the parent pom sets it): golden cases not run");
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(Path.of(root, "lsp", feature))) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        LspSession session = LspSession.start(Duration.ofMillis(10));
        session.initialize();
        return cases.stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check.check(session, dir)))
                .onClose(() -> {
                    try {
                        session.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Asserts {@code actual} equals the golden file, or rewrites it when updating. */
    static void compare(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("dftk.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden %s is missing: run with -Ddftk.updateGolden=true and review it", golden).exists();
        assertThat(actual).as("result differs from %s (-Ddftk.updateGolden=true rewrites it)", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}

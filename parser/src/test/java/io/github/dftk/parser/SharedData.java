package io.github.dftk.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared} (system property {@code dftk.shared}); aborts the test with a message when absent. */
public final class SharedData {

    private SharedData() {
    }

    public static Path dir(String relative) {
        String root = System.getProperty("dftk.shared");
        Assumptions.assumeTrue(root != null && !root.isBlank(),
                "system property dftk.shared is not set: shared conformance data unavailable, suite not run");
        Path dir = Path.of(root).resolve(relative);
        Assumptions.assumeTrue(Files.exists(dir), "shared data not found at " + dir + ": suite not run");
        return dir;
    }
}

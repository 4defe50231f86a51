package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Golden files under {@code testdata/} (system property {@code dftk.testdata}): compared, or
 * rewritten when {@code -Ddftk.updateGolden=true} (then review the diff before committing).
 */
final class Golden {

    private Golden() {
    }

    /** {@code testdata/<area>}; aborts the test with a message when the property is not set. */
    static Path area(String area) {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null && !root.isBlank(),
                "system property dftk.testdata is not set (the parent pom sets it): golden cases not run");
        Path dir = Path.of(root).resolve(area);
        Assumptions.assumeTrue(Files.isDirectory(dir), "no test data at " + dir + ": golden cases not run");
        return dir;
    }

    /** The case directories of an area, sorted. */
    static List<Path> cases(Path area) throws IOException {
        try (Stream<Path> dirs = Files.list(area)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    static boolean updating() {
        return Boolean.getBoolean("dftk.updateGolden");
    }

    /** Asserts {@code actual} equals the golden file, or rewrites it when updating. */
    static void check(Path golden, String actual) throws IOException {
        if (updating()) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file %s is missing: run with -Ddftk.updateGolden=true and review it", golden)
                .exists();
        assertThat(actual).as("output differs from %s (-Ddftk.updateGolden=true rewrites it)", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}

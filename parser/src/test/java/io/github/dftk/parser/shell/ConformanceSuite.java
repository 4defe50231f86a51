package io.github.dftk.parser.shell;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/** Locates the shared BuildKit conformance data and turns case lists into dynamic tests. */
final class ConformanceSuite {

    private ConformanceSuite() {
    }

    /** Why the conformance data cannot be used, or null when it can. */
    private static String unavailable() {
        String shared = System.getProperty("dftk.shared");
        if (shared == null || shared.isBlank()) {
            return "system property dftk.shared is not set; BuildKit conformance data unavailable";
        }
        Path dir = conformanceDir(shared);
        return Files.isDirectory(dir) ? null : "BuildKit conformance data not found at " + dir.toAbsolutePath();
    }

    private static Path conformanceDir(String shared) {
        return Path.of(shared, "conformance");
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject json(Path file) {
        try {
            return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One dynamic test per case plus a summary that prints {@code label: N/M passed} and fails
     * unless every case that is not skipped passes. Without the data there is a single aborted
     * test saying why: an aborted factory would vanish from the report instead.
     */
    static Stream<DynamicTest> tests(String label, Function<Path, List<ConformanceCase>> loader) {
        String reason = unavailable();
        if (reason != null) {
            return Stream.of(DynamicTest.dynamicTest(label + ": data unavailable", () -> Assumptions.abort(reason)));
        }
        List<ConformanceCase> cases = loader.apply(conformanceDir(System.getProperty("dftk.shared")));
        List<DynamicTest> tests = new ArrayList<>();
        for (ConformanceCase c : cases) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                if (c.skipped()) {
                    Assumptions.abort(c.skipReason());
                }
                String failure = c.failure();
                if (failure != null) {
                    fail(failure);
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("summary: " + label, () -> summarize(label, cases)));
        return tests.stream();
    }

    private static void summarize(String label, List<ConformanceCase> cases) {
        int total = 0;
        int passed = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        for (ConformanceCase c : cases) {
            if (c.skipped()) {
                skipped++;
                continue;
            }
            total++;
            String failure = c.failure();
            if (failure == null) {
                passed++;
            } else {
                failures.add(c.name() + ": " + failure);
            }
        }
        System.out.println(label + ": " + passed + "/" + total + " passed");
        if (skipped > 0) {
            System.out.println(label + ": " + skipped + " skipped");
        }
        if (total == 0) {
            fail(label + ": no case ran");
        }
        if (passed != total) {
            fail(label + ": " + passed + "/" + total + " passed; failures:\n  " + String.join("\n  ", failures));
        }
    }
}

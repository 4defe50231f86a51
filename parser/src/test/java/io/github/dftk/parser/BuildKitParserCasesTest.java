package io.github.dftk.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own parser test files: every positive case dumps exactly as BuildKit's
 * {@code result}; every negative case is a syntax error.
 */
class BuildKitParserCasesTest {

    @TestFactory
    Stream<DynamicTest> positive() {
        return cases("conformance/buildkit-parser/positive").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                () -> {
                    ParseResult result = parse(dir.resolve("Dockerfile"));
                    assertThat(result.syntaxErrors()).as("syntax errors").isEmpty();
                    assertThat(BuildKitDump.of(result.dockerfile()))
                            .isEqualTo(Files.readString(dir.resolve("result")).replace("\r\n", "\n"));
                }));
    }

    @TestFactory
    Stream<DynamicTest> negative() {
        return cases("conformance/buildkit-parser/negative").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                () -> assertThat(parse(dir.resolve("Dockerfile")).syntaxErrors()).isNotEmpty()));
    }

    @Test
    void summary() {
        AtomicInteger passed = new AtomicInteger();
        List<String> failed = new ArrayList<>();
        List<Path> positive = cases("conformance/buildkit-parser/positive").toList();
        List<Path> negative = cases("conformance/buildkit-parser/negative").toList();
        for (Path dir : positive) {
            ParseResult result = parse(dir.resolve("Dockerfile"));
            boolean ok = result.syntaxErrors().isEmpty()
                    && BuildKitDump.of(result.dockerfile()).equals(read(dir.resolve("result")).replace("\r\n", "\n"));
            count(ok, dir, passed, failed);
        }
        for (Path dir : negative) {
            count(!parse(dir.resolve("Dockerfile")).syntaxErrors().isEmpty(), dir, passed, failed);
        }
        int total = positive.size() + negative.size();
        System.out.printf("buildkit-parser: %d/%d passed%n", passed.get(), total);
        assertThat(failed).as("failing cases").isEmpty();
    }

    private static void count(boolean ok, Path dir, AtomicInteger passed, List<String> failed) {
        if (ok) {
            passed.incrementAndGet();
        } else {
            failed.add(dir.getFileName().toString());
        }
    }

    static ParseResult parse(Path file) {
        try {
            return DockerfileParser.parse(Files.readAllBytes(file), ParseOptions.defaults().withSourceName(file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> cases(String relative) {
        Path root = SharedData.dir(relative);
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

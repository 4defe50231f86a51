package io.github.dftk.lint.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code testdata/lint/discovery/trees/<case>/}: the tree of {@code tree.txt} (format in the
 * README there) is built in a temporary directory and walked; {@code expected.txt} lists what is
 * found, in order. Rewrite with {@code -Ddftk.updateGolden=true} and review the diff.
 */
class DockerfileFinderCasesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        try (Stream<Path> dirs = Files.list(Path.of(root, "lint", "discovery", "trees"))) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
        }
    }

    private void check(Path dir) throws IOException {
        Path tree = Files.createDirectory(temp.resolve(dir.getFileName().toString()));
        Path walked = build(tree, Files.readAllLines(dir.resolve("tree.txt"), StandardCharsets.UTF_8));
        String actual = DockerfileFinder.find(walked).stream().map(path -> path.toString().replace('\\', '/') + "\n")
                .collect(Collectors.joining());
        Path expected = dir.resolve("expected.txt");
        if (Boolean.getBoolean("dftk.updateGolden")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as(expected.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    /** Builds the tree; returns the directory to walk. */
    private static Path build(Path tree, List<String> lines) throws IOException {
        Path walked = tree;
        Iterator<String> it = lines.iterator();
        while (it.hasNext()) {
            String line = it.next();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@walk ")) {
                walked = tree.resolve(line.substring("@walk ".length()));
            } else if (line.contains(" -> ")) {
                Path link = tree.resolve(line.substring(0, line.indexOf(" -> ")));
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(line.substring(line.indexOf(" -> ") + 4)));
            } else if (line.endsWith("/")) {
                Files.createDirectories(tree.resolve(line));
            } else if (line.endsWith(" <<")) {
                List<String> content = new ArrayList<>();
                for (String next = it.next(); !next.equals("<<"); next = it.next()) {
                    content.add(next + "\n");
                }
                write(tree.resolve(line.substring(0, line.length() - 3)), String.join("", content));
            } else {
                write(tree.resolve(line), "FROM scratch\n");
            }
        }
        return walked;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}

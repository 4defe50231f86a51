package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The module map of DESIGN.md, checked on the sources: a module refers only to the dftk
 * modules it may depend on (imports and fully qualified names alike), and ANTLR types
 * appear only in {@code grammar} and {@code parser}.
 */
class ArchitectureTest {

    /** dftk packages (second segment after io.github.dftk) each module may use, itself included. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "grammar", Set.of("grammar"),
            "ast", Set.of("ast"),
            "parser", Set.of("parser", "grammar", "ast"),
            "ir", Set.of("ir", "parser", "ast"),
            "lint", Set.of("lint", "ir", "parser", "ast"),
            "lsp-server", Set.of("lsp", "lint", "ir", "parser", "ast"),
            "bench", Set.of("bench", "lint", "ir", "parser", "ast"),
            "cli", Set.of("cli", "lsp", "bench", "lint", "ir", "parser", "ast"));

    private static final Set<String> ANTLR_ALLOWED = Set.of("grammar", "parser");

    private static final Pattern DFTK_REFERENCE = Pattern.compile("\\bio\\.github\\.dftk\\.([a-z]+)");
    private static final Pattern ANTLR_REFERENCE = Pattern.compile("\\borg\\.antlr\\.");

    @Test
    void modulesReferOnlyToModulesOnTheirLeft() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (Map.Entry<String, Set<String>> module : ALLOWED.entrySet()) {
            for (Path source : sources(module.getKey())) {
                files++;
                String text = Files.readString(source);
                Matcher m = DFTK_REFERENCE.matcher(text);
                while (m.find()) {
                    if (!module.getValue().contains(m.group(1))) {
                        violations.add(root().relativize(source) + " refers to io.github.dftk." + m.group(1));
                    }
                }
                if (!ANTLR_ALLOWED.contains(module.getKey()) && ANTLR_REFERENCE.matcher(text).find()) {
                    violations.add(root().relativize(source) + " uses ANTLR types (only grammar and parser may)");
                }
            }
        }
        assertThat(files).as("source files checked").isGreaterThan(50);
        assertThat(violations).isEmpty();
    }

    @Test
    void everyModuleIsInTheMap() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            List<String> modules = dirs.filter(d -> Files.isDirectory(d.resolve("src/main/java")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(modules);
        }
    }

    private static List<Path> sources(String module) throws IOException {
        Path dir = root().resolve(module).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Path root() {
        String root = System.getProperty("dftk.root");
        Assumptions.assumeTrue(root != null, "system property dftk.root is not set (run through Maven)");
        return Path.of(root);
    }
}

package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/lint/cli/<case>/}: runs {@code dftk lint} with the case directory as working
 * directory and home ({@code HOME}), so a {@code .hadolint.yaml} there is found as in a project.
 * <ul>
 * <li>{@code args}: the arguments after {@code lint}, one per line;</li>
 * <li>{@code env} (optional): {@code NAME=VALUE} lines, the whole environment besides {@code HOME};</li>
 * <li>{@code stdin} (optional): standard input;</li>
 * <li>{@code expected.out}, {@code expected.err}, {@code expected.exit}: what it must print and return.</li>
 * </ul>
 * The reports of {@code --output FILE} arguments are compared with {@code expected.FILE}; after a
 * usage error there must be none.
 */
class LintCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return Golden.cases(Golden.area("lint/cli")).stream().map(dir ->
                DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        List<String> args = Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", dir.toAbsolutePath().toString());
        for (String line : optional(dir.resolve("env")).lines().toList()) {
            int eq = line.indexOf('=');
            env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        byte[] stdin = optional(dir.resolve("stdin")).getBytes(StandardCharsets.UTF_8);
        List<String> outputs = outputs(args);
        for (String output : outputs) {
            Files.deleteIfExists(dir.resolve(output));
        }

        String[] command = Stream.concat(Stream.of("lint"), args.stream()).toArray(String[]::new);
        Cli.Result result = Cli.run(dir, stdin, env, command);

        Golden.check(dir.resolve("expected.out"), result.out());
        Golden.check(dir.resolve("expected.err"), result.err());
        Golden.check(dir.resolve("expected.exit"), result.exit() + "\n");
        for (String output : outputs) {
            Path written = dir.resolve(output);
            if (result.exit() == Main.EXIT_USAGE) {
                assertThat(written).as("no report after a usage error").doesNotExist();
                continue;
            }
            assertThat(written).as("report file written by --output").exists();
            Golden.check(dir.resolve("expected." + output), Files.readString(written, StandardCharsets.UTF_8));
            Files.delete(written);
        }
    }

    /** The file names given to {@code -o}/{@code --output}. */
    private static List<String> outputs(List<String> args) {
        return java.util.stream.IntStream.range(0, args.size() - 1)
                .filter(i -> args.get(i).equals("-o") || args.get(i).equals("--output"))
                .mapToObj(i -> args.get(i + 1)).toList();
    }

    private static String optional(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}

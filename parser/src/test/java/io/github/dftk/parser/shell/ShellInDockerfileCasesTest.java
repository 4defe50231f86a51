package io.github.dftk.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.CmdInstruction;
import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.EntrypointInstruction;
import io.github.dftk.ast.HealthcheckInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/shell-dockerfile/<case>/Dockerfile}: the shell scripts of its RUN, CMD,
 * ENTRYPOINT and HEALTHCHECK instructions, each word with its Dockerfile range and the text
 * found there, in {@code expected.txt}. Proves the script-to-Dockerfile position map
 * (continuations, comment lines, escape directive, here-documents).
 */
class ShellInDockerfileCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        Path dir = Path.of(root, "shell-dockerfile");
        boolean update = Boolean.getBoolean("dftk.updateGolden");
        try (Stream<Path> cases = Files.list(dir)) {
            return cases.filter(Files::isDirectory).sorted().toList().stream().map(c -> DynamicTest.dynamicTest(
                    c.getFileName().toString(), () -> {
                        ParseResult parsed = DockerfileParser.parse(Files.readAllBytes(c.resolve("Dockerfile")),
                                ParseOptions.defaults());
                        String actual = dump(parsed);
                        Path expected = c.resolve("expected.txt");
                        if (update) {
                            Files.writeString(expected, actual, StandardCharsets.UTF_8);
                        }
                        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                    }));
        }
    }

    private static String dump(ParseResult parsed) {
        StringBuilder out = new StringBuilder();
        for (Instruction instruction : parsed.dockerfile().instructions()) {
            Optional<ShellScript> script = script(parsed, instruction);
            if (script.isEmpty()) {
                continue;
            }
            out.append(instruction.syntax().keyword().text()).append(' ').append(instruction.syntax().range().start())
                    .append(" script ").append(quote(script.get().text())).append('\n');
            for (ParseProblem problem : script.get().problems()) {
                out.append("  problem ").append(script.get().range(problem)).append(' ').append(problem.message())
                        .append('\n');
            }
            for (SimpleCommand command : script.get().commands()) {
                out.append("  command ").append(script.get().range(command)).append('\n');
                List<ShellWord> words = new ArrayList<>();
                command.assignments().forEach(a -> words.add(a.word()));
                command.name().ifPresent(words::add);
                words.addAll(command.arguments());
                command.redirects().forEach(r -> words.add(r.target()));
                for (ShellWord word : words) {
                    SourceRange range = script.get().range(word);
                    String found = parsed.text().substring(range.startOffset(), range.endOffset());
                    out.append("    ").append(range).append(' ').append(quote(word.text()));
                    if (!found.equals(word.text())) {
                        out.append(" found ").append(quote(found));
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static Optional<ShellScript> script(ParseResult parsed, Instruction instruction) {
        Instruction actual = instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()
                ? onbuild.trigger().get() : instruction;
        if (actual instanceof RunInstruction run) {
            return ShellParser.parse(parsed, run);
        }
        Optional<CommandLine> command = actual instanceof CmdInstruction cmd ? Optional.of(cmd.command())
                : actual instanceof EntrypointInstruction entrypoint ? Optional.of(entrypoint.command())
                : actual instanceof HealthcheckInstruction healthcheck ? healthcheck.command() : Optional.empty();
        return command.filter(CommandLine.ShellForm.class::isInstance)
                .map(c -> ShellParser.parse(parsed, (CommandLine.ShellForm) c));
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("'", "\\'") + "'";
    }
}

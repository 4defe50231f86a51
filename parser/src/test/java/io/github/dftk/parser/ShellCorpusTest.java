package io.github.dftk.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.parser.shell.ParseProblem;
import io.github.dftk.parser.shell.ShellParser;
import io.github.dftk.parser.shell.ShellScript;
import io.github.dftk.parser.shell.ShellWord;
import io.github.dftk.parser.shell.SimpleCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every RUN of {@code corpus-dev} goes through the shell parser: no exception, and every word
 * on one line is found at its Dockerfile range. Prints how many scripts have parse problems
 * (real Dockerfiles contain broken shell too) with a sample of them.
 */
class ShellCorpusTest {

    @Test
    void everyRunParsesAndItsWordsMapBackToTheDockerfile() throws IOException {
        Path corpus = SharedData.dir("corpus-dev");
        int scripts = 0;
        int withProblems = 0;
        int words = 0;
        List<String> samples = new ArrayList<>();
        List<String> misplaced = new ArrayList<>();
        try (var paths = Files.list(corpus)) {
            for (Path file : paths.filter(CorpusFiles::isDockerfile).sorted().toList()) {
                ParseResult parsed = DockerfileParser.parse(Files.readAllBytes(file), ParseOptions.defaults());
                for (RunInstruction run : runs(parsed)) {
                    Optional<ShellScript> script = ShellParser.parse(parsed, run);
                    if (script.isEmpty()) {
                        continue;
                    }
                    scripts++;
                    if (script.get().hasProblems()) {
                        withProblems++;
                        ParseProblem first = script.get().problems().get(0);
                        if (samples.size() < 40) {
                            samples.add(file.getFileName() + ":" + script.get().range(first).start() + ": "
                                    + first.message());
                        }
                    }
                    for (SimpleCommand command : script.get().commands()) {
                        List<ShellWord> all = new ArrayList<>(command.arguments());
                        command.name().ifPresent(all::add);
                        command.assignments().forEach(a -> all.add(a.word()));
                        for (ShellWord word : all) {
                            words++;
                            SourceRange range = script.get().range(word);
                            String found = parsed.text().substring(range.startOffset(), range.endOffset());
                            if (range.startLine() == range.endLine() && !found.equals(word.text())
                                    && misplaced.size() < 20) {
                                misplaced.add(file.getFileName() + ":" + range + ": '" + word.text() + "' vs '"
                                        + found + "'");
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("shell-corpus: %d RUN scripts, %d with parse problems, %d words%n", scripts, withProblems,
                words);
        samples.forEach(s -> System.out.println("  " + s));
        assertThat(scripts).isPositive();
        assertThat(misplaced).as("words whose Dockerfile range holds other text").isEmpty();
    }

    private static List<RunInstruction> runs(ParseResult parsed) {
        List<RunInstruction> runs = new ArrayList<>();
        for (Instruction instruction : parsed.dockerfile().instructions()) {
            Instruction actual = instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()
                    ? onbuild.trigger().get() : instruction;
            if (actual instanceof RunInstruction run) {
                runs.add(run);
            }
        }
        return runs;
    }
}

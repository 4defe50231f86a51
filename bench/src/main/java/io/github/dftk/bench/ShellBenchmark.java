package io.github.dftk.bench;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import io.github.dftk.parser.shell.ShellParser;
import io.github.dftk.parser.shell.ShellScript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the shell analysis every lint run pays once per RUN: one operation parses
 * the script of every RUN of the corpus (ONBUILD triggers included) and collects its simple
 * commands, as lint rules always ask for them. The Dockerfiles are parsed at setup (see
 * {@link ParseBenchmark} for the corpus option). Run:
 * {@code java -jar bench/target/benchmarks.jar ShellBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ShellBenchmark {

    /** The corpus directory; empty means: system property {@code dftk.corpus}, else {@link ParseBenchmark#DEFAULT_CORPUS}. */
    @Param({""})
    public String corpus;

    /** A RUN and the parse result it belongs to. */
    private record Run(ParseResult parsed, RunInstruction run) {
    }

    private Run[] runs;

    @Setup
    public void load() throws IOException {
        String dir = corpus.isEmpty() ? System.getProperty("dftk.corpus", ParseBenchmark.DEFAULT_CORPUS) : corpus;
        Corpus files = Corpus.load(Path.of(dir));
        List<Run> found = new ArrayList<>();
        for (Corpus.Entry file : files.files()) {
            ParseResult parsed = DockerfileParser.parse(file.bytes(), ParseOptions.defaults());
            for (Instruction instruction : parsed.dockerfile().instructions()) {
                Instruction actual = instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()
                        ? onbuild.trigger().get() : instruction;
                if (actual instanceof RunInstruction run) {
                    found.add(new Run(parsed, run));
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no RUN under " + Path.of(dir).toAbsolutePath()
                    + ": set -p corpus=DIR or -Ddftk.corpus=DIR");
        }
        runs = found.toArray(Run[]::new);
        System.out.printf("%ncorpus %s: %d files, %d RUN instructions%n", Path.of(dir).toAbsolutePath().normalize(),
                files.files().size(), runs.length);
    }

    /** Every RUN's script parsed and its commands collected; returns the command count. */
    @Benchmark
    public long parse() {
        long commands = 0;
        for (Run run : runs) {
            Optional<ShellScript> script = ShellParser.parse(run.parsed(), run.run());
            if (script.isPresent()) {
                commands += script.get().commands().size();
            }
        }
        return commands;
    }
}

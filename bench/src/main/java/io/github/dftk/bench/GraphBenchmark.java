package io.github.dftk.bench;

import io.github.dftk.ir.BuildGraphs;
import io.github.dftk.ir.BuildOptions;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.io.IOException;
import java.nio.file.Path;
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
 * JMH benchmarks of the build graph over a whole corpus, one operation per pass over every
 * file (see {@link ParseBenchmark} for the corpus option): {@code graph} is what
 * {@code dftk bench graph} measures (bytes to lowered graph with digests), {@code lower} the
 * lowering alone over parse results made at setup. Run:
 * {@code java -jar bench/target/benchmarks.jar GraphBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GraphBenchmark {

    /** The corpus directory; empty means: system property {@code dftk.corpus}, else {@link ParseBenchmark#DEFAULT_CORPUS}. */
    @Param({""})
    public String corpus;

    private Corpus files;
    private ParseResult[] parsed;

    @Setup
    public void load() throws IOException {
        String dir = corpus.isEmpty() ? System.getProperty("dftk.corpus", ParseBenchmark.DEFAULT_CORPUS) : corpus;
        files = Corpus.load(Path.of(dir));
        if (files.files().isEmpty()) {
            throw new IllegalStateException("no files under " + Path.of(dir).toAbsolutePath()
                    + ": set -p corpus=DIR or -Ddftk.corpus=DIR");
        }
        parsed = files.files().stream().map(f -> DockerfileParser.parse(f.bytes(), ParseOptions.defaults()))
                .toArray(ParseResult[]::new);
        System.out.printf("%ncorpus %s: %d files, %d bytes%n", Path.of(dir).toAbsolutePath().normalize(),
                files.files().size(), files.totalBytes());
    }

    /** Bytes to build graph, as {@code dftk bench graph} does; returns the vertex count. */
    @Benchmark
    public long graph() {
        long vertices = 0;
        for (Corpus.Entry file : files.files()) {
            ParseResult result = DockerfileParser.parse(file.bytes(), ParseOptions.defaults().withSourceName(file.name()));
            vertices += BuildGraphs.lower(result, BuildOptions.defaults()).vertices().size();
        }
        return vertices;
    }

    /** Lowering and digests alone; returns the vertex count. */
    @Benchmark
    public long lower() {
        long vertices = 0;
        for (ParseResult result : parsed) {
            vertices += BuildGraphs.lower(result, BuildOptions.defaults()).vertices().size();
        }
        return vertices;
    }
}

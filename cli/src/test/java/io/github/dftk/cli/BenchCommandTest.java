package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void parsePrintsOneJsonLineWithSaneNumbers() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(dir.resolve("corpus/a.Dockerfile"), "FROM alpine\nRUN echo a\n");
        Files.writeString(corpus.resolve("b.Dockerfile"), "FROM alpine\nRUN <<EOF\nnever closed\n");
        Files.writeString(corpus.resolve("c.Dockerfile"), "FROM scratch\nCOPY . /\n");
        long bytes = Files.size(dir.resolve("corpus/a.Dockerfile")) + Files.size(corpus.resolve("b.Dockerfile"))
                + Files.size(corpus.resolve("c.Dockerfile"));

        Cli.Result r = Cli.run(dir, "bench", "parse", "corpus", "--passes", "3", "--warmup", "1");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).endsWith("\n").hasLineCount(1)
                .startsWith("{\"op\":\"parse\",\"files\":3,\"bytes\":" + bytes + ",\"passes\":3,\"ms\":");
        JsonObject line = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(line.keySet()).containsExactly("op", "files", "bytes", "passes", "ms", "files_per_s", "mb_per_s", "errors");
        assertThat(line.get("errors").getAsInt()).isEqualTo(1);
        double seconds = line.get("ms").getAsDouble() / 1000;
        assertThat(seconds).isPositive();
        assertThat(line.get("files_per_s").getAsDouble()).isCloseTo(3 * 3 / seconds, within(3 * 3 / seconds * 0.01 + 0.1));
        assertThat(line.get("mb_per_s").getAsDouble()).isCloseTo(bytes * 3 / 1e6 / seconds, within(bytes * 3 / 1e6 / seconds * 0.01 + 0.001));
    }

    @Test
    void defaultsAreTenTimedPasses() throws IOException {
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/Dockerfile"), "FROM alpine\n");
        JsonObject line = JsonParser.parseString(Cli.run(dir, "bench", "parse", "c").out()).getAsJsonObject();
        assertThat(line.get("passes").getAsInt()).isEqualTo(10);
        assertThat(line.get("errors").getAsInt()).isZero();
    }

    @Test
    void badDirectoriesAreUsageErrors() throws IOException {
        Cli.Result missing = Cli.run(dir, "bench", "parse", "nope");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("nope: cannot read corpus — no such directory — pass a directory of Dockerfiles\n");

        Files.writeString(dir.resolve("file"), "FROM a\n");
        assertThat(Cli.run(dir, "bench", "parse", "file").err()).contains("not a directory");

        Files.createDirectories(dir.resolve("empty"));
        Cli.Result empty = Cli.run(dir, "bench", "parse", "empty");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).startsWith("empty: nothing to measure — ");
        assertThat(empty.out()).isEmpty();
    }

    @Test
    void badArgumentsAreUsageErrors() throws IOException {
        Files.createDirectories(dir.resolve("c"));
        Cli.Result op = Cli.run(dir, "bench", "lnit", "c");
        assertThat(op.exit()).isEqualTo(2);
        assertThat(op.err()).contains("unknown operation 'lnit' — expected one of: parse");

        Cli.Result passes = Cli.run(dir, "bench", "parse", "c", "--passes", "0");
        assertThat(passes.exit()).isEqualTo(2);
        assertThat(passes.err()).contains("--passes must be at least 1");

        assertThat(Cli.run(dir, "bench", "parse", "c", "--warmup", "-1").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "bench", "parse", "c", "--passes", "many").exit()).isEqualTo(2);
    }
}

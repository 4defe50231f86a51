package io.github.dftk.bench;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRunnerTest {

    @TempDir
    Path dir;

    @Test
    void loadsRegularFilesRecursivelyInPathOrderAndSkipsHugeOnes() throws IOException {
        Files.writeString(dir.resolve("b.Dockerfile"), "FROM b\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.Dockerfile"), "FROM a\n");
        Files.writeString(dir.resolve("a.Dockerfile"), "FROM alpine\nRUN true\n");
        Files.write(dir.resolve("huge"), new byte[(int) Corpus.MAX_FILE_BYTES + 1]);

        Corpus corpus = Corpus.load(dir);

        assertThat(corpus.files()).extracting(Corpus.Entry::name)
                .containsExactly("a.Dockerfile", "b.Dockerfile", "sub/a.Dockerfile");
        assertThat(corpus.totalBytes()).isEqualTo(21 + 7 + 7);
    }

    @Test
    void loadingSomethingThatIsNotADirectoryFails() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM a\n");
        assertThatThrownBy(() -> Corpus.load(file)).isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void parseRunCountsFilesBytesAndSyntaxErrors() throws IOException {
        Files.writeString(dir.resolve("ok"), "FROM alpine\nRUN echo hi\n");
        Files.writeString(dir.resolve("bad"), "FROM alpine\nRUN <<EOF\necho never ends\n");
        Corpus corpus = Corpus.load(dir);

        ThroughputReport report = CorpusRunner.run(CorpusOp.PARSE, corpus, 3, 1, Duration.ofMinutes(1));

        assertThat(report.op()).isEqualTo("parse");
        assertThat(report.files()).isEqualTo(2);
        assertThat(report.bytes()).isEqualTo(corpus.totalBytes());
        assertThat(report.passes()).isEqualTo(3);
        assertThat(report.errors()).isEqualTo(1);
        assertThat(report.nanos()).isPositive();
        assertThat(report.megabytesPerSecond())
                .isCloseTo(report.bytes() * 3 / 1e6 / (report.nanos() / 1e9), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.filesPerSecond()).isPositive();
    }

    @Test
    void rejectsNonsensicalPassCounts() {
        Corpus empty = new Corpus(dir, java.util.List.of());
        assertThatThrownBy(() -> CorpusRunner.run(CorpusOp.PARSE, empty, 0, 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CorpusRunner.run(CorpusOp.PARSE, empty, 1, -1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void opsAreFoundByTheirCommandLineId() {
        for (CorpusOp op : CorpusOp.values()) {
            assertThat(CorpusOp.byId(op.id())).containsSame(op);
        }
        assertThat(CorpusOp.byId("nope")).isEmpty();
    }
}

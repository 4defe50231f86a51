package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

    @TempDir
    Path dir;

    private static final String DOCKERFILE = """
            FROM golang:1.22 AS build
            WORKDIR /src
            COPY . .
            RUN go build -o /out/app .
            FROM alpine AS final
            COPY --from=build /out/app /app
            """;

    @Test
    void textShowsStagesLevelsAndCriticalPath() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        Cli.Result r = Cli.run(dir, "graph", "Dockerfile");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("stage 0 build FROM golang:1.22", "stage 1 final FROM alpine", "parallel levels",
                "critical path");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonHasTheDocumentedTopLevelMembers() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        Cli.Result r = Cli.run(dir, "graph", "-f", "json", "--build-arg", "X=1", "--platform", "linux/arm64",
                "--build-context", "golang:1.22=docker-image://golang:1.23", "Dockerfile");
        assertThat(r.exit()).isZero();
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(json.keySet()).containsExactly("schemaVersion", "file", "target", "buildPlatform", "targetPlatform",
                "buildArgs", "buildContexts", "stages", "vertices", "levels", "criticalPath", "diagnostics");
        assertThat(json.get("targetPlatform").getAsString()).isEqualTo("linux/arm64");
        assertThat(json.getAsJsonObject("buildContexts").get("golang:1.22").getAsString())
                .isEqualTo("docker-image://golang:1.23");
        assertThat(json.getAsJsonArray("vertices").get(0).getAsJsonObject().getAsJsonObject("op").get("ref")
                .getAsString()).isEqualTo("docker.io/library/golang:1.23");
        assertThat(json.getAsJsonArray("stages")).hasSize(2);
    }

    @Test
    void dotAndMermaidRender() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        assertThat(Cli.run(dir, "graph", "-f", "dot", "Dockerfile").out()).startsWith("digraph build {")
                .contains("subgraph cluster_0", "->");
        assertThat(Cli.run(dir, "graph", "-f", "mermaid", "Dockerfile").out()).startsWith("flowchart TD")
                .contains("subgraph s1", "-->|");
    }

    @Test
    void targetPrunesStagesAndUnknownTargetIsAnError() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        assertThat(Cli.run(dir, "graph", "--target", "build", "Dockerfile").out())
                .contains("stage 1 final FROM alpine  (not needed for the target)");
        Cli.Result unknown = Cli.run(dir, "graph", "--target", "nope", "Dockerfile");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("target stage \"nope\" could not be found");
    }

    @Test
    void diffTellsCachedFromRebuiltSteps() throws IOException {
        Files.writeString(dir.resolve("old"), DOCKERFILE);
        Files.writeString(dir.resolve("new"), DOCKERFILE.replace("RUN go build -o /out/app .",
                "RUN go build -trimpath -o /out/app ."));
        Cli.Result r = Cli.run(dir, "graph", "diff", "old", "new");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 changed", "1 rebuilt", "1 removed").contains("changed #").contains("cached ");
        Cli.Result json = Cli.run(dir, "graph", "diff", "-f", "json", "old", "new");
        JsonObject summary = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonObject("summary");
        assertThat(summary.get("changed").getAsInt()).isEqualTo(1);
        assertThat(summary.get("rebuilt").getAsInt()).isEqualTo(1);
    }

    @Test
    void badPlatformIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        Cli.Result r = Cli.run(dir, "graph", "--platform", "linux/", "Dockerfile");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--platform linux/: not a platform");
    }
}

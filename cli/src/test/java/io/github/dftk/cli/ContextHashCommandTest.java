package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dftk context-hash}, run in-process on temporary contexts. */
class ContextHashCommandTest {

    private static final String DOCKERFILE = """
            FROM alpine
            COPY src/ /src/
            COPY config.json /etc/app/
            COPY *.md /docs/
            """;

    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    @TempDir
    Path tmp;

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A context whose files are created in the given order. */
    private Path context(String name, List<String> order) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Dockerfile", DOCKERFILE);
        files.put("src/main.c", "int main(){return 0;}\n");
        files.put("src/util/strings.c", "/* strings */\n");
        files.put("config.json", "{}\n");
        files.put("README.md", "# app\n");
        files.put("notes/todo.txt", "later\n");
        files.put(".dockerignore", "notes\n*.log\n");
        Path root = tmp.resolve(name);
        for (String path : order) {
            write(root, path, files.get(path));
        }
        return root;
    }

    private Path context() throws IOException {
        return context("ctx", List.of("Dockerfile", "src/main.c", "src/util/strings.c", "config.json", "README.md",
                "notes/todo.txt", ".dockerignore"));
    }

    /** Every {@code sha256:…} in the output, in order: context, used, then per instruction and source. */
    private static List<String> digests(String out) {
        List<String> all = new ArrayList<>();
        Matcher m = DIGEST.matcher(out);
        while (m.find()) {
            all.add(m.group());
        }
        return all;
    }

    @Test
    void printsTheContextDigestCountsAndEveryCopyWithItsSources() throws IOException {
        context();
        Cli.Result r = Cli.run(tmp, "context-hash", "ctx");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).matches("context  sha256:[0-9a-f]{64}  6 files  \\d+ bytes  ctx/.dockerignore \\(2 patterns\\)");
        assertThat(lines.get(1)).matches("used     sha256:[0-9a-f]{64}  4 files  \\d+ bytes");
        assertThat(lines.get(2)).matches("ctx/Dockerfile:2  COPY src/ /src/  sha256:[0-9a-f]{64}  2 files  36 bytes");
        assertThat(lines.get(3)).matches("  src/  sha256:[0-9a-f]{64}  2 files  36 bytes");
        assertThat(lines.get(4)).startsWith("ctx/Dockerfile:3  COPY config.json /etc/app/  sha256:");
        assertThat(lines.get(6)).startsWith("ctx/Dockerfile:4  COPY *.md /docs/  sha256:");
        assertThat(lines).hasSize(8);
    }

    @Test
    void theDigestIsStableAcrossRunsAndFileCreationOrder() throws IOException {
        context("one", List.of("Dockerfile", "src/main.c", "src/util/strings.c", "config.json", "README.md",
                "notes/todo.txt", ".dockerignore"));
        context("two", List.of(".dockerignore", "notes/todo.txt", "README.md", "config.json", "src/util/strings.c",
                "src/main.c", "Dockerfile"));
        Files.setLastModifiedTime(tmp.resolve("two/src/main.c"), FileTime.fromMillis(86_400_000L));
        String first = Cli.run(tmp, "context-hash", "one").out();
        assertThat(Cli.run(tmp, "context-hash", "one").out()).isEqualTo(first);
        assertThat(digests(Cli.run(tmp, "context-hash", "two").out())).isEqualTo(digests(first)).hasSize(8);
    }

    @Test
    void ignoredFilesDoNotChangeAnything() throws IOException {
        Path ctx = context();
        String before = Cli.run(tmp, "context-hash", "ctx").out();
        write(ctx, "notes/todo.txt", "changed\n");
        write(ctx, "notes/more.txt", "new\n");
        write(ctx, "debug.log", "noise\n");
        assertThat(Cli.run(tmp, "context-hash", "ctx").out()).isEqualTo(before);
    }

    @Test
    void changingAFileChangesTheContextDigestAndOnlyTheCopiesThatReadIt() throws IOException {
        Path ctx = context();
        List<String> before = digests(Cli.run(tmp, "context-hash", "ctx").out());
        write(ctx, "src/util/strings.c", "/* faster strings */\n");
        List<String> after = digests(Cli.run(tmp, "context-hash", "ctx").out());
        // context, used, COPY src/ (+ its source), COPY config.json (+ source), COPY *.md (+ source)
        assertThat(after.get(0)).isNotEqualTo(before.get(0));
        assertThat(after.get(1)).isNotEqualTo(before.get(1));
        assertThat(after.subList(2, 4)).doesNotContainAnyElementsOf(before.subList(2, 4));
        assertThat(after.subList(4, 8)).isEqualTo(before.subList(4, 8));

        Files.setPosixFilePermissions(ctx.resolve("config.json"), PosixFilePermissions.fromString("rwx------"));
        List<String> chmod = digests(Cli.run(tmp, "context-hash", "ctx").out());
        assertThat(chmod.get(4)).as("mode bits count").isNotEqualTo(after.get(4));
        assertThat(chmod.subList(2, 4)).isEqualTo(after.subList(2, 4));
    }

    @Test
    void aMissingSourceFailsAsABuildWouldWithItsPosition() throws IOException {
        Path ctx = context();
        write(ctx, "Dockerfile", "FROM alpine\nCOPY src/ /src/\nCOPY app.jar /app/\n");
        Cli.Result r = Cli.run(tmp, "context-hash", "ctx");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("ctx/Dockerfile:3  COPY app.jar /app/  -\n  app.jar  \"/app.jar\": not found\n");
        assertThat(r.err()).isEqualTo("ctx/Dockerfile:3:6: failed to compute cache key: \"/app.jar\": not found — "
                + "COPY reads \"app.jar\" from the build context, and it is not there — create it, or fix the path "
                + "(it is relative to the context directory ctx, not to the Dockerfile)\n");
    }

    @Test
    void aSourceExcludedByDockerignoreSaysWhichLine() throws IOException {
        Path ctx = context();
        write(ctx, "Dockerfile", "FROM alpine\nCOPY notes/todo.txt /\n");
        Cli.Result r = Cli.run(tmp, "context-hash", "ctx");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("ctx/Dockerfile:2:6: failed to compute cache key: \"/notes/todo.txt\": not found")
                .endsWith("— ctx/.dockerignore:1 (\"notes\") excludes it: remove that line, or add an exception "
                        + "!notes/todo.txt\n");
    }

    @Test
    void wildcardsMayMatchNothingButTheirDirectoryMustBeSent() throws IOException {
        Path ctx = context();
        Files.createDirectories(ctx.resolve("fixtures"));
        write(ctx, "Dockerfile", "FROM alpine\nCOPY yarn.loc[k] *.nothing /\nCOPY fixtures/*.sh /f/\n");
        Cli.Result r = Cli.run(tmp, "context-hash", "ctx");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("  yarn.loc[k]  sha256:", "  fixtures/*.sh  lstat /fixtures: no such file or directory");
        assertThat(r.err()).startsWith("ctx/Dockerfile:3:6: lstat /fixtures: no such file or directory — BuildKit sends "
                + "/fixtures only when the build uses something inside it").contains("fixture[s]/...");
    }

    @Test
    void buildArgsExpandSources() throws IOException {
        Path ctx = context();
        write(ctx, "Dockerfile", "ARG CONFIG=config.json\nFROM alpine\nARG CONFIG\nCOPY $CONFIG /etc/\n");
        write(ctx, "other.json", "{\"other\": true}\n");
        Cli.Result defaults = Cli.run(tmp, "context-hash", "ctx");
        assertThat(defaults.out()).contains("  config.json  sha256:");
        Cli.Result overridden = Cli.run(tmp, "context-hash", "--build-arg", "CONFIG=other.json", "ctx");
        assertThat(overridden.exit()).isZero();
        assertThat(overridden.out()).contains("  other.json  sha256:");
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        context();
        Cli.Result r = Cli.run(tmp, "context-hash", "--format", "json", "--build-arg", "X=1", "ctx");
        assertThat(r.exit()).isZero();
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(doc.get("schema").getAsString()).isEqualTo("dftk.context-hash/v1");
        JsonObject context = doc.getAsJsonObject("context");
        assertThat(context.get("path").getAsString()).isEqualTo("ctx");
        assertThat(context.get("digest").getAsString()).matches(DIGEST.pattern());
        assertThat(context.get("files").getAsInt()).isEqualTo(6);
        assertThat(context.get("directories").getAsInt()).isEqualTo(2);
        assertThat(context.getAsJsonObject("dockerignore").get("patterns").getAsInt()).isEqualTo(2);
        assertThat(doc.getAsJsonObject("used").getAsJsonArray("paths").toString())
                .isEqualTo("[\"*.md\",\"config.json\",\"src\"]");
        assertThat(doc.get("dockerfile").getAsString()).isEqualTo("ctx/Dockerfile");
        assertThat(doc.getAsJsonObject("buildArgs").get("X").getAsString()).isEqualTo("1");
        JsonArray instructions = doc.getAsJsonArray("instructions");
        assertThat(instructions).hasSize(3);
        JsonObject copy = instructions.get(0).getAsJsonObject();
        assertThat(copy.get("keyword").getAsString()).isEqualTo("COPY");
        assertThat(copy.get("line").getAsInt()).isEqualTo(2);
        assertThat(copy.get("built").getAsBoolean()).isTrue();
        assertThat(copy.get("files").getAsInt()).isEqualTo(2);
        JsonObject source = copy.getAsJsonArray("sources").get(0).getAsJsonObject();
        assertThat(source.get("written").getAsString()).isEqualTo("src/");
        assertThat(source.get("kind").getAsString()).isEqualTo("context");
        assertThat(source.get("column").getAsInt()).isEqualTo(6);
        assertThat(source.get("digest").getAsString()).isEqualTo(copy.get("digest").getAsString());
        assertThat(source.getAsJsonArray("matches").toString()).isEqualTo("[\"src\"]");
        assertThat(doc.getAsJsonArray("problems")).isEmpty();
        assertThat(r.out()).doesNotContain("null");
    }

    @Test
    void copyingEverythingGivesTheContextDigest() throws IOException {
        Path ctx = context();
        write(ctx, "Dockerfile", "FROM alpine\nCOPY . /app/\n");
        List<String> d = digests(Cli.run(tmp, "context-hash", "ctx").out());
        assertThat(d).hasSize(4);
        assertThat(d).containsOnly(d.get(0));
    }

    @Test
    void theDockerfileSpecificIgnoreFileAndOtherDockerfiles() throws IOException {
        Path ctx = context();
        write(ctx, "build/app.Dockerfile", "FROM alpine\nCOPY notes/ /notes/\n");
        write(ctx, "build/app.Dockerfile.dockerignore", "*.log\n");
        Cli.Result r = Cli.run(tmp, "context-hash", "-f", "ctx/build/app.Dockerfile", "ctx");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ctx/build/app.Dockerfile.dockerignore (1 pattern)",
                "ctx/build/app.Dockerfile:2  COPY notes/ /notes/  sha256:");

        Cli.Result stdin = Cli.run(tmp, "FROM alpine\nCOPY src /src\n".getBytes(StandardCharsets.UTF_8),
                "context-hash", "-f", "-", "ctx");
        assertThat(stdin.exit()).isZero();
        assertThat(stdin.out()).contains("<stdin>:2  COPY src /src  sha256:", "ctx/.dockerignore (2 patterns)");
    }

    @Test
    void aDockerignoreBuildKitRejectsFailsWithItsLine() throws IOException {
        Path ctx = context();
        write(ctx, ".dockerignore", "notes\n!\n");
        Cli.Result r = Cli.run(tmp, "context-hash", "ctx");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("ctx/.dockerignore:2:1: illegal exclusion pattern: \"!\" — BuildKit rejects the "
                + "whole .dockerignore, so the build fails before the context is sent — write the path to re-include "
                + "after the \"!\", or delete the line\n");
    }

    @Test
    void unreadableInputsAndBadUsageExitTwoWithoutAStackTrace() throws IOException {
        context();
        Cli.Result noDir = Cli.run(tmp, "context-hash", "nope");
        assertThat(noDir.exit()).isEqualTo(2);
        assertThat(noDir.err()).isEqualTo("nope: cannot read the build context — no such directory — pass the "
                + "directory that holds the files the build uses\n");

        Files.createDirectories(tmp.resolve("empty"));
        Cli.Result noDockerfile = Cli.run(tmp, "context-hash", "empty");
        assertThat(noDockerfile.exit()).isEqualTo(2);
        assertThat(noDockerfile.err()).isEqualTo("empty/Dockerfile: cannot read file — no such file — check the path\n");

        Cli.Result file = Cli.run(tmp, "context-hash", "ctx/config.json");
        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.err()).contains("not a directory");

        assertThat(Cli.run(tmp, "context-hash").exit()).isEqualTo(2);
        Cli.Result format = Cli.run(tmp, "context-hash", "--format", "yaml", "ctx");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("yaml", "text, json").doesNotContain("\tat ");
        Cli.Result arg = Cli.run(tmp, "context-hash", "--build-arg", "=x", "ctx");
        assertThat(arg.exit()).isEqualTo(2);
        assertThat(arg.err()).contains("--build-arg '=x' has no name").doesNotContain("\tat ");
    }

    @Test
    void theLowerCaseDockerfileIsTheFallback() throws IOException {
        Path ctx = tmp.resolve("lower");
        write(ctx, "dockerfile", "FROM alpine\nCOPY a /\n");
        write(ctx, "a", "a");
        Cli.Result r = Cli.run(tmp, "context-hash", "lower");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("lower/dockerfile:2  COPY a /  sha256:");
    }

    @Test
    void parseErrorsAndUnbuiltStagesAreReported() throws IOException {
        Path ctx = context();
        write(ctx, "Dockerfile", "FROM alpine AS unused\nCOPY gone.txt /\nFROM alpine\nCOPY src /src\nFORM x\n");
        Cli.Result r = Cli.run(tmp, "context-hash", "ctx");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("ctx/Dockerfile:2  COPY gone.txt /  -  (stage unused is not built by default)");
        assertThat(r.err()).contains("ctx/Dockerfile:5:1: unknown instruction: FORM",
                "ctx/Dockerfile:2:6: warning: failed to compute cache key: \"/gone.txt\": not found — ",
                "(stage unused is not built for the default target");
    }

    /** The proposal's H1–H3 examples (../shared/proposals/context-hash.md). */
    @Test
    void proposalExamples() throws IOException {
        Path ctx = tmp.resolve("h");
        write(ctx, "Dockerfile", "FROM alpine\nCOPY src/ /src/\n");
        write(ctx, "src/main.c", "int main(){return 0;}\n");
        write(ctx, "docs/notes.md", "hello\n");
        write(ctx, ".dockerignore", "docs/notes.md\n");
        List<String> h1 = digests(Cli.run(tmp, "context-hash", "h").out());

        Files.setLastModifiedTime(ctx.resolve("src/main.c"), FileTime.fromMillis(0));
        assertThat(digests(Cli.run(tmp, "context-hash", "h").out())).as("H1: touch changes nothing").isEqualTo(h1);
        write(ctx, "docs/notes.md", "edited\n");
        assertThat(digests(Cli.run(tmp, "context-hash", "h").out())).as("H2: an ignored file").isEqualTo(h1);

        write(ctx, "Dockerfile", "FROM alpine\nCOPY src/ /src/\nRUN true\n");
        List<String> h3 = digests(Cli.run(tmp, "context-hash", "h").out());
        assertThat(h3.get(0)).as("the Dockerfile is part of the context").isNotEqualTo(h1.get(0));
        assertThat(h3.get(1)).as("H3: used paths exclude the Dockerfile").isEqualTo(h1.get(1));
        write(ctx, "Dockerfile", "FROM alpine\nCOPY src/ /src/\nCOPY docs/ /docs/\n");
        assertThat(digests(Cli.run(tmp, "context-hash", "h").out()).get(1)).as("H3: a new COPY changes them")
                .isNotEqualTo(h1.get(1));

        write(ctx, "src/main.c", "int main(){return 1;}\n");
        assertThat(digests(Cli.run(tmp, "context-hash", "h").out()).get(0)).isNotEqualTo(h3.get(0));
        Files.delete(ctx.resolve(".dockerignore"));
        assertThat(Cli.run(tmp, "context-hash", "h").out()).contains("context  sha256:", "3 files");
    }
}

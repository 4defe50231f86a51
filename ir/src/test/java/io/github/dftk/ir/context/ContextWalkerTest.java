package io.github.dftk.ir.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextWalkerTest {

    @TempDir
    Path tmp;

    private static Path write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static ContextTree walk(Path root) throws ContextException {
        DockerIgnore ignore = IgnoreFile.find(root, root.resolve("Dockerfile")).isPresent()
                ? IgnoreFile.find(root, root.resolve("Dockerfile")).get().read(".dockerignore")
                : DockerIgnore.none();
        return ContextWalker.walk(root, "ctx", ignore);
    }

    private static List<String> paths(ContextTree tree) {
        return tree.entries().stream().map(e -> e.type().token() + " " + e.path()).toList();
    }

    /** The proposal's H1/H2 context. */
    private Path proposalContext() throws IOException {
        Path ctx = tmp.resolve("h");
        write(ctx, "Dockerfile", "FROM alpine\nCOPY src/ /src/\n");
        write(ctx, "src/main.c", "int main(){return 0;}\n");
        write(ctx, "docs/notes.md", "hello\n");
        write(ctx, ".dockerignore", "docs/notes.md\n");
        return ctx;
    }

    @Test
    void walksDepthFirstWithNamesInByteOrderAndSkipsIgnoredFiles() throws Exception {
        ContextTree tree = walk(proposalContext());
        assertThat(paths(tree)).containsExactly("file .dockerignore", "file Dockerfile", "dir docs", "dir src",
                "file src/main.c");
        ContextEntry main = tree.entry("src/main.c").orElseThrow();
        assertThat(main.size()).isEqualTo(22);
        assertThat(main.contentDigest()).isEqualTo(
                "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest("int main(){return 0;}\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(tree.below("src")).extracting(ContextEntry::path).containsExactly("src/main.c");
        assertThat(tree.below("")).hasSize(5);
    }

    @Test
    void theDigestIgnoresTimesAndCreationOrderButNotContentOrModes() throws Exception {
        Path a = tmp.resolve("a");
        write(a, "z.txt", "z");
        write(a, "dir/b.txt", "b");
        write(a, "dir/a.txt", "a");
        Path b = tmp.resolve("b");
        write(b, "dir/a.txt", "a");
        write(b, "dir/b.txt", "b");
        write(b, "z.txt", "z");
        String digest = walk(a).digest().digest();
        assertThat(digest).matches("sha256:[0-9a-f]{64}").isEqualTo(walk(b).digest().digest());

        Files.setLastModifiedTime(b.resolve("z.txt"), FileTime.fromMillis(0));
        assertThat(walk(b).digest().digest()).as("mtime is not hashed").isEqualTo(digest);

        Files.setPosixFilePermissions(b.resolve("z.txt"), PosixFilePermissions.fromString("rwxr-xr-x"));
        String executable = walk(b).digest().digest();
        assertThat(executable).as("mode is hashed").isNotEqualTo(digest);

        Files.setPosixFilePermissions(b.resolve("z.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(a.resolve("z.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(walk(b).digest().digest()).isEqualTo(walk(a).digest().digest());
        write(b, "z.txt", "Z");
        assertThat(walk(b).digest().digest()).as("content is hashed").isNotEqualTo(walk(a).digest().digest());
    }

    @Test
    void editingAnIgnoredFileChangesNothingDeletingTheIgnoreFileDoes() throws Exception {
        Path ctx = proposalContext();
        String before = walk(ctx).digest().digest();
        write(ctx, "docs/notes.md", "edited\n");
        assertThat(walk(ctx).digest().digest()).isEqualTo(before);
        Files.delete(ctx.resolve(".dockerignore"));
        ContextTree after = walk(ctx);
        assertThat(after.digest().digest()).isNotEqualTo(before);
        assertThat(after.entry("docs/notes.md")).isPresent();
    }

    @Test
    void symlinksAreRecordedNotFollowed() throws Exception {
        Path ctx = tmp.resolve("links");
        write(ctx, "real/file.txt", "x");
        Path outside = write(tmp, "outside/secret.txt", "secret");
        Files.createSymbolicLink(ctx.resolve("out"), outside.getParent());
        Files.createSymbolicLink(ctx.resolve("rel"), Path.of("real/file.txt"));
        ContextTree tree = walk(ctx);
        assertThat(paths(tree)).containsExactly("symlink out", "dir real", "file real/file.txt", "symlink rel");
        assertThat(tree.entry("rel").orElseThrow().linkTarget()).isEqualTo("real/file.txt");
        assertThat(tree.entry("out").orElseThrow().mode()).isEqualTo(0777);
        assertThat(tree.entries()).noneMatch(e -> e.path().contains("secret"));
    }

    @Test
    void anExcludedDirectoryIsSentOnlyWhenAnExceptionReincludesSomethingInside() throws Exception {
        Path ctx = tmp.resolve("exceptions");
        write(ctx, "docs/README.md", "r");
        write(ctx, "docs/other.md", "o");
        write(ctx, "logs/a.log", "a");
        write(ctx, ".dockerignore", "docs\nlogs\n!docs/README.md\n");
        assertThat(paths(walk(ctx))).containsExactly("file .dockerignore", "dir docs", "file docs/README.md");
    }

    @Test
    void aWildcardExceptionMakesTheWalkLookEverywhere() throws Exception {
        Path ctx = tmp.resolve("python");
        write(ctx, "top.py", "t");
        write(ctx, "sub/deep/x.py", "x");
        write(ctx, "sub/notes.txt", "n");
        write(ctx, ".dockerignore", "**\n!**/*.py\n");
        assertThat(paths(walk(ctx))).containsExactly("dir sub", "dir sub/deep", "file sub/deep/x.py", "file top.py");
    }

    @Test
    void emptyDirectoriesAndByteOrderOfNames() throws Exception {
        Path ctx = tmp.resolve("order");
        Files.createDirectories(ctx.resolve("a"));
        write(ctx, "a.txt", "");
        write(ctx, "B", "");
        write(ctx, "a-b", "");
        write(ctx, "\u00e9", "");
        assertThat(paths(walk(ctx))).containsExactly("file B", "dir a", "file a-b", "file a.txt", "file \u00e9");
    }

    @Test
    void theDockerfileSpecificIgnoreFileWinsUnlessItIsEmpty() throws Exception {
        Path ctx = tmp.resolve("override");
        write(ctx, "Dockerfile", "FROM scratch\n");
        write(ctx, ".dockerignore", "foo\n");
        write(ctx, "Dockerfile.dockerignore", "bar\n");
        IgnoreFile found = IgnoreFile.find(ctx, ctx.resolve("Dockerfile")).orElseThrow();
        assertThat(found.dockerfileSpecific()).isTrue();
        assertThat(found.read("x").patterns()).extracting(IgnorePattern::pattern).containsExactly("bar");

        Files.writeString(ctx.resolve("Dockerfile.dockerignore"), "");
        IgnoreFile fallback = IgnoreFile.find(ctx, ctx.resolve("Dockerfile")).orElseThrow();
        assertThat(fallback.dockerfileSpecific()).isFalse();
        assertThat(fallback.path().getFileName().toString()).isEqualTo(".dockerignore");

        write(tmp, "elsewhere/app.Dockerfile.dockerignore", "baz\n");
        IgnoreFile nextToDockerfile = IgnoreFile.find(ctx, tmp.resolve("elsewhere/app.Dockerfile")).orElseThrow();
        assertThat(nextToDockerfile.path()).isEqualTo(tmp.resolve("elsewhere/app.Dockerfile.dockerignore"));
        assertThat(IgnoreFile.find(tmp.resolve("elsewhere"), null)).isEmpty();
    }

    @Test
    void aMissingContextIsAnUnreadableInput() {
        ContextException e = catchThrowableOfType(
                () -> ContextWalker.walk(tmp.resolve("nope"), "nope", DockerIgnore.none()), ContextException.class);
        assertThat(e.problem().isUnreadable()).isTrue();
        assertThat(e.getMessage()).isEqualTo("nope: cannot read the build context — no such directory — "
                + "pass the directory that holds the files the build uses");
    }

    @Test
    void anUnreadableFileThatWouldBeSentIsAnErrorAnIgnoredOneIsNot() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: every file is readable, so this case cannot be set up");
        Path ctx = tmp.resolve("perm");
        Path secret = write(ctx, "secret.key", "k");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        ContextException e = catchThrowableOfType(() -> walk(ctx), ContextException.class);
        assertThat(e.getMessage()).isEqualTo("ctx/secret.key: cannot read — permission denied — a build would send "
                + "it and fail: fix its permissions, or add /secret.key to .dockerignore");
        write(ctx, ".dockerignore", "secret.key\n");
        assertThat(paths(walk(ctx))).containsExactly("file .dockerignore");
    }
}

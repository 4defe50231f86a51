package io.github.dftk.ir.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceSelectorTest {

    /** A context in walk order. */
    private static final ContextTree TREE = new ContextTree(List.of(
            dir("a"), file("a/package.json"),
            link("abs", "/real"),
            dir("b"), file("b/package.json"), file("b/readme.md"),
            link("dangling", "nowhere"),
            dir("docs"), file("docs/a.md"), file("docs/b.txt"), dir("docs/sub"), file("docs/sub/c.md"),
            dir("empty"),
            link("link-to-file", "real/file.txt"),
            link("linkdir", "real"),
            link("loop1", "loop2"), link("loop2", "loop1"),
            dir("real"), file("real/file.txt"),
            dir("src"), file("src/a.c"), file("src/b.c"), dir("src/sub"), file("src/sub/c.c"), file("src/x.h"),
            file("top.txt")));

    private static ContextEntry file(String path) {
        return new ContextEntry(path, EntryType.FILE, 0644, path.length(), "sha256:" + "0".repeat(64), "");
    }

    private static ContextEntry dir(String path) {
        return new ContextEntry(path, EntryType.DIRECTORY, 0755, 0, "", "");
    }

    private static ContextEntry link(String path, String target) {
        return new ContextEntry(path, EntryType.SYMLINK, 0777, 0, "", target);
    }

    private static SourceSelection select(String source) throws ContextException {
        return new SourceSelector(TREE, null).select(source, false, DockerIgnore.none());
    }

    private static List<String> paths(SourceSelection s) {
        List<String> out = new ArrayList<>();
        s.entries().forEach(e -> out.add(e.path()));
        return out;
    }

    @Test
    void aFileIsItselfADirectoryIsItsContents() throws ContextException {
        assertThat(paths(select("top.txt"))).containsExactly("top.txt");
        assertThat(paths(select("./src/"))).containsExactly("src/a.c", "src/b.c", "src/sub", "src/sub/c.c", "src/x.h");
        assertThat(paths(select("."))).hasSize(TREE.entries().size());
        assertThat(paths(select("../../top.txt"))).as("a source cannot leave the context").containsExactly("top.txt");
        assertThat(select("empty").entries()).isEmpty();
        assertThat(select("empty").failure()).isEmpty();
    }

    @Test
    void aMissingPathFailsAsBuildKitDoes() throws ContextException {
        SourceSelection s = select("nope/app.jar");
        assertThat(s.failure()).hasValueSatisfying(f -> {
            assertThat(f.code()).isEqualTo("source-not-found");
            assertThat(f.message()).isEqualTo("\"/nope/app.jar\": not found");
            assertThat(f.path()).isEqualTo("nope/app.jar");
        });
        assertThat(select("top.txt/x").failure()).isPresent();
        assertThat(select("dangling").failure()).isPresent();
    }

    @Test
    void symlinksAreFollowedInsideTheContext() throws ContextException {
        assertThat(paths(select("link-to-file"))).containsExactly("real/file.txt");
        assertThat(paths(select("linkdir/file.txt"))).containsExactly("real/file.txt");
        assertThat(paths(select("linkdir"))).containsExactly("real/file.txt");
        assertThat(paths(select("abs/file.txt"))).as("absolute targets start at the context root")
                .containsExactly("real/file.txt");
        assertThat(select("loop1").failure()).hasValueSatisfying(f -> assertThat(f.message()).isEqualTo("too many links"));
    }

    @Test
    void wildcardsMatchBelowTheirLiteralDirectory() throws ContextException {
        assertThat(paths(select("src/*.c"))).containsExactly("src/a.c", "src/b.c");
        assertThat(paths(select("*/package.json"))).containsExactly("a/package.json", "b/package.json");
        assertThat(paths(select("src/[ab].c"))).containsExactly("src/a.c", "src/b.c");
        assertThat(paths(select("s?c"))).as("a matched directory brings its contents")
                .containsExactly("src/a.c", "src/b.c", "src/sub", "src/sub/c.c", "src/x.h");
        assertThat(select("s?c").matches()).containsExactly("src");
        assertThat(paths(select("link-to-*"))).as("a matched symlink is followed").containsExactly("real/file.txt");
    }

    @Test
    void aWildcardMatchingNothingIsFineItsMissingDirectoryIsNot() throws ContextException {
        SourceSelection none = select("yarn.loc[k]");
        assertThat(none.failure()).isEmpty();
        assertThat(none.entries()).isEmpty();

        SourceSelection missing = select("fixtures/*.sh");
        assertThat(missing.failure()).hasValueSatisfying(f -> {
            assertThat(f.code()).isEqualTo("source-parent-missing");
            assertThat(f.message()).isEqualTo("lstat /fixtures: no such file or directory");
        });
        assertThat(select("src/[").failure()).hasValueSatisfying(f -> assertThat(f.code()).isEqualTo("source-bad-pattern"));
    }

    @Test
    void aWildcardDirectoryBuildKitDoesNotTransferIsMissing() throws ContextException {
        SourceSelector usedOnly = new SourceSelector(TREE, Set.of("src", "src/a.c"));
        assertThat(usedOnly.select("docs/*.sh", false, DockerIgnore.none()).failure())
                .hasValueSatisfying(f -> assertThat(f.message()).isEqualTo("lstat /docs: no such file or directory"));
        assertThat(usedOnly.select("src/*.c", false, DockerIgnore.none()).failure()).isEmpty();
    }

    @Test
    void theTransferredSetFollowsTheIncludeFilter() throws ContextException {
        assertThat(SourceSelector.transferred(TREE, List.of("docs/*.md", "top.txt")))
                .containsExactly("docs", "docs/a.md", "top.txt");
        assertThat(SourceSelector.transferred(TREE, List.of("src"))).containsExactly("src", "src/a.c", "src/b.c",
                "src/sub", "src/sub/c.c", "src/x.h");
        assertThat(SourceSelector.transferred(TREE, List.of("."))).isNull();
    }

    @Test
    void excludesApplyBelowADirectorySourceAndToWildcardMatches() throws ContextException {
        SourceSelector selector = new SourceSelector(TREE, null);
        DockerIgnore markdown = DockerIgnore.of("--exclude", List.of("*.md"));
        assertThat(paths(selector.select("docs", false, markdown))).containsExactly("docs/b.txt", "docs/sub",
                "docs/sub/c.md");
        DockerIgnore deep = DockerIgnore.of("--exclude", List.of("**/*.md"));
        assertThat(paths(selector.select("docs", false, deep))).containsExactly("docs/b.txt", "docs/sub");
        assertThat(paths(selector.select("b/*", false, markdown))).containsExactly("b/package.json");
        DockerIgnore subdir = DockerIgnore.of("--exclude", List.of("sub", "!sub/c.md"));
        assertThat(paths(selector.select("docs", false, subdir))).as("an excluded directory comes with what is re-included")
                .containsExactly("docs/a.md", "docs/b.txt", "docs/sub", "docs/sub/c.md");
    }

    @Test
    void parentsSelectWhatThePatternMatchesWithTheirDirectories() throws ContextException {
        SourceSelector selector = new SourceSelector(TREE, null);
        assertThat(paths(selector.select("src/**/*.c", true, DockerIgnore.none()))).containsExactly("src", "src/a.c",
                "src/b.c", "src/sub", "src/sub/c.c");
        assertThat(paths(selector.select("docs/./sub/*.md", true, DockerIgnore.none()))).containsExactly("docs/sub",
                "docs/sub/c.md");
        SourceSelection nothing = selector.select("nothing/here", true, DockerIgnore.none());
        assertThat(nothing.failure()).as("--parents never fails on no match").isEmpty();
        assertThat(nothing.entries()).isEmpty();
    }
}

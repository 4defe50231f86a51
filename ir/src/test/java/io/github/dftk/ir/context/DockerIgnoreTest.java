package io.github.dftk.ir.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerIgnoreTest {

    private static DockerIgnore parse(String text) throws ContextException {
        return DockerIgnore.parse(text.getBytes(StandardCharsets.UTF_8), ".dockerignore");
    }

    @Test
    void patternsKnowTheirLineColumnAndText() throws ContextException {
        DockerIgnore ignore = parse("# comment\n\n  *.log  \r\n!/keep/./me.log\n");
        List<IgnorePattern> patterns = ignore.patterns();
        assertThat(patterns).hasSize(2);
        assertThat(patterns.get(0).index()).isZero();
        assertThat(patterns.get(0).line()).isEqualTo(3);
        assertThat(patterns.get(0).column()).isEqualTo(3);
        assertThat(patterns.get(0).text()).isEqualTo("  *.log  ");
        assertThat(patterns.get(0).pattern()).isEqualTo("*.log");
        assertThat(patterns.get(0).exception()).isFalse();
        assertThat(patterns.get(1).line()).isEqualTo(4);
        assertThat(patterns.get(1).pattern()).isEqualTo("keep/me.log");
        assertThat(patterns.get(1).exception()).isTrue();
        assertThat(patterns.get(1)).hasToString("!keep/me.log");
    }

    @Test
    void decisionsNameTheDecidingPatternAndTheSkippedDirectory() throws ContextException {
        DockerIgnore ignore = parse("build\n*.tmp\n!important.tmp\n");
        IgnoreDecision inBuild = ignore.decide("build/out/app.tmp");
        assertThat(inBuild.excluded()).isTrue();
        assertThat(inBuild.decidedBy().orElseThrow().line()).isEqualTo(1);
        assertThat(inBuild.skippedDirectory()).contains("build");

        IgnoreDecision reincluded = ignore.decide("important.tmp");
        assertThat(reincluded.excluded()).isFalse();
        assertThat(reincluded.decidedBy().orElseThrow().line()).isEqualTo(3);

        IgnoreDecision untouched = ignore.decide("/src/./main.c");
        assertThat(untouched.path()).isEqualTo("src/main.c");
        assertThat(untouched.excluded()).isFalse();
        assertThat(untouched.decidedBy()).isEmpty();
    }

    @Test
    void carriageReturnsEndLinesAndAByteOrderMarkIsDropped() throws ContextException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] rest = "foo\r\nbar\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(rest, 0, bytes, 3, rest.length);
        DockerIgnore ignore = DockerIgnore.parse(bytes, ".dockerignore");
        assertThat(ignore.patterns()).extracting(IgnorePattern::pattern).containsExactly("foo", "bar");
        assertThat(ignore.decide("foo").excluded()).isTrue();
    }

    @Test
    void aLineOf64KiBMakesTheFileUnreadableForBuildKit() {
        String longLine = "a".repeat(64 * 1024);
        ContextException e = catchThrowableOfType(() -> parse("ok\n" + longLine + "\n"), ContextException.class);
        assertThat(e.problem().line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith(".dockerignore:2:1: line is 65536 bytes long — ")
                .contains("token too long");
    }

    @Test
    void rejectedPatternsGiveFileLineColumnWhatWhyFix() {
        ContextException bang = catchThrowableOfType(() -> parse("a\n  !  \n"), ContextException.class);
        assertThat(bang.getMessage()).isEqualTo(".dockerignore:2:3: illegal exclusion pattern: \"!\" — BuildKit rejects "
                + "the whole .dockerignore, so the build fails before the context is sent — write the path to "
                + "re-include after the \"!\", or delete the line");

        ContextException bracket = catchThrowableOfType(() -> parse("src/[abc\n"), ContextException.class);
        assertThat(bracket.getMessage()).startsWith(".dockerignore:1:1: invalid pattern \"src/[abc\": syntax error in pattern — ");
    }

    @Test
    void aPatternGoCannotCompileIsReportedWhenTried() throws ContextException {
        DockerIgnore ignore = parse("*.log\n[Local-Only]/\n");
        assertThat(ignore.patterns().get(1).problem()).hasValueSatisfying(
                p -> assertThat(p).contains("invalid character class range"));
        ContextException e = catchThrowableOfType(() -> ignore.decide("x"), ContextException.class);
        assertThat(e.problem().line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith(".dockerignore:2:1: invalid pattern \"[Local-Only]/\": syntax error in pattern");
    }

    @Test
    void patternListsForFlagsAndFilters() throws ContextException {
        DockerIgnore excludes = DockerIgnore.of("--exclude", List.of("*.txt", " ", "!keep.txt"));
        assertThat(excludes.patterns()).hasSize(2);
        assertThat(excludes.decide("a.txt").excluded()).isTrue();
        assertThat(excludes.decide("keep.txt").excluded()).isFalse();
        assertThat(DockerIgnore.none().isEmpty()).isTrue();
        assertThat(DockerIgnore.none().decide("anything").excluded()).isFalse();
    }
}

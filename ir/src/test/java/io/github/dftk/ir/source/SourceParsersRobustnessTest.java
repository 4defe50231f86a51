package io.github.dftk.ir.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * The source parsers never throw on user input, answer fast on long input, and keep their
 * contracts: mount errors point inside the flag value, mount targets are absolute and clean.
 */
class SourceParsersRobustnessTest {

    private static final MountContext CTX = MountContext.shell("/work", ShellLexer.DEFAULT,
            Env.of(Map.of("A", "cache", "B", "/x", "E", "")), 1);

    @Property(tries = 1000)
    void anyStringIsAMountParse(@ForAll String value) {
        checkMount(value);
    }

    @Property(tries = 2000)
    void mountishStringsAreMountParses(@ForAll("mountish") String value) {
        checkMount(value);
    }

    @Property(tries = 1000)
    void anyStringIsASourceKind(@ForAll String value) {
        checkSources(value);
    }

    @Property(tries = 2000)
    void urlishStringsAreSourceKinds(@ForAll("urlish") String value) {
        checkSources(value);
    }

    @Property(tries = 20)
    void longInputIsLinear(@ForAll("mountish") String piece) {
        String value = piece.repeat(Math.max(1, 20_000 / Math.max(1, piece.length())));
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            checkMount(value);
            checkSources(value);
        });
    }

    private static void checkMount(String value) {
        MountParse parse = MountSpecs.parse(value, CTX);
        assertThat(parse).isNotNull();
        if (parse instanceof MountError e) {
            assertThat(e.offset()).isBetween(0, value.length());
            assertThat(e.message()).isNotEmpty();
        } else {
            Mount m = (Mount) parse;
            m.target().ifPresent(t -> {
                assertThat(t).startsWith("/");
                assertThat(t).doesNotContain("//");
            });
            if (m.type() != MountType.SECRET) {
                assertThat(m.target()).isPresent();
            }
        }
    }

    private static void checkSources(String value) {
        GitRefParse parse = SourceUrls.parseGit(value);
        assertThat(parse).isNotNull();
        assertThat(SourceUrls.git(value).isPresent()).isEqualTo(parse instanceof GitRef);
        assertThat(SourceUrls.forAdd(value)).isNotNull();
        assertThat(SourceUrls.forContext(value)).isNotNull();
        SourceUrls.isHttp(value);
    }

    @Provide
    Arbitrary<String> mountish() {
        return Arbitraries.of("type=", "cache", "bind", "tmpfs", "secret", "ssh", "target=", "dst=", "source=", "src=",
                "from=", "id=", "sharing=", "locked", "mode=", "0755", "uid=", "gid=", "size=", "1m", "1.5k", "0x1p4",
                "required", "ro", "rw", "readonly=", "env=", "true", ",", "\"", "\"\"", "=", "$", "$A", "${B}",
                "${X:?no}", "'", "\\", "/", "..", ".", " ", "\n", "\r\n", "é", "\uDC85", "\u212A", "\uD83D\uDE00", "x",
                "TYPE=", "foo=bar").list().ofMaxSize(25).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> urlish() {
        return Arbitraries.of("https://", "http://", "HTTP://", "git://", "ssh://", "ftp://", "github.com/", "git@",
                "h", "host.xz", ":", "22", "/", "r", ".git", "?", "&", "=", "ref", "tag", "branch", "subdir",
                "keep-git-dir", "submodules", "mtime", "commit", "fetch-by-commit", "checksum", "#", "%", "%2F", "%zz",
                "%41", "+", ";", "[", "]", "@", "..", "./", " ", "\n", "\t", "é", "\uDC85", "x").list().ofMaxSize(25)
                .map(list -> String.join("", list));
    }
}

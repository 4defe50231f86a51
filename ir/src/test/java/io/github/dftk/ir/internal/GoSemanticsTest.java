package io.github.dftk.ir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.parser.GoStrings;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small Go reproductions, on cases from Go's own tests where they exist. */
class GoSemanticsTest {

    @Test
    void parseUint() {
        assertThat(GoNumbers.parseUint("0755", 8, 32)).hasValue(0755);
        assertThat(GoNumbers.parseUint("4294967295", 10, 32)).hasValue(4294967295L);
        assertThat(GoNumbers.parseUint("4294967296", 10, 32)).isEmpty();
        assertThat(GoNumbers.parseUint("", 10, 32)).isEmpty();
        assertThat(GoNumbers.parseUint("1_0", 10, 32)).isEmpty();
        assertThat(GoNumbers.parseUint("8", 8, 32)).isEmpty();
        assertThat(GoNumbers.parseUint("٣", 10, 32)).isEmpty(); // an Arabic-Indic digit
    }

    /** From Go's strconv atof tests: accepted syntax and values. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            1, 1
            +1, 1
            1e23, 1e23
            1E23, 1e23
            100000000000000000000000, 1e23
            1e-100, 1e-100
            123456700, 1.234567e+08
            .5, 0.5
            5., 5
            1_000, 1000
            0x1p4, 16
            0x1.8p1, 3
            0X_1FFFP-16, 0.1249847412109375
            0x1p-2, 0.25
            1e-400, 0
            -0, -0.0
            inf, Infinity
            -Infinity, -Infinity
            """)
    void parseFloatAccepts(String in, double value) {
        assertThat(GoNumbers.parseFloat(in)).hasValue(value);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ''
            .
            e5
            1e
            1e+
            0x1
            0x
            0x.p1
            1__0
            _1
            1_
            1._5
            1e400
            1.5.5
            1d
            ' 1'
            infinit
            +nan
            """)
    void parseFloatRejects(String in) {
        assertThat(GoNumbers.parseFloat(in == null ? "" : in)).isEqualTo(OptionalDouble.empty());
    }

    @Test
    void parseBool() {
        for (String t : List.of("1", "t", "T", "TRUE", "true", "True")) {
            assertThat(GoNumbers.parseBool(t)).contains(true);
        }
        for (String f : List.of("0", "f", "F", "FALSE", "false", "False")) {
            assertThat(GoNumbers.parseBool(f)).contains(false);
        }
        for (String bad : List.of("", "tRUE", "yes", "on", "2", " true")) {
            assertThat(GoNumbers.parseBool(bad)).isEmpty();
        }
    }

    /** go-units size_test.go TestRAMInBytes. */
    @ParameterizedTest
    @CsvSource(quoteCharacter = '\'', textBlock = """
            32, 32
            32b, 32
            32B, 32
            32k, 32768
            32K, 32768
            32kb, 32768
            32Kb, 32768
            32Kib, 32768
            32KIB, 32768
            32Mb, 33554432
            32Gb, 34359738368
            32Tb, 35184372088832
            32Pb, 36028797018963968
            32PB, 36028797018963968
            32P, 36028797018963968
            '32 mb', 33554432
            32.3, 32
            32.3k, 33075
            """)
    void ramInBytes(String in, long bytes) {
        assertThat(RamSize.parse(in)).hasValue(bytes);
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '\'', textBlock = """
            ''
            hello
            -32
            ' 32 '
            32m b
            32bm
            32kbb
            32ii
            """)
    void ramInBytesRejects(String in) {
        assertThat(RamSize.parse(in == null ? "" : in)).isEmpty();
    }

    @Test
    void toLowerIsGoSimpleMapping() {
        assertThat(GoStrings.toLower("TYPE")).isEqualTo("type");
        assertThat(GoStrings.toLower("\u0130")).isEqualTo("i"); // Java's String.toLowerCase gives "i̇"
        assertThat(GoStrings.toLower("\u212A")).isEqualTo("k");
        assertThat(GoStrings.toLower("A\uDC85")).isEqualTo("a\uFFFD");
    }

    @Test
    void quoteMatchesGo() {
        assertThat(GoStrings.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(GoStrings.quote("é\n\u0007\u00ad")).isEqualTo("\"é\\n\\a\\u00ad\"");
        assertThat(GoStrings.quote("\uDCFF")).isEqualTo("\"\\xff\"");
        assertThat(GoStrings.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
    }

    @Test
    void didYouMeanKeepsTheFirstOfEquallyCloseOptions() {
    }

    @Test
    void urlRoundTrips() {
        for (String u : List.of("https://h/r.git", "http://u:p@h:80/a/b?x=1#f", "ssh://git@h/~/r.git",
                "https://h/a%2Fb", "https://[fe80::1%25en0]:8080/x", "mailto:x@y", "/rel/path", "x/y")) {
            GoUrl.Parsed p = GoUrl.parse(u);
            assertThat(p.ok()).as(u + ": " + p.error()).isTrue();
            assertThat(p.url().toString()).isEqualTo(u);
        }
        assertThat(GoUrl.parse("HTTPS://H/x").url().toString()).isEqualTo("https://H/x");
        assertThat(GoUrl.parse(":x").error()).isEqualTo("parse \":x\": missing protocol scheme");
        assertThat(GoUrl.parse("a:b/c:d").url().toString()).isEqualTo("a:b/c:d");
        assertThat(GoUrl.parse("b/c:d/e").url().toString()).isEqualTo("b/c:d/e");
        assertThat(GoUrl.parse("c:d").url().scheme()).isEqualTo("c");
        assertThat(GoUrl.parse("1c:d/e").error()).isEqualTo("parse \"1c:d/e\": first path segment in URL cannot contain colon");
        assertThat(GoUrl.parse("http://h/\u0001").error()).isEqualTo("parse \"http://h/\\x01\": net/url: invalid control character in URL");
    }

    @Test
    void queries() {
        assertThat(GoUrl.parseQuery("a=1&b=2&a=3&c", false)).containsExactly(
                Map.entry("a", List.of("1", "3")), Map.entry("b", List.of("2")),
                Map.entry("c", List.of("")));
        assertThat(GoUrl.parseQuery("a=%zz&b=1;2&c=x+y%20z", false))
                .containsExactly(Map.entry("c", List.of("x y z")));
        assertThat(GoUrl.parseQuery("a=%zz", true)).isNull();
    }
}

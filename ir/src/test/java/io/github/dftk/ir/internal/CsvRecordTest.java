package io.github.dftk.ir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go-csvvalue's own test table (comma ',', strict quotes, no trimming), checked field by field. */
class CsvRecordTest {

    /** Expected fields are joined with '¦'. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            foo,bar,baz                      | foo¦bar¦baz
            ' '                              | ' '
            '   foo,bar,baz'                 | '   foo¦bar¦baz'
            'a,"b,cc ,ddd",e'                | 'a¦b,cc ,ddd¦e'
            '""'                             | ''
            a,,b                             | a¦¦b
            a,b,                             | a¦b¦
            ',a,b'                           | ¦a¦b
            foo                              | foo
            ',,'                             | ¦¦
            '"a",b,"c"'                      | a¦b¦c
            """)
    void fields(String input, String expected) {
        CsvRecord.Result result = CsvRecord.read(input);
        assertThat(result.ok()).as(result.error()).isTrue();
        assertThat(String.join("¦", result.fields().stream().map(CsvRecord.Field::text).toList()))
                .isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '"'                 | 2  | extraneous or missing " in quoted-field
            'foo,aa"bb,cc'      | 7  | bare " in non-quoted-field
            'a""b,c'            | 2  | bare " in non-quoted-field
            'a "word","b"'      | 3  | bare " in non-quoted-field
            '"a word",b"'       | 11 | bare " in non-quoted-field
            '"a "word","b"'     | 4  | extraneous or missing " in quoted-field
            """)
    void errors(String input, int column, String what) {
        assertThat(CsvRecord.read(input).error()).isEqualTo("parse error on line 1, column " + column + ": " + what);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''
            '\n'
            """)
    void emptyIsEof(String input) {
        assertThat(CsvRecord.read(input.replace("\\n", "\n")).error()).isEqualTo("EOF");
    }

    @Test
    void trailingNewlineIsIgnored() {
        assertThat(CsvRecord.read("foo,bar\n").fields()).extracting(CsvRecord.Field::text).containsExactly("foo", "bar");
        assertThat(CsvRecord.read("foo,bar\r\n").fields()).extracting(CsvRecord.Field::text).containsExactly("foo", "bar");
    }

    @Test
    void ociConfigValue() {
        String input = "type=docker,name=test.docker,\"containerimage.config={\"\"Config\"\":{\"\"StopSignal\"\":\"\"37\"\"}}\"";
        assertThat(CsvRecord.read(input).fields()).extracting(CsvRecord.Field::text)
                .containsExactly("type=docker", "name=test.docker", "containerimage.config={\"Config\":{\"StopSignal\":\"37\"}}");
    }

    @Test
    void offsetsPointAtFieldStarts() {
        assertThat(CsvRecord.read("a,\"b\",c").fields()).extracting(CsvRecord.Field::offset).containsExactly(0, 2, 6);
    }

    /** The go-csvvalue cases whose input holds three quotes in a row (no room for them in a text block). */
    @Test
    void tripleQuotes() {
        assertThat(CsvRecord.read("a,\"foo\"\"\",c").fields()).extracting(CsvRecord.Field::text)
                .containsExactly("a", "foo\"", "c");
        assertThat(CsvRecord.read("\"\"\"").error())
                .isEqualTo("parse error on line 1, column 4: extraneous or missing \" in quoted-field");
    }
}

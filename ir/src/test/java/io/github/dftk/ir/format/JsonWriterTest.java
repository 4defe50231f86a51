package io.github.dftk.ir.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void compactWritesNoWhitespace() {
        StringBuilder out = new StringBuilder();
        JsonWriter json = JsonWriter.compact(out);
        json.beginObject().name("a").value(1).name("b").beginArray().value(true).value("x").endArray()
                .name("c").beginObject().endObject().name("d").value(2.5).endObject();
        assertThat(out).hasToString("{\"a\":1,\"b\":[true,\"x\"],\"c\":{},\"d\":2.5}");
        assertThat(json.isComplete()).isTrue();
    }

    @Test
    void prettyIndentsByTwoAndKeepsInlineObjectsOnOneLine() {
        StringBuilder out = new StringBuilder();
        JsonWriter.pretty(out).beginObject()
                .name("list").beginArray()
                .beginInlineObject().name("x").value(1).name("in").beginObject().name("y").value(2).endObject().endObject()
                .value("s")
                .endArray()
                .name("empty").beginArray().endArray()
                .endObject();
        assertThat(out).hasToString("""
                {
                  "list": [
                    {"x": 1, "in": {"y": 2}},
                    "s"
                  ],
                  "empty": []
                }""");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        String written = write("q\" b\\ n\n r\r t\t \b \f \u0001 \u001f \u007f");
        assertThat(written).isEqualTo("\"q\\\" b\\\\ n\\n r\\r t\\t \\b \\f \\u0001 \\u001f \u007f\"");
        assertThat(JsonParser.parseString(written).getAsString()).isEqualTo("q\" b\\ n\n r\r t\t \b \f \u0001 \u001f \u007f");
    }

    @Test
    void keepsNonAsciiAndSurrogatePairsButEscapesLoneSurrogates() {
        // U+DCFF is how the parser keeps a byte 0xFF that was not UTF-8: it must not reach the UTF-8 encoder bare.
        assertThat(write("é 😀")).isEqualTo("\"é 😀\"");
        assertThat(write("a\udcffb")).isEqualTo("\"a\\udcffb\"");
        assertThat(write("\ud83d")).isEqualTo("\"\\ud83d\"");
        assertThat(write("\ude00x")).isEqualTo("\"\\ude00x\"");
    }

    @Test
    void numbersAreWrittenInPlainDecimal() {
        StringBuilder out = new StringBuilder();
        JsonWriter.compact(out).beginArray().value(1.0e7).value(0.001).value(-3).value(Long.MAX_VALUE).endArray();
        assertThat(out).hasToString("[10000000,0.001,-3,9223372036854775807]");
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).value(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void misuseIsReportedNotWrittenAsBrokenJson() {
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).beginObject().value(1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).beginArray().name("a"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).beginObject().name("a").endObject())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).beginArray().endObject())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).value(1).value(2))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String write(String s) {
        StringBuilder out = new StringBuilder();
        JsonWriter.compact(out).value(s);
        return out.toString();
    }
}

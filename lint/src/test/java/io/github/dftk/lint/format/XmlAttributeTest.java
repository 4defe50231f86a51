package io.github.dftk.lint.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlAttributeTest {

    @Test
    void escapesWhatHadolintEscapes() {
        assertThat(XmlAttribute.escape("a & <b> \"c\" 'd'")).isEqualTo("a &amp; &lt;b> &quot;c&quot; 'd'");
    }

    @Test
    void keepsWhitespaceThatAttributeNormalisationWouldTurnIntoSpaces() {
        assertThat(XmlAttribute.escape("a\tb\nc\rd")).isEqualTo("a&#9;b&#10;c&#13;d");
    }

    @Test
    void replacesWhatXmlCannotCarry() {
        assertThat(XmlAttribute.escape("\u0000\u001b\uFFFE\uFFFF\uD800x\uDC00")).isEqualTo("\uFFFD".repeat(5) + "x\uFFFD");
    }

    @Test
    void keepsNonAsciiAndPairedSurrogates() {
        assertThat(XmlAttribute.escape("Café 日本 🐳")).isEqualTo("Café 日本 🐳");
    }
}

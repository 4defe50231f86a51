package io.github.dftk.lint.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SingleLineTest {

    @Test
    void lineBreaksBecomeSpacesAndTabsStay() {
        assertThat(SingleLine.of("a\nb\r\nc\rd\te")).isEqualTo("a b c d\te");
    }

    @Test
    void controlCharactersCannotReachTheTerminal() {
        assertThat(SingleLine.of("x\u001b[31my\u0007z\u009bq\u007f")).isEqualTo("x\uFFFD[31my\uFFFDz\uFFFDq\uFFFD");
    }

    @Test
    void printableTextIsKept() {
        assertThat(SingleLine.of("Café 日本 🐳 <&>\"'\\")).isEqualTo("Café 日本 🐳 <&>\"'\\");
    }
}

package io.github.dftk.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.shell.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordExpansionTest {

    @Test
    void expandsAndLocatesEachVariable() {
        String text = "FROM alpine\nWORKDIR /home/${USER:-nobody}/$APP\n";
        ParseResult result = DockerfileParser.parse(text);
        Word path = result.dockerfile().instructions().get(1).syntax().arguments().get(0);

        WordExpansion expansion = WordExpansion.of(path, Env.of(Map.of("APP", "web")), '\\', text);

        assertThat(expansion.value()).isEqualTo("/home/nobody/web");
        assertThat(expansion.error()).isEmpty();
        assertThat(expansion.references()).extracting(WordExpansion.Reference::name).containsExactly("USER", "APP");
        WordExpansion.Reference user = expansion.references().get(0);
        assertThat(user.set()).isFalse();
        assertThat(text.substring(user.range().startOffset(), user.range().endOffset())).isEqualTo("${USER:-nobody}");
        assertThat(user.range().startLine()).isEqualTo(2);
        assertThat(user.range().startColumn()).isEqualTo(15);
        WordExpansion.Reference app = expansion.references().get(1);
        assertThat(app.set()).isTrue();
        assertThat(text.substring(app.range().startOffset(), app.range().endOffset())).isEqualTo("$APP");
    }

    @Test
    void reportsAnExpansionErrorWhereItHappens() {
        String text = "FROM alpine\nENV A=\"${MISSING:?must be set}\"\n";
        Instruction env = DockerfileParser.parse(text).dockerfile().instructions().get(1);
        Word value = env.syntax().arguments().get(1);

        WordExpansion expansion = WordExpansion.of(value, Env.empty(), '\\', text);

        assertThat(expansion.error()).isPresent();
        assertThat(expansion.error().get().message()).contains("must be set");
        assertThat(expansion.error().get().range().startOffset()).isEqualTo(text.indexOf("${MISSING"));
    }

    @Test
    void aWordSplitByAContinuationIsLocatedAsAWhole() {
        String text = "FROM alpine\nRUN echo $A\\\n$B\n";
        Word script = DockerfileParser.parse(text).dockerfile().instructions().get(1).syntax().arguments().get(0);

        WordExpansion expansion = WordExpansion.of(script, Env.empty(), '\\', text);

        assertThat(expansion.references()).extracting(WordExpansion.Reference::name).containsExactly("A", "B");
        assertThat(expansion.references().get(1).range()).isEqualTo(script.range());
    }
}

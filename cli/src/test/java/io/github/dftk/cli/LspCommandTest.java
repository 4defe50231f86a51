package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dftk lsp} over its standard streams, as an editor starts it. */
class LspCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesTheProtocolOnStdioAndExitsZeroAfterShutdown() {
        byte[] stdin = frames(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        Cli.Result r = Cli.run(dir, stdin, "lsp", "--stdio");

        assertThat(r.exit()).isZero();
        List<JsonObject> messages = messages(r.out());
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("id").getAsInt()).isEqualTo(1);
        assertThat(messages.get(0).getAsJsonObject("result").getAsJsonObject("capabilities")
                .getAsJsonObject("textDocumentSync").get("change").getAsInt()).as("incremental").isEqualTo(2);
        assertThat(messages.get(1).get("id").getAsInt()).isEqualTo(2);
    }

    @Test
    void aClientThatGoesAwayWithoutShutdownEndsWithOne() {
        byte[] stdin = frames("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
        Cli.Result r = Cli.run(dir, stdin, "lsp");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(messages(r.out())).hasSize(1);
    }

    private static byte[] frames(String... messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String message : messages) {
            byte[] body = message.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** The messages on standard output, which must hold nothing but framed messages. */
    private static List<JsonObject> messages(String out) {
        List<JsonObject> messages = new ArrayList<>();
        int at = 0;
        while (at < out.length()) {
            assertThat(out.substring(at)).startsWith("Content-Length: ");
            int headerEnd = out.indexOf("\r\n\r\n", at);
            int length = Integer.parseInt(out.substring(at + "Content-Length: ".length(), headerEnd).trim());
            // These replies are ASCII, so the byte length is the character length.
            messages.add(JsonParser.parseString(out.substring(headerEnd + 4, headerEnd + 4 + length)).getAsJsonObject());
            at = headerEnd + 4 + length;
        }
        return messages;
    }
}

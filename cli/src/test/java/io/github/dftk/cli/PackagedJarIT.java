package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as users run it, after {@code package}: every class a command needs at run
 * time must be inside it (gson for lsp4j once was not, and no in-process test could see that).
 */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("dftk.jar", "target/dftk.jar"));
    private static final Path ROOT = Path.of(System.getProperty("dftk.root", ".."));

    private static ProcessBuilder dftk(String... arguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(ROOT.toFile());
    }

    @Test
    void lintReportsTheExampleFindingsAndFailsAtTheDefaultThreshold() throws Exception {
        Process process = dftk("lint", "--only", "hadolint", "--only", "buildkit", "-f", "json",
                "testdata/examples/Dockerfile").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).startsWith("[{\"code\":");
        assertThat(process.exitValue()).isEqualTo(1);
    }

    @Test
    void theLanguageServerAnswersPublishesAndExitsCleanly() throws Exception {
        Process process = dftk("lsp").start();
        OutputStream in = process.getOutputStream();
        InputStream out = process.getInputStream();
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                + "\"rootUri\":null,\"capabilities\":{}}}");
        assertThat(receive(out).getAsJsonObject("result").getAsJsonObject("capabilities").has("textDocumentSync"))
                .isTrue();
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{"
                + "\"uri\":\"file:///tmp/dftk-it/Dockerfile\",\"languageId\":\"dockerfile\",\"version\":1,"
                + "\"text\":\"FROM debian\\n\"}}}");
        JsonObject published = receive(out);
        assertThat(published.get("method").getAsString()).isEqualTo("textDocument/publishDiagnostics");
        assertThat(published.toString()).contains("DL3006");
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
        assertThat(receive(out).get("id").getAsInt()).isEqualTo(2);
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(process.getErrorStream().readAllBytes()).isEmpty();
    }

    private static void send(OutputStream in, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(body);
        in.flush();
    }

    /** The next message, skipping the server's log messages. */
    private static JsonObject receive(InputStream out) throws IOException {
        while (true) {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = out.read();
                if (b < 0) {
                    throw new IOException("the server closed its output");
                }
                header.write(b);
            }
            int length = 0;
            for (String line : header.toString(StandardCharsets.US_ASCII).split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            JsonObject message = JsonParser.parseString(new String(out.readNBytes(length), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            if (!message.has("method") || !message.get("method").getAsString().equals("window/logMessage")) {
                return message;
            }
        }
    }
}

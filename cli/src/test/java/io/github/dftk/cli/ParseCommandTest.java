package io.github.dftk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static final String CLEAN = "FROM alpine AS base\nRUN echo hi\n";
    private static final String CLEAN_DUMP = "(from \"alpine\" \"AS\" \"base\")\n(run \"echo hi\")\n";
    private static final String UNKNOWN = "FROM alpine\nFORM x\n";
    private static final String UNKNOWN_ERROR = ":2:1: unknown instruction: FORM — did you mean FROM? — write FROM";

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("clean"), CLEAN);
        Files.writeString(dir.resolve("unknown"), UNKNOWN);
        Files.writeString(dir.resolve("unterminated"), "FROM alpine\nRUN <<EOF\necho\n");
        Files.writeString(dir.resolve("warning"), "FROM alpine\nRUN a \\\n\n  b\n");
    }

    @Test
    void cleanFileDumpsAsBuildKitAndExitsZero() {
        Cli.Result r = Cli.run(dir, "parse", "clean");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(CLEAN_DUMP);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void dumpIsTheDefaultFormatAndFormatNamesIgnoreCase() {
        assertThat(Cli.run(dir, "parse", "--format", "dump", "clean").out()).isEqualTo(CLEAN_DUMP);
        assertThat(Cli.run(dir, "parse", "-f", "TREE", "clean").out()).startsWith("clean: 1 stage, 2 instructions");
    }

    @Test
    void errorsGoToStandardErrorWithLocationWhyAndFixAndExitOne() {
        Cli.Result r = Cli.run(dir, "parse", "unknown");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("(from \"alpine\")\n(form \"\")\n");
        assertThat(r.err()).isEqualTo("unknown" + UNKNOWN_ERROR + "\n");
    }

    @Test
    void syntaxErrorsSuppressTheDumpAsBuildKitsParserFails() {
        Cli.Result r = Cli.run(dir, "parse", "unterminated");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("unterminated:2:5: unterminated heredoc — ");
    }

    @Test
    void jsonAndTreeArePrintedEvenWithErrors() {
        Cli.Result json = Cli.run(dir, "parse", "-f", "json", "unterminated");
        assertThat(json.exit()).isEqualTo(1);
        JsonObject doc = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(doc.getAsJsonArray("diagnostics").get(0).getAsJsonObject().get("code").getAsString())
                .isEqualTo("unterminated-heredoc");

        Cli.Result tree = Cli.run(dir, "parse", "-f", "tree", "unterminated");
        assertThat(tree.exit()).isEqualTo(1);
        assertThat(tree.out()).contains("heredoc <<EOF: lines 3-end (unterminated)");
    }

    @Test
    void warningsAreLabelledAndDoNotFailTheRun() {
        Cli.Result r = Cli.run(dir, "parse", "warning");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).startsWith("warning:3:1: warning: Empty continuation line found in: ");
    }

    @Test
    void severalFilesArePrintedInHeadStyleSectionsWithTheirErrorsInside() {
        Cli.Result r = Cli.run(dir, "parse", "clean", "unknown", "clean");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("==> clean <==\n" + CLEAN_DUMP
                + "\n==> unknown <==\n(from \"alpine\")\n(form \"\")\nerror: unknown" + UNKNOWN_ERROR + "\n"
                + "\n==> clean <==\n" + CLEAN_DUMP);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void warningsInSectionsAreLabelledToo() {
        Cli.Result r = Cli.run(dir, "parse", "warning", "clean");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\nwarning: warning:3:1: Empty continuation line found in: ");
    }

    @Test
    void dashReadsStandardInput() {
        Cli.Result r = Cli.run(dir, UNKNOWN.getBytes(StandardCharsets.UTF_8), "parse", "-");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("(from \"alpine\")\n(form \"\")\n");
        assertThat(r.err()).isEqualTo("<stdin>" + UNKNOWN_ERROR + "\n");

        Cli.Result sections = Cli.run(dir, CLEAN.getBytes(StandardCharsets.UTF_8), "parse", "clean", "-");
        assertThat(sections.out()).isEqualTo("==> clean <==\n" + CLEAN_DUMP + "\n==> <stdin> <==\n" + CLEAN_DUMP);
    }

    @Test
    void missingFileIsExitTwoWithAClearMessage() {
        Cli.Result r = Cli.run(dir, "parse", "missing");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("missing: cannot read file — no such file — check the path\n");
    }

    @Test
    void directoryIsExitTwoWithAClearMessage() throws IOException {
        Files.createDirectory(dir.resolve("app"));
        Cli.Result r = Cli.run(dir, "parse", "app");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("app: cannot read file — it is a directory — name the Dockerfile inside it, e.g. app/Dockerfile\n");
    }

    @Test
    void unreadableFileAmongOthersStillParsesTheRestAndExitsTwo() {
        Cli.Result r = Cli.run(dir, "parse", "unknown", "missing", "clean");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("==> unknown <==", "==> clean <==").doesNotContain("==> missing <==");
        assertThat(r.err()).isEqualTo("missing: cannot read file — no such file — check the path\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run(dir, "parse").exit()).isEqualTo(2);
        Cli.Result badFormat = Cli.run(dir, "parse", "--format", "yaml", "clean");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("yaml", "dump, json, tree");
    }

    @Test
    void bytesThatAreNotUtf8AreKeptInTextOutputAndEscapedInJson() throws IOException {
        byte[] bytes = "FROM alpine\nRUN echo \u00e9 X\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xff; // the X: a byte that is not UTF-8
        Files.write(dir.resolve("raw"), bytes);

        assertThat(Cli.run(dir, "parse", "raw").out()).isEqualTo("(from \"alpine\")\n(run \"echo é \\xff\")\n");

        byte[] tree = Cli.run(dir, "parse", "-f", "tree", "raw").outBytes();
        assertThat(indexOf(tree, new byte[] {(byte) 0xc3, (byte) 0xa9, ' ', (byte) 0xff, '\n'})).isPositive();

        String json = Cli.run(dir, "parse", "-f", "json", "raw").out();
        assertThat(json).contains("\"text\": \"echo é \\udcff\"");
        assertThat(JsonParser.parseString(json).isJsonObject()).isTrue();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package io.github.dftk.lint.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Read back with a real parser, each format says what the findings say: file, line, column
 * where the format has one, code, severity and message survive escaping, and SARIF fixes
 * rewrite the file as the fix does. Complements the goldens, which pin the exact bytes.
 */
class ReportRoundTripTest {

    /** What a format can say about one finding; -1 where it says nothing. */
    record Row(String file, int line, int column, String code, String message) {
    }

    private static final Pattern HADOLINT_LINE =
            Pattern.compile("(.*):(\\d+) (\\S+) (error|warning|info|style): (.*)");
    private static final Pattern GNU_LINE =
            Pattern.compile("dftk:(.*):(\\d+):(\\d+): (\\S+) (error|warning|info|style): (.*)");

    @TestFactory
    Stream<DynamicTest> formatsReadBack() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : FormatCase.directories()) {
            FormatCase c = FormatCase.load(dir);
            tests.add(test(c, "json", this::json, START_COLUMN));
            tests.add(test(c, "tty", this::tty, NO_COLUMN));
            tests.add(test(c.withOptions(c.options().withDetails(true)), "tty", this::tty, NO_COLUMN));
            tests.add(test(c, "gnu", this::gnu, START_COLUMN));
            tests.add(test(c, "checkstyle", this::checkstyle, START_COLUMN));
            tests.add(test(c, "codeclimate", this::codeclimate, NO_COLUMN));
            tests.add(test(c, "gitlab_codeclimate", this::gitlab, NO_COLUMN));
            tests.add(test(c, "codacy", this::codacy, NO_COLUMN));
            tests.add(test(c, "sonarqube", this::sonarqube, f -> f.range().isEmpty() ? -1 : f.range().startColumn()));
            tests.add(DynamicTest.dynamicTest(c.name() + ": sarif", () -> sarif(c)));
        }
        return tests.stream();
    }

    private interface Reader {
        List<Row> read(String output) throws Exception;
    }

    private static final ToIntFunction<Finding> START_COLUMN = f -> f.range().startColumn();
    private static final ToIntFunction<Finding> NO_COLUMN = f -> -1;

    private static DynamicTest test(FormatCase c, String format, Reader reader, ToIntFunction<Finding> column) {
        String variant = c.options().details() ? " (details)" : "";
        return DynamicTest.dynamicTest(c.name() + ": " + format + variant, () -> {
            StringBuilder out = new StringBuilder();
            ReportFormats.find(format).orElseThrow().write(c.results(), c.options(), out);
            List<Row> expected = expected(c, column, format.equals("tty") || format.equals("gnu"),
                    format.equals("checkstyle"));
            assertThat(reader.read(out.toString())).containsExactlyElementsOf(expected);
        });
    }

    /**
     * The rows for the findings: line-per-finding formats show messages on one line, XML
     * replaces the control characters it cannot carry.
     */
    private static List<Row> expected(FormatCase c, ToIntFunction<Finding> column, boolean oneLine, boolean xml) {
        List<Row> rows = new ArrayList<>();
        for (LintResult result : c.results()) {
            for (Finding f : result.findings()) {
                String message = oneLine ? SingleLine.of(f.message())
                        : xml ? f.message().replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", "\uFFFD") : f.message();
                rows.add(new Row(c.options().reportedName(result), f.range().startLine(), column.applyAsInt(f),
                        f.code(), message));
            }
        }
        return rows;
    }

    private List<Row> json(String out) {
        List<Row> rows = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(out).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            rows.add(new Row(s(o, "file"), i(o, "line"), i(o, "column"), s(o, "code"), s(o, "message")));
        }
        return rows;
    }

    /** hadolint's lines, picked out from among the excerpts and the summary as a script would. */
    private List<Row> tty(String out) {
        List<Row> rows = new ArrayList<>();
        for (String text : out.split("\n")) {
            Matcher m = HADOLINT_LINE.matcher(text);
            if (!text.startsWith(" ") && m.matches()) {
                rows.add(new Row(m.group(1), Integer.parseInt(m.group(2)), -1, m.group(3), m.group(5)));
            }
        }
        return rows;
    }

    private List<Row> gnu(String out) {
        return out.lines().map(text -> {
            Matcher m = GNU_LINE.matcher(text);
            assertThat(m.matches()).as(text).isTrue();
            return new Row(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4),
                    m.group(6));
        }).toList();
    }

    private List<Row> checkstyle(String out) throws Exception {
        List<Row> rows = new ArrayList<>();
        NodeList files = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("file");
        for (int i = 0; i < files.getLength(); i++) {
            Element file = (Element) files.item(i);
            NodeList errors = file.getElementsByTagName("error");
            for (int j = 0; j < errors.getLength(); j++) {
                Element e = (Element) errors.item(j);
                rows.add(new Row(file.getAttribute("name"), Integer.parseInt(e.getAttribute("line")),
                        Integer.parseInt(e.getAttribute("column")), e.getAttribute("source"), e.getAttribute("message")));
            }
        }
        return rows;
    }

    private List<Row> codeclimate(String out) {
        assertThat(out.isEmpty() || out.endsWith("\0")).as("each issue ends with NUL").isTrue();
        return Arrays.stream(out.split("\0")).filter(s -> !s.isEmpty())
                .map(s -> issue(JsonParser.parseString(s).getAsJsonObject())).toList();
    }

    private List<Row> gitlab(String out) {
        List<Row> rows = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(out).getAsJsonArray()) {
            assertThat(s(e.getAsJsonObject(), "fingerprint")).matches("[0-9a-f]{40}");
            rows.add(issue(e.getAsJsonObject()));
        }
        return rows;
    }

    private static Row issue(JsonObject o) {
        JsonObject location = o.getAsJsonObject("location");
        int line = location.has("positions")
                ? i(location.getAsJsonObject("positions").getAsJsonObject("begin"), "line")
                : i(location.getAsJsonObject("lines"), "begin");
        return new Row(s(location, "path"), line, -1, s(o, "check_name"), s(o, "description"));
    }

    private List<Row> codacy(String out) {
        return out.lines().map(line -> {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            return new Row(s(o, "filename"), i(o, "line"), -1, s(o, "patternId"), s(o, "message"));
        }).toList();
    }

    private List<Row> sonarqube(String out) {
        List<Row> rows = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(out).getAsJsonObject().getAsJsonArray("issues")) {
            JsonObject location = e.getAsJsonObject().getAsJsonObject("primaryLocation");
            JsonObject range = location.getAsJsonObject("textRange");
            int column = range.has("startColumn") ? i(range, "startColumn") + 1 : -1;
            rows.add(new Row(s(location, "filePath"), i(range, "startLine"), column, s(e.getAsJsonObject(), "ruleId"),
                    s(location, "message")));
        }
        return rows;
    }

    /** Results match findings (rule index included), and applying a result's fix equals applying the finding's. */
    private void sarif(FormatCase c) throws IOException {
        StringBuilder out = new StringBuilder();
        ReportFormats.find("sarif").orElseThrow().write(c.results(), c.options(), out);
        JsonObject run = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        JsonArray results = run.getAsJsonArray("results");
        int n = 0;
        for (LintResult result : c.results()) {
            String text = result.parsed().text();
            for (Finding finding : result.findings()) {
                JsonObject r = results.get(n++).getAsJsonObject();
                assertThat(s(r, "ruleId")).isEqualTo(finding.code());
                assertThat(s(rules.get(i(r, "ruleIndex")).getAsJsonObject(), "id")).isEqualTo(finding.code());
                assertThat(s(r.getAsJsonObject("message"), "text")).isEqualTo(finding.message());
                JsonObject location = r.getAsJsonArray("locations").get(0).getAsJsonObject()
                        .getAsJsonObject("physicalLocation");
                assertThat(s(location.getAsJsonObject("artifactLocation"), "uri"))
                        .isEqualTo(SarifFormat.uri(c.options().reportedName(result)));
                assertThat(text.substring(offset(text, location.getAsJsonObject("region"), "start"),
                        offset(text, location.getAsJsonObject("region"), "end")))
                        .isEqualTo(text.substring(finding.range().startOffset(), finding.range().endOffset()));
                if (finding.fix().isPresent()) {
                    assertThat(applySarifFix(text, r)).isEqualTo(finding.fix().get().apply(text));
                } else {
                    assertThat(r.has("fixes")).isFalse();
                }
            }
        }
        assertThat(results.size()).isEqualTo(n);
    }

    private static String applySarifFix(String text, JsonObject result) {
        JsonArray replacements = result.getAsJsonArray("fixes").get(0).getAsJsonObject()
                .getAsJsonArray("artifactChanges").get(0).getAsJsonObject().getAsJsonArray("replacements");
        StringBuilder out = new StringBuilder(text);
        for (int k = replacements.size() - 1; k >= 0; k--) {
            JsonObject replacement = replacements.get(k).getAsJsonObject();
            JsonObject region = replacement.getAsJsonObject("deletedRegion");
            String inserted = replacement.has("insertedContent")
                    ? s(replacement.getAsJsonObject("insertedContent"), "text") : "";
            out.replace(offset(text, region, "start"), offset(text, region, "end"), inserted);
        }
        return out.toString();
    }

    /** A SARIF region's start or end as an offset: 1-based line, 1-based UTF-16 column. */
    private static int offset(String text, JsonObject region, String end) {
        int lineStart = 0;
        for (int line = 1; line < i(region, end + "Line"); line++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        return lineStart + i(region, end + "Column") - 1;
    }

    private static String s(JsonObject o, String name) {
        return o.get(name).getAsString();
    }

    private static int i(JsonObject o, String name) {
        return o.get(name).getAsInt();
    }
}

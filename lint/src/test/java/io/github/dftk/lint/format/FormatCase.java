package io.github.dftk.lint.format;

import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseOptions;
import io.github.dftk.parser.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * One directory of {@code testdata/lint/formats}: Dockerfiles and {@code findings.tsv}, the
 * results a linter would have produced for them, hand-written so the cases do not depend on
 * the rules. Lines of {@code findings.tsv} (fields separated by tabs, {@code #} starts a
 * comment line; messages, titles and new text may use the escapes {@code \n \t \\} and a
 * backslash, {@code u} and four hex digits):
 * <pre>
 * file      PATH                                  a file to lint (relative to the case), in report order
 * report-as NAME                                  --file-path-in-report
 * finding   PATH CODE SEVERITY L:C-L:C MESSAGE    a finding of a rule in {@link TestRules}
 * fix       TITLE                                 the previous finding's fix …
 * edit      L:C-L:C NEW-TEXT                      … and one of its edits
 * failure   PATH TEXT                             a rule that threw on that file
 * notice    PATH TEXT                             a notice on that file
 * </pre>
 */
record FormatCase(String name, List<LintResult> results, ReportOptions options) {

    static final String VERSION = "1.2.3-test";

    /** The case directories, sorted; aborts the test with a message when the data is not there. */
    static List<Path> directories() throws IOException {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null && !root.isBlank(),
                "system property dftk.testdata is not set (the parent pom sets it): format cases not run");
        Path area = Path.of(root, "lint", "formats");
        Assumptions.assumeTrue(Files.isDirectory(area), "no test data at " + area + ": format cases not run");
        try (var dirs = Files.list(area)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    FormatCase withOptions(ReportOptions newOptions) {
        return new FormatCase(name, results, newOptions);
    }

    static FormatCase load(Path dir) throws IOException {
        Map<String, ParseResult> files = new LinkedHashMap<>();
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        Map<String, List<String>> notices = new LinkedHashMap<>();
        Optional<String> reportAs = Optional.empty();
        String lastFile = null;
        List<String> lines = Files.readAllLines(dir.resolve("findings.tsv"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "file" -> {
                    files.put(f[1], DockerfileParser.parse(Files.readAllBytes(dir.resolve(f[1])),
                            ParseOptions.defaults().withSourceName(f[1])));
                    findings.put(f[1], new ArrayList<>());
                    failures.put(f[1], new ArrayList<>());
                    notices.put(f[1], new ArrayList<>());
                }
                case "report-as" -> reportAs = Optional.of(f[1]);
                case "finding" -> {
                    lastFile = f[1];
                    findings.get(f[1]).add(new Finding(TestRules.get(f[2]), LintSeverity.parse(f[3]).orElseThrow(),
                            unescape(f[5]), range(files.get(f[1]), f[4]), Optional.empty()));
                }
                case "fix", "edit" -> {
                    List<Finding> list = findings.get(lastFile);
                    Finding last = list.get(list.size() - 1);
                    Fix fix = f[0].equals("fix") ? new Fix(unescape(f[1]), List.of())
                            : new Fix(last.fix().orElseThrow().title(), append(last.fix().get().edits(),
                                    new TextEdit(range(files.get(lastFile), f[1]), unescape(f[2]))));
                    list.set(list.size() - 1, last.withFix(Optional.of(fix)));
                }
                case "failure" -> failures.get(f[1]).add(unescape(f[2]));
                case "notice" -> notices.get(f[1]).add(unescape(f[2]));
                default -> throw new IllegalArgumentException(dir + ":" + (i + 1) + ": unknown line " + line);
            }
        }
        List<LintResult> results = new ArrayList<>();
        files.forEach((file, parsed) -> results.add(new LintResult(file, parsed, findings.get(file),
                failures.get(file), notices.get(file))));
        return new FormatCase(dir.getFileName().toString(), results,
                ReportOptions.defaults(VERSION).withFileNameInReport(reportAs));
    }

    private static List<TextEdit> append(List<TextEdit> edits, TextEdit edit) {
        List<TextEdit> all = new ArrayList<>(edits);
        all.add(edit);
        return all;
    }

    /** {@code L:C-L:C} (1-based, end exclusive, columns in UTF-16 units) as a range of {@code parsed}. */
    static SourceRange range(ParseResult parsed, String text) {
        String[] ends = text.split("-");
        SourceRange range = parsed.range(offset(parsed.text(), ends[0]), offset(parsed.text(), ends[1]));
        if (!range.toString().equals(text)) {
            throw new IllegalArgumentException("range " + text + " is not in the file (it reads " + range + ")");
        }
        return range;
    }

    private static int offset(String text, String lineColumn) {
        String[] parts = lineColumn.split(":");
        int lineStart = 0;
        for (int line = 1; line < Integer.parseInt(parts[0]); line++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        return lineStart + Integer.parseInt(parts[1]) - 1;
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}

package io.github.dftk.ir.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A data-driven case file: one case per line, {@code input → expected}; {@code #} starts a
 * comment line, {@code @name value} (a line with no arrow) sets a parameter for the lines after it. An input or
 * expected text wrapped in backticks is taken literally (for leading or trailing spaces);
 * otherwise it is trimmed.
 */
record CaseFile(Path path, List<Line> lines) {

    static final String ARROW = " → ";

    /** A case ({@code directive == null}) or a parameter line. */
    record Line(int number, String directive, String input, String expected) {
        String name() {
            return "line " + number + ": " + input + ARROW + expected;
        }
    }

    /** Reads {@code testdata/<relative>} via {@code -Ddftk.testdata}; aborts the test when it is not set. */
    static CaseFile load(String relative) {
        String root = System.getProperty("dftk.testdata");
        Assumptions.assumeTrue(root != null, "system property dftk.testdata is not set (run through Maven)");
        Path path = Path.of(root, relative);
        List<String> text;
        try {
            text = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@") && !line.contains(ARROW)) {
                int space = line.indexOf(' ');
                String name = space < 0 ? line.substring(1) : line.substring(1, space);
                String value = space < 0 ? "" : literal(line.substring(space + 1));
                lines.add(new Line(i + 1, name, value, null));
                continue;
            }
            int arrow = line.indexOf(ARROW);
            if (arrow < 0) {
                throw new IllegalStateException(path + ":" + (i + 1) + ": no \"" + ARROW.strip() + "\" in a case line");
            }
            lines.add(new Line(i + 1, null, literal(line.substring(0, arrow)),
                    literal(line.substring(arrow + ARROW.length()))));
        }
        return new CaseFile(path, List.copyOf(lines));
    }

    private static String literal(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("`") && t.endsWith("`")) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}

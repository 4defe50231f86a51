package io.github.dftk.lint.format;

import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.rules.dftk.ParseError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One finding as a Code Climate issue, the way hadolint writes it: category "Bug Risk", the
 * finding's line as {@code location.lines} (begin = end), Code Climate's severity names, keys
 * in name order. A file that does not parse (DL1000) is located by line and column, as
 * hadolint locates its parse errors: {@code location.positions}, begin = end.
 *
 * @param path   the file name as reported
 * @param column the 1-based column, for parse errors only
 */
record CodeclimateIssue(String checkName, String description, String path, int line, Optional<Integer> column,
        String severity) {

    static CodeclimateIssue of(Finding finding, String path) {
        Optional<Integer> column = finding.code().equals(ParseError.CODE)
                ? Optional.of(finding.range().startColumn()) : Optional.empty();
        return new CodeclimateIssue(finding.code(), finding.message(), path, finding.range().startLine(), column,
                severity(finding.severity()));
    }

    /** hadolint's mapping (note style is "minor", above info). */
    private static String severity(LintSeverity severity) {
        return switch (severity) {
            case ERROR -> "blocker";
            case WARNING -> "major";
            case STYLE -> "minor";
            case INFO, IGNORE -> "info";
        };
    }

    void write(JsonWriter json, Optional<String> fingerprint) {
        json.beginObject()
                .name("categories").beginArray().value("Bug Risk").endArray()
                .name("check_name").value(checkName)
                .name("description").value(description);
        fingerprint.ifPresent(value -> json.name("fingerprint").value(value));
        json.name("location").beginObject();
        if (column.isPresent()) {
            json.name("path").value(path).name("positions").beginObject()
                    .name("begin").beginObject().name("column").value(column.get()).name("line").value(line).endObject()
                    .name("end").beginObject().name("column").value(column.get()).name("line").value(line).endObject()
                    .endObject();
        } else {
            json.name("lines").beginObject().name("begin").value(line).name("end").value(line).endObject()
                    .name("path").value(path);
        }
        json.endObject()
                .name("severity").value(severity)
                .name("type").value("issue")
                .endObject();
    }

    /**
     * hadolint's fingerprint: the SHA-1, in lower-case hex, of the issue's compact JSON without
     * a fingerprint. hadolint's JSON library writes backspace and form feed as hexadecimal
     * escapes where dftk writes {@code \b} and {@code \f}; only messages holding those
     * characters get a different fingerprint.
     */
    String fingerprint() {
        StringBuilder text = new StringBuilder();
        write(JsonWriter.compact(text), Optional.empty());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}

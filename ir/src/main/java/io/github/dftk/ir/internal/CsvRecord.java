package io.github.dftk.ir.internal;

import io.github.dftk.parser.GoStrings;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV record read exactly as BuildKit reads {@code --mount} values: with
 * {@code csvvalue.Fields} (github.com/tonistiigi/go-csvvalue), which is {@code encoding/csv}'s
 * reader for a single line: comma-separated, {@code "}-quoted fields with {@code ""} for a
 * quote, no trimming, no lazy quotes; one trailing {@code \n} or {@code \r\n} is ignored.
 *
 * <p>Errors are {@code encoding/csv}'s {@code ParseError} texts, with Go's 1-based byte column.
 */
public final class CsvRecord {

    /** A field's text and the char offset in the input where it starts (its quote, if quoted). */
    public record Field(String text, int offset) {
    }

    /** Either the fields or an error text with the char offset it points at. */
    public record Result(List<Field> fields, String error, int errorOffset) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final String BARE_QUOTE = "bare \" in non-quoted-field";
    private static final String QUOTE = "extraneous or missing \" in quoted-field";

    private CsvRecord() {
    }

    public static Result read(String input) {
        String line = input;
        if (line.endsWith("\r\n")) {
            line = line.substring(0, line.length() - 2);
        } else if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            return new Result(List.of(), "EOF", 0); // io.EOF: an empty record is no record
        }
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            if (i == line.length() || line.charAt(i) != '"') {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? line.length() : comma;
                int quote = line.indexOf('"', i);
                if (quote >= 0 && quote < end) {
                    return error(line, quote, BARE_QUOTE);
                }
                fields.add(new Field(line.substring(i, end), i));
                if (comma < 0) {
                    return new Result(List.copyOf(fields), null, 0);
                }
                i = comma + 1;
                continue;
            }
            // A quoted field: runs of text between quotes, "" standing for one quote.
            int start = i;
            i++;
            StringBuilder text = new StringBuilder();
            while (true) {
                int quote = line.indexOf('"', i);
                if (quote < 0) {
                    return error(line, i, QUOTE);
                }
                text.append(line, i, quote);
                i = quote + 1;
                if (i < line.length() && line.charAt(i) == '"') {
                    text.append('"');
                    i++;
                } else if (i < line.length() && line.charAt(i) == ',') {
                    fields.add(new Field(text.toString(), start));
                    i++;
                    break;
                } else if (i == line.length()) {
                    fields.add(new Field(text.toString(), start));
                    return new Result(List.copyOf(fields), null, 0);
                } else {
                    return error(line, quote, QUOTE);
                }
            }
        }
    }

    /** {@code csv.ParseError} text for char offset {@code at} (Go counts the column in bytes, from 1). */
    private static Result error(String line, int at, String what) {
        int column = GoStrings.byteLength(line, 0, at) + 1;
        return new Result(List.of(), "parse error on line 1, column " + column + ": " + what, at);
    }
}

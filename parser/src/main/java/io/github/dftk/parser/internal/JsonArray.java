package io.github.dftk.parser.internal;

import io.github.dftk.parser.GoStrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exec-form detection with the semantics of Go's {@code json.Unmarshal} into {@code []any}
 * as BuildKit's {@code parseJSON} uses it: the whole text must be one valid JSON value
 * (surrounded only by JSON whitespace); a valid array with a non-string element is a hard
 * error; anything else invalid means "not JSON" and BuildKit falls back to shell form.
 * Iterative, so deeply nested input cannot overflow the stack; Go's depth limit (10,000)
 * applies.
 */
public final class JsonArray {

    private static final int MAX_DEPTH = 10_000;

    /** One top-level array element. {@code start}/{@code end} delimit the string literal, quotes included. */
    public record Element(String value, int start, int end) {
    }

    /** What the text turned out to be. */
    public sealed interface Result permits NotJson, NotStringArray, StringArray {
    }

    /** Not a JSON array at all (or invalid JSON): shell form. */
    public record NotJson() implements Result {
    }

    /** A valid JSON array holding something other than strings: BuildKit rejects it. */
    public record NotStringArray(int offset) implements Result {
    }

    /** A JSON array of strings: exec form. */
    public record StringArray(List<Element> elements) implements Result {
    }

    private static final NotJson NOT_JSON = new NotJson();

    private final String s;
    private final int end;
    private int pos;

    private JsonArray(String s, int start, int end) {
        this.s = s;
        this.pos = start;
        this.end = end;
    }

    /** Parses {@code text[start, end)}, which must start with {@code [} (after Go whitespace). */
    public static Result parse(String text, int start, int end) {
        int first = GoStrings.skipSpace(text, start, end);
        if (first >= end || text.charAt(first) != '[') {
            return NOT_JSON;
        }
        return new JsonArray(text, first, end).parseTop();
    }

    /**
     * The string value of {@code key} when the whole text is one JSON object (Go's
     * {@code json.Unmarshal} into a map: the last duplicate wins), else empty.
     */
    public static Optional<String> objectStringField(String text, String key) {
        JsonArray p = new JsonArray(text, 0, text.length());
        p.skipWs();
        if (p.peek() != '{') {
            return Optional.empty();
        }
        p.pos++;
        String value = null;
        p.skipWs();
        if (p.peek() == '}') {
            p.pos++;
        } else {
            while (true) {
                p.skipWs();
                if (p.peek() != '"') {
                    return Optional.empty();
                }
                String name = p.string();
                p.skipWs();
                if (name == null || p.peek() != ':') {
                    return Optional.empty();
                }
                p.pos++;
                p.skipWs();
                boolean isString = p.peek() == '"';
                if (isString) {
                    String v = p.string();
                    if (v == null) {
                        return Optional.empty();
                    }
                    if (name.equals(key)) {
                        value = v;
                    }
                } else {
                    if (!p.skipValue()) {
                        return Optional.empty();
                    }
                    if (name.equals(key)) {
                        value = null;
                    }
                }
                p.skipWs();
                if (p.peek() == ',') {
                    p.pos++;
                } else if (p.peek() == '}') {
                    p.pos++;
                    break;
                } else {
                    return Optional.empty();
                }
            }
        }
        p.skipWs();
        return p.pos == p.end ? Optional.ofNullable(value) : Optional.empty();
    }

    private Result parseTop() {
        List<Element> elements = new ArrayList<>();
        int nonString = -1;
        // Top-level array: elements are validated value by value.
        pos++; // '['
        skipWs();
        if (peek() == ']') {
            pos++;
        } else {
            while (true) {
                skipWs();
                int valueStart = pos;
                if (peek() == '"') {
                    String value = string();
                    if (value == null) {
                        return NOT_JSON;
                    }
                    elements.add(new Element(value, valueStart, pos));
                } else {
                    if (!skipValue()) {
                        return NOT_JSON;
                    }
                    if (nonString < 0) {
                        nonString = valueStart;
                    }
                }
                skipWs();
                int c = peek();
                if (c == ',') {
                    pos++;
                } else if (c == ']') {
                    pos++;
                    break;
                } else {
                    return NOT_JSON;
                }
            }
        }
        skipWs();
        if (pos != end) {
            return NOT_JSON;
        }
        return nonString >= 0 ? new NotStringArray(nonString) : new StringArray(elements);
    }

    /** Validates any JSON value without building it; iterative over nesting. */
    private boolean skipValue() {
        // Stack of open containers: true = object, false = array.
        boolean[] stack = new boolean[16];
        int depth = 0;
        // Each iteration parses one value, then closes containers / consumes separators.
        while (true) {
            skipWs();
            int c = peek();
            if (c == '{' || c == '[') {
                pos++;
                if (depth + 1 >= MAX_DEPTH) {
                    return false;
                }
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                boolean object = c == '{';
                stack[depth++] = object;
                skipWs();
                if (peek() == (object ? '}' : ']')) {
                    pos++;
                    depth--;
                } else {
                    if (object && !objectKey()) {
                        return false;
                    }
                    continue;
                }
            } else if (c == '"') {
                if (string() == null) {
                    return false;
                }
            } else if (c == 't') {
                if (!literal("true")) {
                    return false;
                }
            } else if (c == 'f') {
                if (!literal("false")) {
                    return false;
                }
            } else if (c == 'n') {
                if (!literal("null")) {
                    return false;
                }
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!number()) {
                    return false;
                }
            } else {
                return false;
            }
            // after a value: separators and closers
            while (true) {
                if (depth == 0) {
                    return true;
                }
                skipWs();
                boolean object = stack[depth - 1];
                int next = peek();
                if (next == ',') {
                    pos++;
                    if (object && !objectKey()) {
                        return false;
                    }
                    break;
                } else if (next == (object ? '}' : ']')) {
                    pos++;
                    depth--;
                } else {
                    return false;
                }
            }
        }
    }

    /** {@code "key" :} inside an object. */
    private boolean objectKey() {
        skipWs();
        if (peek() != '"' || string() == null) {
            return false;
        }
        skipWs();
        if (peek() != ':') {
            return false;
        }
        pos++;
        return true;
    }

    private boolean literal(String word) {
        if (end - pos < word.length() || !s.startsWith(word, pos)) {
            return false;
        }
        pos += word.length();
        return true;
    }

    private boolean number() {
        if (peek() == '-') {
            pos++;
        }
        int c = peek();
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            return false;
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                return false;
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        c = peek();
        if (c == 'e' || c == 'E') {
            pos++;
            c = peek();
            if (c == '+' || c == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                return false;
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        return true;
    }

    /** A string literal at {@code pos}; returns its decoded value or null when invalid. */
    private String string() {
        pos++; // opening quote
        StringBuilder out = null;
        int runStart = pos;
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == '"') {
                String value = out == null ? s.substring(runStart, pos) : out.append(s, runStart, pos).toString();
                pos++;
                return value;
            }
            if (c < 0x20) {
                return null;
            }
            if (c == '\\' || GoStrings.isRawByte(c) || Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(s, runStart, pos);
                if (c == '\\') {
                    if (!escape(out)) {
                        return null;
                    }
                } else if (Character.isHighSurrogate(c) && pos + 1 < end && Character.isLowSurrogate(s.charAt(pos + 1))) {
                    out.append(c).append(s.charAt(pos + 1));
                    pos += 2;
                } else {
                    out.append('\uFFFD'); // invalid UTF-8 is replaced, as Go does
                    pos++;
                }
                runStart = pos;
                continue;
            }
            pos++;
        }
        return null;
    }

    private boolean escape(StringBuilder out) {
        pos++; // backslash
        if (pos >= end) {
            return false;
        }
        char e = s.charAt(pos++);
        switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                int unit = hex4();
                if (unit < 0) {
                    return false;
                }
                if (Character.isHighSurrogate((char) unit)) {
                    int save = pos;
                    if (pos + 1 < end && s.charAt(pos) == '\\' && s.charAt(pos + 1) == 'u') {
                        pos += 2;
                        int low = hex4();
                        if (low >= 0 && Character.isLowSurrogate((char) low)) {
                            out.append((char) unit).append((char) low);
                            return true;
                        }
                    }
                    pos = save;
                    out.append('\uFFFD');
                } else if (Character.isLowSurrogate((char) unit)) {
                    out.append('\uFFFD');
                } else {
                    out.append((char) unit);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private int hex4() {
        if (end - pos < 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos + i), 16);
            if (d < 0 || s.charAt(pos + i) > 'f') {
                return -1;
            }
            value = value * 16 + d;
        }
        pos += 4;
        return value;
    }

    private void skipWs() {
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private int peek() {
        return pos < end ? s.charAt(pos) : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}

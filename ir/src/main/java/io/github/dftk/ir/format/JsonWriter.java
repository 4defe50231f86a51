package io.github.dftk.ir.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;

/**
 * Writes JSON token by token to an {@link Appendable}, without building a tree. Misuse (a
 * value where a name is due, unbalanced ends) throws {@link IllegalStateException}: that is a
 * dftk bug, never a user error.
 *
 * <p>Layouts: {@link #compact} writes no whitespace at all (one line per document);
 * {@link #pretty} indents by two spaces, except inside objects opened with
 * {@link #beginInlineObject()}, which stay on one line (used for small leaf nodes such as
 * ranges and words, which would otherwise take a dozen lines each).
 *
 * <p>Strings are escaped so the output is valid UTF-8 JSON for any Java string: control
 * characters and lone surrogates (the way dftk keeps bytes that are not UTF-8) become
 * {@code \\uXXXX}.
 */
public final class JsonWriter {

    private enum Kind { OBJECT, ARRAY }

    /** One open object or array. */
    private static final class Frame {
        final Kind kind;
        final boolean inline;
        boolean empty = true;
        boolean nameWritten;

        Frame(Kind kind, boolean inline) {
            this.kind = kind;
            this.inline = inline;
        }
    }

    private final Appendable out;
    private final boolean pretty;
    private final ArrayDeque<Frame> stack = new ArrayDeque<>();
    private boolean done;

    private JsonWriter(Appendable out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    /** No whitespace: {@code {"a":1,"b":[true]}}. */
    public static JsonWriter compact(Appendable out) {
        return new JsonWriter(out, false);
    }

    /** Two-space indentation, inline objects on one line. */
    public static JsonWriter pretty(Appendable out) {
        return new JsonWriter(out, true);
    }

    public JsonWriter beginObject() {
        return open(Kind.OBJECT, '{', false);
    }

    /** An object written on one line even in the pretty layout (with everything inside it). */
    public JsonWriter beginInlineObject() {
        return open(Kind.OBJECT, '{', true);
    }

    public JsonWriter endObject() {
        return close(Kind.OBJECT, '}');
    }

    public JsonWriter beginArray() {
        return open(Kind.ARRAY, '[', false);
    }

    public JsonWriter endArray() {
        return close(Kind.ARRAY, ']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        Frame frame = stack.peek();
        if (frame == null || frame.kind != Kind.OBJECT || frame.nameWritten) {
            throw new IllegalStateException("a name is not allowed here: " + name);
        }
        separator(frame);
        string(name);
        append(pretty ? ": " : ":");
        frame.nameWritten = true;
        return this;
    }

    public JsonWriter value(String value) {
        beforeValue();
        string(value);
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        append(Long.toString(value));
        return this;
    }

    /** A finite number, written in plain decimal notation (never with an exponent). */
    public JsonWriter value(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        beforeValue();
        append(BigDecimal.valueOf(value).toPlainString());
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        append(value ? "true" : "false");
        return this;
    }

    /** Whether one complete top-level value has been written. */
    public boolean isComplete() {
        return done;
    }

    private JsonWriter open(Kind kind, char bracket, boolean inline) {
        Frame parent = stack.peek();
        beforeValue();
        stack.push(new Frame(kind, inline || (parent != null && parent.inline)));
        append(bracket);
        done = false;
        return this;
    }

    private JsonWriter close(Kind kind, char bracket) {
        Frame frame = stack.peek();
        if (frame == null || frame.kind != kind || frame.nameWritten) {
            throw new IllegalStateException("cannot close " + kind + " here");
        }
        stack.pop();
        if (pretty && !frame.inline && !frame.empty) {
            newline(stack.size());
        }
        append(bracket);
        done = stack.isEmpty();
        return this;
    }

    /** Checks a value is allowed here and writes what goes before it. */
    private void beforeValue() {
        Frame frame = stack.peek();
        if (frame == null) {
            if (done) {
                throw new IllegalStateException("the document is complete");
            }
            done = true;
            return;
        }
        if (frame.kind == Kind.OBJECT) {
            if (!frame.nameWritten) {
                throw new IllegalStateException("an object member needs a name first");
            }
            frame.nameWritten = false;
            frame.empty = false;
        } else {
            separator(frame);
        }
    }

    /** The comma and line break before an array element or object member. */
    private void separator(Frame frame) {
        if (!frame.empty) {
            append(pretty && frame.inline ? ", " : ",");
        }
        frame.empty = false;
        if (pretty && !frame.inline) {
            newline(stack.size());
        }
    }

    private void newline(int depth) {
        append('\n');
        for (int i = 0; i < depth; i++) {
            append("  ");
        }
    }

    private void string(String s) {
        append('"');
        int runStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(s, i, c);
            if (escape != null) {
                append(s, runStart, i);
                append(escape);
                runStart = i + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            }
        }
        append(s, runStart, s.length());
        append('"');
    }

    /** The escape for the character at {@code i}, or null when it is written as is. */
    private static String escape(String s, int i, char c) {
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            default:
                break;
        }
        boolean loneSurrogate = (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
        if (c < 0x20 || loneSurrogate) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }

    private void append(char c) {
        try {
            out.append(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(CharSequence s) {
        append(s, 0, s.length());
    }

    private void append(CharSequence s, int from, int to) {
        if (from == to) {
            return;
        }
        try {
            out.append(s, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

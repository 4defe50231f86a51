package io.github.dftk.parser.shell;

/** Collects expanded text as a single word; reusable after {@link #take()}. */
final class TextSink implements WordSink {

    private final StringBuilder text;

    TextSink(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void literal(int codePoint) {
        text.appendCodePoint(codePoint);
    }

    @Override
    public void expansion(String value) {
        text.append(value);
    }

    @Override
    public void verbatim(int codePoint) {
        text.appendCodePoint(codePoint);
    }

    @Override
    public void verbatim(String value) {
        text.append(value);
    }

    /** Returns the collected text and empties the sink. */
    String take() {
        String result = text.toString();
        text.setLength(0);
        return result;
    }
}

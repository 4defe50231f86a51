package io.github.dftk.lint.format;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs code that writes with {@link io.github.dftk.ir.format.JsonWriter}, which reports I/O
 * failures unchecked, and gives {@link ReportFormat#write}'s callers the checked
 * {@link IOException} back.
 */
final class JsonOutput {

    interface Body {
        void write() throws IOException;
    }

    private JsonOutput() {
    }

    static void write(Body body) throws IOException {
        try {
            body.write();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

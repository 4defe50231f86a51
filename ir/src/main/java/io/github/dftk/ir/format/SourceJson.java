package io.github.dftk.ir.format;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.SourceRange;

/**
 * The JSON shapes of source ranges and diagnostics, shared by every dftk JSON output (AST,
 * graph, lint), so that a client reads them one way everywhere.
 */
public final class SourceJson {

    private SourceJson() {
    }

    /** {@code {"start":{"line","column","offset"},"end":{…}}}, on one line. */
    public static void range(JsonWriter json, SourceRange r) {
        json.beginInlineObject();
        json.name("start").beginObject();
        json.name("line").value(r.startLine());
        json.name("column").value(r.startColumn());
        json.name("offset").value(r.startOffset());
        json.endObject();
        json.name("end").beginObject();
        json.name("line").value(r.endLine());
        json.name("column").value(r.endColumn());
        json.name("offset").value(r.endOffset());
        json.endObject();
        json.endObject();
    }

    /** A {@code diagnostic} node: type, range, code, severity, message, and reason/fix when present. */
    public static void diagnostic(JsonWriter json, Diagnostic d) {
        json.beginObject();
        json.name("type").value("diagnostic");
        json.name("range");
        range(json, d.range());
        json.name("code").value(d.code());
        json.name("severity").value(d.severity().label());
        json.name("message").value(d.message());
        d.reason().ifPresent(r -> json.name("reason").value(r));
        d.fix().ifPresent(f -> json.name("fix").value(f));
        json.endObject();
    }
}

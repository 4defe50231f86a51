package io.github.dftk.lint.format;

import io.github.dftk.ast.SourceRange;
import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.lint.Finding;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.LintResult;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.lint.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 (GitHub code scanning and other SARIF viewers): one run whose driver is dftk,
 * listing the rules that have findings (sorted by code: id, description, doc link, default
 * level, family and category); every linted file as an artifact; each finding as a result
 * with its exact region (1-based, end-exclusive columns in UTF-16 code units, SARIF's
 * default) and its fix as replacements; as tool execution notifications, rules that failed
 * (errors on their file) and notices (warnings, once each: ShellCheck missing, failed or timed
 * out, so its findings are missing).
 *
 * <p>Compared with hadolint's {@code sarif}: results keep hadolint's rule ids, levels (info
 * and style become note, as hadolint maps them; DL1000 is error) and messages, and each sits
 * where hadolint puts it. The tool is dftk; regions have real columns and ends (hadolint:
 * column 1 to 1); rules, artifacts, fixes and invocations are added; only ShellCheck's regions
 * name their language ({@code sh}), the rest falling back on the run's {@code dockerfile}
 * (hadolint names it on every region). File names become URI references, as SARIF requires
 * (hadolint writes them as they are): relative ones percent-encoded, absolute ones
 * {@code file://} URIs. hadolint ignores {@code --file-path-in-report} here; dftk does not.
 */
final class SarifFormat implements ReportFormat {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String description() {
        return "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers";
    }

    @Override
    public boolean showsNotices(ReportOptions options) {
        return true;
    }

    @Override
    public boolean showsFixes(ReportOptions options) {
        return true;
    }

    @Override
    public void write(List<LintResult> results, ReportOptions options, Appendable out) throws IOException {
        Map<String, RuleMeta> rules = new TreeMap<>();
        Map<String, Integer> artifacts = new LinkedHashMap<>();
        for (LintResult result : results) {
            artifacts.putIfAbsent(uri(options.reportedName(result)), artifacts.size());
            result.findings().forEach(finding -> rules.putIfAbsent(finding.code(), finding.rule()));
        }
        List<String> ruleIds = List.copyOf(rules.keySet());
        JsonOutput.write(() -> {
            JsonWriter json = JsonWriter.pretty(out);
            json.beginObject()
                    .name("$schema").value(SCHEMA)
                    .name("version").value("2.1.0")
                    .name("runs").beginArray().beginObject();
            driver(json, options.toolVersion(), rules.values());
            invocation(json, results, options, artifacts);
            json.name("columnKind").value("utf16CodeUnits")
                    .name("defaultSourceLanguage").value("dockerfile");
            json.name("artifacts").beginArray();
            for (String uri : artifacts.keySet()) {
                json.beginObject().name("location").beginInlineObject().name("uri").value(uri).endObject().endObject();
            }
            json.endArray();
            json.name("results").beginArray();
            for (LintResult result : results) {
                String uri = uri(options.reportedName(result));
                for (Finding finding : result.findings()) {
                    result(json, finding, ruleIds.indexOf(finding.code()), uri, artifacts.get(uri));
                }
            }
            json.endArray();
            json.endObject().endArray().endObject();
            out.append('\n');
        });
    }

    private static void driver(JsonWriter json, String version, Iterable<RuleMeta> rules) {
        json.name("tool").beginObject().name("driver").beginObject()
                .name("name").value("dftk")
                .name("version").value(version)
                .name("rules").beginArray();
        for (RuleMeta rule : rules) {
            String family = rule.family().name().toLowerCase(Locale.ROOT);
            json.beginObject()
                    .name("id").value(rule.code())
                    .name("shortDescription").beginInlineObject().name("text").value(rule.description()).endObject();
            if (!rule.docUrl().isBlank()) {
                json.name("helpUri").value(rule.docUrl());
            }
            json.name("defaultConfiguration").beginInlineObject()
                    .name("level").value(level(rule.defaultSeverity())).endObject()
                    .name("properties").beginInlineObject()
                    .name("category").value(rule.category())
                    .name("family").value(family)
                    .name("tags").beginArray().value(family).value(rule.category()).endArray()
                    .endObject()
                    .endObject();
        }
        json.endArray().endObject().endObject();
    }

    /**
     * Whether every rule ran to the end; the ones that threw, as error notifications on their
     * file; the notices, as warnings (dftk ran, but some findings may be missing).
     */
    private static void invocation(JsonWriter json, List<LintResult> results, ReportOptions options,
            Map<String, Integer> artifacts) {
        boolean successful = results.stream().allMatch(result -> result.ruleFailures().isEmpty());
        Set<String> notices = LintResult.notices(results);
        json.name("invocations").beginArray().beginObject().name("executionSuccessful").value(successful);
        if (!successful || !notices.isEmpty()) {
            json.name("toolExecutionNotifications").beginArray();
            for (LintResult result : results) {
                String uri = uri(options.reportedName(result));
                for (String failure : result.ruleFailures()) {
                    json.beginObject()
                            .name("level").value("error")
                            .name("message").beginInlineObject().name("text").value(failure).endObject()
                            .name("locations").beginArray().beginObject()
                            .name("physicalLocation").beginObject()
                            .name("artifactLocation");
                    artifactLocation(json, uri, artifacts.get(uri));
                    json.endObject().endObject().endArray().endObject();
                }
            }
            for (String notice : notices) {
                json.beginObject()
                        .name("level").value("warning")
                        .name("message").beginInlineObject().name("text").value(notice).endObject()
                        .endObject();
            }
            json.endArray();
        }
        json.endObject().endArray();
    }

    private static void result(JsonWriter json, Finding finding, int ruleIndex, String uri, int artifactIndex) {
        json.beginObject()
                .name("ruleId").value(finding.code())
                .name("ruleIndex").value(ruleIndex)
                .name("level").value(level(finding.severity()))
                .name("message").beginInlineObject().name("text").value(finding.message()).endObject()
                .name("locations").beginArray().beginObject()
                .name("physicalLocation").beginObject()
                .name("artifactLocation");
        artifactLocation(json, uri, artifactIndex);
        json.name("region");
        region(json, finding.range(), finding.rule().family() == RuleFamily.SHELLCHECK);
        json.endObject().endObject().endArray();
        if (finding.fix().isPresent() && !finding.fix().get().edits().isEmpty()) {
            json.name("fixes").beginArray();
            fix(json, finding.fix().get(), uri, artifactIndex);
            json.endArray();
        }
        json.endObject();
    }

    private static void fix(JsonWriter json, Fix fix, String uri, int artifactIndex) {
        json.beginObject()
                .name("description").beginInlineObject().name("text").value(fix.title()).endObject()
                .name("artifactChanges").beginArray().beginObject()
                .name("artifactLocation");
        artifactLocation(json, uri, artifactIndex);
        json.name("replacements").beginArray();
        for (TextEdit edit : fix.edits()) {
            json.beginObject().name("deletedRegion");
            region(json, edit.range(), false);
            if (!edit.newText().isEmpty()) {
                json.name("insertedContent").beginInlineObject().name("text").value(edit.newText()).endObject();
            }
            json.endObject();
        }
        json.endArray().endObject().endArray().endObject();
    }

    private static void artifactLocation(JsonWriter json, String uri, int index) {
        json.beginInlineObject().name("uri").value(uri).name("index").value(index).endObject();
    }

    private static void region(JsonWriter json, SourceRange range, boolean shell) {
        json.beginInlineObject()
                .name("startLine").value(range.startLine())
                .name("startColumn").value(range.startColumn())
                .name("endLine").value(range.endLine())
                .name("endColumn").value(range.endColumn());
        if (shell) {
            json.name("sourceLanguage").value("sh");
        }
        json.endObject();
    }

    /** SARIF has three levels; hadolint puts info and style under "note". */
    private static String level(LintSeverity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "note";
            case IGNORE -> "none";
        };
    }

    /**
     * A file name as a URI reference: UTF-8 bytes other than unreserved characters and
     * {@code /} percent-encoded (so a relative name never reads as a scheme), an absolute path
     * as a {@code file://} URI.
     */
    static String uri(String fileName) {
        StringBuilder out = new StringBuilder(fileName.startsWith("/") ? "file://" : "");
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

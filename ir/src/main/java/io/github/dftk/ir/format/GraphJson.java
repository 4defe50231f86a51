package io.github.dftk.ir.format;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ir.BuildGraph;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.ExecMount;
import io.github.dftk.ir.FileAction;
import io.github.dftk.ir.GraphAnalysis;
import io.github.dftk.ir.GraphDiff;
import io.github.dftk.ir.ImageConfig;
import io.github.dftk.ir.Op;
import io.github.dftk.ir.StageGraph;
import io.github.dftk.ir.Vertex;
import io.github.dftk.ir.source.CacheSharing;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The build graph as JSON; the schema is documented in {@code docs/graph-json.md}. */
public final class GraphJson {

    /** Bumped when a field is removed or changes meaning; additions keep it. */
    public static final int SCHEMA_VERSION = 1;

    private final JsonWriter json;

    private GraphJson(JsonWriter json) {
        this.json = json;
    }

    public static void write(BuildGraph graph, String file, JsonWriter json) {
        new GraphJson(json).graph(graph, file);
    }

    /** A diff as {@code {"schemaVersion","summary":{status:count},"entries":[{status, vertex}]}}. */
    public static void writeDiff(GraphDiff diff, JsonWriter json) {
        GraphJson writer = new GraphJson(json);
        json.beginObject();
        json.name("schemaVersion").value(SCHEMA_VERSION);
        json.name("summary").beginObject();
        for (GraphDiff.Status status : GraphDiff.Status.values()) {
            json.name(status.name().toLowerCase(java.util.Locale.ROOT)).value(diff.count(status));
        }
        json.endObject();
        json.name("entries").beginArray();
        for (GraphDiff.Entry entry : diff.entries()) {
            json.beginObject();
            json.name("status").value(entry.status().name().toLowerCase(java.util.Locale.ROOT));
            json.name("vertex");
            writer.vertex(entry.vertex());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private void graph(BuildGraph graph, String file) {
        GraphAnalysis analysis = GraphAnalysis.of(graph);
        json.beginObject();
        json.name("schemaVersion").value(SCHEMA_VERSION);
        json.name("file").value(file);
        json.name("target").value(graph.target());
        json.name("buildPlatform").value(graph.options().buildPlatform().toString());
        json.name("targetPlatform").value(graph.options().effectiveTargetPlatform().toString());
        json.name("buildArgs").beginObject();
        graph.options().buildArgs().forEach((k, v) -> json.name(k).value(v));
        json.endObject();
        json.name("buildContexts").beginObject();
        graph.options().buildContexts().forEach((k, v) -> json.name(k).value(v));
        json.endObject();
        json.name("stages").beginArray();
        graph.stages().forEach(this::stage);
        json.endArray();
        json.name("vertices").beginArray();
        graph.vertices().forEach(this::vertex);
        json.endArray();
        json.name("levels").beginArray();
        for (List<Vertex> level : analysis.levels()) {
            ids(level);
        }
        json.endArray();
        json.name("criticalPath");
        ids(analysis.criticalPath());
        json.name("diagnostics").beginArray();
        for (Diagnostic d : graph.diagnostics()) {
            SourceJson.diagnostic(json, d);
        }
        json.endArray();
        json.endObject();
    }

    private void ids(List<Vertex> vertices) {
        json.beginArray();
        vertices.forEach(v -> json.value(v.id()));
        json.endArray();
    }

    private void stage(StageGraph stage) {
        json.beginObject();
        json.name("index").value(stage.index());
        stage.name().ifPresent(n -> json.name("name").value(n));
        json.name("base").value(stage.base());
        json.name("platform").value(stage.platform().toString());
        json.name("needed").value(stage.needed());
        stage.result().ifPresent(v -> json.name("result").value(v.id()));
        json.name("range");
        SourceJson.range(json, stage.range());
        json.name("config");
        config(stage.config());
        json.endObject();
    }

    private void config(ImageConfig c) {
        json.beginObject();
        json.name("inheritsBaseImage").value(c.inheritsBaseImage());
        strings("env", c.env());
        c.user().ifPresent(u -> json.name("user").value(u));
        c.workdir().ifPresent(w -> json.name("workdir").value(w));
        c.cmd().ifPresent(cmd -> strings("cmd", cmd));
        c.entrypoint().ifPresent(e -> strings("entrypoint", e));
        strings("shell", c.shell());
        json.name("labels").beginObject();
        for (Map.Entry<String, String> label : c.labels().entrySet()) {
            json.name(label.getKey()).value(label.getValue());
        }
        json.endObject();
        strings("exposedPorts", c.exposedPorts());
        strings("volumes", c.volumes());
        c.healthcheck().ifPresent(h -> {
            json.name("healthcheck").beginObject();
            strings("test", h.test());
            optional("interval", h.interval());
            optional("timeout", h.timeout());
            optional("startPeriod", h.startPeriod());
            optional("startInterval", h.startInterval());
            optional("retries", h.retries());
            json.endObject();
        });
        c.stopSignal().ifPresent(s -> json.name("stopSignal").value(s));
        strings("onbuild", c.onbuild());
        json.endObject();
    }

    private void vertex(Vertex v) {
        json.beginObject();
        json.name("id").value(v.id());
        json.name("kind").value(v.op().kind());
        json.name("label").value(v.label());
        json.name("digest").value(v.digest());
        json.name("definitionDigest").value(v.definitionDigest());
        json.name("stage").value(v.stage());
        v.origin().ifPresent(r -> {
            json.name("range");
            SourceJson.range(json, r);
        });
        json.name("op");
        op(v.op());
        json.name("inputs").beginArray();
        for (Edge e : v.inputs()) {
            json.beginInlineObject();
            json.name("from").value(e.from().id());
            json.name("role").value(e.role().label());
            if (!e.detail().isEmpty()) {
                json.name("detail").value(e.detail());
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private void op(Op op) {
        json.beginObject();
        if (op instanceof Op.ImageSource image) {
            json.name("ref").value(image.ref());
            json.name("written").value(image.written());
            json.name("platform").value(image.platform().toString());
        } else if (op instanceof Op.ContextSource local) {
            json.name("name").value(local.name());
        } else if (op instanceof Op.GitSource git) {
            json.name("remote").value(git.remote());
            optional("ref", git.ref());
            optional("subdir", git.subdir());
            json.name("keepGitDir").value(git.keepGitDir());
            optional("checksum", git.checksum());
            json.name("submodules").value(git.submodules());
        } else if (op instanceof Op.HttpSource http) {
            json.name("url").value(http.url());
            optional("checksum", http.checksum());
            json.name("filename").value(http.filename());
        } else if (op instanceof Op.Exec exec) {
            strings("args", exec.args());
            strings("env", exec.env());
            json.name("cwd").value(exec.cwd());
            json.name("user").value(exec.user());
            json.name("network").value(exec.network());
            json.name("security").value(exec.security());
            json.name("platform").value(exec.platform().toString());
            json.name("mounts").beginArray();
            exec.mounts().forEach(this::mount);
            json.endArray();
        } else if (op instanceof Op.FileOp file) {
            action(file.action());
        }
        json.endObject();
    }

    private void mount(ExecMount m) {
        json.beginObject();
        json.name("type").value(m.type().text());
        json.name("target").value(m.target());
        optional("source", m.selector());
        json.name("readOnly").value(m.readOnly());
        optional("id", m.cacheId());
        optional("sharing", m.sharing().map(CacheSharing::text));
        m.mode().ifPresent(x -> json.name("mode").value(x));
        m.uid().ifPresent(x -> json.name("uid").value(x));
        m.gid().ifPresent(x -> json.name("gid").value(x));
        m.size().ifPresent(x -> json.name("size").value(x));
        json.name("required").value(m.required());
        optional("env", m.env());
        json.endObject();
    }

    private void action(FileAction action) {
        if (action instanceof FileAction.Copy copy) {
            json.name("action").value("copy");
            strings("sources", copy.sources());
            json.name("destination").value(copy.destination());
            optional("chown", copy.chown());
            optional("chmod", copy.chmod());
            json.name("link").value(copy.link());
            json.name("parents").value(copy.parents());
            strings("excludes", copy.excludes());
            json.name("allowWildcard").value(copy.allowWildcard());
            json.name("unpack").value(copy.unpack());
            optional("checksum", copy.checksum());
        } else if (action instanceof FileAction.Mkfile mkfile) {
            json.name("action").value("mkfile");
            json.name("path").value(mkfile.path());
            json.name("content").value(mkfile.content());
            json.name("mode").value(mkfile.mode());
        } else if (action instanceof FileAction.Mkdir mkdir) {
            json.name("action").value("mkdir");
            json.name("path").value(mkdir.path());
            json.name("mode").value(mkdir.mode());
            optional("chown", mkdir.chown());
        }
    }

    private void strings(String name, List<String> values) {
        json.name(name).beginArray();
        values.forEach(json::value);
        json.endArray();
    }

    private void optional(String name, Optional<String> value) {
        value.ifPresent(v -> json.name(name).value(v));
    }
}

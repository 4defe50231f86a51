package io.github.dftk.cli.internal;

import io.github.dftk.ast.AddInstruction;
import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.AstVisitor;
import io.github.dftk.ast.CmdInstruction;
import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.Comment;
import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Directive;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.EntrypointInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.ExperimentalInstruction;
import io.github.dftk.ast.ExposeInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.HealthcheckInstruction;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.InstructionSyntax;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.Keyword;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.ast.MaintainerInstruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.ShellInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.StopSignalInstruction;
import io.github.dftk.ast.UnknownInstruction;
import io.github.dftk.ast.UserInstruction;
import io.github.dftk.ast.VolumeInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.ast.WorkdirInstruction;
import io.github.dftk.ir.format.JsonWriter;
import io.github.dftk.ir.format.SourceJson;
import java.util.List;
import java.util.Optional;

/**
 * Writes a parsed Dockerfile as JSON, schema version {@value #SCHEMA_VERSION}, documented
 * field by field in {@code docs/ast-json.md}. Every node is an object with {@code "type"}, then
 * {@code "range"}, then the fields of its record by name (absent {@code Optional}s left out,
 * lists as arrays); an instruction's {@code "syntax"} comes last because it is long.
 *
 * <p>Changing what a field means, or removing one, needs a new schema version; adding a
 * field does not.
 */
public final class AstJson implements AstVisitor<Void> {

    public static final int SCHEMA_VERSION = 1;

    private final JsonWriter json;

    private AstJson(JsonWriter json) {
        this.json = json;
    }

    /**
     * Writes the whole document.
     *
     * @param file the file name as the user gave it
     * @param diagnostics every diagnostic of the parse, in file order
     */
    public static void write(Dockerfile dockerfile, String file, List<Diagnostic> diagnostics, JsonWriter json) {
        AstJson writer = new AstJson(json);
        json.beginObject();
        json.name("schemaVersion").value(SCHEMA_VERSION);
        json.name("file").value(file);
        json.name("escape").value(String.valueOf(dockerfile.escapeChar()));
        json.name("directives").beginArray();
        dockerfile.directives().forEach(writer::directive);
        json.endArray();
        json.name("instructions").beginArray();
        dockerfile.instructions().forEach(i -> i.accept(writer));
        json.endArray();
        json.name("comments").beginArray();
        dockerfile.comments().forEach(writer::comment);
        json.endArray();
        json.name("diagnostics").beginArray();
        diagnostics.forEach(writer::diagnostic);
        json.endArray();
        json.endObject();
    }

    // ---- instructions ----

    @Override
    public Void visitFrom(FromInstruction i) {
        begin(i, "from");
        word("image", i.image());
        word("asKeyword", i.asKeyword());
        word("stageName", i.stageName());
        flag("platform", i.platform());
        return end(i);
    }

    @Override
    public Void visitRun(RunInstruction i) {
        begin(i, "run");
        json.name("command");
        commandLine(i.command());
        flags("mounts", i.mounts());
        flag("network", i.network());
        flag("security", i.security());
        return end(i);
    }

    @Override
    public Void visitCmd(CmdInstruction i) {
        begin(i, "cmd");
        json.name("command");
        commandLine(i.command());
        return end(i);
    }

    @Override
    public Void visitEntrypoint(EntrypointInstruction i) {
        begin(i, "entrypoint");
        json.name("command");
        commandLine(i.command());
        return end(i);
    }

    @Override
    public Void visitShell(ShellInstruction i) {
        begin(i, "shell");
        words("shell", i.shell());
        return end(i);
    }

    @Override
    public Void visitEnv(EnvInstruction i) {
        begin(i, "env");
        keyValues(i.pairs());
        return end(i);
    }

    @Override
    public Void visitLabel(LabelInstruction i) {
        begin(i, "label");
        keyValues(i.pairs());
        return end(i);
    }

    @Override
    public Void visitArg(ArgInstruction i) {
        begin(i, "arg");
        json.name("declarations").beginArray();
        for (ArgDeclaration d : i.declarations()) {
            json.beginObject();
            node("argDeclaration", d.range());
            word("name", d.name());
            word("defaultValue", d.defaultValue());
            json.endObject();
        }
        json.endArray();
        return end(i);
    }

    @Override
    public Void visitCopy(CopyInstruction i) {
        begin(i, "copy");
        words("sources", i.sources());
        word("destination", i.destination());
        flag("from", i.from());
        flag("chown", i.chown());
        flag("chmod", i.chmod());
        flag("link", i.link());
        flag("parents", i.parents());
        flags("excludes", i.excludes());
        return end(i);
    }

    @Override
    public Void visitAdd(AddInstruction i) {
        begin(i, "add");
        words("sources", i.sources());
        word("destination", i.destination());
        flag("chown", i.chown());
        flag("chmod", i.chmod());
        flag("link", i.link());
        flag("keepGitDir", i.keepGitDir());
        flag("checksum", i.checksum());
        flag("unpack", i.unpack());
        flags("excludes", i.excludes());
        return end(i);
    }

    @Override
    public Void visitExpose(ExposeInstruction i) {
        begin(i, "expose");
        words("ports", i.ports());
        return end(i);
    }

    @Override
    public Void visitVolume(VolumeInstruction i) {
        begin(i, "volume");
        words("paths", i.paths());
        return end(i);
    }

    @Override
    public Void visitUser(UserInstruction i) {
        begin(i, "user");
        word("user", i.user());
        return end(i);
    }

    @Override
    public Void visitWorkdir(WorkdirInstruction i) {
        begin(i, "workdir");
        word("path", i.path());
        return end(i);
    }

    @Override
    public Void visitStopSignal(StopSignalInstruction i) {
        begin(i, "stopsignal");
        word("signal", i.signal());
        return end(i);
    }

    @Override
    public Void visitHealthcheck(HealthcheckInstruction i) {
        begin(i, "healthcheck");
        // The record component is `type`; that name is taken by the node tag.
        word("checkType", i.type());
        if (i.command().isPresent()) {
            json.name("command");
            commandLine(i.command().get());
        }
        return end(i);
    }

    @Override
    public Void visitOnbuild(OnbuildInstruction i) {
        begin(i, "onbuild");
        if (i.trigger().isPresent()) {
            json.name("trigger");
            i.trigger().get().accept(this);
        }
        return end(i);
    }

    @Override
    public Void visitMaintainer(MaintainerInstruction i) {
        begin(i, "maintainer");
        word("name", i.name());
        return end(i);
    }

    @Override
    public Void visitUnknown(UnknownInstruction i) {
        begin(i, "unknown");
        i.suggestion().ifPresent(s -> json.name("suggestion").value(s));
        return end(i);
    }

    @Override
    public Void visitExperimental(ExperimentalInstruction i) {
        begin(i, "experimental");
        json.name("proposal").value(i.proposal());
        // The payload is the proposal's own type; the core knows only its description.
        json.name("node").beginObject();
        node("extension", i.range());
        json.name("description").value(i.node().describe());
        json.endObject();
        return end(i);
    }

    /** An instruction type this writer does not know yet: its tag is the keyword, with the syntax only. */
    @Override
    public Void visitDefault(Instruction i) {
        begin(i, i.keyword().name());
        return end(i);
    }

    private void begin(Instruction instruction, String type) {
        json.beginObject();
        node(type, instruction.range());
    }

    private Void end(Instruction instruction) {
        json.name("syntax");
        syntax(instruction.syntax());
        json.endObject();
        return null;
    }

    // ---- shared nodes ----

    private void syntax(InstructionSyntax s) {
        json.beginObject();
        node("instructionSyntax", s.range());
        json.name("keyword");
        keyword(s.keyword());
        flags("flags", s.flags());
        words("arguments", s.arguments());
        json.name("json").value(s.json());
        word("rest", s.rest());
        json.name("original").value(s.original());
        json.name("comments").beginArray();
        s.comments().forEach(this::comment);
        json.endArray();
        json.name("heredocs").beginArray();
        s.heredocs().forEach(this::heredoc);
        json.endArray();
        if (s.nested().isPresent()) {
            json.name("nested");
            syntax(s.nested().get());
        }
        json.name("emptyContinuationLines").beginArray();
        s.emptyContinuationLines().forEach(this::range);
        json.endArray();
        json.endObject();
    }

    private void commandLine(CommandLine command) {
        json.beginObject();
        if (command instanceof CommandLine.ExecForm exec) {
            node("execForm", exec.range());
            words("arguments", exec.arguments());
        } else if (command instanceof CommandLine.ShellForm shell) {
            node("shellForm", shell.range());
            word("script", shell.script());
        }
        json.endObject();
    }

    private void heredoc(Heredoc h) {
        json.beginObject();
        node("heredoc", SourceRange.span(h.markerRange(), h.terminatorRange()));
        json.name("name").value(h.name());
        json.name("fileDescriptor").value(h.fileDescriptor());
        json.name("expand").value(h.expand());
        json.name("chomp").value(h.chomp());
        json.name("content").value(h.content());
        json.name("markerRange");
        range(h.markerRange());
        json.name("bodyRange");
        range(h.bodyRange());
        json.name("terminatorRange");
        range(h.terminatorRange());
        json.endObject();
    }

    private void keyValues(List<KeyValue> pairs) {
        json.name("pairs").beginArray();
        for (KeyValue pair : pairs) {
            json.beginObject();
            node("keyValue", pair.range());
            word("key", pair.key());
            word("value", pair.value());
            json.name("legacyForm").value(pair.legacyForm());
            json.endObject();
        }
        json.endArray();
    }

    private void directive(Directive d) {
        json.beginObject();
        node("directive", d.range());
        json.name("name").value(d.name());
        json.name("value").value(d.value());
        json.name("valueRange");
        range(d.valueRange());
        json.endObject();
    }

    private void comment(Comment c) {
        json.beginInlineObject();
        node("comment", c.range());
        json.name("text").value(c.text());
        json.endObject();
    }

    private void diagnostic(Diagnostic d) {
        SourceJson.diagnostic(json, d);
    }

    private void keyword(Keyword k) {
        json.beginInlineObject();
        node("keyword", k.range());
        json.name("text").value(k.text());
        json.endObject();
    }

    private void word(String name, Optional<Word> word) {
        if (word.isPresent()) {
            word(name, word.get());
        }
    }

    private void word(String name, Word word) {
        json.name(name);
        word(word);
    }

    private void word(Word w) {
        json.beginInlineObject();
        node("word", w.range());
        json.name("text").value(w.text());
        json.endObject();
    }

    private void words(String name, List<Word> words) {
        json.name(name).beginArray();
        words.forEach(this::word);
        json.endArray();
    }

    private void flag(String name, Optional<Flag> flag) {
        if (flag.isPresent()) {
            json.name(name);
            flag(flag.get());
        }
    }

    private void flag(Flag f) {
        json.beginInlineObject();
        node("flag", f.range());
        json.name("text").value(f.text());
        json.name("name").value(f.name());
        f.value().ifPresent(v -> json.name("value").value(v));
        json.endObject();
    }

    private void flags(String name, List<Flag> flags) {
        json.name(name).beginArray();
        flags.forEach(this::flag);
        json.endArray();
    }

    /** The {@code "type"} and {@code "range"} every node starts with. */
    private void node(String type, SourceRange range) {
        json.name("type").value(type);
        json.name("range");
        range(range);
    }

    private void range(SourceRange r) {
        SourceJson.range(json, r);
    }
}

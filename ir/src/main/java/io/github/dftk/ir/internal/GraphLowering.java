package io.github.dftk.ir.internal;

import io.github.dftk.ast.AddInstruction;
import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.AstVisitor;
import io.github.dftk.ast.CmdInstruction;
import io.github.dftk.ast.CommandLine;
import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.EntrypointInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.ExposeInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.HealthcheckInstruction;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.ShellInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.StopSignalInstruction;
import io.github.dftk.ast.UserInstruction;
import io.github.dftk.ast.VolumeInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.ast.WorkdirInstruction;
import io.github.dftk.ir.BuildGraph;
import io.github.dftk.ir.BuildOptions;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.ExecMount;
import io.github.dftk.ir.FileAction;
import io.github.dftk.ir.Healthcheck;
import io.github.dftk.ir.ImageConfig;
import io.github.dftk.ir.Op;
import io.github.dftk.ir.Platform;
import io.github.dftk.ir.StageGraph;
import io.github.dftk.ir.Vertex;
import io.github.dftk.ir.source.MountType;
import io.github.dftk.parser.ParseResult;
import io.github.dftk.parser.WordExpansion;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lowers a parsed Dockerfile to a build graph the way BuildKit's dockerfile2llb does:
 * global ARGs and the automatic platform ARGs for FROM, stage bases (image, earlier stage,
 * scratch), ARG/ENV scoping and expansion, RUN as exec steps, COPY/ADD/WORKDIR as file
 * operations, and the image configuration of every stage.
 */
public final class GraphLowering {

    private final ParseResult parsed;
    private final String text;
    private final char escape;
    private final BuildOptions options;
    private final VertexFactory vertices = new VertexFactory();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Stage> stages;
    private final Map<String, Integer> stageByName = new HashMap<>();
    private final StageGraph[] lowered;
    private final BitSet[] dependencies;
    /** Stages being lowered now: COPY --from a later stage lowers it first, a cycle is an error. */
    private final BitSet inProgress = new BitSet();
    private final Scope global = new Scope();
    private Vertex context;

    private GraphLowering(ParseResult parsed, BuildOptions options) {
        this.parsed = parsed;
        this.text = parsed.text();
        this.escape = parsed.dockerfile().escapeChar();
        this.options = options;
        this.stages = parsed.dockerfile().stages();
        this.lowered = new StageGraph[stages.size()];
        this.dependencies = new BitSet[stages.size()];
    }

    public static BuildGraph lower(ParseResult parsed, BuildOptions options) {
        return new GraphLowering(parsed, options).run();
    }

    private BuildGraph run() {
        Dockerfile dockerfile = parsed.dockerfile();
        for (Stage stage : stages) {
            stage.name().ifPresent(name -> stageByName.putIfAbsent(name, stage.index()));
        }
        int target = targetIndex();
        declareGlobalArgs(dockerfile, target);
        for (Stage stage : stages) {
            ensureLowered(stage.index());
        }
        BitSet needed = neededStages(target);
        List<StageGraph> result = new ArrayList<>(lowered.length);
        for (StageGraph stage : lowered) {
            result.add(new StageGraph(stage.index(), stage.name(), stage.base(), stage.result(), stage.config(),
                    stage.platform(), needed.get(stage.index()), stage.range()));
        }
        return new BuildGraph(vertices.vertices(), result, target, diagnostics, options);
    }

    private int targetIndex() {
        if (options.target().isEmpty()) {
            return stages.size() - 1;
        }
        String name = options.target().get().toLowerCase(Locale.ROOT);
        Integer index = stageByName.get(name);
        if (index == null) {
            diagnostics.add(Diagnostic.error("unknown-target", "target stage \"" + options.target().get()
                    + "\" could not be found", parsed.dockerfile().range())
                    .withFix("name one of the stages: " + String.join(", ", stageByName.keySet())));
            return stages.size() - 1;
        }
        return index;
    }

    // ---- global scope ----

    private void declareGlobalArgs(Dockerfile dockerfile, int target) {
        Platform targetPlatform = options.effectiveTargetPlatform();
        Platform buildPlatform = options.buildPlatform();
        Map<String, String> automatic = new LinkedHashMap<>();
        automatic.put("TARGETPLATFORM", targetPlatform.toString());
        automatic.put("TARGETOS", targetPlatform.os());
        automatic.put("TARGETARCH", targetPlatform.architecture());
        automatic.put("TARGETVARIANT", targetPlatform.variant());
        automatic.put("BUILDPLATFORM", buildPlatform.toString());
        automatic.put("BUILDOS", buildPlatform.os());
        automatic.put("BUILDARCH", buildPlatform.architecture());
        automatic.put("BUILDVARIANT", buildPlatform.variant());
        automatic.put("TARGETOSVERSION", "");
        automatic.put("BUILDOSVERSION", "");
        automatic.put("TARGETSTAGE", options.target().isPresent() && target >= 0 ? stageName(target) : "default");
        automatic.forEach((name, value) -> global.declare(name, options.buildArgs().getOrDefault(name, value)));
        for (Instruction instruction : dockerfile.preamble()) {
            if (instruction instanceof ArgInstruction arg) {
                for (ArgDeclaration declaration : arg.declarations()) {
                    String name = declaration.name().text();
                    String value = options.buildArgs().get(name);
                    if (value == null && declaration.defaultValue().isPresent()) {
                        value = expand(declaration.defaultValue().get(), global.env());
                    }
                    if (value == null) {
                        value = global.value(name).orElse(null);
                    }
                    global.declare(name, value);
                }
            }
        }
    }

    private String stageName(int index) {
        return stages.get(index).name().orElse("stage-" + index);
    }

    // ---- stages ----

    /** Lowers a stage unless done; false when it is being lowered (a dependency cycle). */
    private boolean ensureLowered(int index) {
        if (lowered[index] != null) {
            return true;
        }
        if (inProgress.get(index)) {
            return false;
        }
        inProgress.set(index);
        lowerStage(stages.get(index));
        inProgress.clear(index);
        return true;
    }

    private void lowerStage(Stage stage) {
        FromInstruction from = stage.from();
        BitSet deps = new BitSet();
        dependencies[stage.index()] = deps;
        Platform platform = options.effectiveTargetPlatform();
        if (from.platform().isPresent()) {
            Flag flag = from.platform().get();
            String value = expandFlag(flag, global.env());
            Optional<Platform> parsedPlatform = Platform.parse(value);
            if (parsedPlatform.isPresent()) {
                platform = parsedPlatform.get();
            } else {
                diagnostics.add(Diagnostic.error("bad-platform", "invalid platform \"" + value + "\" in --platform",
                        flag.range()).withFix("write os/arch[/variant], e.g. linux/amd64"));
            }
        }
        String base = from.image().map(image -> expand(image, global.env())).orElse("");
        Optional<Vertex> state = Optional.empty();
        ImageConfig config;
        Integer baseStage = stageByName.get(base.toLowerCase(Locale.ROOT));
        if (baseStage != null && baseStage < stage.index()) {
            deps.set(baseStage);
            StageGraph parent = lowered[baseStage];
            state = parent.result();
            config = parent.config();
            platform = from.platform().isPresent() ? platform : parent.platform();
        } else if (base.equalsIgnoreCase("scratch")) {
            config = ImageConfig.start(false);
        } else {
            config = ImageConfig.start(true);
            // A FROM without an image is already a parse error; there is no source to add.
            if (from.image().isPresent()) {
                state = Optional.of(imageSource(base, platform, stage.index(), from.range(), from.image().get().range()));
            }
        }
        StageLowering lowering = new StageLowering(stage.index(), state, config, platform, deps);
        for (Instruction instruction : stage.instructions()) {
            instruction.accept(lowering);
        }
        lowered[stage.index()] = new StageGraph(stage.index(), stage.name(), base, lowering.state, lowering.config,
                platform, false, from.range());
    }

    private Vertex imageSource(String ref, Platform platform, int stage, SourceRange origin, SourceRange where) {
        Optional<String> normalized = ImageRefs.normalize(ref);
        if (ref.isEmpty()) {
            diagnostics.add(Diagnostic.error("blank-base", "base name (" + text.substring(where.startOffset(),
                    where.endOffset()) + ") should not be blank", where)
                    .withReason("the image name expands to nothing").withFix("give the ARG a default or a --build-arg"));
        } else if (normalized.isEmpty()) {
            diagnostics.add(Diagnostic.error("bad-image", "invalid reference format: \"" + ref + "\"", where)
                    .withReason("the image name does not parse as a registry reference")
                    .withFix("write name[:tag][@digest] in lower case"));
        }
        return vertices.add(new Op.ImageSource(normalized.orElse(ref), ref, platform), List.of(), stage,
                Optional.of(origin));
    }

    private BitSet neededStages(int target) {
        BitSet needed = new BitSet();
        if (target < 0) {
            return needed;
        }
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.push(target);
        while (!todo.isEmpty()) {
            int stage = todo.pop();
            if (!needed.get(stage)) {
                needed.set(stage);
                dependencies[stage].stream().forEach(todo::push);
            }
        }
        return needed;
    }

    // ---- expansion ----

    private String expand(Word word, Env env) {
        WordExpansion expansion = WordExpansion.of(word, env, escape, text);
        for (WordExpansion.Reference reference : expansion.references()) {
            if (!reference.set() && isPlainReference(reference)) {
                diagnostics.add(Diagnostic.warning("undefined-var", "undefined variable $" + reference.name(),
                        reference.range()).withReason("it is not declared with ARG or ENV before this point")
                        .withFix("declare it with ARG " + reference.name() + " or ENV " + reference.name() + "=…"));
            }
        }
        expansion.error().ifPresent(diagnostics::add);
        return expansion.value();
    }

    /** {@code $X} or {@code ${X}}, not {@code ${X:-default}} and friends, which handle the unset case. */
    private boolean isPlainReference(WordExpansion.Reference reference) {
        SourceRange r = reference.range();
        String written = text.substring(r.startOffset(), r.endOffset());
        return !written.startsWith("${") || written.equals("${" + reference.name() + "}");
    }

    private String expandFlag(Flag flag, Env env) {
        String value = flag.valueOrEmpty();
        int valueStart = flag.text().indexOf('=') + 1;
        Word word = new Word(value, valueStart > 0 ? new Word(flag.text(), flag.range()).subRange(valueStart,
                flag.text().length(), text) : flag.range());
        return expand(word, env);
    }

    private Vertex context() {
        if (context == null) {
            context = vertices.add(new Op.ContextSource("context"), List.of(), -1, Optional.empty());
        }
        return context;
    }

    /** One stage's instructions, in order. */
    private final class StageLowering implements AstVisitor<Void> {
        private final int index;
        private final BitSet deps;
        private final Platform platform;
        private final Scope scope = new Scope();
        private Optional<Vertex> state;
        private ImageConfig config;
        private boolean cmdSet;

        StageLowering(int index, Optional<Vertex> state, ImageConfig config, Platform platform, BitSet deps) {
            this.index = index;
            this.state = state;
            this.config = config;
            this.platform = platform;
            this.deps = deps;
        }

        private Env env() {
            return scope.env(config);
        }

        @Override
        public Void visitDefault(Instruction instruction) {
            return null;
        }

        @Override
        public Void visitArg(ArgInstruction arg) {
            for (ArgDeclaration declaration : arg.declarations()) {
                String name = declaration.name().text();
                String value = options.buildArgs().get(name);
                if (value == null && declaration.defaultValue().isPresent()) {
                    value = expand(declaration.defaultValue().get(), env());
                }
                if (value == null) {
                    value = global.value(name).orElse(null);
                }
                scope.declare(name, value);
            }
            return null;
        }

        @Override
        public Void visitEnv(EnvInstruction env) {
            Env before = env();
            List<String[]> values = new ArrayList<>();
            for (KeyValue pair : env.pairs()) {
                values.add(new String[] {expand(pair.key(), before), expand(pair.value(), before)});
            }
            for (String[] kv : values) {
                config = config.withEnv(kv[0], kv[1]);
            }
            return null;
        }

        @Override
        public Void visitLabel(LabelInstruction label) {
            Env env = env();
            for (KeyValue pair : label.pairs()) {
                config = config.withLabel(expand(pair.key(), env), expand(pair.value(), env));
            }
            return null;
        }

        @Override
        public Void visitUser(UserInstruction user) {
            user.user().ifPresent(u -> config = config.withUser(expand(u, env())));
            return null;
        }

        @Override
        public Void visitWorkdir(WorkdirInstruction workdir) {
            if (workdir.path().isEmpty()) {
                return null;
            }
            String path = GoPath.resolve(config.workdir().orElse("/"), expand(workdir.path().get(), env()));
            path = GoPath.clean(path);
            config = config.withWorkdir(path);
            if (!path.equals("/")) {
                fileOp(new FileAction.Mkdir(path, 0755, config.user()), state, Optional.empty(), workdir.range());
            }
            return null;
        }

        @Override
        public Void visitExpose(ExposeInstruction expose) {
            for (Word port : expose.ports()) {
                for (String normalized : ExposedPorts.normalize(expand(port, env()))) {
                    config = config.withExposedPort(normalized);
                }
            }
            return null;
        }

        @Override
        public Void visitVolume(VolumeInstruction volume) {
            for (Word path : volume.paths()) {
                config = config.withVolume(expand(path, env()));
            }
            return null;
        }

        @Override
        public Void visitStopSignal(StopSignalInstruction stop) {
            stop.signal().ifPresent(s -> config = config.withStopSignal(expand(s, env())));
            return null;
        }

        @Override
        public Void visitCmd(CmdInstruction cmd) {
            config = config.withCmd(command(cmd.command()));
            cmdSet = true;
            return null;
        }

        @Override
        public Void visitEntrypoint(EntrypointInstruction entrypoint) {
            config = config.withEntrypoint(command(entrypoint.command()), !cmdSet);
            return null;
        }

        @Override
        public Void visitShell(ShellInstruction shell) {
            if (!shell.shell().isEmpty()) {
                config = config.withShell(shell.shell().stream().map(Word::text).toList());
            }
            return null;
        }

        @Override
        public Void visitHealthcheck(HealthcheckInstruction healthcheck) {
            String type = healthcheck.type().map(w -> w.text().toUpperCase(Locale.ROOT)).orElse("NONE");
            List<String> test = new ArrayList<>();
            if (type.equals("NONE") || healthcheck.command().isEmpty()) {
                test.add("NONE");
            } else if (healthcheck.command().get() instanceof CommandLine.ExecForm exec) {
                test.add("CMD");
                exec.arguments().forEach(w -> test.add(w.text()));
            } else {
                test.add("CMD-SHELL");
                test.add(((CommandLine.ShellForm) healthcheck.command().get()).script().text());
            }
            config = config.withHealthcheck(new Healthcheck(test, value(healthcheck, "interval"),
                    value(healthcheck, "timeout"), value(healthcheck, "start-period"),
                    value(healthcheck, "start-interval"), value(healthcheck, "retries")));
            return null;
        }

        private Optional<String> value(HealthcheckInstruction healthcheck, String flag) {
            return healthcheck.syntax().flag(flag).map(Flag::valueOrEmpty);
        }

        /** BuildKit stores the trigger's text without the ONBUILD keyword, heredoc bodies appended. */
        @Override
        public Void visitOnbuild(OnbuildInstruction onbuild) {
            if (onbuild.trigger().isEmpty()) {
                return null;
            }
            String original = onbuild.syntax().original();
            int keywordEnd = original.indexOf(onbuild.keyword().text()) + onbuild.keyword().text().length();
            StringBuilder expression = new StringBuilder(original.substring(keywordEnd).stripLeading());
            for (Heredoc heredoc : onbuild.syntax().heredocs()) {
                expression.append('\n').append(heredoc.content()).append(heredoc.name());
            }
            config = config.withOnbuild(expression.toString());
            return null;
        }

        @Override
        public Void visitRun(RunInstruction run) {
            List<ExecMount> pipes = new ArrayList<>(0);
            List<Edge> pipeInputs = new ArrayList<>(0);
            List<String> args = runArguments(run, pipes, pipeInputs);
            List<String> env = new ArrayList<>(config.env());
            scope.argValues().forEach((name, value) -> {
                if (config.envValue(name).isEmpty()) {
                    env.add(name + "=" + value);
                }
            });
            String network = run.network().map(f -> expandFlag(f, env())).orElse("default");
            String security = run.security().map(f -> expandFlag(f, env())).orElse("sandbox");
            List<Edge> inputs = new ArrayList<>();
            state.ifPresent(s -> inputs.add(new Edge(s, Edge.Role.ROOTFS, "/")));
            MountLowering.Result mounts = MountLowering.lower(run, new MountLowering.Context(
                    config.workdir().orElse("/"), ShellLexer.builder().escape(escape).build(), env(), text,
                    this::mountSource, GraphLowering.this::context, vertices, diagnostics, index));
            inputs.addAll(mounts.inputs());
            inputs.addAll(pipeInputs);
            List<ExecMount> allMounts = new ArrayList<>(mounts.mounts());
            allMounts.addAll(pipes);
            Op.Exec exec = new Op.Exec(args, env, config.workdir().orElse("/"), config.user().orElse(""), network,
                    security, allMounts, platform);
            state = Optional.of(vertices.add(exec, inputs, index, Optional.of(run.range())));
            return null;
        }

        /** The state a {@code --mount from=} names for the mount written at {@code target}. */
        private Optional<Vertex> mountSource(String from, String target, SourceRange where) {
            return stageOrImage(from, where, Optional.of(target));
        }

        /**
         * The argv of a RUN. A lone heredoc that starts with {@code #!} becomes an executable
         * file mounted read-only at {@code /dev/pipes/}, as BuildKit runs such scripts.
         */
        private List<String> runArguments(RunInstruction run, List<ExecMount> pipes, List<Edge> pipeInputs) {
            if (run.command() instanceof CommandLine.ExecForm exec) {
                return exec.arguments().stream().map(Word::text).toList();
            }
            String script = ((CommandLine.ShellForm) run.command()).script().text();
            List<Heredoc> heredocs = run.syntax().heredocs();
            List<String> args = new ArrayList<>(config.shell());
            if (heredocs.size() == 1 && script.trim().equals(markerText(heredocs.get(0)))) {
                Heredoc heredoc = heredocs.get(0);
                String content = heredoc.effectiveContent();
                if (content.startsWith("#!")) {
                    Vertex file = vertices.add(new Op.FileOp(new FileAction.Mkfile("/" + heredoc.name(), content, 0755)),
                            List.of(), index, Optional.of(run.range()));
                    pipes.add(new ExecMount(MountType.BIND, "/dev/pipes/", Optional.empty(), true, Optional.empty(),
                            Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                            OptionalLong.empty(), false, Optional.empty()));
                    pipeInputs.add(new Edge(file, Edge.Role.MOUNT, "/dev/pipes/"));
                    args.add("/dev/pipes/" + heredoc.name());
                } else {
                    args.add(content);
                }
                return args;
            }
            StringBuilder full = new StringBuilder(script);
            for (Heredoc heredoc : heredocs) {
                full.append('\n').append(heredoc.effectiveContent()).append(heredoc.name());
            }
            args.add(full.toString());
            return args;
        }

        private List<String> command(CommandLine command) {
            if (command instanceof CommandLine.ExecForm exec) {
                return exec.arguments().stream().map(Word::text).toList();
            }
            List<String> args = new ArrayList<>(config.shell());
            args.add(((CommandLine.ShellForm) command).script().text());
            return args;
        }

        @Override
        public Void visitCopy(CopyInstruction copy) {
            Optional<Vertex> from = Optional.empty();
            boolean fromContext = copy.from().isEmpty();
            if (copy.from().isPresent()) {
                String name = expandFlag(copy.from().get(), env());
                from = stageOrImage(name, copy.from().get().range(), Optional.empty());
            }
            transfer(copy.syntax().heredocs(), copy.sources(), copy.destination(), from, fromContext, copy.chown(),
                    copy.chmod(), copy.link(), copy.parents(), copy.excludes(), false, Optional.empty(), copy.range());
            return null;
        }

        @Override
        public Void visitAdd(AddInstruction add) {
            Optional<String> checksum = add.checksum().map(f -> expandFlag(f, env()));
            transfer(add.syntax().heredocs(), add.sources(), add.destination(), Optional.empty(), true, add.chown(),
                    add.chmod(), add.link(), Optional.empty(), add.excludes(), true, checksum, add.range());
            return null;
        }

        private void transfer(List<Heredoc> heredocs, List<Word> sources, Optional<Word> destination,
                Optional<Vertex> from, boolean fromContext, Optional<Flag> chown, Optional<Flag> chmod,
                Optional<Flag> link, Optional<Flag> parents, List<Flag> excludes, boolean add, Optional<String> checksum,
                SourceRange range) {
            if (destination.isEmpty()) {
                return;
            }
            Env env = env();
            String dest = GoPath.resolve(config.workdir().orElse("/"), expand(destination.get(), env));
            Optional<String> owner = chown.map(f -> expandFlag(f, env));
            Optional<String> mode = chmod.map(f -> expandFlag(f, env));
            boolean linked = isTrue(link);
            boolean keepParents = isTrue(parents);
            List<String> excluded = excludes.stream().map(f -> expandFlag(f, env)).toList();
            List<String> localSources = new ArrayList<>();
            for (Word source : sources) {
                Optional<Heredoc> heredoc = heredocFor(source, heredocs);
                if (heredoc.isPresent()) {
                    Heredoc h = heredoc.get();
                    String content = h.expand() ? expandHeredoc(h, env) : h.effectiveContent();
                    Vertex file = vertices.add(new Op.FileOp(new FileAction.Mkfile("/" + h.name(), content, 0644)),
                            List.of(), index, Optional.of(range));
                    copy(List.of("/" + h.name()), dest, file, owner, mode, linked, false, List.of(), false, false,
                            Optional.empty(), range);
                    continue;
                }
                String value = expand(source, env);
                if (add && fromContext && SourceKinds.isGit(value)) {
                    Vertex git = vertices.add(SourceKinds.git(value, false), List.of(), index, Optional.of(range));
                    copy(List.of("/"), dest, git, owner, mode, linked, false, excluded, false, false, Optional.empty(),
                            range);
                } else if (add && fromContext && SourceKinds.isHttp(value)) {
                    Vertex http = vertices.add(SourceKinds.http(value, checksum), List.of(), index, Optional.of(range));
                    copy(List.of("/" + SourceKinds.filename(value)), dest, http, owner, mode, linked, false, List.of(),
                            false, false, Optional.empty(), range);
                } else {
                    localSources.add(value);
                }
            }
            if (!localSources.isEmpty()) {
                Vertex source = from.orElseGet(() -> fromContext ? context() : null);
                copy(localSources, dest, source, owner, mode, linked, keepParents, excluded, true, add, checksum, range);
            }
        }

        private String expandHeredoc(Heredoc heredoc, Env env) {
            // BuildKit expands COPY heredoc bodies raw: quotes are kept, only variables change
            return ShellLexer.builder().escape('\\').skipProcessQuotes(true).build()
                    .processWord(heredoc.effectiveContent(), env).value();
        }

        private void copy(List<String> sources, String dest, Vertex source, Optional<String> chown,
                Optional<String> chmod, boolean link, boolean parents, List<String> excludes, boolean wildcard,
                boolean unpack, Optional<String> checksum, SourceRange range) {
            FileAction.Copy action = new FileAction.Copy(sources, dest, chown, chmod, link, parents, excludes, wildcard,
                    unpack, checksum);
            if (link) {
                // COPY --link: the copy is its own layer on scratch, merged on top of the stage
                List<Edge> inputs = new ArrayList<>();
                if (source != null) {
                    inputs.add(new Edge(source, Edge.Role.COPY_SOURCE, ""));
                }
                Vertex layer = vertices.add(new Op.FileOp(action), inputs, index, Optional.of(range));
                if (state.isEmpty()) {
                    state = Optional.of(layer);
                    return;
                }
                state = Optional.of(vertices.add(new Op.Merge(), List.of(new Edge(state.get(), Edge.Role.MERGE_INPUT,
                        ""), new Edge(layer, Edge.Role.MERGE_INPUT, "")), index, Optional.of(range)));
                return;
            }
            fileOp(action, state, Optional.ofNullable(source), range);
        }

        private void fileOp(FileAction action, Optional<Vertex> base, Optional<Vertex> source, SourceRange range) {
            List<Edge> inputs = new ArrayList<>(2);
            base.ifPresent(b -> inputs.add(new Edge(b, Edge.Role.ROOTFS, "/")));
            source.ifPresent(s -> inputs.add(new Edge(s, Edge.Role.COPY_SOURCE, "")));
            state = Optional.of(vertices.add(new Op.FileOp(action), inputs, index, Optional.of(range)));
        }

        /**
         * {@code --from=}: a stage name (case-insensitive), a stage index, scratch (no input),
         * else an image. A mount (written at {@code mountTarget}) may only read a stage defined
         * before the current one.
         */
        private Optional<Vertex> stageOrImage(String name, SourceRange where, Optional<String> mountTarget) {
            if (name.isEmpty()) {
                return Optional.empty(); // "--from" without a value: a parse error already
            }
            Integer stage = stageByName.get(name.toLowerCase(Locale.ROOT));
            if (stage == null && !name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                try {
                    stage = Integer.parseInt(name);
                } catch (NumberFormatException e) {
                    stage = Integer.MAX_VALUE;
                }
                if (stage >= stages.size()) {
                    diagnostics.add(Diagnostic.error("bad-stage-index", "invalid stage index " + name, where)
                            .withFix("use a stage name, or an index below " + stages.size()));
                    return Optional.empty();
                }
            }
            if (stage == null && name.equalsIgnoreCase("scratch")) {
                return Optional.empty();
            }
            if (stage == null) {
                return Optional.of(imageSource(name, platform, index, where, where));
            }
            if (mountTarget.isPresent() && stage >= index) {
                diagnostics.add(Diagnostic.error("stage-order", "cannot mount from stage \"" + name + "\" to \""
                        + mountTarget.get() + "\", stage needs to be defined before current command", where)
                        .withFix("move stage " + stageName(stage) + " above this one"));
                return Optional.empty();
            }
            if (stage == index || !ensureLowered(stage)) {
                diagnostics.add(Diagnostic.error("circular-stage", "circular dependency detected on stage: "
                        + stageName(stage), where).withReason("the stages copy from each other")
                        .withFix("break the cycle"));
                return Optional.empty();
            }
            deps.set(stage);
            return lowered[stage].result();
        }
    }

    private String markerText(Heredoc heredoc) {
        return text.substring(heredoc.markerRange().startOffset(), heredoc.markerRange().endOffset());
    }

    private static boolean isTrue(Optional<Flag> flag) {
        return flag.isPresent() && !flag.get().valueOrEmpty().equalsIgnoreCase("false");
    }

    private static Optional<Heredoc> heredocFor(Word source, List<Heredoc> heredocs) {
        for (Heredoc heredoc : heredocs) {
            if (heredoc.markerRange().equals(source.range())) {
                return Optional.of(heredoc);
            }
        }
        return Optional.empty();
    }
}

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
import io.github.dftk.ir.CopyRead;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.ExecMount;
import io.github.dftk.ir.FileAction;
import io.github.dftk.ir.Healthcheck;
import io.github.dftk.ir.ImageConfig;
import io.github.dftk.ir.Op;
import io.github.dftk.ir.Platform;
import io.github.dftk.ir.StageGraph;
import io.github.dftk.ir.Vertex;
import io.github.dftk.ir.source.GitRef;
import io.github.dftk.ir.source.MountType;
import io.github.dftk.ir.source.SourceKind;
import io.github.dftk.ir.source.SourceUrls;
import io.github.dftk.parser.ParseResult;
import io.github.dftk.parser.WordExpansion;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
    /** Each stage's FROM value after expansion with the global ARGs. */
    private final String[] bases;
    /** A dependency cycle was reported: BuildKit stops there, so later-stage references are not reported again. */
    private boolean cycle;
    private final Scope global = new Scope();
    private final NamedContexts named;
    private final List<CopyRead> copyReads = new ArrayList<>();
    private Vertex context;

    private GraphLowering(ParseResult parsed, BuildOptions options) {
        this.parsed = parsed;
        this.text = parsed.text();
        this.escape = parsed.dockerfile().escapeChar();
        this.options = options;
        this.stages = parsed.dockerfile().stages();
        this.lowered = new StageGraph[stages.size()];
        this.bases = new String[stages.size()];
        this.named = new NamedContexts(options.buildContexts());
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
            bases[stage.index()] = stage.from().image().map(image -> expand(image, global.env())).orElse("");
        }
        StageDependencies dependencies = StageDependencies.of(stages, this::replaced, this::baseStage,
                this::stageNamed, this::isLiteralFrom);
        dependencies.cycle().ifPresent(found -> {
            cycle = true;
            diagnostics.add(Diagnostic.error("circular-stage", "circular dependency detected on stage: "
                    + stageName(found.stage()), found.where()).withReason("the stages read from each other")
                    .withFix("break the cycle"));
        });
        for (Stage stage : stages) {
            lowerStage(stage);
        }
        BitSet needed = dependencies.needed(target);
        List<StageGraph> result = new ArrayList<>(lowered.length);
        for (StageGraph stage : lowered) {
            result.add(new StageGraph(stage.index(), stage.name(), stage.base(), stage.result(), stage.config(),
                    stage.platform(), needed.get(stage.index()), stage.range()));
        }
        return new BuildGraph(vertices.vertices(), result, target, StageScopedErrors.soften(diagnostics, stages,
                needed, target), options, copyReads);
    }

    /** A named context of the stage's name replaces the whole stage: its instructions do not run. */
    private boolean replaced(Stage stage) {
        return stage.name().flatMap(named::lookup).isPresent();
    }

    /** The vertex a named context provides: an image source, or its files. */
    private Vertex namedSource(NamedContexts.NamedContext context, Platform platform, int stage, SourceRange where) {
        if (context instanceof NamedContexts.NamedContext.Image image) {
            return imageSource(image.ref(), platform, stage, where, where);
        }
        return vertices.add(((NamedContexts.NamedContext.Files) context).source(), List.of(), stage, Optional.of(where));
    }

    /** The earlier stage a stage's FROM names, if any (FROM sees only stages above it). */
    private OptionalInt baseStage(Stage stage) {
        Integer base = stageByName.get(bases[stage.index()].toLowerCase(Locale.ROOT));
        return base != null && base < stage.index() ? OptionalInt.of(base) : OptionalInt.empty();
    }

    /** The stage a {@code --from} value names: a stage name (any case) or an index. */
    private OptionalInt stageNamed(String name) {
        Integer stage = stageByName.get(name.toLowerCase(Locale.ROOT));
        if (stage != null) {
            return OptionalInt.of(stage);
        }
        if (!name.isEmpty() && name.length() < 10 && name.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(name) < stages.size()) {
            return OptionalInt.of(Integer.parseInt(name));
        }
        return OptionalInt.empty();
    }

    /** BuildKit refuses a COPY --from that word processing would change (a variable, quotes, escapes). */
    private boolean isLiteralFrom(String from) {
        return ShellLexer.builder().escape(escape).build().processWord(from, Env.empty()).value().equals(from);
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
        options.automaticArgs(options.target().isPresent() && target >= 0 ? stageName(target) : "default")
                .forEach(global::declare);
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

    private void lowerStage(Stage stage) {
        FromInstruction from = stage.from();
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
        String base = bases[stage.index()];
        Optional<Vertex> state = Optional.empty();
        ImageConfig config;
        OptionalInt baseStage = baseStage(stage);
        Optional<NamedContexts.NamedContext> replacement = stage.name().flatMap(named::lookup);
        Optional<NamedContexts.NamedContext> namedBase = named.lookup(base);
        if (replacement.isPresent()) {
            NamedContexts.NamedContext context = replacement.get();
            Vertex source = namedSource(context, platform, stage.index(), from.range());
            config = ImageConfig.start(context instanceof NamedContexts.NamedContext.Image);
            lowered[stage.index()] = new StageGraph(stage.index(), stage.name(),
                    "--build-context " + stage.name().get() + "=" + named.value(stage.name().get()).orElse(""),
                    Optional.of(source), config, platform, false, from.range());
            return;
        } else if (baseStage.isPresent()) {
            StageGraph parent = lowered[baseStage.getAsInt()];
            state = parent.result();
            config = parent.config();
            platform = from.platform().isPresent() ? platform : parent.platform();
        } else if (base.equalsIgnoreCase("scratch")) {
            config = ImageConfig.start(false);
        } else if (namedBase.isPresent()) {
            config = ImageConfig.start(namedBase.get() instanceof NamedContexts.NamedContext.Image);
            state = Optional.of(namedSource(namedBase.get(), platform, stage.index(), from.range()));
        } else {
            config = ImageConfig.start(true);
            // A FROM without an image is already a parse error; there is no source to add.
            if (from.image().isPresent()) {
                state = Optional.of(imageSource(base, platform, stage.index(), from.range(), from.image().get().range()));
            }
        }
        StageLowering lowering = new StageLowering(stage.index(), state, config, platform);
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

    // ---- expansion ----

    private String expand(Word word, Env env) {
        return expansion(word, env).value();
    }

    /** The word expanded, undefined variables and the expansion error reported. */
    private WordExpansion expansion(Word word, Env env) {
        WordExpansion expansion = WordExpansion.of(word, env, escape, text);
        for (WordExpansion.Reference reference : expansion.references()) {
            if (!reference.set() && isPlainReference(reference)) {
                diagnostics.add(Diagnostic.warning("undefined-var", "undefined variable $" + reference.name(),
                        reference.range()).withReason("it is not declared with ARG or ENV before this point")
                        .withFix("declare it with ARG " + reference.name() + " or ENV " + reference.name() + "=…"));
            }
        }
        expansion.error().ifPresent(diagnostics::add);
        return expansion;
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
        private final Platform platform;
        private final Scope scope = new Scope();
        private Optional<Vertex> state;
        private ImageConfig config;
        private boolean cmdSet;

        StageLowering(int index, Optional<Vertex> state, ImageConfig config, Platform platform) {
            this.index = index;
            this.state = state;
            this.config = config;
            this.platform = platform;
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
            List<Edge> mountInputs = new ArrayList<>(mounts.inputs());
            mountInputs.addAll(pipeInputs);
            mountInputs.sort(Comparator.comparing(Edge::detail));
            inputs.addAll(mountInputs);
            List<ExecMount> allMounts = new ArrayList<>(mounts.mounts());
            allMounts.addAll(pipes);
            // LLB gives the first ssh socket to SSH_AUTH_SOCK unless set, and keeps mounts sorted by target
            allMounts.stream().filter(m -> m.type() == MountType.SSH).findFirst().ifPresent(ssh -> {
                if (env.stream().noneMatch(e -> e.startsWith("SSH_AUTH_SOCK="))) {
                    env.add("SSH_AUTH_SOCK=" + ssh.target());
                }
            });
            allMounts.sort(Comparator.comparing(ExecMount::target));
            Op.Exec exec = new Op.Exec(args, env, config.workdir().orElse("/"), config.user().orElse(""), network,
                    security, allMounts, platform);
            state = Optional.of(vertices.add(exec, inputs, index, Optional.of(run.range())));
            return null;
        }

        /** The state a {@code --mount from=} names for the mount written at {@code target}. */
        private FromState mountSource(String from, String target, SourceRange where) {
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
            Env env = env();
            Optional<Vertex> from = Optional.empty();
            if (copy.from().isPresent()) {
                Flag flag = copy.from().get();
                if (!isLiteralFrom(flag.valueOrEmpty())) {
                    diagnostics.add(Diagnostic.error("from-expansion", "variable expansion is not supported for --from,"
                            + " define a new stage with FROM using ARG from global scope as a workaround", flag.range())
                            .withFix("ARG X before the first FROM, FROM ${X} AS x, then COPY --from=x"));
                    return null;
                }
                FromState state = stageOrImage(flag.valueOrEmpty(), flag.range(), Optional.empty());
                if (state.failed()) {
                    return null;
                }
                from = state.vertex();
            }
            transfer(new Transfer(copy, false, copy.syntax().heredocs(), copy.sources(), copy.destination(),
                    copy.chown().map(f -> expandFlag(f, env)), flagValue(copy.chmod(), env), isTrue(copy.link()),
                    isTrue(copy.parents()), copy.excludes().stream().map(Flag::valueOrEmpty).toList(),
                    Optional.empty(), Optional.empty(), Optional.empty()), from, copy.from().isEmpty());
            return null;
        }

        @Override
        public Void visitAdd(AddInstruction add) {
            Env env = env();
            transfer(new Transfer(add, true, add.syntax().heredocs(), add.sources(), add.destination(),
                    add.chown().map(f -> expandFlag(f, env)), flagValue(add.chmod(), env), isTrue(add.link()), false,
                    add.excludes().stream().map(Flag::valueOrEmpty).toList(), add.unpack().map(GraphLowering::isTrue),
                    flagValue(add.checksum(), env), add.keepGitDir().map(GraphLowering::isTrue)),
                    Optional.empty(), true);
            return null;
        }

        /** The flag's expanded value; none when it is empty (BuildKit treats "" as not given). */
        private Optional<FlagValue> flagValue(Optional<Flag> flag, Env env) {
            return flag.filter(f -> f.value().isPresent()).map(f -> new FlagValue(expandFlag(f, env), f.range()))
                    .filter(v -> !v.value().isEmpty());
        }

        /**
         * COPY or ADD as BuildKit's dispatchCopy lowers it: {@code --chmod} and
         * {@code --checksum} are checked, then every source is classified (a heredoc, a git
         * URL or an HTTP URL for ADD only, else a path of {@code from}); the first error
         * stops the instruction before any vertex is added. Git and HTTP sources and heredocs
         * are copied from their own source vertex; the paths in one copy.
         */
        private void transfer(Transfer t, Optional<Vertex> from, boolean fromContext) {
            if (t.destination().isEmpty()) {
                return;
            }
            Env env = env();
            String dest = GoPath.resolve(config.workdir().orElse("/"), expand(t.destination().get(), env));
            if (t.chmod().isPresent()) {
                Optional<String> error = CopyChecks.chmodError(t.chmod().get().value());
                if (error.isPresent()) {
                    Diagnostic bad = Diagnostic.error("bad-chmod", error.get(), t.chmod().get().range())
                            .withFix("write an octal mode such as 0644, or a symbolic one such as u=rw,go=r");
                    diagnostics.add(error.get().startsWith("invalid chmod") ? bad : bad.withReason(
                            "'" + t.chmod().get().value() + "' is not a symbolic mode such as u+x"));
                    return;
                }
            }
            List<Word> paths = new ArrayList<>();
            List<String> values = new ArrayList<>();
            List<CopyRead.Source> reads = new ArrayList<>(t.sources().size());
            for (Word source : t.sources()) {
                Optional<Heredoc> heredoc = heredocFor(source, t.heredocs());
                if (heredoc.isPresent()) {
                    reads.add(new CopyRead.Source(source, heredoc.get().name(), true, Optional.empty()));
                } else {
                    WordExpansion expansion = expansion(source, env);
                    paths.add(source);
                    values.add(expansion.value());
                    reads.add(new CopyRead.Source(source, expansion.value(), false, expansion.error()));
                }
            }
            copyReads.add(new CopyRead(t.instruction(), index, fromContext, reads, t.parents(), t.excludes()));
            if (t.checksum().isPresent() && !checksumApplies(t.checksum().get(), values)) {
                return;
            }
            List<SourceKind> kinds = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                Optional<String> error = Optional.empty();
                SourceKind kind = SourceUrls.forAdd(values.get(i));
                if (kind instanceof SourceKind.Invalid invalid) {
                    error = Optional.of(invalid.message());
                } else if (kind instanceof SourceKind.Git git) {
                    error = t.add() ? gitConflict(git.ref(), t) : Optional.of("source can't be a git ref for COPY");
                } else if (kind instanceof SourceKind.Http && !t.add()) {
                    error = Optional.of("source can't be a URL for COPY");
                } else if (kind instanceof SourceKind.Http && t.checksum().isPresent()) {
                    FlagValue checksum = t.checksum().get();
                    Optional<String> digestError = CopyChecks.digestError(checksum.value());
                    if (digestError.isPresent()) {
                        diagnostics.add(Diagnostic.error("bad-checksum", digestError.get(), checksum.range())
                                .withFix("write the file's digest as sha256:<64 hex digits>"));
                        return;
                    }
                }
                if (error.isPresent()) {
                    diagnostics.add(Diagnostic.error("bad-source", error.get(), paths.get(i).range())
                            .withFix(t.add() ? "fix the URL or its options" : "use ADD to fetch a URL or git repository"));
                    return;
                }
                kinds.add(kind);
            }
            boolean linked = t.link() && t.chmod().isEmpty(); // BuildKit merges a --link copy only without --chmod
            Optional<String> chmod = t.chmod().map(FlagValue::value);
            List<String> localSources = new ArrayList<>();
            int path = 0;
            for (Word source : t.sources()) {
                Optional<Heredoc> heredoc = heredocFor(source, t.heredocs());
                if (heredoc.isPresent()) {
                    Heredoc h = heredoc.get();
                    String content = h.expand() ? expandHeredoc(h, env) : h.effectiveContent();
                    Vertex file = vertices.add(new Op.FileOp(new FileAction.Mkfile("/" + h.name(), content, 0644)),
                            List.of(), index, Optional.of(t.range()));
                    copy(List.of("/" + h.name()), dest, file, t.chown(), chmod, linked, false, List.of(), false, false,
                            Optional.empty(), t.range());
                    continue;
                }
                SourceKind kind = kinds.get(path);
                String value = values.get(path++);
                if (kind instanceof SourceKind.Git git) {
                    GitRef ref = git.ref();
                    Op.GitSource op = new Op.GitSource(ref.remote(), ref.ref(), ref.subdir(),
                            ref.keepGitDir().or(t::keepGitDir).orElse(false),
                            ref.checksum().or(() -> t.checksum().map(FlagValue::value)), ref.submodules().orElse(true));
                    Vertex checkout = vertices.add(op, List.of(), index, Optional.of(t.range()));
                    copy(List.of("/"), dest, checkout, t.chown(), chmod, linked, false, t.excludes(), false, false,
                            Optional.empty(), t.range());
                } else if (kind instanceof SourceKind.Http) {
                    Optional<String> checksum = t.checksum().map(FlagValue::value);
                    String filename = httpFilename(value);
                    Vertex download = vertices.add(new Op.HttpSource(value, checksum, filename), List.of(), index,
                            Optional.of(t.range()));
                    copy(List.of("/" + filename), dest, download, t.chown(), chmod, linked, false, List.of(), false,
                            t.unpack().orElse(false), Optional.empty(), t.range());
                } else {
                    localSources.add(value);
                }
            }
            if (!localSources.isEmpty()) {
                Vertex source = from.orElseGet(() -> fromContext ? context() : null);
                copy(localSources, dest, source, t.chown(), chmod, linked, t.parents(), t.excludes(), true,
                        t.unpack().orElse(t.add()), t.checksum().map(FlagValue::value), t.range());
            }
        }

        /** ADD --checksum: one source, and an HTTP or git one. */
        private boolean checksumApplies(FlagValue checksum, List<String> sources) {
            String error = null;
            if (sources.size() != 1) {
                error = "checksum can't be specified for multiple sources";
            } else if (!SourceUrls.isHttp(sources.get(0)) && SourceUrls.git(sources.get(0)).isEmpty()) {
                error = "checksum requires HTTP(S) or Git sources";
            }
            if (error != null) {
                diagnostics.add(Diagnostic.error("bad-checksum", error, checksum.range())
                        .withFix("use --checksum with a single URL or git source"));
            }
            return error == null;
        }

        /** The git URL's own keep-git-dir and checksum must agree with the flags. */
        private Optional<String> gitConflict(GitRef ref, Transfer t) {
            if (ref.keepGitDir().isPresent() && t.keepGitDir().isPresent()
                    && !ref.keepGitDir().get().equals(t.keepGitDir().get())) {
                return Optional.of("inconsistent keep-git-dir configuration");
            }
            if (ref.checksum().isPresent() && t.checksum().isPresent()
                    && !ref.checksum().get().equals(t.checksum().get().value())) {
                return Optional.of("checksum mismatch \"" + t.checksum().get().value() + "\" != \""
                        + ref.checksum().get() + "\"");
            }
            return Optional.empty();
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
        private FromState stageOrImage(String name, SourceRange where, Optional<String> mountTarget) {
            if (name.isEmpty()) {
                return FromState.FAILED; // "--from" without a value: a parse error already
            }
            OptionalInt stage = stageNamed(name);
            if (stage.isEmpty() && !name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
                diagnostics.add(Diagnostic.error("bad-stage-index", "invalid stage index " + name, where)
                        .withFix("use a stage name, or an index below " + stages.size()));
                return FromState.FAILED;
            }
            if (stage.isEmpty()) {
                Optional<NamedContexts.NamedContext> context = named.lookup(name);
                if (context.isPresent()) {
                    return FromState.of(Optional.of(namedSource(context.get(), platform, index, where)));
                }
                return FromState.of(name.equalsIgnoreCase("scratch") ? Optional.empty()
                        : Optional.of(imageSource(name, platform, index, where, where)));
            }
            int source = stage.getAsInt();
            if (source >= index) {
                if (!cycle) { // a cycle was reported already; BuildKit stops there
                    diagnostics.add(forwardReference(name, source, where, mountTarget));
                }
                return FromState.FAILED;
            }
            return FromState.of(lowered[source].result());
        }

        /** BuildKit builds stages in file order: a stage can read only stages above it. */
        private Diagnostic forwardReference(String name, int source, SourceRange where, Optional<String> mountTarget) {
            String message = mountTarget.isPresent()
                    ? "cannot mount from stage \"" + name + "\" to \"" + mountTarget.get()
                            + "\", stage needs to be defined before current command"
                    : "cannot copy from stage \"" + name + "\", it needs to be defined before current stage \""
                            + stageName(index) + "\"";
            return Diagnostic.error(mountTarget.isPresent() ? "stage-order" : "copy-order", message, where)
                    .withReason("stages are built in file order").withFix("move stage " + stageName(source)
                            + " above stage " + stageName(index));
        }
    }

    /** A flag's value after expansion, and where the flag is written. */
    private record FlagValue(String value, SourceRange range) {
    }

    /** A COPY or ADD with its flags expanded; {@code unpack}, {@code checksum} and {@code keepGitDir} are ADD's. */
    private record Transfer(Instruction instruction, boolean add, List<Heredoc> heredocs, List<Word> sources,
            Optional<Word> destination, Optional<String> chown, Optional<FlagValue> chmod, boolean link, boolean parents,
            List<String> excludes, Optional<Boolean> unpack, Optional<FlagValue> checksum,
            Optional<Boolean> keepGitDir) {

        SourceRange range() {
            return instruction.range();
        }
    }

    /** The file name ADD gives a download: the base of the URL's path, else {@code __unnamed__}. */
    private static String httpFilename(String url) {
        GoUrl.Parsed parsed = GoUrl.parse(url);
        if (!parsed.ok()) {
            return "__unnamed__";
        }
        String base = GoPath.base(parsed.url().path());
        return base.equals(".") || base.equals("/") ? "__unnamed__" : base;
    }

    private String markerText(Heredoc heredoc) {
        return text.substring(heredoc.markerRange().startOffset(), heredoc.markerRange().endOffset());
    }

    private static boolean isTrue(Optional<Flag> flag) {
        return flag.isPresent() && isTrue(flag.get());
    }

    /** A boolean flag: {@code --link} and {@code --link=true} are true (the parser rejects non-booleans). */
    private static boolean isTrue(Flag flag) {
        return !flag.valueOrEmpty().equalsIgnoreCase("false") && !flag.valueOrEmpty().equals("0")
                && !flag.valueOrEmpty().equalsIgnoreCase("f");
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

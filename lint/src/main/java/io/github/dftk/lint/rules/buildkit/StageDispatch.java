package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.AddInstruction;
import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.AstVisitor;
import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.FromInstruction;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.LabelInstruction;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.StopSignalInstruction;
import io.github.dftk.ast.UserInstruction;
import io.github.dftk.ast.VolumeInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.ast.WorkdirInstruction;
import io.github.dftk.ir.ImageConfig;
import io.github.dftk.ir.Platform;
import io.github.dftk.ir.source.MountContext;
import io.github.dftk.ir.source.MountSpecs;
import io.github.dftk.lint.LintContext;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.WordResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's dispatch of the stages as {@code docker build --check} runs it (every stage, in file
 * order), reduced to what the checks need: which words each instruction expands, with which
 * variables, where a WORKDIR is set, and the variables each instruction sees.
 *
 * <p>A stage starts from the final state of the earlier stage its FROM names, else from a base
 * image whose own environment dftk cannot know offline: like BuildKit for {@code scratch}, it
 * holds only {@code PATH} (absent on Windows). ENV adds variables; ARG declares a name (a
 * build-arg, its default expanded here, or the value of the global ARG of that name gives it a
 * value). What BuildKit expands: ENV and LABEL keys and values; COPY and ADD sources,
 * destination and {@code --chown}, {@code --chmod}, {@code --exclude} (ADD also
 * {@code --checksum}) values; COPY/ADD here-documents with an unquoted delimiter (raw: quotes
 * stay, escapes are always {@code \}); WORKDIR, USER, VOLUME, STOPSIGNAL; the option values of
 * {@code RUN --mount}; ARG defaults without a build-arg. Not EXPOSE (BuildKit splits its words
 * without reporting variables), not RUN/CMD/ENTRYPOINT text, not FROM (see the FROM checks).
 */
final class StageDispatch {

    /** What a check sees of the dispatch; called in dispatch order. */
    interface Listener {

        /** {@code instruction} about to be dispatched in {@code state}. */
        default void before(Instruction instruction, State state) {
        }

        /** {@code word} of {@code instruction} expanded to {@code result} in {@code state}. */
        default void expanded(Instruction instruction, Word word, WordResult result, State state) {
        }

        /** A WORKDIR about to take effect in {@code state}, its path expanded to {@code path}. */
        default void workdir(WorkdirInstruction instruction, Word word, String path, State state) {
        }
    }

    /** Build args BuildKit never puts into a stage's environment. */
    private static final Set<String> NON_ENV_ARGS = Set.of("BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");
    private static final ShellLexer HEREDOC_LEXER = ShellLexer.builder().skipProcessQuotes(true).build();

    private final LintContext context;
    private final Listener listener;
    private final ShellLexer lexer;
    private final GlobalArgs global;

    private StageDispatch(LintContext context, Listener listener) {
        this.context = context;
        this.listener = listener;
        this.lexer = GlobalArgs.lexer(context);
        this.global = GlobalArgs.of(context);
    }

    static void run(LintContext context, Listener listener) {
        new StageDispatch(context, listener).stages();
    }

    /** For each stage, the index of the earlier stage its FROM names, or -1 (an image or scratch). */
    static int[] bases(LintContext context) {
        return new StageDispatch(context, new Listener() { }).bases();
    }

    private int[] bases() {
        List<Stage> stages = context.dockerfile().stages();
        int[] bases = new int[stages.size()];
        Map<String, Integer> byName = new HashMap<>();
        for (Stage stage : stages) {
            // BuildKit looks the expanded FROM value up among the names of the earlier stages
            String base = stage.from().image().map(image -> global.expand(lexer, image).value()).orElse("");
            bases[stage.index()] = byName.getOrDefault(base, -1);
            stage.name().ifPresent(name -> byName.put(name, stage.index()));
        }
        return bases;
    }

    private void stages() {
        int[] bases = bases();
        List<State> ends = new ArrayList<>();
        for (Stage stage : context.dockerfile().stages()) {
            FromInstruction from = stage.from();
            Optional<String> os = from.platform().flatMap(flag -> Platform.parse(
                    global.expand(lexer, Words.flagValue(flag, context.text())).value())).map(Platform::os);
            int base = bases[stage.index()];
            State state = base >= 0 ? ends.get(base).copy()
                    : State.fresh(os.orElse(context.input().build().effectiveTargetPlatform().os()).equals("windows"));
            Instructions dispatch = new Instructions(state);
            for (Instruction instruction : stage.instructions()) {
                listener.before(instruction, state);
                instruction.accept(dispatch);
            }
            ends.add(state);
        }
    }

    /** What a stage knows at one point: its environment, its declared ARGs, whether WORKDIR was set. */
    static final class State {
        private final Map<String, String> env;
        private final Set<String> args;
        private final boolean windows;
        private boolean workdirSet;

        private State(Map<String, String> env, Set<String> args, boolean windows, boolean workdirSet) {
            this.env = env;
            this.args = args;
            this.windows = windows;
            this.workdirSet = workdirSet;
        }

        static State fresh(boolean windows) {
            Map<String, String> env = new LinkedHashMap<>();
            if (!windows) {
                env.put("PATH", ImageConfig.DEFAULT_PATH);
            }
            return new State(env, new LinkedHashSet<>(), windows, false);
        }

        State copy() {
            return new State(new LinkedHashMap<>(env), new LinkedHashSet<>(args), windows, workdirSet);
        }

        Env env() {
            return name -> Optional.ofNullable(env.get(name));
        }

        /** The variables set, in the order they were first set: the candidates of a "did you mean". */
        List<String> names() {
            return new ArrayList<>(env.keySet());
        }

        /**
         * Whether the name may be unset here without a mistake: an ARG of this stage (or of the
         * stage it starts from) declares it, or it is one of BuildKit's build-only args.
         */
        boolean declares(String name) {
            return args.contains(name) || NON_ENV_ARGS.contains(name);
        }

        /** Whether a WORKDIR of this stage (or of the stage it starts from) ran already. */
        boolean workdirSet() {
            return workdirSet;
        }

        boolean windows() {
            return windows;
        }
    }

    /** One stage's instructions: report what each expands, then apply it to the state. */
    private final class Instructions implements AstVisitor<Void> {
        private final State state;

        Instructions(State state) {
            this.state = state;
        }

        private String expand(Instruction instruction, Word word) {
            return expand(instruction, word, lexer);
        }

        private String expand(Instruction instruction, Word word, ShellLexer with) {
            WordResult result = with.processWord(word.text(), state.env());
            listener.expanded(instruction, word, result, state);
            return result.value();
        }

        private void expandFlags(Instruction instruction, List<Flag> flags) {
            for (Flag flag : flags) {
                expand(instruction, Words.flagValue(flag, context.text()));
            }
        }

        @Override
        public Void visitDefault(Instruction instruction) {
            return null;
        }

        @Override
        public Void visitEnv(EnvInstruction env) {
            List<String[]> pairs = new ArrayList<>();
            for (KeyValue pair : env.pairs()) {
                pairs.add(new String[] {expand(env, pair.key()), expand(env, pair.value())});
            }
            pairs.forEach(pair -> state.env.put(pair[0], pair[1]));
            return null;
        }

        @Override
        public Void visitLabel(LabelInstruction label) {
            for (KeyValue pair : label.pairs()) {
                expand(label, pair.key());
                expand(label, pair.value());
            }
            return null;
        }

        @Override
        public Void visitArg(ArgInstruction arg) {
            Map<String, String> buildArgs = context.input().build().buildArgs();
            for (ArgDeclaration declaration : arg.declarations()) {
                String name = declaration.name().text();
                String value;
                if (buildArgs.containsKey(name)) {
                    value = buildArgs.get(name);
                } else if (declaration.defaultValue().isPresent()) {
                    value = expand(arg, declaration.defaultValue().get());
                } else {
                    value = global.value(name).orElse(null);
                }
                if (value != null && !NON_ENV_ARGS.contains(name)) {
                    state.env.put(name, value);
                }
                state.args.add(name);
            }
            return null;
        }

        @Override
        public Void visitCopy(CopyInstruction copy) {
            copy.chown().ifPresent(flag -> expandFlags(copy, List.of(flag)));
            copy.chmod().ifPresent(flag -> expandFlags(copy, List.of(flag)));
            expandFlags(copy, copy.excludes());
            transfer(copy, copy.sources(), copy.destination());
            return null;
        }

        @Override
        public Void visitAdd(AddInstruction add) {
            add.chown().ifPresent(flag -> expandFlags(add, List.of(flag)));
            add.chmod().ifPresent(flag -> expandFlags(add, List.of(flag)));
            add.checksum().ifPresent(flag -> expandFlags(add, List.of(flag)));
            expandFlags(add, add.excludes());
            transfer(add, add.sources(), add.destination());
            return null;
        }

        private void transfer(Instruction instruction, List<Word> sources, Optional<Word> destination) {
            for (Word source : sources) {
                Optional<Heredoc> heredoc = Words.heredoc(instruction, source);
                if (heredoc.isEmpty()) {
                    expand(instruction, source);
                } else if (heredoc.get().expand()) {
                    Heredoc body = heredoc.get();
                    expand(instruction, new Word(body.effectiveContent(), body.bodyRange()), HEREDOC_LEXER);
                }
            }
            destination.ifPresent(word -> expand(instruction, word));
        }

        @Override
        public Void visitWorkdir(WorkdirInstruction workdir) {
            workdir.path().ifPresent(word -> {
                String path = expand(workdir, word);
                listener.workdir(workdir, word, path, state);
                state.workdirSet = true;
            });
            return null;
        }

        @Override
        public Void visitUser(UserInstruction user) {
            user.user().ifPresent(word -> expand(user, word));
            return null;
        }

        @Override
        public Void visitVolume(VolumeInstruction volume) {
            volume.paths().forEach(word -> expand(volume, word));
            return null;
        }

        @Override
        public Void visitStopSignal(StopSignalInstruction stop) {
            stop.signal().ifPresent(word -> expand(stop, word));
            return null;
        }

        /** Each option value of each {@code --mount}, as BuildKit reads them (up to the first bad option). */
        @Override
        public Void visitRun(RunInstruction run) {
            for (Flag mount : run.mounts()) {
                MountSpecs.parse(mount.valueOrEmpty(), new MountContext("/", value -> {
                    WordResult result = lexer.processWord(value, state.env());
                    listener.expanded(run, new Word(value, mount.range()), result, state);
                    if (result.error().isPresent()) {
                        throw new MountContext.ExpansionFailure(result.error().get().message());
                    }
                    return result.value();
                }, 0));
            }
            return null;
        }
    }
}

package io.github.dftk.lint.analysis;

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
 *
 * <p>The dispatch runs once per file and is recorded; each check replays the record with its
 * own {@link Listener}. A {@link State} never changes once a listener has seen it.
 */
public final class StageDispatch {

    /** What a check sees of the dispatch; called in dispatch order. */
    public interface Listener {

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
    private static final LintContext.Analysis<List<Step>> RECORD = context -> new StageDispatch(context).record();
    private static final LintContext.Analysis<int[]> BASES = context -> new StageDispatch(context).bases();

    private final LintContext context;
    private final ShellLexer lexer;
    private final GlobalArgs global;

    private StageDispatch(LintContext context) {
        this.context = context;
        this.lexer = GlobalArgs.lexer(context);
        this.global = GlobalArgs.of(context);
    }

    /** Tells {@code listener} the file's dispatch, in order. */
    public static void run(LintContext context, Listener listener) {
        for (Step step : context.analysis(RECORD)) {
            listener.before(step.instruction(), step.before());
            for (Event event : step.events()) {
                event.tell(step.instruction(), listener);
            }
        }
    }

    /** For each stage, the index of the earlier stage its FROM names, or -1 (an image or scratch). */
    public static int[] bases(LintContext context) {
        return context.analysis(BASES).clone();
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

    private List<Step> record() {
        int[] bases = context.analysis(BASES);
        List<Step> steps = new ArrayList<>();
        List<State> ends = new ArrayList<>();
        for (Stage stage : context.dockerfile().stages()) {
            FromInstruction from = stage.from();
            Optional<String> os = from.platform().flatMap(flag -> Platform.parse(
                    global.expand(lexer, InstructionWords.flagValue(flag, context.text())).value())).map(Platform::os);
            int base = bases[stage.index()];
            State start = base >= 0 ? ends.get(base)
                    : State.fresh(os.orElse(context.input().build().effectiveTargetPlatform().os()).equals("windows"));
            Instructions dispatch = new Instructions(start);
            for (Instruction instruction : stage.instructions()) {
                State before = dispatch.state;
                dispatch.events = new ArrayList<>();
                instruction.accept(dispatch);
                steps.add(new Step(instruction, before, List.copyOf(dispatch.events)));
            }
            ends.add(dispatch.state);
        }
        return List.copyOf(steps);
    }

    /** One instruction of the dispatch: the state it starts in and what happened while it ran. */
    private record Step(Instruction instruction, State before, List<Event> events) {
    }

    private sealed interface Event {
        void tell(Instruction instruction, Listener listener);
    }

    private record Expanded(Word word, WordResult result, State state) implements Event {
        @Override
        public void tell(Instruction instruction, Listener listener) {
            listener.expanded(instruction, word, result, state);
        }
    }

    private record WorkdirSet(Word word, String path, State state) implements Event {
        @Override
        public void tell(Instruction instruction, Listener listener) {
            listener.workdir((WorkdirInstruction) instruction, word, path, state);
        }
    }

    /**
     * What a stage knows at one point: its environment, its declared ARGs, whether WORKDIR was
     * set. Immutable: the dispatch makes a new state for each change.
     */
    public static final class State {
        private final Map<String, String> env;
        private final Set<String> args;
        private final boolean windows;
        private final boolean workdirSet;

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
            return new State(env, Set.of(), windows, false);
        }

        private State withEnv(List<String[]> pairs) {
            Map<String, String> changed = new LinkedHashMap<>(env);
            pairs.forEach(pair -> changed.put(pair[0], pair[1]));
            return new State(changed, args, windows, workdirSet);
        }

        private State withArg(String name, String value) {
            Map<String, String> changedEnv = env;
            if (value != null && !NON_ENV_ARGS.contains(name)) {
                changedEnv = new LinkedHashMap<>(env);
                changedEnv.put(name, value);
            }
            Set<String> changedArgs = new LinkedHashSet<>(args);
            changedArgs.add(name);
            return new State(changedEnv, changedArgs, windows, workdirSet);
        }

        private State withWorkdirSet() {
            return workdirSet ? this : new State(env, args, windows, true);
        }

        public Env env() {
            return name -> Optional.ofNullable(env.get(name));
        }

        /** The variables set, in the order they were first set: the candidates of a "did you mean". */
        public List<String> names() {
            return new ArrayList<>(env.keySet());
        }

        /**
         * Whether the name may be unset here without a mistake: an ARG of this stage (or of the
         * stage it starts from) declares it, or it is one of BuildKit's build-only args.
         */
        public boolean declares(String name) {
            return args.contains(name) || NON_ENV_ARGS.contains(name);
        }

        /** Whether a WORKDIR of this stage (or of the stage it starts from) ran already. */
        public boolean workdirSet() {
            return workdirSet;
        }

        public boolean windows() {
            return windows;
        }
    }

    /** One stage's instructions: record what each expands, then apply it to the state. */
    private final class Instructions implements AstVisitor<Void> {
        private State state;
        private List<Event> events;

        Instructions(State state) {
            this.state = state;
        }

        private String expand(Word word) {
            return expand(word, lexer);
        }

        private String expand(Word word, ShellLexer with) {
            WordResult result = with.processWord(word.text(), state.env());
            events.add(new Expanded(word, result, state));
            return result.value();
        }

        private void expandFlags(List<Flag> flags) {
            for (Flag flag : flags) {
                expand(InstructionWords.flagValue(flag, context.text()));
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
                pairs.add(new String[] {expand(pair.key()), expand(pair.value())});
            }
            state = state.withEnv(pairs);
            return null;
        }

        @Override
        public Void visitLabel(LabelInstruction label) {
            for (KeyValue pair : label.pairs()) {
                expand(pair.key());
                expand(pair.value());
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
                    value = expand(declaration.defaultValue().get());
                } else {
                    value = global.value(name).orElse(null);
                }
                state = state.withArg(name, value);
            }
            return null;
        }

        @Override
        public Void visitCopy(CopyInstruction copy) {
            copy.chown().ifPresent(flag -> expandFlags(List.of(flag)));
            copy.chmod().ifPresent(flag -> expandFlags(List.of(flag)));
            expandFlags(copy.excludes());
            transfer(copy, copy.sources(), copy.destination());
            return null;
        }

        @Override
        public Void visitAdd(AddInstruction add) {
            add.chown().ifPresent(flag -> expandFlags(List.of(flag)));
            add.chmod().ifPresent(flag -> expandFlags(List.of(flag)));
            add.checksum().ifPresent(flag -> expandFlags(List.of(flag)));
            expandFlags(add.excludes());
            transfer(add, add.sources(), add.destination());
            return null;
        }

        private void transfer(Instruction instruction, List<Word> sources, Optional<Word> destination) {
            for (Word source : sources) {
                Optional<Heredoc> heredoc = InstructionWords.heredoc(instruction, source);
                if (heredoc.isEmpty()) {
                    expand(source);
                } else if (heredoc.get().expand()) {
                    Heredoc body = heredoc.get();
                    expand(new Word(body.effectiveContent(), body.bodyRange()), HEREDOC_LEXER);
                }
            }
            destination.ifPresent(this::expand);
        }

        @Override
        public Void visitWorkdir(WorkdirInstruction workdir) {
            workdir.path().ifPresent(word -> {
                String path = expand(word);
                events.add(new WorkdirSet(word, path, state));
                state = state.withWorkdirSet();
            });
            return null;
        }

        @Override
        public Void visitUser(UserInstruction user) {
            user.user().ifPresent(this::expand);
            return null;
        }

        @Override
        public Void visitVolume(VolumeInstruction volume) {
            volume.paths().forEach(this::expand);
            return null;
        }

        @Override
        public Void visitStopSignal(StopSignalInstruction stop) {
            stop.signal().ifPresent(this::expand);
            return null;
        }

        /** Each option value of each {@code --mount}, as BuildKit reads them (up to the first bad option). */
        @Override
        public Void visitRun(RunInstruction run) {
            for (Flag mount : run.mounts()) {
                MountSpecs.parse(mount.valueOrEmpty(), new MountContext("/", value -> {
                    WordResult result = lexer.processWord(value, state.env());
                    events.add(new Expanded(new Word(value, mount.range()), result, state));
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

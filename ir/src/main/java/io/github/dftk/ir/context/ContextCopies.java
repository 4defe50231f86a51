package io.github.dftk.ir.context;

import io.github.dftk.ast.AddInstruction;
import io.github.dftk.ast.ArgDeclaration;
import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Dockerfile;
import io.github.dftk.ast.EnvInstruction;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.Heredoc;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.KeyValue;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.ir.internal.GoPath;
import io.github.dftk.ir.source.Mount;
import io.github.dftk.ir.source.MountContext;
import io.github.dftk.ir.source.MountSpecs;
import io.github.dftk.ir.source.MountType;
import io.github.dftk.parser.WordExpansion;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The COPY and ADD instructions of a Dockerfile that read the build context, with their sources
 * expanded as BuildKit's Dockerfile frontend expands them, and which stages building the
 * default target (the last stage) actually runs.
 *
 * <p>Variables follow BuildKit's scoping: ARGs before the first FROM (with {@code --build-arg}
 * overriding their defaults, and the automatic platform ARGs, {@code linux/amd64} unless given)
 * are visible in a stage only when it declares them again; an ARG's value is the build-arg, else
 * its default expanded in the stage, else the global value; ENV and ARG values enter the stage's
 * environment in order; a stage {@code FROM} another stage starts from that stage's environment.
 * ENV set by a base image is unknown offline: a variable only an image defines expands to "".
 *
 * <p>It also collects what BuildKit transfers from the context for the default target (every
 * context source of a built stage, and the source of every {@code RUN --mount} bind without
 * {@code from}): {@link #usedPaths()}.
 */
public final class ContextCopies {

    /** Build args BuildKit never puts into the environment. */
    private static final Set<String> NON_ENV_ARGS = Set.of("BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");

    private final List<ContextCopy> copies;
    private final List<String> usedPaths;

    private ContextCopies(List<ContextCopy> copies, List<String> usedPaths) {
        this.copies = List.copyOf(copies);
        this.usedPaths = List.copyOf(usedPaths);
    }

    /** The context-reading COPY/ADD instructions, in file order (ONBUILD triggers excluded). */
    public List<ContextCopy> copies() {
        return copies;
    }

    /**
     * The context paths BuildKit transfers for the default target, cleaned, relative to the
     * context root ({@code "."} when a source is the whole context); empty when nothing reads
     * the context.
     */
    public List<String> usedPaths() {
        return usedPaths;
    }

    /**
     * @param dockerfile the parsed file
     * @param text the file's text (word ranges point into it)
     * @param buildArgs {@code --build-arg} values
     */
    public static ContextCopies of(Dockerfile dockerfile, String text, Map<String, String> buildArgs) {
        return new Scope(dockerfile, text, buildArgs).run();
    }

    /** The automatic platform ARGs of a linux/amd64 build, overridden by build args of the same name. */
    static Map<String, String> platformArgs(Map<String, String> buildArgs) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String prefix : List.of("BUILD", "TARGET")) {
            args.put(prefix + "PLATFORM", "linux/amd64");
            args.put(prefix + "OS", "linux");
            args.put(prefix + "ARCH", "amd64");
            args.put(prefix + "VARIANT", "");
        }
        for (String name : List.copyOf(args.keySet())) {
            if (buildArgs.containsKey(name)) {
                args.put(name, buildArgs.get(name));
            }
        }
        return args;
    }

    /** One pass over the file: environments, stage dependencies, context sources. */
    private static final class Scope {
        private final Dockerfile dockerfile;
        private final String text;
        private final Map<String, String> buildArgs;
        private final Map<String, String> global;
        private final List<Stage> stages;
        private final List<Map<String, String>> stageEnvs = new ArrayList<>();
        private final List<Set<Integer>> dependencies = new ArrayList<>();
        private final Map<String, Integer> stageByName = new HashMap<>();
        /** Per stage: the context paths its COPY/ADD sources and bind mounts read. */
        private final List<Set<String>> stagePaths = new ArrayList<>();
        private final List<Pending> pending = new ArrayList<>();

        private record Pending(Instruction instruction, int stage, boolean parents, List<String> excludes,
                List<CopySource> sources) {
        }

        Scope(Dockerfile dockerfile, String text, Map<String, String> buildArgs) {
            this.dockerfile = dockerfile;
            this.text = text;
            this.buildArgs = Map.copyOf(buildArgs);
            this.global = platformArgs(buildArgs);
            this.stages = dockerfile.stages();
        }

        ContextCopies run() {
            for (Instruction instruction : dockerfile.preamble()) {
                if (instruction instanceof ArgInstruction arg) {
                    for (ArgDeclaration d : arg.declarations()) {
                        String name = d.name().text();
                        String value = buildArgs.containsKey(name) ? buildArgs.get(name)
                                : d.defaultValue().map(v -> expand(v, global).value()).orElse(global.get(name));
                        if (value != null) {
                            global.put(name, value);
                        }
                    }
                }
            }
            for (Stage stage : stages) {
                stage(stage);
            }
            BitSet built = built();
            List<ContextCopy> copies = new ArrayList<>();
            for (Pending p : pending) {
                copies.add(new ContextCopy(p.instruction(), p.stage(), stageName(p.stage()), built.get(p.stage()),
                        p.parents(), p.excludes(), p.sources()));
            }
            Set<String> used = new LinkedHashSet<>();
            for (int i = built.nextSetBit(0); i >= 0; i = built.nextSetBit(i + 1)) {
                used.addAll(stagePaths.get(i));
            }
            List<String> usedPaths = used.contains(".") ? List.of(".") : used.stream().sorted().toList();
            return new ContextCopies(copies, usedPaths);
        }

        private void stage(Stage stage) {
            int index = stage.index();
            Map<String, String> env = new LinkedHashMap<>();
            Set<Integer> deps = new LinkedHashSet<>();
            Set<String> paths = new LinkedHashSet<>();
            stage.from().image().ifPresent(image -> {
                Integer base = stageByName.get(expand(image, global).value().toLowerCase(Locale.ROOT));
                if (base != null) {
                    env.putAll(stageEnvs.get(base));
                    deps.add(base);
                }
            });
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof EnvInstruction envInstruction) {
                    // Every pair sees the environment from before the instruction.
                    Map<String, String> before = new LinkedHashMap<>(env);
                    for (KeyValue pair : envInstruction.pairs()) {
                        env.put(expand(pair.key(), before).value(), expand(pair.value(), before).value());
                    }
                } else if (instruction instanceof ArgInstruction arg) {
                    declare(arg, env);
                } else if (instruction instanceof CopyInstruction copy) {
                    Optional<Flag> from = copy.from();
                    if (from.isPresent()) {
                        stageReference(from.get(), env, index).ifPresent(deps::add);
                        continue;
                    }
                    List<CopySource> sources = sources(instruction, copy.sources(), env);
                    pending.add(new Pending(instruction, index, copy.parents().map(ContextCopies::isTrue).orElse(false),
                            values(copy.excludes()), sources));
                    paths.addAll(contextPaths(sources));
                } else if (instruction instanceof AddInstruction add) {
                    List<CopySource> sources = sources(instruction, add.sources(), env);
                    pending.add(new Pending(instruction, index, false, values(add.excludes()), sources));
                    paths.addAll(contextPaths(sources));
                } else if (instruction instanceof RunInstruction run) {
                    for (Flag mount : run.mounts()) {
                        mount(mount, env, index, deps, paths);
                    }
                }
            }
            stageEnvs.add(env);
            dependencies.add(deps);
            stagePaths.add(paths);
            stage.name().ifPresent(name -> stageByName.put(name, index));
        }

        /** BuildKit's dispatchArg: build-arg, else the default expanded here, else the global value. */
        private void declare(ArgInstruction arg, Map<String, String> env) {
            for (ArgDeclaration d : arg.declarations()) {
                String name = d.name().text();
                String value;
                if (buildArgs.containsKey(name)) {
                    value = buildArgs.get(name);
                } else if (d.defaultValue().isPresent()) {
                    Map<String, String> merged = new LinkedHashMap<>(global);
                    merged.putAll(env);
                    value = expand(d.defaultValue().get(), merged).value();
                } else {
                    value = global.get(name);
                }
                if (value != null && !NON_ENV_ARGS.contains(name)) {
                    env.put(name, value);
                }
            }
        }

        private List<CopySource> sources(Instruction instruction, List<Word> words, Map<String, String> env) {
            List<CopySource> sources = new ArrayList<>(words.size());
            for (Word word : words) {
                if (isHeredoc(instruction, word)) {
                    sources.add(new CopySource(word, word.text(), CopySourceKind.HEREDOC, Optional.empty()));
                    continue;
                }
                WordExpansion expansion = expand(word, env);
                sources.add(new CopySource(word, expansion.value(), CopySourceKind.of(expansion.value()), expansion.error()));
            }
            return sources;
        }

        private static boolean isHeredoc(Instruction instruction, Word word) {
            for (Heredoc heredoc : instruction.syntax().heredocs()) {
                if (heredoc.markerRange().startOffset() == word.range().startOffset()) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> contextPaths(List<CopySource> sources) {
            List<String> paths = new ArrayList<>();
            for (CopySource s : sources) {
                if (s.kind() == CopySourceKind.CONTEXT) {
                    paths.add(usedPath(s.path()));
                }
            }
            return paths;
        }

        /** BuildKit's ctxPaths entry for a source: {@code path.Join("/", src)}, then relative ("." for the root). */
        private static String usedPath(String source) {
            String clean = GoPath.clean("/" + source);
            return clean.equals("/") ? "." : clean.substring(1);
        }

        /** {@code --mount=type=bind,from=x,source=y}: a stage dependency, or a context path. */
        private void mount(Flag mount, Map<String, String> env, int stage, Set<Integer> deps, Set<String> paths) {
            Map<String, String> merged = new LinkedHashMap<>(global);
            merged.putAll(env);
            MountContext context = MountContext.shell("/", ShellLexer.builder().escape(dockerfile.escapeChar()).build(),
                    Env.of(merged), 0);
            if (!(MountSpecs.parse(mount.valueOrEmpty(), context) instanceof Mount parsed)) {
                return; // an invalid mount fails the build; the graph reports why
            }
            if (parsed.from().isPresent()) {
                Flag reference = new Flag("--from=" + parsed.from().get(), "from", parsed.from(), mount.range());
                stageReference(reference, env, stage).ifPresent(deps::add);
            } else if (parsed.type() == MountType.BIND) {
                paths.add(usedPath(parsed.source().orElse("")));
            }
        }

        /** A {@code --from} value naming an earlier stage (by name or index), expanded first. */
        private Optional<Integer> stageReference(Flag from, Map<String, String> env, int current) {
            Map<String, String> merged = new LinkedHashMap<>(global);
            merged.putAll(env);
            String name = expand(new Word(from.valueOrEmpty(), from.range()), merged).value();
            Integer byName = stageByName.get(name.toLowerCase(Locale.ROOT));
            if (byName != null) {
                return Optional.of(byName);
            }
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 6) {
                int index = Integer.parseInt(name);
                if (index < current) {
                    return Optional.of(index);
                }
            }
            return Optional.empty();
        }

        /** The stages building the last stage needs. */
        private BitSet built() {
            BitSet built = new BitSet();
            if (stages.isEmpty()) {
                return built;
            }
            Deque<Integer> work = new ArrayDeque<>();
            work.push(stages.size() - 1);
            while (!work.isEmpty()) {
                int s = work.pop();
                if (built.get(s)) {
                    continue;
                }
                built.set(s);
                dependencies.get(s).forEach(work::push);
            }
            return built;
        }

        private String stageName(int index) {
            return stages.get(index).from().stageName().map(Word::text).orElse("stage-" + index);
        }

        private WordExpansion expand(Word word, Map<String, String> env) {
            return WordExpansion.of(word, Env.of(env), dockerfile.escapeChar(), text);
        }
    }

    private static List<String> values(List<Flag> flags) {
        return flags.stream().map(Flag::valueOrEmpty).toList();
    }

    /** A boolean flag: present without a value, or with a value Go's ParseBool calls true. */
    private static boolean isTrue(Flag flag) {
        String v = flag.valueOrEmpty();
        return flag.value().isEmpty() || v.equals("1") || v.equalsIgnoreCase("t") || v.equalsIgnoreCase("true");
    }
}

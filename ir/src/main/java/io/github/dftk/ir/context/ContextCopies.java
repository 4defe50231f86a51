package io.github.dftk.ir.context;

import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.ir.BuildGraph;
import io.github.dftk.ir.BuildGraphs;
import io.github.dftk.ir.BuildOptions;
import io.github.dftk.ir.CopyRead;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.ExecMount;
import io.github.dftk.ir.Op;
import io.github.dftk.ir.Vertex;
import io.github.dftk.ir.internal.GoPath;
import io.github.dftk.ir.source.MountType;
import io.github.dftk.parser.ParseResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The COPY and ADD instructions of a Dockerfile that read the build context, with their sources
 * expanded as BuildKit's Dockerfile frontend expands them, and which stages building the
 * default target (the last stage) actually runs. Both come from the build graph
 * ({@link BuildGraph#copyReads()}, {@link io.github.dftk.ir.StageGraph#needed()}), so the
 * scoping of ARG and ENV is the lowering's. ENV set by a base image is unknown offline: a
 * variable only an image defines expands to "".
 *
 * <p>It also collects what BuildKit transfers from the context for the default target (every
 * context source of a built stage, and the source of every {@code RUN --mount} bind without
 * {@code from}): {@link #usedPaths()}.
 */
public final class ContextCopies {

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

    /** @param buildArgs {@code --build-arg} values */
    public static ContextCopies of(ParseResult parsed, Map<String, String> buildArgs) {
        BuildOptions options = BuildOptions.defaults();
        for (Map.Entry<String, String> arg : buildArgs.entrySet()) {
            options = options.withBuildArg(arg.getKey(), arg.getValue());
        }
        BuildGraph graph = BuildGraphs.lower(parsed, options);
        List<Stage> stages = parsed.dockerfile().stages();
        List<ContextCopy> copies = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (CopyRead read : graph.copyReads()) {
            if (!read.fromContext()) {
                continue;
            }
            boolean built = graph.stages().get(read.stage()).needed();
            List<CopySource> sources = read.sources().stream().map(ContextCopies::source).toList();
            copies.add(new ContextCopy(read.instruction(), read.stage(), stageName(stages.get(read.stage())), built,
                    read.parents(), read.excludes(), sources));
            if (built) {
                sources.stream().filter(s -> s.kind() == CopySourceKind.CONTEXT).forEach(s -> used.add(usedPath(s.path())));
            }
        }
        used.addAll(boundContextPaths(graph));
        List<String> usedPaths = used.contains(".") ? List.of(".") : used.stream().sorted().toList();
        return new ContextCopies(copies, usedPaths);
    }

    private static CopySource source(CopyRead.Source read) {
        if (read.heredoc()) {
            return new CopySource(read.word(), read.word().text(), CopySourceKind.HEREDOC, read.expansionError());
        }
        return new CopySource(read.word(), read.value(), CopySourceKind.of(read.value()), read.expansionError());
    }

    /** The sources of bind mounts of the build context in the stages the target builds. */
    private static Set<String> boundContextPaths(BuildGraph graph) {
        Set<String> paths = new LinkedHashSet<>();
        for (Vertex vertex : graph.neededVertices()) {
            if (!(vertex.op() instanceof Op.Exec exec)) {
                continue;
            }
            for (Edge input : vertex.inputs()) {
                if (input.role() == Edge.Role.MOUNT && input.from().op() instanceof Op.ContextSource source
                        && source.name().equals("context")) {
                    for (ExecMount mount : exec.mounts()) {
                        if (mount.type() == MountType.BIND && mount.target().equals(input.detail())) {
                            paths.add(usedPath(mount.selector().orElse("")));
                        }
                    }
                }
            }
        }
        return paths;
    }

    /** BuildKit's ctxPaths entry for a source: {@code path.Join("/", src)}, then relative ("." for the root). */
    private static String usedPath(String source) {
        String clean = GoPath.clean("/" + source);
        return clean.equals("/") ? "." : clean.substring(1);
    }

    private static String stageName(Stage stage) {
        return stage.from().stageName().map(Word::text).orElse("stage-" + stage.index());
    }
}

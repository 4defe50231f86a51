package io.github.dftk.ir.internal;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Flag;
import io.github.dftk.ast.RunInstruction;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ast.Word;
import io.github.dftk.ir.Edge;
import io.github.dftk.ir.ExecMount;
import io.github.dftk.ir.FileAction;
import io.github.dftk.ir.Op;
import io.github.dftk.ir.Vertex;
import io.github.dftk.ir.source.CacheSharing;
import io.github.dftk.ir.source.Mount;
import io.github.dftk.ir.source.MountContext;
import io.github.dftk.ir.source.MountError;
import io.github.dftk.ir.source.MountParse;
import io.github.dftk.ir.source.MountSpecs;
import io.github.dftk.ir.source.MountType;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * RUN --mount flags lowered to exec mounts and their input edges, as BuildKit lowers them: bind
 * mounts read the build context unless {@code from} names a stage or image, cache mounts start
 * from scratch (an {@code [internal]} mkdir when they set uid, gid or mode), tmpfs, secret and
 * ssh mounts read nothing.
 */
final class MountLowering {

    private static final int DEFAULT_CACHE_MODE = 0755;
    private static final int DEFAULT_SECRET_MODE = 0400;
    private static final int DEFAULT_SSH_MODE = 0600;

    /**
     * What lowering a RUN's mounts needs from the stage.
     *
     * @param from    the state a {@code from=} names
     * @param context the build context's source vertex
     */
    record Context(String workdir, ShellLexer lexer, Env env, String text, FromResolver from,
            Supplier<Vertex> context, VertexFactory vertices, List<Diagnostic> diagnostics, int stage) {
    }

    /** Resolves {@code from=}. */
    @FunctionalInterface
    interface FromResolver {
        /**
         * The state {@code from} names (a stage, a stage index or an image); failed after an
         * error it reported, such as a stage defined after this RUN.
         */
        FromState resolve(String from, String writtenTarget, SourceRange where);
    }

    /** The mounts and the inputs they read. */
    record Result(List<ExecMount> mounts, List<Edge> inputs) {
    }

    private MountLowering() {
    }

    /** BuildKit parses every mount of a RUN before lowering any: a parse error stops the lowering. */
    static Result lower(RunInstruction run, Context context) {
        List<Mount> mounts = new ArrayList<>(run.mounts().size());
        int sshIndex = 0;
        for (Flag flag : run.mounts()) {
            MountParse parse = MountSpecs.parse(flag.valueOrEmpty(),
                    MountContext.shell(context.workdir(), context.lexer(), context.env(), sshIndex));
            if (parse instanceof MountError error) {
                context.diagnostics().add(Diagnostic.error("bad-mount", error.message(),
                        valueRange(flag, error.offset(), context.text()))
                        .withFix("write --mount=type=bind|cache|tmpfs|secret|ssh,target=PATH[,OPTION=VALUE…]"));
                return new Result(List.of(), List.of());
            }
            Mount mount = (Mount) parse;
            if (mount.type() == MountType.SSH) {
                sshIndex++;
            }
            mounts.add(mount);
        }
        Result result = new Result(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < mounts.size(); i++) {
            lower(mounts.get(i), run.mounts().get(i), context, result);
        }
        return result;
    }

    private static void lower(Mount mount, Flag flag, Context context, Result result) {
        switch (mount.type()) {
            case SECRET -> result.mounts().add(new ExecMount(mount.type(), mount.target().orElse(""),
                    Optional.empty(), true, mount.id(), Optional.empty(),
                    OptionalLong.of(mount.mode().orElse(DEFAULT_SECRET_MODE)), zeroIfAbsent(mount.uid()),
                    zeroIfAbsent(mount.gid()), OptionalLong.empty(), mount.required(), mount.env()));
            case SSH -> result.mounts().add(new ExecMount(mount.type(), mount.target().orElseThrow(),
                    Optional.empty(), true, mount.id(), Optional.empty(),
                    OptionalLong.of(mount.mode().orElse(DEFAULT_SSH_MODE)), zeroIfAbsent(mount.uid()),
                    zeroIfAbsent(mount.gid()), OptionalLong.empty(), mount.required(), Optional.empty()));
            case TMPFS -> result.mounts().add(new ExecMount(mount.type(), mount.target().orElseThrow(),
                    Optional.empty(), false, Optional.empty(), Optional.empty(), OptionalLong.empty(),
                    OptionalLong.empty(), OptionalLong.empty(), mount.size(), false, Optional.empty()));
            case BIND, CACHE -> lowerFilesystem(mount, flag, context, result);
        }
    }

    /** Bind and cache mounts: a filesystem input, mounted at the target. */
    private static void lowerFilesystem(Mount mount, Flag flag, Context context, Result result) {
        String target = mount.target().orElseThrow();
        Optional<Vertex> input;
        if (mount.from().isPresent()) {
            FromState from = context.from().resolve(mount.from().get(), mount.writtenTarget(), flag.range());
            if (from.failed()) {
                return;
            }
            input = from.vertex();
        } else if (mount.type() == MountType.BIND) {
            input = Optional.of(context.context().get());
        } else {
            input = Optional.empty(); // a cache mount without from starts from scratch
        }
        String selector = GoPath.join("/", mount.source().orElse(""));
        boolean setsOwnership = mount.uid().isPresent() || mount.gid().isPresent() || mount.mode().isPresent();
        if (selector.equals("/") && setsOwnership) {
            FileAction.Mkdir mkdir = new FileAction.Mkdir("/cache", (int) mount.mode().orElse(DEFAULT_CACHE_MODE),
                    Optional.of(mount.uid().orElse(0) + ":" + mount.gid().orElse(0)));
            List<Edge> base = input.map(v -> List.of(new Edge(v, Edge.Role.ROOTFS, "/"))).orElse(List.of());
            input = Optional.of(context.vertices().add(new Op.FileOp(mkdir), base, context.stage(),
                    Optional.of(flag.range())));
            selector = "/cache";
        }
        Optional<String> cacheId = Optional.empty();
        Optional<CacheSharing> sharing = Optional.empty();
        if (mount.type() == MountType.CACHE) {
            // BuildKit keys the cache by "<namespace>/<id>"; the namespace (BUILDKIT_CACHE_MOUNT_NS) is empty by default.
            cacheId = Optional.of("/" + mount.id().orElse(""));
            sharing = Optional.of(mount.sharing());
        }
        result.mounts().add(new ExecMount(mount.type(), target, Optional.of(selector).filter(s -> !s.equals("/")),
                mount.readOnly(), cacheId, sharing, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), false, Optional.empty()));
        input.ifPresent(v -> result.inputs().add(new Edge(v, Edge.Role.MOUNT, target)));
    }

    private static OptionalLong zeroIfAbsent(OptionalLong value) {
        return OptionalLong.of(value.orElse(0));
    }

    /** The range of the value character at {@code offset}, or of the whole flag when it is not written verbatim. */
    private static SourceRange valueRange(Flag flag, int offset, String text) {
        int valueStart = flag.text().indexOf('=') + 1;
        if (valueStart == 0) {
            return flag.range();
        }
        int start = Math.min(valueStart + offset, flag.text().length());
        return new Word(flag.text(), flag.range()).subRange(start, flag.text().length(), text);
    }
}

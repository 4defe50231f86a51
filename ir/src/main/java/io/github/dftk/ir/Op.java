package io.github.dftk.ir;

import java.util.List;
import java.util.Optional;

/**
 * What a vertex does, without its inputs: the part of the definition that BuildKit's LLB
 * ops carry. Digests are computed from these fields and the inputs' digests.
 */
public sealed interface Op permits Op.ImageSource, Op.ContextSource, Op.GitSource, Op.HttpSource, Op.Exec,
        Op.FileOp, Op.Merge {

    /** A short kind name: {@code image}, {@code local}, {@code git}, {@code http}, {@code exec}, {@code file}, {@code merge}. */
    String kind();

    /** A registry image. {@code ref} is normalized ({@code docker.io/library/alpine:latest}). */
    record ImageSource(String ref, String written, Platform platform) implements Op {
        @Override
        public String kind() {
            return "image";
        }
    }

    /** The build context ({@code name} "context") or a named context ({@code --build-context}). */
    record ContextSource(String name) implements Op {
        @Override
        public String kind() {
            return "local";
        }
    }

    /**
     * A git checkout: ADD of a git URL.
     *
     * @param checksum   the commit the checkout must be at
     * @param submodules whether submodules are fetched (unless {@code submodules=false})
     */
    record GitSource(String remote, Optional<String> ref, Optional<String> subdir, boolean keepGitDir,
            Optional<String> checksum, boolean submodules) implements Op {
        @Override
        public String kind() {
            return "git";
        }
    }

    /** A download: ADD of an http(s) URL. */
    record HttpSource(String url, Optional<String> checksum, String filename) implements Op {
        @Override
        public String kind() {
            return "http";
        }
    }

    /**
     * A process run by RUN. The root filesystem is the vertex's ROOTFS input; other mounts
     * refer to MOUNT inputs by target.
     */
    record Exec(List<String> args, List<String> env, String cwd, String user, String network, String security,
            List<ExecMount> mounts, Platform platform) implements Op {
        public Exec {
            args = List.copyOf(args);
            env = List.copyOf(env);
            mounts = List.copyOf(mounts);
        }

        @Override
        public String kind() {
            return "exec";
        }
    }

    /** A file operation on the ROOTFS input (or on scratch when there is none). */
    record FileOp(FileAction action) implements Op {
        @Override
        public String kind() {
            return "file";
        }
    }

    /** Layers merged in order (COPY --link puts the copied layer on top of the stage). */
    record Merge() implements Op {
        @Override
        public String kind() {
            return "merge";
        }
    }
}

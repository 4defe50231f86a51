package io.github.dftk.ir.internal;

import io.github.dftk.ir.Op;
import io.github.dftk.ir.source.GitRef;
import io.github.dftk.ir.source.SourceKind;
import io.github.dftk.ir.source.SourceUrls;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The named contexts of a build ({@code --build-context NAME=VALUE}) as BuildKit's frontend
 * finds them: a name is looked up in its short image form ({@code alpine:latest} and
 * {@code docker.io/library/alpine} are {@code alpine}), never for {@code scratch} or
 * {@code context}. A value is {@code docker-image://REF}, a git or HTTP(S) URL, or else a
 * local directory (sent as a local source of that name).
 */
final class NamedContexts {

    /** What a named context provides. */
    sealed interface NamedContext {
        /** An image: its config comes along. */
        record Image(String ref) implements NamedContext {
        }

        /** Files only (a directory, a git checkout, a download): an empty config. */
        record Files(Op source) implements NamedContext {
        }
    }

    private final Map<String, String> byName = new HashMap<>();

    NamedContexts(Map<String, String> buildContexts) {
        buildContexts.forEach((name, value) -> byName.put(key(name), value));
    }

    Optional<NamedContext> lookup(String name) {
        if (byName.isEmpty() || name.equalsIgnoreCase("scratch") || name.equalsIgnoreCase("context")) {
            return Optional.empty();
        }
        String value = byName.get(key(name));
        return value == null ? Optional.empty() : Optional.of(resolve(name, value));
    }

    /** The value a name maps to, as given. */
    Optional<String> value(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    private static String key(String name) {
        return ImageRefs.familiar(name).orElse(name);
    }

    private static NamedContext resolve(String name, String value) {
        if (value.startsWith("docker-image://")) {
            return new NamedContext.Image(value.substring("docker-image://".length()));
        }
        SourceKind kind = SourceUrls.forContext(value);
        if (kind instanceof SourceKind.Git git) {
            GitRef ref = git.ref();
            return new NamedContext.Files(new Op.GitSource(ref.remote(), ref.ref(), ref.subdir(),
                    ref.keepGitDir().orElse(false), ref.checksum(), ref.submodules().orElse(true)));
        }
        if (kind instanceof SourceKind.Http) {
            return new NamedContext.Files(new Op.HttpSource(value, Optional.empty(), "context"));
        }
        return new NamedContext.Files(new Op.ContextSource(name));
    }
}

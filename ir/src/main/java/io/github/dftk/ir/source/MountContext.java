package io.github.dftk.ir.source;

import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.WordResult;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a {@code --mount} value needs from the instruction around it.
 *
 * @param workdir  the stage's {@code WORKDIR} (absolute): relative targets of bind, cache and
 *                 tmpfs mounts are joined to it
 * @param expand   ARG/ENV expansion of one word, as BuildKit's {@code ProcessWord} does it with
 *                 the environment of this {@code RUN}; applied to every option value. BuildKit
 *                 stops at an expansion error: an expander reports one by throwing
 *                 {@link ExpansionFailure} with BuildKit's message, which
 *                 {@link MountSpecs#parse} returns as a {@link MountError}
 * @param sshIndex the position of this mount among the ssh mounts of its {@code RUN}, for the
 *                 default socket path {@code /run/buildkit/ssh_agent.<sshIndex>}
 */
public record MountContext(String workdir, UnaryOperator<String> expand, int sshIndex) {

    public MountContext {
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(expand, "expand");
    }

    /** No variables to expand, first ssh mount. */
    public static MountContext of(String workdir) {
        return new MountContext(workdir, UnaryOperator.identity(), 0);
    }

    /**
     * Expansion exactly as BuildKit lowers a {@code RUN}: {@code lexer.processWord} (the lexer
     * of the Dockerfile's escape character) over {@code env}, its errors reported.
     */
    public static MountContext shell(String workdir, ShellLexer lexer, Env env, int sshIndex) {
        Objects.requireNonNull(lexer, "lexer");
        Objects.requireNonNull(env, "env");
        return new MountContext(workdir, word -> {
            WordResult result = lexer.processWord(word, env);
            if (result.error().isPresent()) {
                throw new ExpansionFailure(result.error().get().message());
            }
            return result.value();
        }, sshIndex);
    }

    /**
     * Thrown by an {@link #expand} function for a word it cannot expand (BuildKit's
     * {@code failed to process "…": …}); never escapes {@link MountSpecs#parse}.
     */
    public static final class ExpansionFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ExpansionFailure(String message) {
            super(Objects.requireNonNull(message, "message"), null, false, false);
        }
    }
}

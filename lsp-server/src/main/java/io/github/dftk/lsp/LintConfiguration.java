package io.github.dftk.lsp;

import io.github.dftk.lint.Linter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The config reload feature: the workspace's linters, read again when a file that configures
 * linting changes ({@code .hadolint.yaml}, {@code .hadolint.yml}, {@code .dockerignore}, which
 * BuildKit's checks read) or the client's settings change.
 */
public final class LintConfiguration {

    /** The names of the files whose changes change findings. */
    static final Set<String> WATCHED = Set.of(".hadolint.yaml", ".hadolint.yml", ".dockerignore");

    private final Optional<Path> root;
    private final Map<String, String> environment;
    private final Consumer<String> problems;
    private volatile Linters linters;

    /** The linter with fixes, for code actions, and the same without, for diagnostics. */
    private record Linters(Linter fixing, Linter plain) {
    }

    /** Reads the configuration now; see {@link WorkspaceLinter#load}. */
    public LintConfiguration(Optional<Path> root, Map<String, String> environment, Consumer<String> problems) {
        this.root = root;
        this.environment = Map.copyOf(environment);
        this.problems = problems;
        reload();
    }

    public void reload() {
        Linter fixing = WorkspaceLinter.load(root, environment, problems);
        linters = new Linters(fixing, fixing.withoutFixes());
    }

    public Linter withFixes() {
        return linters.fixing();
    }

    public Linter withoutFixes() {
        return linters.plain();
    }

    /** Whether one of the changed files configures linting. */
    public static boolean concerns(DidChangeWatchedFilesParams params) {
        return params.getChanges().stream().anyMatch(change -> {
            String uri = change.getUri();
            return WATCHED.contains(uri.substring(uri.lastIndexOf('/') + 1));
        });
    }

    /**
     * The request that asks the client to watch the files, when it accepts such a registration;
     * otherwise the client's own configuration decides which changes it sends.
     */
    public static Optional<RegistrationParams> registration(ClientCapabilities capabilities) {
        boolean dynamic = capabilities != null && capabilities.getWorkspace() != null
                && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        if (!dynamic) {
            return Optional.empty();
        }
        List<FileSystemWatcher> watchers = WATCHED.stream().sorted()
                .map(name -> new FileSystemWatcher(Either.forLeft("**/" + name))).toList();
        return Optional.of(new RegistrationParams(List.of(new Registration("dftk-lint-config",
                "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }
}

package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.AddInstruction;
import io.github.dftk.ir.CopyRead;
import io.github.dftk.ir.context.ContextException;
import io.github.dftk.ir.context.DockerIgnore;
import io.github.dftk.ir.context.IgnoreFile;
import io.github.dftk.ir.context.IgnorePattern;
import io.github.dftk.ir.source.SourceKind;
import io.github.dftk.ir.source.SourceUrls;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.GoStrings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A COPY or ADD source of the build context that the .dockerignore excludes, so the build
 * cannot see it. Read as BuildKit reads it: the {@code <Dockerfile>.dockerignore} or
 * {@code .dockerignore} next to the Dockerfile (the context is taken to be its directory),
 * each source cleaned and matched with its parent directories; not at all when the file has
 * {@code !} exceptions (a directory may be excluded and a file in it re-included); the context
 * root ({@code .}, {@code /}) only when a pattern excludes everything. Nothing is checked for
 * text without a file on disk, nor when the .dockerignore cannot be read (the build fails).
 */
public final class CopyIgnoredFile implements Rule {

    private static final RuleMeta META = CheckMetadata.of("CopyIgnoredFile", "correctness",
            "Attempting to Copy file that is excluded by .dockerignore", false);

    /** Patterns that exclude every entry of the context root. */
    private static final Set<String> ROOT_PATTERNS = Set.of("*", "**", "**/*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    static String message(String command, String source) {
        return "Attempting to " + command + " file " + GoStrings.quote(source) + " that is excluded by .dockerignore";
    }

    @Override
    public void check(LintContext context) {
        Optional<DockerIgnore> ignore = dockerIgnore(context);
        if (ignore.isEmpty() || ignore.get().isEmpty() || ignore.get().hasExceptions()) {
            return;
        }
        for (CopyRead read : context.graph().copyReads()) {
            if (!read.fromContext()) {
                continue;
            }
            boolean add = read.instruction() instanceof AddInstruction;
            for (CopyRead.Source source : read.sources()) {
                if (source.heredoc() || source.expansionError().isPresent()) {
                    continue;
                }
                if (add ? !(SourceUrls.forAdd(source.value()) instanceof SourceKind.Local)
                        : SourceUrls.isHttp(source.value())) {
                    continue;
                }
                String path = source.cleanValue();
                if (excluded(ignore.get(), path)) {
                    context.report(this, Locations.within(read.instruction(), source.word().range()),
                            message(add ? "Add" : "Copy", path));
                }
            }
        }
    }

    private static Optional<DockerIgnore> dockerIgnore(LintContext context) {
        Optional<Path> dockerfile = context.input().path().map(Path::toAbsolutePath);
        if (dockerfile.isEmpty() || dockerfile.get().getParent() == null) {
            return Optional.empty();
        }
        try {
            Optional<IgnoreFile> file = IgnoreFile.find(dockerfile.get().getParent(), dockerfile.get());
            return file.isEmpty() ? Optional.empty() : Optional.of(file.get().read(file.get().path().toString()));
        } catch (ContextException e) {
            return Optional.empty();
        }
    }

    /**
     * BuildKit's test for a cleaned source (patternmatcher's {@code MatchesOrParentMatches},
     * without exceptions): a pattern matches the path or one of its parent directories, as
     * written (an absolute path matches no relative pattern).
     */
    private static boolean excluded(DockerIgnore ignore, String path) {
        if (path.equals(".") || path.equals("/")) {
            return ignore.patterns().stream().anyMatch(p -> ROOT_PATTERNS.contains(p.pattern()));
        }
        int slash = path.lastIndexOf('/');
        String parent = slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
        try {
            for (IgnorePattern pattern : ignore.patterns()) {
                if (pattern.matches(path)) {
                    return true;
                }
                if (!parent.equals(".")) {
                    String[] dirs = parent.split("/", -1);
                    StringBuilder prefix = new StringBuilder();
                    for (int i = 0; i < dirs.length; i++) {
                        prefix.append(i == 0 ? "" : "/").append(dirs[i]);
                        if (pattern.matches(prefix.toString())) {
                            return true;
                        }
                    }
                }
            }
        } catch (ContextException e) {
            return false;
        }
        return false;
    }
}

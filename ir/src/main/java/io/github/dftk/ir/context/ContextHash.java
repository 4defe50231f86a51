package io.github.dftk.ir.context;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.SourceRange;
import io.github.dftk.ir.internal.GoPath;
import io.github.dftk.ir.context.internal.PathMatch;
import io.github.dftk.parser.ParseResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Digests a build context the way a build would send it, and what every COPY/ADD of a
 * Dockerfile takes from it: finds the .dockerignore, walks the context, expands the sources,
 * resolves them, and reports every problem a build would hit (missing sources, sources in
 * .dockerignore, malformed patterns) at its position in the Dockerfile.
 */
public final class ContextHash {

    private ContextHash() {
    }

    /**
     * @param context the context directory
     * @param contextName how messages name it
     * @param dockerfile the parsed Dockerfile
     * @param dockerfilePath where the Dockerfile is on disk (for {@code <Dockerfile>.dockerignore}),
     *     or null when it was read from standard input
     * @param buildArgs {@code --build-arg} values
     * @throws ContextException when the context cannot be read, or BuildKit would reject its
     *     .dockerignore
     */
    public static ContextHashReport compute(Path context, String contextName, ParseResult dockerfile,
            Path dockerfilePath, Map<String, String> buildArgs) throws ContextException {
        Optional<IgnoreFile> ignoreFile = IgnoreFile.find(context, dockerfilePath);
        Optional<String> ignoreName = ignoreFile.map(f -> f.dockerfileSpecific()
                ? dockerfile.sourceName() + IgnoreFile.DEFAULT_NAME
                : join(contextName, IgnoreFile.DEFAULT_NAME));
        DockerIgnore ignore = ignoreFile.isPresent() ? ignoreFile.get().read(ignoreName.get()) : DockerIgnore.none();
        ContextTree tree = ContextWalker.walk(context, contextName, ignore);
        ContextCopies copies = ContextCopies.of(dockerfile, buildArgs);
        Set<String> transferred = SourceSelector.transferred(tree, copies.usedPaths());
        ContextDigest used = ContextDigest.of(copies.usedPaths().isEmpty() ? List.of()
                : transferred == null ? tree.entries()
                : tree.entries().stream().filter(e -> transferred.contains(e.path())).toList());
        Check check = new Check(context, contextName, dockerfile, ignore, new SourceSelector(tree, transferred));
        List<ContextHashReport.CopyResult> results = new ArrayList<>();
        for (ContextCopy copy : copies.copies()) {
            results.add(check.copy(copy));
        }
        check.problems.sort(Comparator.comparingInt(ContextProblem::line).thenComparingInt(ContextProblem::column));
        return new ContextHashReport(contextName, ignoreName, ignore.patterns().size(), tree.digest(), used,
                copies.usedPaths(), results, check.problems);
    }

    /** Resolves each COPY/ADD and collects problems. */
    private static final class Check {
        private final Path context;
        private final String contextName;
        private final ParseResult dockerfile;
        private final DockerIgnore ignore;
        private final SourceSelector selector;
        final List<ContextProblem> problems = new ArrayList<>();

        Check(Path context, String contextName, ParseResult dockerfile, DockerIgnore ignore, SourceSelector selector) {
            this.context = context;
            this.contextName = contextName;
            this.dockerfile = dockerfile;
            this.ignore = ignore;
            this.selector = selector;
        }

        ContextHashReport.CopyResult copy(ContextCopy copy) {
            DockerIgnore excludes;
            try {
                excludes = DockerIgnore.of("--exclude", copy.excludes());
            } catch (ContextException e) {
                problems.add(at(copy.instruction().keyword().range(), copy, "copy-bad-exclude",
                        e.problem().what(), "BuildKit cannot match it, so the copy fails",
                        "fix the --exclude pattern"));
                excludes = DockerIgnore.none();
            }
            List<ContextHashReport.SourceResult> sources = new ArrayList<>();
            List<ContextEntry> selected = new ArrayList<>();
            boolean anySelection = false;
            boolean anyFailure = false;
            for (CopySource source : copy.sources()) {
                Optional<SourceSelection> selection = source(copy, source, excludes);
                sources.add(new ContextHashReport.SourceResult(source, selection));
                if (selection.isPresent() && selection.get().failure().isEmpty()) {
                    selected.addAll(selection.get().entries());
                    anySelection = true;
                } else if (selection.isPresent() || source.expansionError().isPresent()) {
                    anyFailure = true;
                }
            }
            Optional<ContextDigest> digest = anySelection && !anyFailure ? Optional.of(ContextDigest.of(selected))
                    : Optional.empty();
            return new ContextHashReport.CopyResult(copy, digest, sources);
        }

        private Optional<SourceSelection> source(ContextCopy copy, CopySource source, DockerIgnore excludes) {
            if (source.expansionError().isPresent()) {
                Diagnostic d = source.expansionError().get();
                problems.add(at(d.range(), copy, "source-expansion", d.message(),
                        d.reason().orElse("BuildKit fails the build when a word cannot be expanded"),
                        "set the variable with ARG, ENV or --build-arg, or change the expression"));
                return Optional.empty();
            }
            if (copy.keyword().equals("COPY") && source.kind() == CopySourceKind.URL) {
                problems.add(at(source.word().range(), copy, "copy-remote-source", "source can't be a URL for COPY",
                        "COPY reads only the build context, stages and images", "use ADD, or download it in a RUN step"));
                return Optional.empty();
            }
            if (copy.keyword().equals("COPY") && source.kind() == CopySourceKind.GIT) {
                problems.add(at(source.word().range(), copy, "copy-remote-source", "source can't be a git ref for COPY",
                        "COPY reads only the build context, stages and images", "use ADD for a git repository"));
                return Optional.empty();
            }
            if (source.kind() != CopySourceKind.CONTEXT) {
                return Optional.empty();
            }
            SourceSelection selection;
            try {
                selection = selector.select(source.path(), copy.parents(), excludes);
            } catch (ContextException e) {
                problems.add(at(source.word().range(), copy, "copy-bad-exclude", e.problem().what(),
                        "BuildKit cannot match it, so the copy fails", "fix the --exclude pattern"));
                return Optional.empty();
            }
            selection.failure().ifPresentOrElse(f -> problems.add(failure(copy, source, f)),
                    () -> ignoredButPresent(copy, source, selection));
            return Optional.of(selection);
        }

        private ContextProblem failure(ContextCopy copy, CopySource source, SourceSelection.Failure f) {
            String what;
            String why;
            String fix;
            switch (f.code()) {
                case "source-parent-missing":
                    what = f.message();
                    boolean onDisk = existsOnDisk(f.path());
                    why = onDisk
                            ? "BuildKit sends /" + f.path() + " only when the build uses something inside it, and "
                                    + "nothing matches " + quote(source.path())
                            : "the wildcard's directory /" + f.path() + " is not in the build context";
                    fix = excludedBecause(f.path()).orElse(onDisk
                            ? "make the directory part of the wildcard too (e.g. " + bracketed(f.path())
                                    + "/...), so that no match is not an error"
                            : "create the directory, or make it part of the wildcard too");
                    break;
                case "source-bad-pattern":
                    what = "failed to compute cache key: syntax error in pattern";
                    why = quote(source.path()) + " is not a valid Go filepath.Match pattern";
                    fix = "close every [ with ], and write \\[ for a literal bracket";
                    break;
                case "source-too-many-links":
                    what = "failed to compute cache key: too many links";
                    why = "following the symlinks of " + quote(source.path()) + " in the context loops";
                    fix = "fix the symlink cycle";
                    break;
                default:
                    what = "failed to compute cache key: " + f.message();
                    why = copy.keyword() + " reads " + quote(source.path()) + " from the build context, and it is "
                            + "not there";
                    fix = excludedBecause(f.path()).orElse(existsOnDisk(f.path())
                            ? "it is outside what BuildKit sends; check symlinks on the way"
                            : "create it, or fix the path (it is relative to the context directory "
                                    + contextName + ", not to the Dockerfile)");
                    break;
            }
            return at(source.word().range(), copy, f.code(), what, why, fix);
        }

        /** BuildKit's CopyIgnoredFile check: a plain source that .dockerignore excludes, though the copy works. */
        private void ignoredButPresent(ContextCopy copy, CopySource source, SourceSelection selection) {
            if (ignore.isEmpty() || copy.parents() || PathMatch.hasWildcards(source.path())) {
                return;
            }
            String path = GoPath.clean("/" + source.path()).substring(1);
            if (path.isEmpty()) {
                return;
            }
            try {
                IgnoreDecision decision = ignore.decide(path);
                if (decision.excluded() && decision.decidedBy().isPresent()) {
                    IgnorePattern p = decision.decidedBy().get();
                    SourceRange range = source.word().range();
                    problems.add(ContextProblem.warning(dockerfile.sourceName(), range.startLine(),
                            range.startColumn(), "copy-ignored-file",
                            "Attempting to Copy file " + quote(source.path()) + " that is excluded by .dockerignore",
                            p.file() + ":" + p.line() + " (" + quote(p.text().strip()) + ") excludes it; only what "
                                    + "exceptions re-include inside it is copied",
                            "remove the pattern, or add an exception !" + path));
                }
            } catch (ContextException ignored) {
                // the pattern error surfaces where BuildKit hits it
            }
        }

        /** "… .dockerignore:3 ("*.jar") excludes it: …" when .dockerignore is why a path is missing. */
        private Optional<String> excludedBecause(String path) {
            if (ignore.isEmpty() || path.isEmpty() || !existsOnDisk(path)) {
                return Optional.empty();
            }
            try {
                IgnoreDecision decision = ignore.decide(path);
                if (decision.excluded() && decision.decidedBy().isPresent()) {
                    IgnorePattern p = decision.decidedBy().get();
                    return Optional.of(p.file() + ":" + p.line() + " (" + quote(p.text().strip())
                            + ") excludes it: remove that line, or add an exception !" + path);
                }
            } catch (ContextException ignored) {
                // reported elsewhere
            }
            return Optional.empty();
        }

        private boolean existsOnDisk(String path) {
            return Files.exists(context.resolve(path), LinkOption.NOFOLLOW_LINKS);
        }

        /** An error, or a warning in a stage the default target does not build (BuildKit skips it). */
        private ContextProblem at(SourceRange range, ContextCopy copy, String code, String what, String why,
                String fix) {
            if (!copy.built()) {
                return ContextProblem.warning(dockerfile.sourceName(), range.startLine(), range.startColumn(), code,
                        what, why + " (stage " + copy.stageName() + " is not built for the default target, so only a "
                                + "build with a --target that needs it fails)", fix);
            }
            return ContextProblem.error(dockerfile.sourceName(), range.startLine(), range.startColumn(), code, what,
                    why, fix);
        }
    }

    /** {@code fixtures} → {@code fixture[s]}: a wildcard that matches the same directory. */
    private static String bracketed(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        String dir = path.substring(0, path.length() - base.length());
        if (base.isEmpty()) {
            return path;
        }
        return dir + base.substring(0, base.length() - 1) + "[" + base.charAt(base.length() - 1) + "]";
    }

    private static String join(String dir, String name) {
        return dir.isEmpty() || dir.equals(".") ? name : dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package io.github.dftk.ir.context;

import java.util.List;
import java.util.Optional;

/**
 * The digests of a build context and of what each COPY/ADD takes from it, with every problem a
 * build would hit. Produced by {@link ContextHash#compute}.
 *
 * @param context how the context directory is named (the command-line argument)
 * @param ignoreFile how the .dockerignore in use is named, if there is one
 * @param ignorePatterns how many patterns it has
 * @param digest the whole context as sent (.dockerignore applied)
 * @param used what BuildKit transfers for this Dockerfile's default target (only the paths its
 *     built stages read; everything when one of them reads the whole context)
 * @param usedPaths those paths, relative to the context ({@code "."}: the whole context)
 * @param copies the COPY/ADD instructions that read the context, in file order
 * @param problems errors (a build fails) and warnings, in file order
 */
public record ContextHashReport(String context, Optional<String> ignoreFile, int ignorePatterns, ContextDigest digest,
        ContextDigest used, List<String> usedPaths, List<CopyResult> copies, List<ContextProblem> problems) {

    public ContextHashReport {
        usedPaths = List.copyOf(usedPaths);
        copies = List.copyOf(copies);
        problems = List.copyOf(problems);
    }

    /** Whether a build of the default target would fail on something found here. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(ContextProblem::isError);
    }

    /**
     * One COPY/ADD.
     *
     * @param copy the instruction and its expanded sources
     * @param digest the digest of everything its context sources select, one after the other in
     *     source order (same encoding as the context digest); empty when no source reads the
     *     context, or when a source fails (the build would fail)
     * @param sources one result per source, in order
     */
    public record CopyResult(ContextCopy copy, Optional<ContextDigest> digest, List<SourceResult> sources) {
        public CopyResult {
            sources = List.copyOf(sources);
        }
    }

    /**
     * One source of a COPY/ADD.
     *
     * @param source the source as written and expanded
     * @param selection what it selects, for a context source that could be expanded
     */
    public record SourceResult(CopySource source, Optional<SourceSelection> selection) {
    }
}

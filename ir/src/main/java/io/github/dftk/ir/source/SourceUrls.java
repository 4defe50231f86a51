package io.github.dftk.ir.source;

import io.github.dftk.ir.internal.GoUrl;
import java.util.Objects;
import java.util.Optional;

/**
 * Git and HTTP sources as BuildKit recognises them in {@code ADD} and in build contexts.
 *
 * <p>A git URL ({@link #parseGit}, BuildKit's {@code dfgitutil.ParseGitRef}) is
 * {@code remote[?query][#ref[:subdir]]} where the remote is {@code http(s)://…} with a path
 * ending in {@code .git}, {@code git://…}, {@code ssh://…}, SCP style {@code user@host:path},
 * or the deprecated {@code github.com/owner/repo}. Strings starting with {@code ./} or
 * {@code ../} are never git. Never throws on user input.
 */
public final class SourceUrls {

    private SourceUrls() {
    }

    /** The git reference, or why there is none (see {@link GitRefError#git()}). */
    public static GitRefParse parseGit(String ref) {
        Objects.requireNonNull(ref, "ref");
        if (ref.startsWith("./") || ref.startsWith("../")) {
            return notGit("invalid argument");
        }
        GitRemote remote;
        boolean indistinguishable = ref.startsWith("github.com/");
        if (indistinguishable) {
            GoUrl.Parsed parsed = GoUrl.parse(ref);
            if (!parsed.ok()) {
                return notGit(parsed.error());
            }
            remote = GitRemote.fromUrl(parsed.url().withScheme("https"));
        } else {
            GitRemote.Read read = GitRemote.parse(ref);
            if (read.remote() == null) {
                return notGit(read.error());
            }
            remote = read.remote();
            boolean http = remote.scheme().equals("http") || remote.scheme().equals("https");
            if (http && !remote.path().endsWith(".git")) {
                return notGit("invalid argument"); // an HTTP(S) URL is git only with a .git path
            }
        }
        String remoteText = remote.remote();
        if (indistinguishable) {
            int scheme = remoteText.indexOf("://");
            remoteText = scheme < 0 ? "" : remoteText.substring(scheme + 3);
        }
        GitQuery.Options options = new GitQuery.Options(remote.ref(), remote.subdir());
        Optional<String> error = GitQuery.apply(remote.query(), options);
        if (error.isPresent()) {
            return new GitRefError(error.get(), true);
        }
        return new GitRef(remoteText, nonEmpty(options.ref), nonEmpty(options.subdir),
                Optional.ofNullable(options.keepGitDir), nonEmpty(options.checksum), Optional.ofNullable(options.submodules),
                nonEmpty(options.mtime), options.fetchByCommit, indistinguishable,
                remote.scheme().equals("http") || remote.scheme().equals("git"));
    }

    /** The git reference when {@code url} is a valid one (including the {@code github.com/…} form). */
    public static Optional<GitRef> git(String url) {
        return parseGit(url) instanceof GitRef g ? Optional.of(g) : Optional.empty();
    }

    /**
     * BuildKit's test for an HTTP source of {@code ADD} ({@code isHTTPSource}): starts with
     * {@code http://} or {@code https://} (case-sensitive) and is not a valid git URL. A git URL
     * with bad options counts as HTTP here; {@link #forAdd} reports its error first.
     */
    public static boolean isHttp(String src) {
        Objects.requireNonNull(src, "src");
        return (src.startsWith("http://") || src.startsWith("https://")) && git(src).isEmpty();
    }

    /**
     * What an {@code ADD} source is (BuildKit's {@code dispatchCopy}): git when
     * {@link #parseGit} accepts it, except the {@code github.com/…} form, which is a local
     * path here; a git URL with bad options is an error; then HTTP ({@link #isHttp}); else local.
     */
    public static SourceKind forAdd(String src) {
        GitRefParse parse = parseGit(src);
        if (parse instanceof GitRefError e && e.git()) {
            return new SourceKind.Invalid(e.message());
        }
        if (parse instanceof GitRef g && !g.indistinguishableFromLocal()) {
            return new SourceKind.Git(g);
        }
        return isHttp(src) ? new SourceKind.Http(src) : new SourceKind.Local(src);
    }

    /**
     * What a build context is (BuildKit's {@code DetectGitContext} then
     * {@code DetectHTTPContext}): git when {@link #parseGit} accepts it, the {@code github.com/…}
     * form included; a git URL with bad options is an error; then {@code http://} or
     * {@code https://} (a tarball or a Dockerfile); else a local directory.
     */
    public static SourceKind forContext(String ref) {
        GitRefParse parse = parseGit(ref);
        if (parse instanceof GitRef g) {
            return new SourceKind.Git(g);
        }
        if (((GitRefError) parse).git()) {
            return new SourceKind.Invalid(((GitRefError) parse).message());
        }
        return ref.startsWith("http://") || ref.startsWith("https://")
                ? new SourceKind.Http(ref) : new SourceKind.Local(ref);
    }

    private static GitRefError notGit(String message) {
        return new GitRefError(message, false);
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}

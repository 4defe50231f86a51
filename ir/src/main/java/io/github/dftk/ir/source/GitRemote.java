package io.github.dftk.ir.source;

import io.github.dftk.ir.internal.GoPath;
import io.github.dftk.ir.internal.GoUrl;
import io.github.dftk.ir.internal.ScpUrl;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A git remote as BuildKit's {@code gitutil.ParseURL} / {@code FromURL} read it: scheme, path,
 * the remote without options, the query, and the fragment split into ref and subdir.
 */
record GitRemote(String scheme, String path, String remote, Map<String, List<String>> query, String ref,
        String subdir) {

    private static final Set<String> PROTOCOLS = Set.of("http", "https", "ssh", "git");

    /** A remote or Go's error text. */
    record Read(GitRemote remote, String error) {
    }

    /** {@code gitutil.ParseURL}: {@code scheme://…} for the four git protocols, or SCP style. */
    static Read parse(String raw) {
        int proto = protocolLength(raw);
        if (proto > 0) {
            String name = raw.substring(0, proto).toLowerCase(Locale.ROOT);
            if (!PROTOCOLS.contains(name)) {
                return new Read(null, name + ": invalid protocol");
            }
            GoUrl.Parsed parsed = GoUrl.parse(raw);
            return parsed.ok() ? new Read(fromUrl(parsed.url()), null) : new Read(null, parsed.error());
        }
        return ScpUrl.parse(raw)
                .map(scp -> new Read(withFragment("ssh", scp.path(), scp.remote(), scp.query(), scp.fragment()), null))
                .orElse(new Read(null, "unknown protocol"));
    }

    /** {@code gitutil.FromURL}. */
    static GitRemote fromUrl(GoUrl url) {
        return withFragment(url.scheme(), url.path(), url.withoutQueryAndFragment().toString(),
                GoUrl.parseQuery(url.rawQuery(), false), url.fragment());
    }

    /** The fragment {@code ref[:subdir]}, split at the first ':'; the subdir cleaned and relative. */
    private static GitRemote withFragment(String scheme, String path, String remote, Map<String, List<String>> query,
            String fragment) {
        String ref = "";
        String subdir = "";
        if (!fragment.isEmpty()) {
            int colon = fragment.indexOf(':');
            ref = colon < 0 ? fragment : fragment.substring(0, colon);
            String written = colon < 0 ? "" : fragment.substring(colon + 1);
            subdir = GoPath.join("/", written).substring(1);
        }
        return new GitRemote(scheme, path, remote, query, ref, subdir);
    }

    /** Length of the {@code [a-zA-Z0-9]+} before a leading "://", or 0. */
    private static int protocolLength(String raw) {
        int n = 0;
        while (n < raw.length()) {
            char c = raw.charAt(n);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                break;
            }
            n++;
        }
        return n > 0 && raw.startsWith("://", n) ? n : 0;
    }
}

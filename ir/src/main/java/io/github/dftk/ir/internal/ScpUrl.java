package io.github.dftk.ir.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BuildKit's SCP-style git remotes ({@code sshutil.ParseSCPStyleURL}):
 * {@code user@host:path[?query][#fragment]}, matched by hand instead of BuildKit's regular
 * expression {@code ^([a-zA-Z0-9-_]+)@([a-zA-Z0-9-.]+):(.*?)(?:\?(.*?))?(?:#(.*))?$}: the user
 * runs to the first '@', the host to the next ':', the path to the first '?' or '#', the query
 * to the next '#'; no newline anywhere ('.' does not match one). A query that
 * {@code url.ParseQuery} rejects makes the whole string no SCP URL.
 */
public record ScpUrl(String user, String host, String path, Map<String, List<String>> query, String fragment) {

    public static Optional<ScpUrl> parse(String raw) {
        int at = raw.indexOf('@');
        if (at <= 0 || !all(raw, 0, at, "-_")) {
            return Optional.empty();
        }
        int colon = raw.indexOf(':', at + 1);
        if (colon <= at + 1 || !all(raw, at + 1, colon, "-.")) {
            return Optional.empty();
        }
        String tail = raw.substring(colon + 1);
        if (tail.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        int end = 0;
        while (end < tail.length() && tail.charAt(end) != '?' && tail.charAt(end) != '#') {
            end++;
        }
        String path = tail.substring(0, end);
        String rawQuery = "";
        String fragment = "";
        if (end < tail.length() && tail.charAt(end) == '?') {
            String after = tail.substring(end + 1);
            int hash = after.indexOf('#');
            rawQuery = hash < 0 ? after : after.substring(0, hash);
            fragment = hash < 0 ? "" : after.substring(hash + 1);
        } else if (end < tail.length()) {
            fragment = tail.substring(end + 1);
        }
        Map<String, List<String>> query = rawQuery.isEmpty() ? Map.of() : GoUrl.parseQuery(rawQuery, true);
        if (query == null) {
            return Optional.empty();
        }
        return Optional.of(new ScpUrl(raw.substring(0, at), raw.substring(at + 1, colon), path, query, fragment));
    }

    /** {@code SCPStyleURL.String} without query and fragment: {@code user@host:path}. */
    public String remote() {
        return user + "@" + host + ":" + path;
    }

    /** True when every char of {@code s[from, to)} is an ASCII letter, digit or one of {@code extra}. */
    private static boolean all(String s, int from, int to, String extra) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || extra.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}

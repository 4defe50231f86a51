package io.github.dftk.ir.internal;

import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.GoStrings;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code net/url}: {@link #parse} ({@code url.Parse}), {@link #toString}
 * ({@code URL.String}) and {@link #parseQuery} ({@code url.ParseQuery}), byte for byte, so that
 * git remotes and their errors come out as BuildKit prints them. Not reproduced: the validation
 * of bracketed IPv6 hosts that recent Go releases added.
 */
public final class GoUrl {

    private enum Mode { PATH, HOST, ZONE, USER_PASSWORD, QUERY_COMPONENT, FRAGMENT }

    /** {@code url.Userinfo}. */
    public record Userinfo(String username, String password, boolean passwordSet) {
        /** {@code Userinfo.String}: escaped, {@code name[:password]}. */
        public String text() {
            String s = escape(username, Mode.USER_PASSWORD);
            return passwordSet ? s + ":" + escape(password, Mode.USER_PASSWORD) : s;
        }
    }

    /** A parsed URL or Go's error text ({@code parse "…": …}). */
    public record Parsed(GoUrl url, String error) {
        public boolean ok() {
            return url != null;
        }
    }

    private String scheme = "";
    private String opaque = "";
    private Userinfo user;
    private String host = "";
    private String path = "";
    private String rawPath = "";
    private boolean omitHost;
    private boolean forceQuery;
    private String rawQuery = "";
    private String fragment = "";
    private String rawFragment = "";

    private GoUrl() {
    }

    public String scheme() {
        return scheme;
    }

    public String host() {
        return host;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public String fragment() {
        return fragment;
    }

    /** A copy with another scheme. */
    public GoUrl withScheme(String newScheme) {
        GoUrl u = copy();
        u.scheme = newScheme;
        return u;
    }

    /** A copy with no query and no fragment, as BuildKit's {@code FromURL} makes the remote ({@code ForceQuery} stays). */
    public GoUrl withoutQueryAndFragment() {
        GoUrl u = copy();
        u.rawQuery = "";
        u.fragment = "";
        u.rawFragment = "";
        return u;
    }

    private GoUrl copy() {
        GoUrl u = new GoUrl();
        u.scheme = scheme;
        u.opaque = opaque;
        u.user = user;
        u.host = host;
        u.path = path;
        u.rawPath = rawPath;
        u.omitHost = omitHost;
        u.forceQuery = forceQuery;
        u.rawQuery = rawQuery;
        u.fragment = fragment;
        u.rawFragment = rawFragment;
        return u;
    }

    /** Thrown inside the parser only, to leave nested parsing with Go's message. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code url.Parse}. */
    public static Parsed parse(String rawUrl) {
        int hash = rawUrl.indexOf('#');
        String u = hash < 0 ? rawUrl : rawUrl.substring(0, hash);
        GoUrl url;
        try {
            url = parseWithoutFragment(u);
        } catch (Failure e) {
            return new Parsed(null, "parse " + GoStrings.quote(u) + ": " + e.getMessage());
        }
        if (hash < 0) {
            return new Parsed(url, null);
        }
        String frag = rawUrl.substring(hash + 1);
        if (frag.isEmpty()) {
            return new Parsed(url, null);
        }
        try {
            url.fragment = unescape(frag, Mode.FRAGMENT);
        } catch (Failure e) {
            return new Parsed(null, "parse " + GoStrings.quote(rawUrl) + ": " + e.getMessage());
        }
        url.rawFragment = escape(url.fragment, Mode.FRAGMENT).equals(frag) ? "" : frag;
        return new Parsed(url, null);
    }

    private static GoUrl parseWithoutFragment(String raw) throws Failure {
        for (byte b : DockerfileParser.encode(raw)) {
            if ((b & 0xFF) < 0x20 || b == 0x7F) {
                throw new Failure("net/url: invalid control character in URL");
            }
        }
        GoUrl url = new GoUrl();
        if (raw.equals("*")) {
            url.path = "*";
            return url;
        }
        String rest = raw;
        int colon = schemeEnd(raw);
        if (colon == 0) {
            throw new Failure("missing protocol scheme");
        }
        if (colon > 0) {
            url.scheme = raw.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            rest = raw.substring(colon + 1);
        }
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            url.forceQuery = true;
            rest = rest.substring(0, rest.length() - 1);
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                url.rawQuery = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!url.scheme.isEmpty()) {
                url.opaque = rest; // a rootless path, e.g. "mailto:x"
                return url;
            }
            int slash = rest.indexOf('/');
            String segment = slash < 0 ? rest : rest.substring(0, slash);
            if (segment.indexOf(':') >= 0) {
                throw new Failure("first path segment in URL cannot contain colon");
            }
        }
        if ((!url.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            rest = "";
            int slash = authority.indexOf('/');
            if (slash >= 0) {
                rest = authority.substring(slash);
                authority = authority.substring(0, slash);
            }
            parseAuthority(url, authority);
        } else if (!url.scheme.isEmpty() && rest.startsWith("/")) {
            url.omitHost = true;
        }
        url.path = unescape(rest, Mode.PATH);
        url.rawPath = escape(url.path, Mode.PATH).equals(rest) ? "" : rest;
        return url;
    }

    /** Index of the ':' ending a scheme, 0 for a leading ':' (an error), -1 for no scheme. */
    private static int schemeEnd(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                continue;
            }
            if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    return -1;
                }
                continue;
            }
            return c == ':' ? i : -1;
        }
        return -1;
    }

    private static void parseAuthority(GoUrl url, String authority) throws Failure {
        int at = authority.lastIndexOf('@');
        url.host = parseHost(at < 0 ? authority : authority.substring(at + 1));
        if (at < 0) {
            return;
        }
        String userinfo = authority.substring(0, at);
        if (!validUserinfo(userinfo)) {
            throw new Failure("net/url: invalid userinfo");
        }
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            url.user = new Userinfo(unescape(userinfo, Mode.USER_PASSWORD), "", false);
        } else {
            url.user = new Userinfo(unescape(userinfo.substring(0, colon), Mode.USER_PASSWORD),
                    unescape(userinfo.substring(colon + 1), Mode.USER_PASSWORD), true);
        }
    }

    private static String parseHost(String host) throws Failure {
        if (host.startsWith("[")) {
            int close = host.lastIndexOf(']');
            if (close < 0) {
                throw new Failure("missing ']' in host");
            }
            String colonPort = host.substring(close + 1);
            if (!validOptionalPort(colonPort)) {
                throw new Failure("invalid port " + GoStrings.quote(colonPort) + " after host");
            }
            int zone = host.substring(0, close).indexOf("%25");
            if (zone >= 0) {
                return unescape(host.substring(0, zone), Mode.HOST) + unescape(host.substring(zone, close), Mode.ZONE)
                        + unescape(host.substring(close), Mode.HOST);
            }
        } else {
            int colon = host.lastIndexOf(':');
            if (colon >= 0) {
                String colonPort = host.substring(colon);
                if (!validOptionalPort(colonPort)) {
                    throw new Failure("invalid port " + GoStrings.quote(colonPort) + " after host");
                }
            }
        }
        return unescape(host, Mode.HOST);
    }

    private static boolean validOptionalPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        if (port.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < port.length(); i++) {
            char c = port.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean validUserinfo(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                continue;
            }
            if ("-._:~!$&'()*+,;=%@".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code URL.String}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!scheme.isEmpty()) {
            out.append(scheme).append(':');
        }
        if (!opaque.isEmpty()) {
            out.append(opaque);
        } else {
            if (!scheme.isEmpty() || !host.isEmpty() || user != null) {
                if (!(omitHost && host.isEmpty() && user == null)) {
                    if (!host.isEmpty() || !path.isEmpty() || user != null) {
                        out.append("//");
                    }
                    if (user != null) {
                        out.append(user.text()).append('@');
                    }
                    if (!host.isEmpty()) {
                        out.append(escape(host, Mode.HOST));
                    }
                }
            }
            String p = escapedPath();
            if (!p.isEmpty() && p.charAt(0) != '/' && !host.isEmpty()) {
                out.append('/');
            }
            if (out.length() == 0) {
                int slash = p.indexOf('/');
                if ((slash < 0 ? p : p.substring(0, slash)).indexOf(':') >= 0) {
                    out.append("./"); // so the first segment does not read as a scheme
                }
            }
            out.append(p);
        }
        if (forceQuery || !rawQuery.isEmpty()) {
            out.append('?').append(rawQuery);
        }
        if (!fragment.isEmpty()) {
            out.append('#').append(escapedFragment());
        }
        return out.toString();
    }

    private String escapedPath() {
        if (!rawPath.isEmpty() && validEncoded(rawPath, Mode.PATH)) {
            try {
                if (unescape(rawPath, Mode.PATH).equals(path)) {
                    return rawPath;
                }
            } catch (Failure ignored) {
                // fall through to the default encoding
            }
        }
        return path.equals("*") ? "*" : escape(path, Mode.PATH);
    }

    private String escapedFragment() {
        if (!rawFragment.isEmpty() && validEncoded(rawFragment, Mode.FRAGMENT)) {
            try {
                if (unescape(rawFragment, Mode.FRAGMENT).equals(fragment)) {
                    return rawFragment;
                }
            } catch (Failure ignored) {
                // fall through to the default encoding
            }
        }
        return escape(fragment, Mode.FRAGMENT);
    }

    private static boolean validEncoded(String s, Mode mode) {
        for (byte b : DockerfileParser.encode(s)) {
            int c = b & 0xFF;
            if ("!$&'()*+,;=:@[]%".indexOf(c) >= 0) {
                continue;
            }
            if (shouldEscape(c, mode)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code url.ParseQuery}: pairs split at '&amp;', keys in first-seen order (Go's map has
     * none; BuildKit's order of checks then follows the URL). A pair with ';' or a bad escape is
     * left out; {@code strict} makes that an error instead (returns null), as the callers that
     * check ParseQuery's error see it.
     */
    public static Map<String, List<String>> parseQuery(String query, boolean strict) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean failed = false;
        String rest = query;
        while (!rest.isEmpty()) {
            int amp = rest.indexOf('&');
            String pair = amp < 0 ? rest : rest.substring(0, amp);
            rest = amp < 0 ? "" : rest.substring(amp + 1);
            if (pair.indexOf(';') >= 0) {
                failed = true;
                continue;
            }
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = unescape(eq < 0 ? pair : pair.substring(0, eq), Mode.QUERY_COMPONENT);
                String value = unescape(eq < 0 ? "" : pair.substring(eq + 1), Mode.QUERY_COMPONENT);
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (Failure e) {
                failed = true;
            }
        }
        return failed && strict ? null : values;
    }

    private static String unescape(String s, Mode mode) throws Failure {
        byte[] b = DockerfileParser.encode(s);
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            if (c == '%') {
                if (i + 2 >= b.length || !isHex(b[i + 1]) || !isHex(b[i + 2])) {
                    throw new Failure("invalid URL escape " + GoStrings.quote(slice(b, i, Math.min(b.length, i + 3))));
                }
                boolean percent25 = b[i + 1] == '2' && b[i + 2] == '5';
                if (mode == Mode.HOST && unhex(b[i + 1]) < 8 && !percent25) {
                    throw new Failure("invalid URL escape " + GoStrings.quote(slice(b, i, i + 3)));
                }
                if (mode == Mode.ZONE) {
                    int v = unhex(b[i + 1]) << 4 | unhex(b[i + 2]);
                    if (!percent25 && v != ' ' && shouldEscape(v, Mode.HOST)) {
                        throw new Failure("invalid URL escape " + GoStrings.quote(slice(b, i, i + 3)));
                    }
                }
                i += 3;
            } else {
                if ((mode == Mode.HOST || mode == Mode.ZONE) && c < 0x80 && shouldEscape(c, mode)) {
                    throw new Failure("invalid character " + GoStrings.quote(slice(b, i, i + 1)) + " in host name");
                }
                i++;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == '%') {
                out.write(unhex(b[i + 1]) << 4 | unhex(b[i + 2]));
                i += 2;
            } else if (c == '+' && mode == Mode.QUERY_COMPONENT) {
                out.write(' ');
            } else {
                out.write(c);
            }
        }
        return DockerfileParser.decode(out.toByteArray());
    }

    private static String escape(String s, Mode mode) {
        byte[] b = DockerfileParser.encode(s);
        StringBuilder out = null;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (shouldEscape(c, mode)) {
                if (out == null) {
                    out = new StringBuilder(b.length + 8);
                    out.append(DockerfileParser.decode(Arrays.copyOf(b, i)));
                }
                if (c == ' ' && mode == Mode.QUERY_COMPONENT) {
                    out.append('+');
                } else {
                    out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
                }
            } else if (out != null) {
                out.append((char) c); // not escaped, so ASCII
            }
        }
        return out == null ? s : out.toString();
    }

    /** Go's {@code shouldEscape} for one byte. */
    private static boolean shouldEscape(int c, Mode mode) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return false;
        }
        if (mode == Mode.HOST || mode == Mode.ZONE) {
            if ("!$&'()*+,;=:[]<>\"".indexOf(c) >= 0) {
                return false;
            }
        }
        switch (c) {
            case '-', '_', '.', '~' -> {
                return false;
            }
            case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@' -> {
                switch (mode) {
                    case PATH -> {
                        return c == '?';
                    }
                    case USER_PASSWORD -> {
                        return c == '@' || c == '/' || c == '?' || c == ':';
                    }
                    case QUERY_COMPONENT -> {
                        return true;
                    }
                    case FRAGMENT -> {
                        return false;
                    }
                    default -> {
                        // HOST and ZONE fall through to "escape everything else"
                    }
                }
            }
            default -> {
                // decided below
            }
        }
        if (mode == Mode.FRAGMENT && (c == '!' || c == '(' || c == ')' || c == '*')) {
            return false;
        }
        return true;
    }

    private static String slice(byte[] b, int from, int to) {
        return DockerfileParser.decode(Arrays.copyOfRange(b, from, to));
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }

    private static int unhex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return b - 'A' + 10;
    }
}

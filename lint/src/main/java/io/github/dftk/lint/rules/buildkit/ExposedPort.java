package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.ExposeInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.GoStrings;
import io.github.dftk.parser.shell.Env;
import io.github.dftk.parser.shell.ShellLexer;
import io.github.dftk.parser.shell.WordsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One EXPOSE port after expansion, split as BuildKit splits {@code [ip:][hostPort:]port[/proto]}.
 *
 * @param raw the expanded text, as BuildKit's messages quote it
 * @param word the argument it comes from
 * @param ip the host IP part, or empty
 * @param hostPort the host port part, or empty
 * @param proto the protocol as written ({@code tcp} when none is given)
 * @param protoStart where the written protocol starts in {@code raw}, or -1 when none is written
 * @param valid whether BuildKit accepts the port: after an invalid one it stops, so the rest of
 *     the instruction is not checked
 */
record ExposedPort(String raw, Word word, String ip, String hostPort, String proto, int protoStart, boolean valid) {

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]*)]");

    /** What a check does with each port BuildKit looks at. */
    interface Action {
        void accept(ExposedPort port);
    }

    /**
     * The ports of {@code expose} BuildKit checks, in order: all of them are expanded first (a
     * failure checks none); then each is read until one is rejected, that one included when it
     * is rejected only after the checks ran.
     */
    static void forEach(ExposeInstruction expose, Env env, ShellLexer lexer, Action action) {
        List<String> raws = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        for (Word word : expose.ports()) {
            WordsResult expanded = lexer.processWords(word.text(), env);
            if (!expanded.ok()) {
                return;
            }
            for (String raw : expanded.words()) {
                raws.add(raw);
                words.add(word);
            }
        }
        for (int i = 0; i < raws.size(); i++) {
            Optional<ExposedPort> port = parse(raws.get(i), words.get(i));
            if (port.isEmpty()) {
                return;
            }
            action.accept(port.get());
            if (!port.get().valid()) {
                return;
            }
        }
    }

    /** The port, or empty when BuildKit rejects it before checking (no port, unknown protocol). */
    static Optional<ExposedPort> parse(String raw, Word word) {
        String[] parts = raw.split(":", -1);
        int n = parts.length;
        String ip = n >= 3 ? String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2)) : "";
        String hostPort = n >= 2 ? parts[n - 2] : "";
        String container = parts[n - 1];
        int slash = container.indexOf('/');
        String port = slash < 0 ? container : container.substring(0, slash);
        String proto = slash < 0 ? "" : container.substring(slash + 1);
        if (port.isEmpty() || !List.of("", "tcp", "udp", "sctp").contains(GoStrings.toLower(proto))) {
            return Optional.empty();
        }
        int protoStart = slash < 0 ? -1 : raw.length() - container.length() + slash + 1;
        boolean valid = validIp(ip) && validPorts(port, hostPort);
        return Optional.of(new ExposedPort(raw, word, ip, hostPort, slash < 0 ? "tcp" : proto, protoStart, valid));
    }

    private static boolean validIp(String ip) {
        if (ip.isEmpty()) {
            return true;
        }
        String host = ip;
        if (ip.charAt(0) == '[') {
            Matcher m = BRACKETED.matcher(ip);
            if (!m.matches()) {
                return false;
            }
            host = m.group(1);
        }
        return IpAddresses.isValid(host);
    }

    private static boolean validPorts(String port, String hostPort) {
        long[] container = portRange(port);
        if (container.length == 0) {
            return false;
        }
        if (hostPort.isEmpty()) {
            return true;
        }
        long[] host = portRange(hostPort);
        if (host.length == 0) {
            return false;
        }
        // a host range may go with a single container port, but two ranges must be as long
        return container[1] - container[0] == host[1] - host[0] || container[0] == container[1];
    }

    /** {@code [start, end]} of {@code 80} or {@code 8000-8010}, or empty when BuildKit rejects it. */
    private static long[] portRange(String ports) {
        if (ports.isEmpty()) {
            return new long[0];
        }
        int dash = ports.indexOf('-');
        String start = dash < 0 ? ports : ports.substring(0, dash);
        String end = dash < 0 ? start : ports.substring(dash + 1);
        long first = portNumber(start);
        if (first < 0) {
            return new long[0];
        }
        if (dash < 0 || start.equals(end)) {
            return new long[] {first, first};
        }
        long last = portNumber(end);
        return last < first ? new long[0] : new long[] {first, last};
    }

    /** Go's {@code strconv.ParseInt(s, 10, 0)} limited to 0..65535; -1 when rejected. */
    private static long portNumber(String s) {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long value = Long.parseLong(digits);
        return s.startsWith("-") || value > 65535 ? -1 : value;
    }
}

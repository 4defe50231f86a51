package io.github.dftk.ir.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * EXPOSE values as Docker's {@code nat.ParsePortSpecs} turns them into image-config ports:
 * {@code 80} is {@code 80/tcp}, a range {@code 8000-8002/udp} is one port each, and a host
 * part ({@code 127.0.0.1:8080:80}) is dropped, keeping the container port.
 */
final class ExposedPorts {

    /** Ranges above this are kept as written rather than expanded (a typo should not make 60,000 ports). */
    private static final int MAX_RANGE = 1024;

    private ExposedPorts() {
    }

    static List<String> normalize(String spec) {
        String value = spec;
        String proto = "tcp";
        int slash = value.lastIndexOf('/');
        if (slash >= 0) {
            proto = value.substring(slash + 1).toLowerCase(Locale.ROOT);
            value = value.substring(0, slash);
        }
        int colon = value.lastIndexOf(':');
        if (colon >= 0) {
            value = value.substring(colon + 1);
        }
        int dash = value.indexOf('-');
        if (dash > 0) {
            try {
                int from = Integer.parseInt(value.substring(0, dash));
                int to = Integer.parseInt(value.substring(dash + 1));
                if (from <= to && to - from <= MAX_RANGE) {
                    List<String> ports = new ArrayList<>(to - from + 1);
                    for (int p = from; p <= to; p++) {
                        ports.add(p + "/" + proto);
                    }
                    return ports;
                }
            } catch (NumberFormatException e) {
                // not a numeric range: kept as written below
            }
        }
        return List.of(value + "/" + proto);
    }
}

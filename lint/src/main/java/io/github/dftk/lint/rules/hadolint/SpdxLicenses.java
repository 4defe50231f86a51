package io.github.dftk.lint.rules.hadolint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The SPDX licence identifiers (resource {@code spdx-license-ids.txt}), as DL3054 accepts them: exactly as listed. */
final class SpdxLicenses {

    private static final Set<String> IDS = load();

    private SpdxLicenses() {
    }

    static boolean isLicenseId(String value) {
        return IDS.contains(value);
    }

    private static Set<String> load() {
        try (InputStream in = SpdxLicenses.class.getResourceAsStream("spdx-license-ids.txt")) {
            if (in == null) {
                throw new IllegalStateException("spdx-license-ids.txt is missing from the dftk-lint jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

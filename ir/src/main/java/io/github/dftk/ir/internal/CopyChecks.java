package io.github.dftk.ir.internal;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The checks BuildKit makes on COPY and ADD flag values while lowering them, with its messages:
 * {@code --chmod} (octal up to 07777, or a symbolic mode as chmod(1) writes it) and the digest
 * of {@code ADD --checksum} for an HTTP source.
 */
final class CopyChecks {

    private static final long MAX_OCTAL_MODE = 07777;

    private CopyChecks() {
    }

    /** Why {@code --chmod=value} is refused, if it is. */
    static Optional<String> chmodError(String value) {
        String nonOctal = "invalid chmod parameter: '" + value + "'. it should be octal string and between 0 and 07777";
        OptionalLong octal = GoNumbers.parseUint(value, 8, 32);
        if (octal.isPresent()) {
            return octal.getAsLong() > MAX_OCTAL_MODE ? Optional.of(nonOctal) : Optional.empty();
        }
        if (!value.isEmpty() && value.charAt(0) >= '0' && value.charAt(0) <= '9') {
            return Optional.of(nonOctal); // numeric but not octal, or too large: BuildKit's compatibility message
        }
        return isSymbolicMode(value) ? Optional.empty() : Optional.of("invalid syntax");
    }

    /**
     * chmod(1)'s symbolic form: comma-separated clauses of {@code [ugoa]*} then one or more
     * {@code [+-=]} each followed by {@code [rwxXst]*} or one of {@code u g o}.
     */
    private static boolean isSymbolicMode(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (String clause : value.split(",", -1)) {
            int i = 0;
            while (i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0) {
                i++;
            }
            if (i == clause.length()) {
                return false; // no operator
            }
            while (i < clause.length()) {
                if ("+-=".indexOf(clause.charAt(i)) < 0) {
                    return false;
                }
                i++;
                while (i < clause.length() && "rwxXstugo".indexOf(clause.charAt(i)) >= 0) {
                    i++;
                }
            }
        }
        return true;
    }

    /**
     * Why {@code --checksum=value} is not a digest ({@code algorithm:encoded}, as OCI's
     * go-digest parses it), if it is not.
     */
    static Optional<String> digestError(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon + 1 == value.length()) {
            return Optional.of("invalid checksum digest format");
        }
        String algorithm = value.substring(0, colon);
        String encoded = value.substring(colon + 1);
        int length = switch (algorithm) {
            case "sha256" -> 64;
            case "sha384" -> 96;
            case "sha512" -> 128;
            default -> -1;
        };
        if (length < 0) {
            return Optional.of(isDigestShaped(algorithm, encoded) ? "unsupported digest algorithm"
                    : "invalid checksum digest format");
        }
        if (encoded.length() != length) {
            return Optional.of("invalid checksum digest length");
        }
        return encoded.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f') ? Optional.empty()
                : Optional.of("invalid checksum digest format");
    }

    /** {@code [a-z0-9]+([.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+}. */
    private static boolean isDigestShaped(String algorithm, String encoded) {
        return algorithm.matches("[a-z0-9]+(?:[.+_-][a-z0-9]+)*") && encoded.matches("[a-zA-Z0-9=_-]+");
    }
}

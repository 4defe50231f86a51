package io.github.dftk.ir;

import java.util.Locale;
import java.util.Optional;

/**
 * A platform as containerd's {@code platforms} package normalizes it: {@code os/arch[/variant]}.
 * {@code linux/arm64/v8} and {@code linux/aarch64} both become {@code linux/arm64}.
 */
public record Platform(String os, String architecture, String variant) {

    /** What dftk assumes for the machine running the build when none is given. */
    public static final Platform DEFAULT = new Platform("linux", "amd64", "");

    /** Parses {@code os[/arch[/variant]]}; empty when it is not of that shape. */
    public static Optional<Platform> parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("/", -1);
        if (parts.length < 1 || parts.length > 3) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                return Optional.empty();
            }
        }
        String os = parts[0].equals("macos") ? "darwin" : parts[0];
        if (parts.length == 1) {
            // a lone architecture means the default OS, as containerd reads "arm64"
            String arch = normalizeArch(parts[0]);
            if (isKnownArch(arch)) {
                return Optional.of(normalize("linux", arch, ""));
            }
            return Optional.of(new Platform(os, DEFAULT.architecture, ""));
        }
        return Optional.of(normalize(os, normalizeArch(parts[1]), parts.length == 3 ? parts[2] : ""));
    }

    private static Platform normalize(String os, String arch, String variant) {
        String v = variant;
        if (arch.equals("arm64") && v.equals("v8")) {
            v = "";
        } else if (arch.equals("arm") && v.isEmpty()) {
            v = "v7";
        } else if (arch.equals("amd64") && v.equals("v1")) {
            v = "";
        }
        return new Platform(os, arch, v);
    }

    private static String normalizeArch(String arch) {
        return switch (arch) {
            case "i386" -> "386";
            case "x86_64", "x86-64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "armhf", "armel", "arm" -> "arm";
            default -> arch;
        };
    }

    private static boolean isKnownArch(String arch) {
        return switch (arch) {
            case "386", "amd64", "arm", "arm64", "ppc64le", "s390x", "riscv64", "mips64le", "loong64" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return variant.isEmpty() ? os + "/" + architecture : os + "/" + architecture + "/" + variant;
    }
}

package io.github.dftk.lint.rules.buildkit;

/** Go's {@code net.ParseIP} as a test: dotted IPv4 (no leading zeros) or IPv6 text, no zone. */
final class IpAddresses {

    private IpAddresses() {
    }

    static boolean isValid(String s) {
        return s.indexOf(':') >= 0 ? isIpv6(s) : isIpv4(s);
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon < 0 ? s : s.substring(0, doubleColon);
        String tail = doubleColon < 0 ? "" : s.substring(doubleColon + 2);
        int groups = 0;
        String[] sides = doubleColon < 0 ? new String[] {head} : new String[] {head, tail};
        for (int side = 0; side < sides.length; side++) {
            if (sides[side].isEmpty()) {
                continue;
            }
            String[] fields = sides[side].split(":", -1);
            for (int i = 0; i < fields.length; i++) {
                boolean last = side == sides.length - 1 && i == fields.length - 1;
                if (last && fields[i].indexOf('.') >= 0) {
                    if (!isIpv4(fields[i])) {
                        return false;
                    }
                    groups += 2;
                } else if (fields[i].isEmpty() || fields[i].length() > 4
                        || !fields[i].chars().allMatch(IpAddresses::isHexDigit)) {
                    return false;
                } else {
                    groups++;
                }
            }
        }
        return doubleColon < 0 ? groups == 8 : groups < 8;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}

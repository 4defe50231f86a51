package io.github.dftk.parser.shell;

import java.util.Optional;

/**
 * A package named on an install command line, with its version constraint split off:
 * {@code curl=7.1} (apt, apk), {@code flask==1.0}, {@code flask>=1.0} (pip), {@code pkg@1.2} (npm).
 * A leading {@code @} belongs to the name ({@code @scope/pkg@1.2}).
 *
 * @param name the package name
 * @param separator what joins name and version ({@code =}, {@code ==}, {@code >=}, {@code @}, …); empty without version
 * @param version the version constraint, if any
 * @param word the argument
 */
public record PackageArgument(String name, String separator, Optional<String> version, ShellWord word) {

    private static final String COMPARISON = "=<>!~";

    static PackageArgument of(ShellWord word) {
        String text = word.value();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return new PackageArgument(text.substring(0, i), "@", Optional.of(text.substring(i + 1)), word);
            }
            if (COMPARISON.indexOf(c) >= 0) {
                int end = i;
                while (end < text.length() && COMPARISON.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                return new PackageArgument(text.substring(0, i), text.substring(i, end),
                        Optional.of(text.substring(end)), word);
            }
        }
        return new PackageArgument(text, "", Optional.empty(), word);
    }

    /** Whether a version is given. */
    public boolean hasVersion() {
        return version.isPresent();
    }
}

package io.github.dftk.parser.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One flag of a command: {@code no-cache} from {@code --no-cache}, {@code y} from {@code -y}
 * or {@code -qy}.
 *
 * @param name the flag without its dashes (and without {@code =value})
 * @param value what follows {@code =} in {@code --name=value}
 * @param word the argument it is written in
 */
public record CommandFlag(String name, Optional<String> value, ShellWord word) {

    /** The flags one argument holds: none for an operand, {@code -} or {@code --}. */
    static List<CommandFlag> of(ShellWord word) {
        String text = word.value();
        if (!text.startsWith("-") || text.equals("-") || text.equals("--")) {
            return List.of();
        }
        if (text.startsWith("--")) {
            int equals = text.indexOf('=');
            return equals < 0 ? List.of(new CommandFlag(text.substring(2), Optional.empty(), word))
                    : List.of(new CommandFlag(text.substring(2, equals), Optional.of(text.substring(equals + 1)), word));
        }
        int equals = text.indexOf('=');
        int lettersEnd = equals < 0 ? text.length() : equals;
        List<CommandFlag> flags = new ArrayList<>(lettersEnd - 1);
        for (int i = 1; i < lettersEnd; i++) {
            boolean last = i == lettersEnd - 1;
            Optional<String> value = last && equals >= 0 ? Optional.of(text.substring(equals + 1)) : Optional.empty();
            flags.add(new CommandFlag(String.valueOf(text.charAt(i)), value, word));
        }
        return flags;
    }
}

package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.Stage;
import io.github.dftk.ast.Word;
import io.github.dftk.parser.GoStrings;
import java.util.List;
import java.util.Optional;

/**
 * A stage's name as BuildKit keeps it: the third word of {@code FROM img AS name}, in lower
 * case (Go's {@code strings.ToLower}).
 *
 * @param word the name as written
 * @param lowerCase the name BuildKit uses
 */
record StageName(Word word, String lowerCase) {

    static Optional<StageName> of(Stage stage) {
        List<Word> args = stage.from().syntax().arguments();
        if (args.size() != 3 || !args.get(1).text().equalsIgnoreCase("as")) {
            return Optional.empty();
        }
        return Optional.of(new StageName(args.get(2), GoStrings.toLower(args.get(2).text())));
    }
}

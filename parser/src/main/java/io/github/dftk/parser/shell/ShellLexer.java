package io.github.dftk.parser.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Dockerfile word expansion with BuildKit's shell-lexer semantics.
 *
 * <p>Handles single and double quotes, the escape character, {@code $NAME}, {@code ${NAME}} and the
 * operators BuildKit supports: {@code -}, {@code :-}, {@code +}, {@code :+}, {@code ?}, {@code :?},
 * {@code #}, {@code ##}, {@code %}, {@code %%}, {@code /} and {@code //}. It is deliberately not a
 * shell: no command substitution, arithmetic, tilde or pathname expansion.
 *
 * <p>Instances are immutable and thread-safe. Malformed input never throws: the failure is
 * returned in the result.
 */
public final class ShellLexer {

    /** Escape {@code \}, every option off: what BuildKit uses to expand instruction arguments. */
    public static final ShellLexer DEFAULT = builder().build();

    private final char escape;
    private final boolean rawQuotes;
    private final boolean rawEscapes;
    private final boolean skipUnsetEnv;
    private final boolean skipProcessQuotes;

    private ShellLexer(Builder b) {
        this.escape = b.escape;
        this.rawQuotes = b.rawQuotes;
        this.rawEscapes = b.rawEscapes;
        this.skipUnsetEnv = b.skipUnsetEnv;
        this.skipProcessQuotes = b.skipProcessQuotes;
    }

    /** A builder starting from {@link #DEFAULT}'s settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this lexer's settings. */
    public Builder toBuilder() {
        return new Builder()
                .escape(escape)
                .rawQuotes(rawQuotes)
                .rawEscapes(rawEscapes)
                .skipUnsetEnv(skipUnsetEnv)
                .skipProcessQuotes(skipProcessQuotes);
    }

    /**
     * Expands one word without splitting it (BuildKit {@code ProcessWordWithMatches}).
     *
     * @param word the raw word, e.g. an instruction argument
     * @param env the variables in scope
     */
    public WordResult processWord(String word, Env env) {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(env, "env");
        if (isPlain(word)) {
            return new WordResult(word, Set.of(), Set.of(), List.of(), Optional.empty());
        }
        return new WordExpander(this, word, env).expandWord();
    }

    /**
     * Expands text and splits it into words (BuildKit {@code ProcessWords}). Unquoted whitespace
     * separates words, and so does whitespace inside the value of an unquoted variable.
     *
     * @param text the raw text, e.g. the rest of an instruction line
     * @param env the variables in scope
     */
    public WordsResult processWords(String text, Env env) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(env, "env");
        return new WordExpander(this, text, env).expandWords();
    }

    /** The escape character, {@code \} or {@code `}. */
    public char escape() {
        return escape;
    }

    /** Whether quote characters are kept in the output (BuildKit {@code RawQuotes}). */
    public boolean rawQuotes() {
        return rawQuotes;
    }

    /** Whether escape characters are kept in the output (BuildKit {@code RawEscapes}). */
    public boolean rawEscapes() {
        return rawEscapes;
    }

    /** Whether unset variables are left as written instead of expanding (BuildKit {@code SkipUnsetEnv}). */
    public boolean skipUnsetEnv() {
        return skipUnsetEnv;
    }

    /** Whether quotes are ordinary characters (BuildKit {@code SkipProcessQuotes}). */
    public boolean skipProcessQuotes() {
        return skipProcessQuotes;
    }

    // Most words have nothing to expand; answering them without a scan state keeps the common
    // case allocation-free. A leading BOM is not plain because the scanner drops it.
    private boolean isPlain(String word) {
        if (!word.isEmpty() && word.charAt(0) == SourceCursor.BOM) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '$' || c == escape || (!skipProcessQuotes && (c == '\'' || c == '"'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShellLexer other
                && escape == other.escape
                && rawQuotes == other.rawQuotes
                && rawEscapes == other.rawEscapes
                && skipUnsetEnv == other.skipUnsetEnv
                && skipProcessQuotes == other.skipProcessQuotes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(escape, rawQuotes, rawEscapes, skipUnsetEnv, skipProcessQuotes);
    }

    @Override
    public String toString() {
        return "ShellLexer[escape=" + escape + ", rawQuotes=" + rawQuotes + ", rawEscapes=" + rawEscapes
                + ", skipUnsetEnv=" + skipUnsetEnv + ", skipProcessQuotes=" + skipProcessQuotes + "]";
    }

    /** Collects settings for a {@link ShellLexer}; not thread-safe. */
    public static final class Builder {
        private char escape = '\\';
        private boolean rawQuotes;
        private boolean rawEscapes;
        private boolean skipUnsetEnv;
        private boolean skipProcessQuotes;

        private Builder() {
        }

        /**
         * Sets the escape character. Dockerfiles allow only {@code \} (default) and {@code `}
         * (the {@code # escape=`} directive).
         *
         * @throws IllegalArgumentException for any other character
         */
        public Builder escape(char escape) {
            if (escape != '\\' && escape != '`') {
                throw new IllegalArgumentException("escape must be '\\' or '`', got '" + escape + "'");
            }
            this.escape = escape;
            return this;
        }

        /** Keep {@code '} and {@code "} in the output instead of removing them. */
        public Builder rawQuotes(boolean rawQuotes) {
            this.rawQuotes = rawQuotes;
            return this;
        }

        /** Keep escape characters in the output instead of removing them. */
        public Builder rawEscapes(boolean rawEscapes) {
            this.rawEscapes = rawEscapes;
            return this;
        }

        /** Leave references to unset variables as written, e.g. {@code ${X:-y}} stays {@code ${X:-y}}. */
        public Builder skipUnsetEnv(boolean skipUnsetEnv) {
            this.skipUnsetEnv = skipUnsetEnv;
            return this;
        }

        /** Treat quotes as ordinary characters. */
        public Builder skipProcessQuotes(boolean skipProcessQuotes) {
            this.skipProcessQuotes = skipProcessQuotes;
            return this;
        }

        public ShellLexer build() {
            return new ShellLexer(this);
        }
    }
}

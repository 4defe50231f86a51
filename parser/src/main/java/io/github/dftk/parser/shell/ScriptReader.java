package io.github.dftk.parser.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recursive-descent reader of POSIX sh with the bash extensions seen in Dockerfiles. It never
 * throws: what the shell would reject becomes a {@link ParseProblem} and reading resumes at the
 * next token, so every command that can be found is found.
 *
 * <p>Command and backquote substitutions are read in place (the same text, a narrower limit),
 * so every offset in the tree is an offset of the script.
 */
final class ScriptReader {

    /** Reserved words that end a list: a list inside a compound command stops at them. */
    private static final Set<String> CLOSERS = Set.of("then", "elif", "else", "fi", "do", "done", "esac", "}");

    /** The words {@link #peekBareWord} recognises. */
    private static final String[] KEYWORDS = {"if", "then", "elif", "else", "fi", "do", "done", "while", "until",
        "for", "select", "in", "case", "esac", "function", "time", "-p", "!", "{", "}", "[[", "]]"};

    /** Builtins whose arguments may be assignments with array values ({@code local a=(x y)}). */
    private static final Set<String> DECLARATIONS = Set.of("declare", "local", "export", "readonly", "typeset");

    /** Bits of {@link #CHARACTER_CLASSES}: words are scanned a character at a time, so a table, not comparisons. */
    private static final byte META = 1;
    private static final byte NOT_PLAIN = 2;
    /** The classes of the ASCII characters (all others are plain). */
    private static final byte[] CHARACTER_CLASSES = new byte[128];

    static {
        for (char c : " \t\r\n;&|()<>".toCharArray()) {
            CHARACTER_CLASSES[c] |= META | NOT_PLAIN;
        }
        for (char c : "\\$`'\"?*+@!(".toCharArray()) {
            CHARACTER_CLASSES[c] |= NOT_PLAIN;
        }
    }

    /** Deeper nesting is reported instead of read, so a hostile script cannot exhaust the stack. */
    private static final int MAX_DEPTH = 100;

    private final String s;
    /** The script's characters: scanned one at a time everywhere, an array reads faster than {@code charAt}. */
    private final char[] chars;
    private int pos;
    private int limit;
    private int depth;
    /** The last {@link #peekBareWord} answer and where it was asked. */
    private int peekedAt = -1;
    private int peekedLimit;
    private String peeked;
    private final List<ParseProblem> problems = new ArrayList<>();
    private final List<HereDocument> pendingHereDocuments = new ArrayList<>();
    /**
     * The elements of the lists being read, innermost last: reading is recursive, so a list
     * under construction is always the top of this stack ({@link #mark}, then {@link #take}).
     * One growing array instead of an ArrayList and a copy per word, command and list.
     */
    private Object[] stack = new Object[16];
    private int stackSize;

    private ScriptReader(String script) {
        this.s = script;
        this.chars = script.toCharArray();
        this.limit = script.length();
    }

    static ShellScript read(String script, ScriptPositions positions) {
        ScriptReader reader = new ScriptReader(script);
        CommandList body = reader.listUntil(false);
        reader.failPendingHereDocuments();
        return new ShellScript(script, body, reader.problems, positions);
    }

    // ---- lists ----

    /**
     * Lists up to the limit or, if {@code stopAtParen}, an unmatched {@code )}; stray tokens
     * (a {@code fi} with no {@code if}) are reported and skipped.
     */
    private CommandList listUntil(boolean stopAtParen) {
        int start = pos;
        int mark = mark();
        while (true) {
            items();
            if (pos >= limit || (stopAtParen && chars[pos] == ')')) {
                break;
            }
            int at = pos;
            String stray = skipToken();
            problem("unexpected `" + stray + "`", at, pos);
        }
        List<CommandList.AndOrList> items = take(mark);
        return new CommandList(items, start, listEnd(items, start));
    }

    /** A list inside a compound command: stops at a reserved closer or an operator that cannot start a command. */
    private CommandList list() {
        int start = pos;
        int mark = mark();
        items();
        List<CommandList.AndOrList> items = take(mark);
        return new CommandList(items, start, listEnd(items, start));
    }

    private static int listEnd(List<CommandList.AndOrList> items, int start) {
        return items.isEmpty() ? start : items.get(items.size() - 1).end();
    }

    /** Pushes the and-or lists found onto the {@link #stack}. */
    private void items() {
        if (++depth > MAX_DEPTH) {
            problem("commands nested too deeply", pos, limit);
            pos = limit;
            depth--;
            return;
        }
        boolean separated = true;
        while (true) {
            skipLinebreaks();
            if (!atCommandStart()) {
                break;
            }
            if (!separated) {
                problem("missing `;` or newline before this command", pos, pos);
            }
            int start = pos;
            int mark = mark();
            List<Operator> operators = andOr();
            List<CommandList.Pipeline> pipelines = take(mark);
            int itemEnd = pipelines.get(pipelines.size() - 1).end();
            skipBlank();
            Operator terminator = listTerminator();
            // A newline ends the item but is not part of it: the item stays on its lines.
            int end = terminator != null && terminator.kind() != Operator.Kind.NEWLINE ? terminator.end() : itemEnd;
            push(new CommandList.AndOrList(pipelines, operators, Optional.ofNullable(terminator), start, end));
            separated = terminator != null;
        }
        depth--;
    }

    /** The {@code ;}, {@code &} or newline ending a list item, or null. */
    private Operator listTerminator() {
        if (pos >= limit) {
            return null;
        }
        char c = chars[pos];
        if (c == '\n') {
            Operator op = new Operator(Operator.Kind.NEWLINE, pos, pos + 1);
            newline();
            return op;
        }
        char next = charAt(pos + 1);
        if (c == ';' && next != ';' && next != '&') {
            return operator(Operator.Kind.SEMICOLON, 1);
        }
        if (c == '&' && next != '&' && next != '>') {
            return operator(Operator.Kind.BACKGROUND, 1);
        }
        return null;
    }

    /** Pushes the pipelines of an and-or list onto the {@link #stack}; returns the operators joining them. */
    private List<Operator> andOr() {
        push(pipeline());
        List<Operator> operators = null;
        while (true) {
            skipBlank();
            char c = charAt(pos);
            Operator.Kind kind = c == '&' && charAt(pos + 1) == '&' ? Operator.Kind.AND
                    : c == '|' && charAt(pos + 1) == '|' ? Operator.Kind.OR : null;
            if (kind == null) {
                break;
            }
            if (operators == null) {
                operators = new ArrayList<>(2);
            }
            operators.add(operator(kind, 2));
            skipLinebreaks();
            if (!atCommandStart()) {
                problem("missing command after `" + kind.symbol() + "`", pos, pos);
                break;
            }
            push(pipeline());
        }
        return operators == null ? List.of() : List.copyOf(operators);
    }

    private CommandList.Pipeline pipeline() {
        int start = pos;
        boolean timed = false;
        boolean negated = false;
        while (true) {
            String word = peekBareWord();
            if ("time".equals(word) && !timed) {
                timed = true;
                pos += 4;
                skipBlank();
                if ("-p".equals(peekBareWord())) {
                    pos += 2;
                    skipBlank();
                }
            } else if ("!".equals(word)) {
                negated = true;
                pos++;
                skipBlank();
            } else {
                break;
            }
        }
        int mark = mark();
        List<Operator> pipes = null;
        if (atCommandStart()) {
            push(command());
        } else {
            problem("missing command after `" + (negated ? "!" : "time") + "`", pos, pos);
            push(new SimpleCommand(List.of(), Optional.empty(), List.of(), List.of(), pos, pos));
        }
        while (true) {
            skipBlank();
            char next = charAt(pos + 1);
            Operator.Kind kind = charAt(pos) != '|' || next == '|' ? null
                    : next == '&' ? Operator.Kind.PIPE_BOTH : Operator.Kind.PIPE;
            if (kind == null) {
                break;
            }
            if (pipes == null) {
                pipes = new ArrayList<>(2);
            }
            pipes.add(operator(kind, kind.symbol().length()));
            skipLinebreaks();
            if (!atCommandStart()) {
                problem("missing command after `" + kind.symbol() + "`", pos, pos);
                break;
            }
            push(command());
        }
        List<ShellCommand> commands = take(mark);
        return new CommandList.Pipeline(negated, timed, commands, pipes == null ? List.of() : List.copyOf(pipes),
                start, commands.get(commands.size() - 1).end());
    }

    // ---- commands ----

    private ShellCommand command() {
        int start = pos;
        if (startsWith("((") && arithmeticEnd(pos + 2) > 0) {
            String expression = arithmeticText(pos + 2);
            return withRedirects(new ShellCommand.ArithmeticCommand(expression, List.of(), start, pos));
        }
        if (startsWith("(")) {
            pos++;
            CommandList body = listUntil(true);
            expectChar(')', "`)` to close the subshell");
            return withRedirects(new ShellCommand.Subshell(body, List.of(), start, pos));
        }
        String word = peekBareWord();
        if (word != null) {
            switch (word) {
                case "{":
                    return braceGroup();
                case "if":
                    return ifCommand();
                case "while":
                case "until":
                    return loop(word.equals("until"));
                case "for":
                case "select":
                    return forCommand(word);
                case "case":
                    return caseCommand();
                case "function":
                    return function(true);
                case "[[":
                    return conditional();
                default:
                    break;
            }
        }
        int end = bareWordEnd();
        if (end > pos && followedByParens(end) && isFunctionName(s.substring(pos, end))) {
            return function(false);
        }
        return simpleCommand();
    }

    private ShellCommand braceGroup() {
        int start = pos;
        pos++;
        CommandList body = list();
        expectWord("}", "`}` to close the group");
        return withRedirects(new ShellCommand.BraceGroup(body, List.of(), start, pos));
    }

    private ShellCommand ifCommand() {
        int start = pos;
        List<ShellCommand.Branch> branches = new ArrayList<>();
        Optional<CommandList> elseBody = Optional.empty();
        pos += 2;
        while (true) {
            CommandList condition = list();
            if (!expectWord("then", "`then`")) {
                branches.add(new ShellCommand.Branch(condition, new CommandList(List.of(), pos, pos)));
                return withRedirects(new ShellCommand.IfCommand(branches, elseBody, List.of(), start, pos));
            }
            branches.add(new ShellCommand.Branch(condition, list()));
            if (acceptWord("elif")) {
                continue;
            }
            if (acceptWord("else")) {
                elseBody = Optional.of(list());
            }
            expectWord("fi", "`fi` to close `if`");
            return withRedirects(new ShellCommand.IfCommand(branches, elseBody, List.of(), start, pos));
        }
    }

    private ShellCommand loop(boolean until) {
        int start = pos;
        pos += 5; // while, until
        CommandList condition = list();
        CommandList body = doGroup();
        return withRedirects(new ShellCommand.LoopCommand(until, condition, body, List.of(), start, pos));
    }

    /** {@code do list done}; an empty list if {@code do} is missing. */
    private CommandList doGroup() {
        if (!expectWord("do", "`do`")) {
            return new CommandList(List.of(), pos, pos);
        }
        CommandList body = list();
        expectWord("done", "`done` to close the loop");
        return body;
    }

    private ShellCommand forCommand(String keyword) {
        int start = pos;
        pos += keyword.length();
        skipBlank();
        Optional<ShellWord> variable = Optional.empty();
        Optional<List<ShellWord>> items = Optional.empty();
        Optional<String> arithmetic = Optional.empty();
        if (startsWith("((")) {
            arithmetic = Optional.of(arithmeticText(pos + 2));
        } else {
            variable = Optional.ofNullable(word(false));
            if (variable.isEmpty()) {
                problem("missing loop variable after `" + keyword + "`", pos, pos);
            }
            skipLinebreaks();
            if (acceptWord("in")) {
                List<ShellWord> words = new ArrayList<>();
                while (true) {
                    skipBlank();
                    ShellWord item = word(false);
                    if (item == null) {
                        break;
                    }
                    words.add(item);
                }
                items = Optional.of(words);
            }
        }
        skipBlank();
        if (startsWith(";") && !startsWith(";;")) {
            pos++;
        }
        skipLinebreaks();
        CommandList body;
        if ("{".equals(peekBareWord())) {
            // bash accepts a brace group instead of do … done.
            ShellCommand.BraceGroup group = (ShellCommand.BraceGroup) braceGroup();
            body = group.body();
        } else {
            body = doGroup();
        }
        return withRedirects(new ShellCommand.ForCommand(variable, items, arithmetic, body, List.of(), start, pos));
    }

    private ShellCommand caseCommand() {
        int start = pos;
        pos += 4;
        skipBlank();
        ShellWord subject = word(false);
        if (subject == null) {
            problem("missing word after `case`", pos, pos);
            subject = new ShellWord(List.of(), "", "", pos, pos);
        }
        skipLinebreaks();
        List<ShellCommand.CaseItem> items = new ArrayList<>();
        if (!expectWord("in", "`in` after the case word")) {
            return withRedirects(new ShellCommand.CaseCommand(subject, items, List.of(), start, pos));
        }
        while (true) {
            skipLinebreaks();
            if (acceptWord("esac")) {
                break;
            }
            if (pos >= limit || (!startsWith("(") && peekClosing())) {
                problem("missing `esac` to close `case`", pos, pos);
                break;
            }
            int itemStart = pos;
            if (startsWith("(")) {
                pos++;
                skipBlank();
            }
            List<ShellWord> patterns = new ArrayList<>();
            while (true) {
                skipBlank();
                ShellWord pattern = word(false);
                if (pattern == null) {
                    break;
                }
                patterns.add(pattern);
                skipBlank();
                if (!startsWith("|") || startsWith("||")) {
                    break;
                }
                pos++;
            }
            if (patterns.isEmpty()) {
                int at = pos;
                String stray = skipToken();
                problem("expected a case pattern, found `" + stray + "`", at, pos);
                continue;
            }
            if (!expectChar(')', "`)` after the case pattern")) {
                skipToken();
                continue;
            }
            CommandList body = list();
            skipBlank();
            Optional<Operator> terminator = startsWith(";;&") ? Optional.of(operator(Operator.Kind.CASE_CONTINUE, 3))
                    : startsWith(";;") ? Optional.of(operator(Operator.Kind.CASE_BREAK, 2))
                    : startsWith(";&") ? Optional.of(operator(Operator.Kind.CASE_FALLTHROUGH, 2)) : Optional.empty();
            items.add(new ShellCommand.CaseItem(patterns, body, terminator, itemStart,
                    terminator.map(Operator::end).orElse(Math.max(body.end(), itemStart))));
            if (terminator.isEmpty()) {
                skipLinebreaks();
                if (!acceptWord("esac")) {
                    problem("missing `;;` or `esac` after the case item", pos, pos);
                }
                break;
            }
        }
        return withRedirects(new ShellCommand.CaseCommand(subject, items, List.of(), start, pos));
    }

    private boolean peekClosing() {
        String word = peekBareWord();
        return word != null && CLOSERS.contains(word) && !word.equals("esac");
    }

    private ShellCommand function(boolean keyword) {
        int start = pos;
        if (keyword) {
            pos += "function".length();
            skipBlank();
        }
        ShellWord name = word(false);
        if (name == null) {
            problem("missing function name", pos, pos);
            name = new ShellWord(List.of(), "", "", pos, pos);
        }
        skipBlank();
        if (startsWith("(")) {
            pos++;
            skipBlank();
            expectChar(')', "`)` after `(` in the function definition");
        }
        skipLinebreaks();
        if (!atCommandStart()) {
            problem("missing function body", pos, pos);
            return new ShellCommand.FunctionDefinition(name,
                    new SimpleCommand(List.of(), Optional.empty(), List.of(), List.of(), pos, pos), List.of(), start,
                    pos);
        }
        if (!startsCompoundCommand()) {
            problem("function body must be a compound command such as `{ …; }`", pos, pos);
        }
        ShellCommand body = command();
        return new ShellCommand.FunctionDefinition(name, body, List.of(), start, pos);
    }

    private boolean startsCompoundCommand() {
        if (startsWith("(")) {
            return true;
        }
        String word = peekBareWord();
        return word != null && Set.of("{", "if", "while", "until", "for", "select", "case", "[[").contains(word);
    }

    private ShellCommand conditional() {
        int start = pos;
        pos += 2;
        List<ShellWord> words = new ArrayList<>();
        while (true) {
            skipLinebreaks();
            if (pos >= limit) {
                problem("missing `]]` to close `[[`", pos, pos);
                break;
            }
            if (startsWith("]]")) {
                pos += 2;
                break;
            }
            boolean regex = !words.isEmpty() && words.get(words.size() - 1).isUnquoted("=~");
            ShellWord next = regex ? regexWord() : word(false);
            if (next == null) {
                // An operator inside [[ ]] (&&, <, (, …) is a word of the expression.
                int at = pos;
                skipToken();
                next = literalWord(at, pos);
            }
            words.add(next);
        }
        return withRedirects(new ShellCommand.ConditionalExpression(words, List.of(), start, pos));
    }

    /**
     * The right side of {@code =~}: bash reads it as one word in which parentheses and
     * {@code |} are part of the regular expression.
     */
    private ShellWord regexWord() {
        int start = pos;
        int depth = 0;
        while (pos < limit) {
            char c = chars[pos];
            if (depth == 0 && (c == ' ' || c == '\t' || c == '\n')) {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            pos += c == '\\' && pos + 1 < limit ? 2 : 1;
        }
        return pos == start ? null : literalWord(start, pos);
    }

    private ShellCommand simpleCommand() {
        int start = pos;
        List<Assignment> assignments = List.of();
        ShellWord name = null;
        boolean declaration = false;
        int mark = mark(); // the arguments
        List<Redirect> redirects = List.of();
        int end = pos;
        while (true) {
            skipBlank();
            Redirect redirect = redirect();
            if (redirect != null) {
                redirects = added(redirects, redirect);
                end = pos;
                continue;
            }
            ShellWord word = word(name == null || declaration);
            if (word == null) {
                break;
            }
            end = pos;
            Assignment assignment = name == null ? assignment(word) : null;
            if (assignment != null) {
                assignments = added(assignments, assignment);
            } else if (name == null) {
                name = word;
                declaration = DECLARATIONS.contains(word.text());
            } else {
                push(word);
            }
        }
        List<ShellWord> arguments = take(mark);
        if (end == start) {
            // Nothing readable here: report it and move on so the caller makes progress.
            String stray = skipToken();
            problem("unexpected `" + stray + "`", start, pos);
            end = pos;
        }
        return new SimpleCommand(List.copyOf(assignments), Optional.ofNullable(name), arguments,
                List.copyOf(redirects), start, end);
    }

    /** Reads the redirections after a compound command and returns it with them. */
    private ShellCommand withRedirects(ShellCommand command) {
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            int before = pos;
            skipBlank();
            Redirect redirect = redirect();
            if (redirect == null) {
                pos = before;
                break;
            }
            redirects.add(redirect);
        }
        if (redirects.isEmpty()) {
            return command;
        }
        int end = pos;
        if (command instanceof ShellCommand.Subshell c) {
            return new ShellCommand.Subshell(c.body(), redirects, c.start(), end);
        } else if (command instanceof ShellCommand.BraceGroup c) {
            return new ShellCommand.BraceGroup(c.body(), redirects, c.start(), end);
        } else if (command instanceof ShellCommand.IfCommand c) {
            return new ShellCommand.IfCommand(c.branches(), c.elseBody(), redirects, c.start(), end);
        } else if (command instanceof ShellCommand.LoopCommand c) {
            return new ShellCommand.LoopCommand(c.until(), c.condition(), c.body(), redirects, c.start(), end);
        } else if (command instanceof ShellCommand.ForCommand c) {
            return new ShellCommand.ForCommand(c.variable(), c.items(), c.arithmetic(), c.body(), redirects, c.start(),
                    end);
        } else if (command instanceof ShellCommand.CaseCommand c) {
            return new ShellCommand.CaseCommand(c.subject(), c.items(), redirects, c.start(), end);
        } else if (command instanceof ShellCommand.ConditionalExpression c) {
            return new ShellCommand.ConditionalExpression(c.words(), redirects, c.start(), end);
        } else if (command instanceof ShellCommand.ArithmeticCommand c) {
            return new ShellCommand.ArithmeticCommand(c.expression(), redirects, c.start(), end);
        }
        return command;
    }

    // ---- redirections ----

    private Redirect redirect() {
        int start = pos;
        int at = pos;
        while (at < limit && Character.isDigit(chars[at])) {
            at++;
        }
        if (at == pos && at < limit && chars[at] == '{') {
            int close = s.indexOf('}', at);
            if (close > at + 1 && close < limit && isName(s.substring(at + 1, close))) {
                at = close + 1;
            }
        }
        Operator.Kind kind = redirectionAt(at);
        if (kind == null) {
            return null;
        }
        Optional<String> fileDescriptor = at > pos ? Optional.of(s.substring(pos, at)) : Optional.empty();
        pos = at;
        Operator operator = operator(kind, kind.symbol().length());
        skipBlank();
        ShellWord target = word(false);
        if (target == null) {
            problem("missing target after `" + kind.symbol() + "`", pos, pos);
            target = new ShellWord(List.of(), "", "", pos, pos);
        }
        Optional<HereDocument> hereDocument = Optional.empty();
        if (kind == Operator.Kind.HEREDOC || kind == Operator.Kind.HEREDOC_STRIP_TABS) {
            boolean quoted = target.text().indexOf('\'') >= 0 || target.text().indexOf('"') >= 0
                    || target.text().indexOf('\\') >= 0;
            HereDocument document = new HereDocument(target.value(), quoted, kind == Operator.Kind.HEREDOC_STRIP_TABS);
            pendingHereDocuments.add(document);
            hereDocument = Optional.of(document);
        }
        return new Redirect(fileDescriptor, operator, target, hereDocument, start, pos);
    }

    private Operator.Kind redirectionAt(int at) {
        if (at >= limit) {
            return null;
        }
        char c = chars[at];
        char next = at + 1 < limit ? chars[at + 1] : 0;
        if (c == '<') {
            if (next == '(') {
                return null;
            }
            if (s.startsWith("<<<", at)) {
                return Operator.Kind.HERESTRING;
            }
            if (s.startsWith("<<-", at)) {
                return Operator.Kind.HEREDOC_STRIP_TABS;
            }
            return next == '<' ? Operator.Kind.HEREDOC : next == '&' ? Operator.Kind.DUP_READ
                    : next == '>' ? Operator.Kind.READ_WRITE : Operator.Kind.READ;
        }
        if (c == '>') {
            if (next == '(') {
                return null;
            }
            return next == '>' ? Operator.Kind.APPEND : next == '&' ? Operator.Kind.DUP_WRITE
                    : next == '|' ? Operator.Kind.CLOBBER : Operator.Kind.WRITE;
        }
        if (c == '&' && at == pos) {
            return s.startsWith("&>>", at) ? Operator.Kind.APPEND_BOTH : next == '>' ? Operator.Kind.WRITE_BOTH : null;
        }
        return null;
    }

    /** Reads the bodies of the here-documents opened on the line that just ended. */
    private void newline() {
        pos++;
        if (pendingHereDocuments.isEmpty()) {
            return;
        }
        List<HereDocument> documents = List.copyOf(pendingHereDocuments);
        pendingHereDocuments.clear();
        for (HereDocument document : documents) {
            hereDocumentBody(document);
        }
    }

    private void hereDocumentBody(HereDocument document) {
        int bodyStart = pos;
        int lineStart = pos;
        while (lineStart < limit) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > limit) {
                lineEnd = limit;
            }
            int from = lineStart;
            if (document.stripTabs()) {
                while (from < lineEnd && chars[from] == '\t') {
                    from++;
                }
            }
            int to = lineEnd > from && chars[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (s.substring(from, to).equals(document.delimiter())) {
                complete(document, bodyStart, lineStart, lineStart, lineEnd);
                pos = Math.min(lineEnd + 1, limit);
                return;
            }
            lineStart = lineEnd + 1;
        }
        problem("here-document not terminated: missing a line `" + document.delimiter() + "`", bodyStart, limit);
        complete(document, bodyStart, limit, limit, limit);
        pos = limit;
    }

    private void complete(HereDocument document, int bodyStart, int bodyEnd, int terminatorStart, int terminatorEnd) {
        List<WordPart> parts = List.of();
        if (!document.quoted()) {
            int savedLimit = limit;
            limit = bodyEnd;
            pos = bodyStart;
            int mark = mark();
            parts(Context.HERE_DOCUMENT);
            parts = take(mark);
            limit = savedLimit;
        }
        document.complete(s.substring(bodyStart, bodyEnd), parts, bodyStart, bodyEnd, terminatorStart,
                terminatorEnd);
    }

    private void failPendingHereDocuments() {
        if (pendingHereDocuments.isEmpty()) {
            return;
        }
        for (HereDocument document : pendingHereDocuments) {
            problem("here-document `" + document.delimiter() + "` has no body", limit, limit);
        }
        pendingHereDocuments.clear();
    }

    // ---- words ----

    /** Where a word's parts stop and which characters are special inside it. */
    private enum Context {
        /** A word of a command: ends at a blank or an operator. */
        WORD,
        /** Inside {@code "…"}: ends at the closing quote; only {@code $ ` \} are special. */
        DOUBLE_QUOTED,
        /** The operand of {@code ${name…}}: ends at the closing brace. */
        BRACE_OPERAND,
        /** A here-document body: runs to the limit; only {@code $ ` \} are special. */
        HERE_DOCUMENT
    }

    /** The word at the position, or null if none starts here (an operator, a blank, the end). */
    private ShellWord word(boolean assignmentAllowed) {
        if (pos >= limit || isMeta(chars[pos]) && !startsProcessSubstitution()) {
            return null;
        }
        int start = pos;
        int plainEnd = plainEnd(pos);
        if (plainEnd > pos && (plainEnd == limit || isMeta(chars[plainEnd]) && chars[plainEnd] != '(')) {
            // Plain text up to a blank or an operator (most words): one literal, the text itself.
            String text = s.substring(start, plainEnd);
            pos = plainEnd;
            return new ShellWord(List.of(new WordPart.Literal(text, start, plainEnd)), text, text, start, plainEnd);
        }
        int mark = mark();
        wordParts(assignmentAllowed, start);
        List<WordPart> parts = take(mark);
        if (pos == start) {
            return null;
        }
        if (parts.size() == 1 && parts.get(0) instanceof WordPart.Literal literal
                && literal.value().length() == pos - start) {
            // One literal with nothing removed (an extended glob, a lone `$`): it is the text itself.
            return new ShellWord(parts, literal.value(), literal.value(), start, pos);
        }
        return new ShellWord(parts, s.substring(start, pos), valueOf(parts), start, pos);
    }

    private ShellWord literalWord(int start, int end) {
        String text = s.substring(start, end);
        return new ShellWord(List.of(new WordPart.Literal(text, start, end)), text, text, start, end);
    }

    private boolean startsProcessSubstitution() {
        return (startsWith("<(") || startsWith(">("));
    }

    /** Pushes the parts of a word onto the {@link #stack}. */
    private void wordParts(boolean assignmentAllowed, int wordStart) {
        Literal literal = new Literal();
        while (pos < limit) {
            char c = chars[pos];
            if (isPlain(c)) {
                int end = plainEnd(pos + 1);
                literal.appendSource(pos, end);
                pos = end;
                continue;
            }
            if (pos == wordStart && startsProcessSubstitution()) {
                literal.flush(pos);
                push(processSubstitution());
                continue;
            }
            if (c == '(' && assignmentAllowed && isArrayAssignment(wordStart)) {
                literal.flush(pos);
                push(arrayLiteral());
                continue;
            }
            if (isExtglobStart(c) && pos + 1 < limit && chars[pos + 1] == '(') {
                // bash's extended glob: @(a|b) is one pattern, its parentheses are not operators.
                int start = pos;
                pos = balancedParenEnd(pos + 1);
                literal.appendSource(start, pos);
                continue;
            }
            if (isMeta(c)) {
                break;
            }
            if (!common(literal, Context.WORD)) {
                literal.appendSource(pos, pos + 1);
                pos++;
            }
        }
        literal.flush(pos);
    }

    /** The end of the run of {@link #isPlain} characters at {@code from}. */
    private int plainEnd(int from) {
        int end = from;
        while (end < limit && isPlain(chars[end])) {
            end++;
        }
        return end;
    }

    private static boolean isExtglobStart(char c) {
        return c == '?' || c == '*' || c == '+' || c == '@' || c == '!';
    }

    /** A character that is literal in a word wherever it stands. */
    private static boolean isPlain(char c) {
        return c >= 128 || (CHARACTER_CLASSES[c] & NOT_PLAIN) == 0;
    }

    /** Pushes the parts of a double-quoted string, a here-document body or a brace operand onto the {@link #stack}. */
    private void parts(Context context) {
        Literal literal = new Literal();
        while (pos < limit) {
            char c = chars[pos];
            if (context == Context.DOUBLE_QUOTED && c == '"' || context == Context.BRACE_OPERAND && c == '}') {
                break;
            }
            if (!common(literal, context)) {
                literal.appendSource(pos, pos + 1);
                pos++;
            }
        }
        literal.flush(pos);
    }

    /** A character that may start an escape, a quote or an expansion. */
    private static boolean isSpecial(char c) {
        return c == '\\' || c == '$' || c == '`' || c == '\'' || c == '"';
    }

    /** Reads a backslash, quote or expansion at the position (pushing parts); false if the character is plain. */
    private boolean common(Literal literal, Context context) {
        char c = chars[pos];
        if (!isSpecial(c)) {
            return false;
        }
        if (depth > MAX_DEPTH) {
            problem("expansions nested too deeply", pos, limit);
            literal.appendSource(pos, limit);
            pos = limit;
            return true;
        }
        depth++;
        try {
            return expansionOrQuote(literal, context);
        } finally {
            depth--;
        }
    }

    private boolean expansionOrQuote(Literal literal, Context context) {
        char c = chars[pos];
        boolean quotesRecognised = context == Context.WORD || context == Context.BRACE_OPERAND;
        if (c == '\\') {
            escape(literal, context);
            return true;
        }
        if (c == '$' && pos + 1 < limit) {
            char next = chars[pos + 1];
            if (next == '\'' && quotesRecognised) {
                literal.flush(pos);
                push(ansiC());
                return true;
            }
            if (next == '"' && quotesRecognised) {
                literal.flush(pos);
                int start = pos;
                pos++;
                push(doubleQuoted(start));
                return true;
            }
            WordPart expansion = dollar();
            if (expansion != null) {
                literal.flush(expansion.start());
                push(expansion);
                return true;
            }
            return false;
        }
        if (c == '`') {
            literal.flush(pos);
            push(backquoted());
            return true;
        }
        if (quotesRecognised && c == '\'') {
            literal.flush(pos);
            push(singleQuoted());
            return true;
        }
        if (quotesRecognised && c == '"') {
            literal.flush(pos);
            push(doubleQuoted(pos));
            return true;
        }
        return false;
    }

    private void escape(Literal literal, Context context) {
        int start = pos;
        if (pos + 1 >= limit) {
            literal.appendSource(start, start + 1);
            pos++;
            return;
        }
        char next = chars[pos + 1];
        pos += 2;
        if (next == '\n') {
            return; // line continuation: removed
        }
        boolean escapable = context == Context.WORD || context == Context.BRACE_OPERAND
                || "$`\\".indexOf(next) >= 0 || context == Context.DOUBLE_QUOTED && next == '"';
        if (escapable) {
            literal.appendChar(next, start);
        } else {
            literal.appendSource(start, start + 2);
        }
    }

    private WordPart singleQuoted() {
        int start = pos;
        int close = s.indexOf('\'', pos + 1);
        if (close < 0 || close >= limit) {
            problem("unterminated single quote", start, limit);
            pos = limit;
            return new WordPart.SingleQuoted(s.substring(start + 1, limit), start, limit);
        }
        pos = close + 1;
        return new WordPart.SingleQuoted(s.substring(start + 1, close), start, pos);
    }

    /** {@code "…"} starting at {@code pos} (the quote); {@code start} includes a leading {@code $}. */
    private WordPart doubleQuoted(int start) {
        pos++;
        int mark = mark();
        parts(Context.DOUBLE_QUOTED);
        List<WordPart> inner = take(mark);
        if (pos >= limit) {
            problem("unterminated double quote", start, limit);
        } else {
            pos++;
        }
        return new WordPart.DoubleQuoted(inner, start, pos);
    }

    private WordPart ansiC() {
        int start = pos;
        pos += 2;
        StringBuilder value = new StringBuilder();
        while (pos < limit && chars[pos] != '\'') {
            char c = chars[pos];
            if (c == '\\' && pos + 1 < limit) {
                pos = AnsiCEscapes.decode(s, pos, limit, value);
            } else {
                value.append(c);
                pos++;
            }
        }
        if (pos >= limit) {
            problem("unterminated $'…' string", start, limit);
        } else {
            pos++;
        }
        return new WordPart.AnsiCQuoted(value.toString(), start, pos);
    }

    /** An expansion starting with {@code $} at the position, or null for a literal dollar sign. */
    private WordPart dollar() {
        int start = pos;
        char next = chars[pos + 1];
        if (next == '(') {
            if (pos + 2 < limit && chars[pos + 2] == '(') {
                int end = arithmeticEnd(pos + 3);
                if (end > 0) {
                    pos = end;
                    return new WordPart.Arithmetic(s.substring(start + 3, end - 2), s.substring(start, end), start, end);
                }
            }
            pos += 2;
            CommandList body = substitutionBody();
            return new WordPart.CommandSubstitution(body, false, s.substring(start, pos), start, pos);
        }
        if (next == '{') {
            return bracedParameter();
        }
        if (isNameStart(next)) {
            int end = pos + 1;
            while (end < limit && isNameChar(chars[end])) {
                end++;
            }
            pos = end;
            return new WordPart.Parameter(s.substring(start + 1, end), false, List.of(), s.substring(start, end),
                    start, end);
        }
        if (Character.isDigit(next) || "@*#?-$!".indexOf(next) >= 0) {
            pos += 2;
            return new WordPart.Parameter(String.valueOf(next), false, List.of(), s.substring(start, pos), start, pos);
        }
        return null;
    }

    private WordPart bracedParameter() {
        int start = pos;
        pos += 2;
        int nameStart = pos;
        if (pos < limit && (chars[pos] == '#' || chars[pos] == '!') && pos + 1 < limit
                && chars[pos + 1] != '}') {
            nameStart++;
        }
        int nameEnd = nameStart;
        if (nameEnd < limit && isNameStart(chars[nameEnd])) {
            while (nameEnd < limit && isNameChar(chars[nameEnd])) {
                nameEnd++;
            }
        } else if (nameEnd < limit && Character.isDigit(chars[nameEnd])) {
            while (nameEnd < limit && Character.isDigit(chars[nameEnd])) {
                nameEnd++;
            }
        } else if (nameEnd < limit && "@*#?-$!".indexOf(chars[nameEnd]) >= 0) {
            nameEnd++;
        }
        String name = s.substring(nameStart, nameEnd);
        if (name.isEmpty()) {
            problem("bad substitution: missing parameter name", start, Math.min(nameEnd + 1, limit));
        }
        pos = nameEnd;
        int mark = mark();
        parts(Context.BRACE_OPERAND);
        List<WordPart> operand = take(mark);
        if (pos >= limit) {
            problem("unterminated `${`", start, limit);
        } else {
            pos++;
        }
        return new WordPart.Parameter(name, true, operand, s.substring(start, pos), start, pos);
    }

    /** After {@code $(} or {@code <(}: the commands up to the matching {@code )}, which is consumed. */
    private CommandList substitutionBody() {
        int open = pos;
        CommandList body = listUntil(true);
        if (pos >= limit) {
            problem("unterminated `$(`: missing `)`", Math.max(0, open - 2), limit);
        } else {
            pos++;
        }
        return body;
    }

    private WordPart processSubstitution() {
        int start = pos;
        boolean input = chars[pos] == '<';
        pos += 2;
        CommandList body = substitutionBody();
        return new WordPart.ProcessSubstitution(input, body, s.substring(start, pos), start, pos);
    }

    /** {@code `commands`}: read in place up to the closing backquote. */
    private WordPart backquoted() {
        int start = pos;
        int close = pos + 1;
        while (close < limit && chars[close] != '`') {
            close += chars[close] == '\\' ? 2 : 1;
        }
        boolean terminated = close < limit;
        close = Math.min(close, limit);
        int savedLimit = limit;
        limit = close;
        pos = start + 1;
        CommandList body = listUntil(false);
        limit = savedLimit;
        if (terminated) {
            pos = close + 1;
        } else {
            problem("unterminated backquote", start, limit);
            pos = limit;
        }
        return new WordPart.CommandSubstitution(body, true, s.substring(start, pos), start, pos);
    }

    private WordPart arrayLiteral() {
        int start = pos;
        pos++;
        int mark = mark();
        while (true) {
            skipLinebreaks();
            if (pos >= limit) {
                problem("unterminated array: missing `)`", start, limit);
                break;
            }
            if (chars[pos] == ')') {
                pos++;
                break;
            }
            ShellWord element = word(false);
            if (element == null) {
                int at = pos;
                String stray = skipToken();
                problem("unexpected `" + stray + "` in array", at, pos);
                continue;
            }
            push(element);
        }
        return new WordPart.ArrayLiteral(take(mark), s.substring(start, pos), start, pos);
    }

    /** Whether the word so far is {@code NAME=} or {@code NAME+=}, so a {@code (} opens an array value. */
    private boolean isArrayAssignment(int wordStart) {
        if (pos == wordStart || chars[pos - 1] != '=') {
            return false;
        }
        int nameEnd = pos - 1 > wordStart && chars[pos - 2] == '+' ? pos - 2 : pos - 1;
        return isName(s, wordStart, nameEnd);
    }

    /** The word as an assignment, or null: {@code NAME=}, {@code NAME+=}, {@code NAME[sub]=} in literal text. */
    private Assignment assignment(ShellWord word) {
        String text = word.text();
        int i = 0;
        if (text.isEmpty() || !isNameStart(text.charAt(0))) {
            return null;
        }
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        int nameEnd = i;
        if (i < text.length() && text.charAt(i) == '[') {
            int close = text.indexOf(']', i);
            if (close < 0) {
                return null;
            }
            i = close + 1;
        }
        boolean append = text.startsWith("+=", i);
        if (append) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '=') {
            return null; // most first words: a command name, not NAME=
        }
        String name = text.substring(0, nameEnd);
        int valueStart = word.start() + i + 1;
        List<WordPart> valueParts = new ArrayList<>();
        for (WordPart part : word.parts()) {
            if (part.end() <= valueStart) {
                continue;
            }
            if (part.start() < valueStart) {
                int prefix = valueStart - part.start();
                if (!(part instanceof WordPart.Literal literal) || literal.value().length() < prefix
                        || !s.regionMatches(part.start(), literal.value(), 0, prefix)) {
                    return null; // the '=' is inside a quote, an expansion or after an escape
                }
                String rest = literal.value().substring(prefix);
                valueParts.add(new WordPart.Literal(rest, valueStart, literal.end()));
            } else {
                valueParts.add(part);
            }
        }
        ShellWord value = new ShellWord(valueParts, s.substring(valueStart, word.end()), valueOf(valueParts),
                valueStart, word.end());
        return new Assignment(name, append, value, word);
    }

    /** Unquoted text with expansions as written. */
    private static String valueOf(List<WordPart> parts) {
        if (parts.size() == 1 && parts.get(0) instanceof WordPart.Literal literal) {
            return literal.value();
        }
        StringBuilder value = new StringBuilder(32);
        for (int i = 0; i < parts.size(); i++) {
            WordPart part = parts.get(i);
            if (part instanceof WordPart.Literal p) {
                value.append(p.value());
            } else if (part instanceof WordPart.SingleQuoted p) {
                value.append(p.value());
            } else if (part instanceof WordPart.AnsiCQuoted p) {
                value.append(p.value());
            } else if (part instanceof WordPart.DoubleQuoted p) {
                value.append(valueOf(p.parts()));
            } else if (part instanceof WordPart.Parameter p) {
                value.append(p.text());
            } else if (part instanceof WordPart.CommandSubstitution p) {
                value.append(p.text());
            } else if (part instanceof WordPart.Arithmetic p) {
                value.append(p.text());
            } else if (part instanceof WordPart.ProcessSubstitution p) {
                value.append(p.text());
            } else if (part instanceof WordPart.ArrayLiteral p) {
                value.append(p.text());
            }
        }
        return value.toString();
    }

    /**
     * Literal text being collected for the current part, pushed onto the {@link #stack} when
     * another part starts. While the text is a verbatim slice of the script (no escape removed)
     * it is only a range, taken as one substring at the end.
     */
    private final class Literal {
        private int start = -1;
        /** While {@code value} is null, the text is {@code s[start, verbatimEnd)}. */
        private int verbatimEnd;
        private StringBuilder value;

        /** Appends {@code s[from, to)}. */
        void appendSource(int from, int to) {
            if (start < 0) {
                start = from;
                verbatimEnd = to;
            } else if (value == null && from == verbatimEnd) {
                verbatimEnd = to;
            } else {
                builder().append(s, from, to);
            }
        }

        /** Appends a character that is not the script's at {@code at} (an escaped one). */
        void appendChar(char c, int at) {
            if (start < 0) {
                start = at;
                verbatimEnd = at;
            }
            builder().append(c);
        }

        private StringBuilder builder() {
            if (value == null) {
                value = new StringBuilder(verbatimEnd - start + 16).append(s, start, verbatimEnd);
            }
            return value;
        }

        void flush(int end) {
            if (start >= 0) {
                String text = value == null ? s.substring(start, verbatimEnd) : value.toString();
                push(new WordPart.Literal(text, start, end));
                value = null;
                start = -1;
            }
        }
    }

    // ---- arithmetic ----

    /** The text of {@code ((…))} from {@code from} (after the opening parentheses); moves past the closing ones. */
    private String arithmeticText(int from) {
        int end = arithmeticEnd(from);
        if (end < 0) {
            problem("unterminated `((`: missing `))`", from - 2, limit);
            pos = limit;
            return s.substring(from, limit);
        }
        pos = end;
        return s.substring(from, end - 2);
    }

    /** The end (after {@code ))}) of an arithmetic expression starting at {@code from}, or -1. */
    private int arithmeticEnd(int from) {
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = chars[i];
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth > 0) {
                    depth--;
                } else {
                    return i + 1 < limit && chars[i + 1] == ')' ? i + 2 : -1;
                }
            }
        }
        return -1;
    }

    /** The end (after the matching parenthesis) of {@code (…)} opening at {@code open}; the limit if unmatched. */
    private int balancedParenEnd(int open) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = chars[i];
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return limit;
    }

    // ---- tokens ----

    /** Blanks and operator characters: they end an unquoted word. */
    private static boolean isMeta(char c) {
        return c < 128 && (CHARACTER_CLASSES[c] & META) != 0;
    }

    private static boolean isName(String text) {
        return isName(text, 0, text.length());
    }

    /** Whether {@code text[from, to)} is a name. */
    private static boolean isName(String text, int from, int to) {
        if (from >= to || !isNameStart(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!isNameChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** bash also accepts dashes in function names ({@code my-func() { …; }}). */
    private static boolean isFunctionName(String text) {
        return isName(text.replace('-', '_'));
    }

    private static boolean isNameStart(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /** The character at {@code i}, or 0 past the limit. */
    private char charAt(int i) {
        return i < limit ? chars[i] : 0;
    }

    private boolean startsWith(String prefix) {
        return pos + prefix.length() <= limit && s.startsWith(prefix, pos);
    }

    /** Skips blanks, line continuations and comments; stops at a newline. */
    private void skipBlank() {
        while (pos < limit) {
            char c = chars[pos];
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && pos + 1 < limit && chars[pos + 1] == '\n') {
                pos += 2;
            } else if (c == '#') {
                while (pos < limit && chars[pos] != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
    }

    /** Skips blanks, comments and newlines (reading any pending here-document bodies). */
    private void skipLinebreaks() {
        skipBlank();
        while (pos < limit && chars[pos] == '\n') {
            newline();
            skipBlank();
        }
    }

    /** Whether a command can start at the position (after blanks). */
    private boolean atCommandStart() {
        if (pos >= limit) {
            return false;
        }
        char c = chars[pos];
        if (c == ';' || c == '|' || c == ')' || c == '\n' || c == '&' && !startsWith("&>")) {
            return false;
        }
        String word = peekBareWord();
        return word == null || !CLOSERS.contains(word);
    }

    /** The reserved word (or {@code time -p} and {@code in}) standing alone at the position, else null. */
    private String peekBareWord() {
        if (pos == peekedAt && limit == peekedLimit) {
            return peeked; // asked again at the same place: by atCommandStart, pipeline, command
        }
        int end = bareWordEnd();
        int length = end - pos;
        String found = null;
        if (length > 0 && length <= 8) {
            for (String keyword : KEYWORDS) {
                if (keyword.length() == length && s.startsWith(keyword, pos)) {
                    found = keyword;
                    break;
                }
            }
        }
        peekedAt = pos;
        peekedLimit = limit;
        peeked = found;
        return found;
    }

    /**
     * The end of the word at the position if it is made only of letters, digits and
     * {@code { } ! [ ] - _} (the characters of reserved words and function names), else -1.
     */
    private int bareWordEnd() {
        int end = pos;
        while (end < limit) {
            char c = chars[end];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '{' || c == '}' || c == '!' || c == '[' || c == ']'
                    || c >= 0x80 && Character.isLetterOrDigit(c)) {
                end++;
            } else if (isMeta(c)) {
                break;
            } else {
                return -1;
            }
        }
        return end;
    }

    private boolean acceptWord(String word) {
        skipBlank();
        if (word.equals(peekBareWord())) {
            pos += word.length();
            return true;
        }
        return false;
    }

    /** Consumes the reserved word or reports it missing. */
    private boolean expectWord(String word, String what) {
        skipLinebreaks();
        if (acceptWord(word)) {
            return true;
        }
        problem("missing " + what, pos, pos);
        return false;
    }

    private boolean expectChar(char c, String what) {
        skipLinebreaks();
        if (pos < limit && chars[pos] == c) {
            pos++;
            return true;
        }
        problem("missing " + what, pos, pos);
        return false;
    }

    private boolean followedByParens(int from) {
        int i = from;
        while (i < limit && (chars[i] == ' ' || chars[i] == '\t')) {
            i++;
        }
        if (i >= limit || chars[i] != '(') {
            return false;
        }
        i++;
        while (i < limit && (chars[i] == ' ' || chars[i] == '\t')) {
            i++;
        }
        return i < limit && chars[i] == ')';
    }

    private Operator operator(Operator.Kind kind, int length) {
        Operator op = new Operator(kind, pos, pos + length);
        pos += length;
        return op;
    }

    /** Skips one token (a word, or an operator character run) and returns its text; always advances. */
    private String skipToken() {
        int start = pos;
        if (pos >= limit) {
            return "end of script";
        }
        if (!isMeta(chars[pos]) && word(false) != null && pos > start) {
            return s.substring(start, pos);
        }
        char c = chars[pos];
        pos++;
        while (pos < limit && pos - start < 3 && (chars[pos] == c || "&|;>".indexOf(chars[pos]) >= 0)
                && "&|;<>".indexOf(c) >= 0) {
            pos++;
        }
        return c == '\n' ? "newline" : s.substring(start, pos);
    }

    /** Where the list about to be read starts on the {@link #stack}. */
    private int mark() {
        return stackSize;
    }

    private void push(Object element) {
        if (stackSize == stack.length) {
            stack = Arrays.copyOf(stack, stackSize * 2);
        }
        stack[stackSize++] = element;
    }

    /** The elements pushed since {@code mark}, removed from the stack, as an immutable list. */
    @SuppressWarnings("unchecked")
    private <T> List<T> take(int mark) {
        List<T> taken;
        switch (stackSize - mark) {
            case 0 -> taken = List.of();
            case 1 -> taken = List.of((T) stack[mark]);
            case 2 -> taken = List.of((T) stack[mark], (T) stack[mark + 1]);
            default -> taken = (List<T>) List.of(Arrays.copyOfRange(stack, mark, stackSize));
        }
        Arrays.fill(stack, mark, stackSize, null);
        stackSize = mark;
        return taken;
    }

    /** {@code list} with {@code element} added: immutable and empty for the (usual) lists that stay empty. */
    private static <T> List<T> added(List<T> list, T element) {
        List<T> grown = list.isEmpty() ? new ArrayList<>(2) : list;
        grown.add(element);
        return grown;
    }

    private void problem(String message, int start, int end) {
        problems.add(new ParseProblem(message, start, Math.max(start, end)));
    }
}

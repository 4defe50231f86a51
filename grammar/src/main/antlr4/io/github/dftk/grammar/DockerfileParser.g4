/*
 * Dockerfile parser: the physical structure of a Dockerfile as BuildKit's line scanner sees
 * it. An instruction is its first line, any continuation lines (with the comment lines and
 * empty lines BuildKit skips inside a continuation), its line end, and its heredoc bodies.
 * Comments and leading blanks are on the hidden channel: kept in the token stream for exact
 * edits, read by the AST builder, invisible to these rules.
 *
 * The grammar is generic over instruction keywords: what the words of an instruction mean
 * (keyword, flags, JSON or shell form, key=value pairs) is decided by the keyword registry
 * in the parser module, so that experimental keywords need no grammar change.
 *
 * Every token sequence the lexer can produce is accepted, so parsing itself never fails;
 * all Dockerfile errors are reported by the AST builder with BuildKit's messages.
 * Loops, not recursion, so 100,000 continuation lines do not grow the Java stack.
 */
parser grammar DockerfileParser;

options { tokenVocab = DockerfileLexer; }

dockerfile
    : item* EOF
    ;

item
    : blankLine
    | instruction
    ;

// A line with nothing but blanks or a comment (comments and blanks are on the hidden channel).
blankLine
    : NEWLINE
    ;

instruction
    : lineContent continuedLine* lineEnd? heredoc* unterminatedHeredoc?
    | continuedLine+ lineEnd? heredoc* unterminatedHeredoc?
    | LINE_END_TEXT heredoc* unterminatedHeredoc?
    ;

// The text of one physical line of an instruction.
lineContent
    : TEXT+
    ;

// A line continuation, the lines BuildKit skips after it, and the next line's text.
continuedLine
    : LINE_CONTINUATION skippedLine* lineContent?
    ;

// Comment lines and empty lines inside a continuation do not end the instruction.
skippedLine
    : NEWLINE
    ;

lineEnd
    : NEWLINE
    | LINE_END_TEXT
    ;

heredoc
    : HEREDOC_LINE* HEREDOC_END
    ;

// End of file before the terminator line: BuildKit's "unterminated heredoc".
unterminatedHeredoc
    : HEREDOC_LINE+
    ;

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
    : (NEWLINE | instruction)* EOF  // a NEWLINE on its own ends a blank or comment line
    ;

// Written flat, one rule, because each rule invocation costs the parser an enter/exit with a
// token look-behind, for every line of every file.
//
// A continued line is LINE_CONTINUATION, then the NEWLINEs of the comment and empty lines
// BuildKit skips inside a continuation (comment tokens are hidden), then the next line's
// text. Heredoc bodies follow the line end, each closed by its terminator line; body lines
// not followed by a terminator are a heredoc cut off by the end of the file.
instruction
    : ( TEXT+ (LINE_CONTINUATION NEWLINE* TEXT*)*       // first line has text
      | (LINE_CONTINUATION NEWLINE* TEXT*)+             // first line is a lone escape
      )
      (NEWLINE | LINE_END_TEXT)?                        // line end (none at the end of the file)
      (HEREDOC_LINE* HEREDOC_END)* HEREDOC_LINE*        // heredoc bodies
    | LINE_END_TEXT (HEREDOC_LINE* HEREDOC_END)* HEREDOC_LINE*  // a line that is only an escape character
    ;

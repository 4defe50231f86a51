/*
 * Dockerfile lexer: splits the text into physical-line tokens exactly where BuildKit's
 * line scanner does (frontend/dockerfile/parser/parser.go). Every character of the input
 * lands in exactly one token, so the token stream prints the file back byte for byte.
 *
 * Modes:
 *   DEFAULT_MODE  start of a physical line: leading blanks, comment lines, blank lines;
 *   CONTENT       the rest of an instruction line, up to its newline;
 *   HEREDOC       heredoc body lines after an instruction, until each terminator;
 *   FILE_START    entered by the lexer base when the file begins with a UTF-8 BOM.
 *
 * What is context dependent (the escape character chosen by the `# escape=` directive,
 * whether an escape at the end of a line continues it, which heredocs an instruction
 * opens) and every mode switch are done in DockerfileLexerBase.nextToken, which also gives
 * the provisional token types below their final type and channel. The rules carry no
 * predicates, actions or commands: predicates disable ANTLR's DFA cache, and any action or
 * command costs a run of ANTLR's action executor per token.
 */
lexer grammar DockerfileLexer;

options { superClass = DockerfileLexerBase; }

// Final types set by DockerfileLexerBase: an escape at a line end that does not continue the
// line, and a heredoc terminator line.
tokens { LINE_END_TEXT, HEREDOC_END }

// Token types in the comments below are the final ones; DockerfileLexerBase maps the rules'
// own types to them.

// ---- start of a line ----

// Leading blanks: Go's unicode.IsSpace without '\n' (BuildKit trims with it).
WS : SPACE+ ;  // hidden channel

// A line whose first non-blank character is '#': a comment or, at the top, a parser directive.
COMMENT : '#' ~[\n]* ;  // hidden channel

// Ends a blank line, a comment line, or (inside a continuation) an empty continuation line.
NEWLINE : '\n' ;

// An escape candidate followed only by blanks up to the newline: retyped LINE_CONTINUATION
// (it continues the line) or LINE_END_TEXT (ordinary text; the newline ends the line).
LINE_CONTINUATION : ESCAPE_CANDIDATE [ \t]* '\r'* '\n' ;

// First text of an instruction line (anything that is not a blank, '#' or an escape candidate).
TEXT : ~[#\n\\` \t\u000B\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000] ~[\n\\`]* ;  // then CONTENT mode

LEADING_ESCAPE : ESCAPE_CANDIDATE ;  // TEXT, then CONTENT mode

// ---- the rest of an instruction line ----
mode CONTENT;

CONTENT_TEXT : ~[\n\\`]+ ;  // TEXT

CONTENT_ESCAPE : ESCAPE_CANDIDATE ;  // TEXT

CONTENT_LINE_CONTINUATION : ESCAPE_CANDIDATE [ \t]* '\r'* '\n' ;  // as LINE_CONTINUATION

// The newline that ends an instruction (retyped NEWLINE; heredoc bodies may follow).
INSTRUCTION_END : '\n' ;

// ---- heredoc bodies ----
mode HEREDOC;

// One body line; the terminator line is retyped HEREDOC_END.
HEREDOC_LINE : ~[\n]* '\n' | ~[\n]+ ;

// ---- a UTF-8 byte order mark at offset 0 (BuildKit strips it from the first line only) ----
mode FILE_START;

BOM : '\uFEFF' ;  // hidden channel, then DEFAULT_MODE

fragment ESCAPE_CANDIDATE : [\\`] ;
fragment SPACE : [ \t\u000B\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000] ;

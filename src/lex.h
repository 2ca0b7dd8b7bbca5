/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/lex.h: tokens of the wk language (used by lex.c and parse.c only). */
#ifndef WK_LEX_H
#define WK_LEX_H
#include "wk_int.h"

typedef enum {
    TK_EOF = 0, TK_NL, TK_NUM, TK_STR, TK_NAME,
    /* keywords */
    TK_IF, TK_ELSE, TK_FOR, TK_IN, TK_WHILE, TK_BREAK, TK_CONTINUE, TK_RETURN,
    TK_FN, TK_LOCAL, TK_VAR, TK_TRUE, TK_FALSE, TK_NIL, TK_AND, TK_OR, TK_NOT,
    /* operators and punctuation */
    TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH, TK_BSLASH, TK_PERCENT, TK_CARET,
    TK_EQ, TK_NE, TK_LT, TK_LE, TK_GT, TK_GE, TK_ASSIGN, TK_PLUSEQ, TK_MINUSEQ,
    TK_STAREQ, TK_SLASHEQ, TK_BANG, TK_DOTDOT, TK_DOT, TK_COMMA, TK_SEMI,
    TK_COLON, TK_LPAREN, TK_RPAREN, TK_LBRACK, TK_RBRACK, TK_LBRACE, TK_RBRACE,
    TK_ARROW, TK_QUESTION
} wk_tok;

typedef struct {
    wk_tok t;
    wk_pos pos;
    const char *s;      /* start in the text */
    size_t n;           /* length */
    const char *name;   /* TK_NAME: interned */
    wk_value val;       /* TK_NUM, TK_STR: owned by the lexer until taken */
} wk_token;

typedef struct {
    wk_state *S;
    const char *p, *end;
    int file, line, col;
    int depth;          /* bracket nesting */
    char open[512];     /* innermost brackets; newlines count only at top or in { } */
    int incomplete;     /* set when the text ended inside a token */
} wk_lexer;

void lex_init(wk_lexer *L, wk_state *S, int file, const char *text, size_t len, int line);
/* Reads the next token into *t (releasing nothing: the caller owns t->val). */
void lex_next(wk_lexer *L, wk_token *t);
const char *lex_tokname(wk_tok t);
#endif

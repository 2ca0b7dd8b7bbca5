/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/lex.c: the lexer.  Numbers are exact: 0.25 and 1e-20 are rationals. */
#include <string.h>
#include <ctype.h>
#include "lex.h"

extern int wk_parse_incomplete_flag;

static const struct { const char *w; wk_tok t; } keywords[] = {
    {"if", TK_IF}, {"else", TK_ELSE}, {"for", TK_FOR}, {"in", TK_IN},
    {"while", TK_WHILE}, {"break", TK_BREAK}, {"continue", TK_CONTINUE},
    {"return", TK_RETURN}, {"fn", TK_FN}, {"local", TK_LOCAL}, {"var", TK_VAR},
    {"true", TK_TRUE}, {"false", TK_FALSE}, {"nil", TK_NIL}, {"and", TK_AND},
    {"or", TK_OR}, {"not", TK_NOT}, {NULL, TK_EOF}
};

const char *lex_tokname(wk_tok t)
{
    static const char *names[] = {
        "end of input", "end of line", "number", "string", "name",
        "'if'", "'else'", "'for'", "'in'", "'while'", "'break'", "'continue'",
        "'return'", "'fn'", "'local'", "'var'", "'true'", "'false'", "'nil'",
        "'and'", "'or'", "'not'",
        "'+'", "'-'", "'*'", "'/'", "'\\'", "'%'", "'^'", "'=='", "'!='", "'<'",
        "'<='", "'>'", "'>='", "'='", "'+='", "'-='", "'*='", "'/='", "'!'",
        "'..'", "'.'", "','", "';'", "':'", "'('", "')'", "'['", "']'", "'{'",
        "'}'", "'->'", "'?'"
    };
    return names[t];
}

void lex_init(wk_lexer *L, wk_state *S, int file, const char *text, size_t len, int line)
{
    L->S = S;
    L->p = text;
    L->end = text + len;
    L->file = file;
    L->line = line;
    L->col = 1;
    L->depth = 0;
    L->incomplete = 0;
}

static int nl_is_space(const wk_lexer *L)
{
    int d = L->depth < 512 ? L->depth : 511;
    return L->depth > 0 && L->open[d - 1] != '{';
}

static void open_br(wk_lexer *L, char c)
{
    if (L->depth < 512) L->open[L->depth] = c;
    L->depth++;
}

static void close_br(wk_lexer *L)
{
    if (L->depth > 0) L->depth--;
}

static wk_pos here(wk_lexer *L)
{
    wk_pos p;
    p.file = L->file;
    p.line = L->line;
    p.col = L->col;
    return p;
}

static void adv(wk_lexer *L)
{
    if (*L->p == '\n') { L->line++; L->col = 1; }
    else if (((unsigned char) *L->p & 0xC0) != 0x80) L->col++;   /* count UTF-8 characters */
    L->p++;
}

static void lex_error(wk_lexer *L, wk_pos pos, int incomplete, const char *msg)
{
    if (incomplete) wk_parse_incomplete_flag = 1;
    wk_throw_at(L->S, pos, WK_ERR_SYNTAX, "%s", msg);
}

static void lex_number(wk_lexer *L, wk_token *t)
{
    const char *s = L->p;
    fmpz_t num, den, e10;
    slong frac = 0, ex = 0;
    int has_dot = 0;
    fmpz_init(num); fmpz_init(den); fmpz_init(e10);
    while (L->p < L->end && isdigit((unsigned char) *L->p)) {
        fmpz_mul_ui(num, num, 10);
        fmpz_add_ui(num, num, *L->p - '0');
        adv(L);
    }
    if (L->p + 1 < L->end && *L->p == '.' && isdigit((unsigned char) L->p[1])) {
        has_dot = 1;
        adv(L);
        while (L->p < L->end && isdigit((unsigned char) *L->p)) {
            fmpz_mul_ui(num, num, 10);
            fmpz_add_ui(num, num, *L->p - '0');
            frac++;
            adv(L);
        }
    }
    if (L->p < L->end && (*L->p == 'e' || *L->p == 'E')) {
        const char *q = L->p + 1;
        int neg = 0;
        if (q < L->end && (*q == '+' || *q == '-')) { neg = *q == '-'; q++; }
        if (q < L->end && isdigit((unsigned char) *q)) {
            adv(L);
            if (*L->p == '+' || *L->p == '-') adv(L);
            while (L->p < L->end && isdigit((unsigned char) *L->p)) {
                if (ex > 100000000) {
                    fmpz_clear(num); fmpz_clear(den); fmpz_clear(e10);
                    lex_error(L, t->pos, 0, "exponent of number literal is too large");
                }
                ex = 10 * ex + (*L->p - '0');
                adv(L);
            }
            if (neg) ex = -ex;
        }
    }
    (void) has_dot;
    ex -= frac;
    if (ex > 1000000 || ex < -1000000) {
        fmpz_clear(num); fmpz_clear(den); fmpz_clear(e10);
        lex_error(L, t->pos, 0, "exponent of number literal is too large");
    }
    fmpz_one(den);
    if (ex > 0) {
        fmpz_ui_pow_ui(e10, 10, ex);
        fmpz_mul(num, num, e10);
    } else if (ex < 0) {
        fmpz_ui_pow_ui(den, 10, -ex);
    }
    if (fmpz_is_one(den)) {
        t->val = wk_int_fmpz(num);
    } else {
        fmpq_t q;
        fmpq_init(q);
        fmpq_set_fmpz_frac(q, num, den);
        t->val = wk_rat_fmpq(q);
        fmpq_clear(q);
    }
    fmpz_clear(num); fmpz_clear(den); fmpz_clear(e10);
    t->t = TK_NUM;
    t->s = s;
    t->n = L->p - s;
}

static void lex_string(wk_lexer *L, wk_token *t)
{
    wk_buf b;
    const char *s = L->p;
    wk_buf_init(&b);
    adv(L);  /* opening quote */
    for (;;) {
        char c;
        if (L->p >= L->end) {
            wk_buf_clear(&b);
            lex_error(L, t->pos, 1, "unterminated string");
        }
        c = *L->p;
        if (c == '"') { adv(L); break; }
        if (c == '\\') {
            adv(L);
            if (L->p >= L->end) { wk_buf_clear(&b); lex_error(L, t->pos, 1, "unterminated string"); }
            c = *L->p;
            switch (c) {
            case 'n': wk_buf_putc(&b, '\n'); break;
            case 't': wk_buf_putc(&b, '\t'); break;
            case '\\': wk_buf_putc(&b, '\\'); break;
            case '"': wk_buf_putc(&b, '"'); break;
            case '\n': break;  /* line continuation */
            default: {
                wk_pos p = here(L);
                wk_buf_clear(&b);
                lex_error(L, p, 0, "unknown escape in string (use \\n, \\t, \\\\ or \\\")");
            }
            }
            adv(L);
            continue;
        }
        wk_buf_putc(&b, c);
        adv(L);
    }
    t->t = TK_STR;
    t->val = wk_str_n(b.s ? b.s : "", b.len);
    wk_buf_clear(&b);
    t->s = s;
    t->n = L->p - s;
}

void lex_next(wk_lexer *L, wk_token *t)
{
    char c;
    t->val.t = T_NIL;
    t->name = NULL;
again:
    /* skip blanks, comments, and newlines inside ( ) and [ ] */
    while (L->p < L->end) {
        c = *L->p;
        if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && nl_is_space(L))) { adv(L); continue; }
        if (c == '#') {
            while (L->p < L->end && *L->p != '\n') adv(L);
            continue;
        }
        if (c == '/' && L->p + 1 < L->end && L->p[1] == '*') {
            wk_pos p = here(L);
            adv(L); adv(L);
            while (L->p < L->end && !(*L->p == '*' && L->p + 1 < L->end && L->p[1] == '/')) adv(L);
            if (L->p >= L->end) lex_error(L, p, 1, "unterminated comment");
            adv(L); adv(L);
            continue;
        }
        if (c == '\\' && L->p + 1 < L->end && L->p[1] == '\n') { adv(L); adv(L); continue; }
        break;
    }
    t->pos = here(L);
    t->s = L->p;
    t->n = 1;
    if (L->p >= L->end) { t->t = TK_EOF; t->n = 0; return; }
    c = *L->p;
    if (c == '\n') { adv(L); t->t = TK_NL; return; }
    if (isdigit((unsigned char) c) || (c == '.' && L->p + 1 < L->end && isdigit((unsigned char) L->p[1]))) {
        lex_number(L, t);
        return;
    }
    if (isalpha((unsigned char) c) || c == '_') {
        const char *s = L->p;
        int i;
        while (L->p < L->end && (isalnum((unsigned char) *L->p) || *L->p == '_')) adv(L);
        t->n = L->p - s;
        for (i = 0; keywords[i].w; i++)
            if (strlen(keywords[i].w) == t->n && memcmp(keywords[i].w, s, t->n) == 0) {
                t->t = keywords[i].t;
                return;
            }
        t->t = TK_NAME;
        t->name = wk_intern_n(s, t->n);
        return;
    }
    if (c == '"') { lex_string(L, t); return; }
    adv(L);
#define TWO(ch, tk2, tk1) \
    if (L->p < L->end && *L->p == (ch)) { adv(L); t->t = (tk2); t->n = 2; } else t->t = (tk1); return
    switch (c) {
    case '+': TWO('=', TK_PLUSEQ, TK_PLUS);
    case '-':
        if (L->p < L->end && *L->p == '>') { adv(L); t->t = TK_ARROW; t->n = 2; return; }
        TWO('=', TK_MINUSEQ, TK_MINUS);
    case '*': TWO('=', TK_STAREQ, TK_STAR);
    case '/': TWO('=', TK_SLASHEQ, TK_SLASH);
    case '\\': t->t = TK_BSLASH; return;
    case '%': t->t = TK_PERCENT; return;
    case '^': t->t = TK_CARET; return;
    case '=': TWO('=', TK_EQ, TK_ASSIGN);
    case '!': TWO('=', TK_NE, TK_BANG);
    case '<': TWO('=', TK_LE, TK_LT);
    case '>': TWO('=', TK_GE, TK_GT);
    case '&':
        if (L->p < L->end && *L->p == '&') { adv(L); t->t = TK_AND; t->n = 2; return; }
        break;
    case '|':
        if (L->p < L->end && *L->p == '|') { adv(L); t->t = TK_OR; t->n = 2; return; }
        break;
    case '.': TWO('.', TK_DOTDOT, TK_DOT);
    case ',': t->t = TK_COMMA; return;
    case ';': t->t = TK_SEMI; return;
    case ':': t->t = TK_COLON; return;
    case '(': open_br(L, '('); t->t = TK_LPAREN; return;
    case ')': close_br(L); t->t = TK_RPAREN; return;
    case '[': open_br(L, '['); t->t = TK_LBRACK; return;
    case ']': close_br(L); t->t = TK_RBRACK; return;
    case '{': open_br(L, '{'); t->t = TK_LBRACE; return;
    case '}': close_br(L); t->t = TK_RBRACE; return;
    case '?': t->t = TK_QUESTION; return;
    default: break;
    }
#undef TWO
    {
        char msg[64];
        if ((unsigned char) c >= 0x20 && (unsigned char) c < 0x7f)
            snprintf(msg, sizeof msg, "unexpected character '%c'", c);
        else
            snprintf(msg, sizeof msg, "unexpected byte 0x%02x", (unsigned char) c);
        lex_error(L, t->pos, 0, msg);
    }
    goto again;
}

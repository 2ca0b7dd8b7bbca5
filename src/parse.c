/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/parse.c: recursive-descent parser (one function per grammar rule, the
   rule in the comment above it) producing an AST with resolved variable slots. */
#include <string.h>
#include <stdlib.h>
#include "lex.h"

int wk_parse_incomplete_flag = 0;

/* ---- arena: every node of a chunk lives here ------------------------------ */
typedef struct arena_blk {
    struct arena_blk *next;
    size_t used, cap;
    max_align_t data[];
} arena_blk;

typedef struct wk_arena {
    arena_blk *blk;
    wk_value **consts;
    int nconst, capconst;
} wk_arena;

static void *amalloc(wk_arena *A, size_t n)
{
    arena_blk *b = A->blk;
    void *p;
    n = (n + 15) & ~(size_t) 15;
    if (b == NULL || b->used + n > b->cap) {
        size_t cap = n > 65536 ? n : 65536;
        b = malloc(sizeof(arena_blk) + cap);
        b->next = A->blk;
        b->used = 0;
        b->cap = cap;
        A->blk = b;
    }
    p = (char *) b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

static void arena_free(wk_arena *A)
{
    arena_blk *b, *n;
    int i;
    if (!A) return;
    for (i = 0; i < A->nconst; i++) wk_release(A->consts[i]);
    free(A->consts);
    for (b = A->blk; b; b = n) { n = b->next; free(b); }
    free(A);
}

void wk_chunk_free(wk_chunk *c)
{
    arena_free(c->arena);
    free(c);
}

/* ---- parser state ------------------------------------------------------------ */
typedef struct fstate {
    struct fstate *prev;
    wk_fproto *fp;
    const char **lname;
    int *lslot;
    int nl, capl;
    int nslots;
    const char **upname;
    int *up_from_local, *up_index;
    int nup, capup;
    int loopdepth;
} fstate;

typedef struct {
    wk_state *S;
    wk_lexer L;
    wk_token tok, ahead;
    int has_ahead;
    wk_arena *A;
    fstate *fs;
} parser;

static wk_node *expr(parser *P);
static wk_node *block(parser *P);
static wk_node *statement(parser *P, int top);

static void perr(parser *P, wk_pos pos, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
static void perr(parser *P, wk_pos pos, const char *fmt, ...)
{
    va_list ap;
    if (P->tok.t == TK_EOF) wk_parse_incomplete_flag = 1;
    va_start(ap, fmt);
    wk_vthrow_at(P->S, pos, WK_ERR_SYNTAX, fmt, ap);
}

/* the token's value (numbers, strings) is kept in the arena's constants */
static void keep_tok_value(parser *P, wk_token *t)
{
    (void) P;
    if (t->val.t != T_NIL) {
        wk_release(&t->val);
    }
}

static void next(parser *P)
{
    keep_tok_value(P, &P->tok);
    if (P->has_ahead) {
        P->tok = P->ahead;
        P->has_ahead = 0;
    } else {
        lex_next(&P->L, &P->tok);
    }
}

static wk_token *peek(parser *P)
{
    if (!P->has_ahead) {
        lex_next(&P->L, &P->ahead);
        P->has_ahead = 1;
    }
    return &P->ahead;
}

static void skip_nl(parser *P)
{
    while (P->tok.t == TK_NL) next(P);
}

static void expect(parser *P, wk_tok t, const char *what)
{
    if (P->tok.t != t)
        perr(P, P->tok.pos, "expected %s %s, found %s", lex_tokname(t), what,
             lex_tokname(P->tok.t));
    next(P);
}

static wk_node *node(parser *P, wk_nodekind k, wk_pos pos)
{
    wk_node *n = amalloc(P->A, sizeof(wk_node));
    n->k = k;
    n->pos = pos;
    n->val.t = T_NIL;
    return n;
}

static wk_node *const_node(parser *P, wk_pos pos, wk_value v)
{
    wk_node *n = node(P, N_CONST, pos);
    n->val = v;
    if (P->A->nconst == P->A->capconst) {
        P->A->capconst = 2 * P->A->capconst + 16;
        P->A->consts = realloc(P->A->consts, P->A->capconst * sizeof(wk_value *));
    }
    P->A->consts[P->A->nconst++] = &n->val;
    return n;
}

/* growable node arrays, grown inside the arena (so an error frees them too) */
typedef struct { wk_node **v; int n, cap; } nvec;
static wk_arena *cur_arena;
static void nv_push(nvec *a, wk_node *x)
{
    if (a->n == a->cap) {
        int nc = 2 * a->cap + 4;
        wk_node **nv = amalloc(cur_arena, nc * sizeof(wk_node *));
        if (a->n) memcpy(nv, a->v, a->n * sizeof(wk_node *));
        a->v = nv;
        a->cap = nc;
    }
    a->v[a->n++] = x;
}
static wk_node **nv_finish(parser *P, nvec *a)
{
    if (a->v == NULL) return amalloc(P->A, sizeof(wk_node *));
    return a->v;
}

/* ---- scopes ------------------------------------------------------------------- */
static fstate *fs_open(parser *P, wk_fproto *fp)
{
    fstate *f = calloc(1, sizeof(fstate));
    f->prev = P->fs;
    f->fp = fp;
    P->fs = f;
    return f;
}

static void fs_close(parser *P)
{
    fstate *f = P->fs;
    int i;
    wk_fproto *fp = f->fp;
    fp->nslots = f->nslots;
    fp->nup = f->nup;
    fp->up_from_local = amalloc(P->A, (f->nup + 1) * sizeof(int));
    fp->up_index = amalloc(P->A, (f->nup + 1) * sizeof(int));
    for (i = 0; i < f->nup; i++) {
        fp->up_from_local[i] = f->up_from_local[i];
        fp->up_index[i] = f->up_index[i];
    }
    P->fs = f->prev;
    free(f->lname); free(f->lslot); free(f->upname);
    free(f->up_from_local); free(f->up_index);
    free(f);
}

static int declare_local(parser *P, const char *name)
{
    fstate *f = P->fs;
    if (f->nl == f->capl) {
        f->capl = 2 * f->capl + 8;
        f->lname = realloc(f->lname, f->capl * sizeof(char *));
        f->lslot = realloc(f->lslot, f->capl * sizeof(int));
    }
    f->lname[f->nl] = name;
    f->lslot[f->nl] = f->nslots++;
    return f->lslot[f->nl++];
}

static int find_local(fstate *f, const char *name)
{
    int i;
    for (i = f->nl - 1; i >= 0; i--)
        if (f->lname[i] == name) return f->lslot[i];
    return -1;
}

/* upvalue index of name in f (searching enclosing functions), or -1 */
static int find_upval(fstate *f, const char *name)
{
    int i, s, from_local;
    if (f->prev == NULL) return -1;
    for (i = 0; i < f->nup; i++)
        if (f->upname[i] == name) return i;
    s = find_local(f->prev, name);
    from_local = 1;
    if (s < 0) {
        s = find_upval(f->prev, name);
        from_local = 0;
        if (s < 0) return -1;
    }
    if (f->nup == f->capup) {
        f->capup = 2 * f->capup + 4;
        f->upname = realloc(f->upname, f->capup * sizeof(char *));
        f->up_from_local = realloc(f->up_from_local, f->capup * sizeof(int));
        f->up_index = realloc(f->up_index, f->capup * sizeof(int));
    }
    f->upname[f->nup] = name;
    f->up_from_local[f->nup] = from_local;
    f->up_index[f->nup] = s;
    return f->nup++;
}

static wk_node *name_ref(parser *P, const char *name, wk_pos pos)
{
    wk_node *n;
    int s = find_local(P->fs, name);
    if (s >= 0) {
        n = node(P, N_LOCAL, pos);
        n->slot = s;
    } else if ((s = find_upval(P->fs, name)) >= 0) {
        n = node(P, N_UPVAL, pos);
        n->slot = s;
    } else {
        n = node(P, N_GLOBAL, pos);
        n->slot = (int) wk_global_slot(P->S, name);
    }
    n->name = name;
    return n;
}

/* ---- expressions ------------------------------------------------------------ */

/* params: '(' [NAME ['=' expr] {',' NAME ['=' expr]}] ')' ; parses into fp */
static void params(parser *P, wk_fproto *fp, nvec *names_out)
{
    expect(P, TK_LPAREN, "before the parameters");
    while (P->tok.t != TK_RPAREN) {
        wk_node *n;
        if (P->tok.t != TK_NAME) perr(P, P->tok.pos, "expected a parameter name, found %s", lex_tokname(P->tok.t));
        n = node(P, N_NOP, P->tok.pos);
        n->name = P->tok.name;
        next(P);
        if (P->tok.t == TK_ASSIGN) {
            next(P);
            n->a = expr(P);
        }
        nv_push(names_out, n);
        if (P->tok.t != TK_COMMA) break;
        next(P);
    }
    expect(P, TK_RPAREN, "after the parameters");
    (void) fp;
}

/* Builds a function prototype with the given parameter nodes (N_NOP with
   name and optional default in a) and parses its body with body_fn. */
static wk_node *function(parser *P, const char *name, wk_pos pos, wk_node **pn, int np,
                         int expr_body)
{
    wk_fproto *fp = amalloc(P->A, sizeof(wk_fproto));
    wk_node *fn;
    int i;
    fp->name = name ? name : "<anonymous>";
    fp->pos = pos;
    fp->nparams = np;
    fp->params = amalloc(P->A, (np + 1) * sizeof(char *));
    fp->defaults = amalloc(P->A, (np + 1) * sizeof(wk_node *));
    fp->is_expr = expr_body;
    fs_open(P, fp);
    for (i = 0; i < np; i++) {
        int j;
        for (j = 0; j < i; j++)
            if (fp->params[j] == pn[i]->name)
                perr(P, pn[i]->pos, "parameter '%s' appears twice", pn[i]->name);
        fp->params[i] = pn[i]->name;
        fp->defaults[i] = pn[i]->a;
        declare_local(P, pn[i]->name);
    }
    if (expr_body) {
        skip_nl(P);
        fp->body = expr(P);
    } else {
        fp->body = block(P);
    }
    fs_close(P);
    fn = node(P, N_FUNC, pos);
    fn->fp = fp;
    return fn;
}

/* record -> '{' [key ':' expr {',' key ':' expr}] '}' */
static wk_node *record(parser *P)
{
    wk_node *n = node(P, N_RECORD, P->tok.pos);
    nvec vals = {0}, keys = {0};
    next(P);
    skip_nl(P);
    while (P->tok.t != TK_RBRACE) {
        wk_node *k = node(P, N_NOP, P->tok.pos);
        int i;
        if (P->tok.t == TK_NAME) k->name = P->tok.name;
        else if (P->tok.t == TK_STR) k->name = wk_intern(wk_str_get(&P->tok.val));
        else perr(P, P->tok.pos, "expected a field name in record, found %s", lex_tokname(P->tok.t));
        for (i = 0; i < keys.n; i++)
            if (keys.v[i]->name == k->name)
                perr(P, k->pos, "field '%s' appears twice in record", k->name);
        next(P);
        expect(P, TK_COLON, "after the field name");
        skip_nl(P);
        nv_push(&keys, k);
        nv_push(&vals, expr(P));
        skip_nl(P);
        if (P->tok.t != TK_COMMA) break;
        next(P);
        skip_nl(P);
    }
    expect(P, TK_RBRACE, "to close the record");
    n->nv = vals.n;
    n->nnames = keys.n;
    n->names = amalloc(P->A, (keys.n + 1) * sizeof(char *));
    {
        int i;
        for (i = 0; i < keys.n; i++) n->names[i] = keys.v[i]->name;
    }
    n->v = nv_finish(P, &vals);
    return n;
}

/* list -> '[' ']' | '[' expr 'for' NAME 'in' expr ['if' expr] ']'
         | '[' row {';' row} [';'] ']'   (a ';' makes a matrix) */
/* If the bracket just opened holds a comprehension [elem for NAME in ...],
   return NAME (scanning ahead with a copy of the lexer), else NULL. */
static const char *comprehension_var(parser *P)
{
    wk_lexer L = P->L;
    wk_token t;
    int depth = 0;
    const char *name = NULL;
    /* the current token is already consumed from L */
    if (P->tok.t == TK_FOR) return NULL;
    if (P->tok.t == TK_LPAREN || P->tok.t == TK_LBRACK || P->tok.t == TK_LBRACE) depth = 1;
    for (;;) {
        lex_next(&L, &t);
        wk_release(&t.val);
        if (t.t == TK_EOF) return NULL;
        if (t.t == TK_LPAREN || t.t == TK_LBRACK || t.t == TK_LBRACE) depth++;
        else if (t.t == TK_RPAREN || t.t == TK_RBRACK || t.t == TK_RBRACE) {
            if (depth == 0) return NULL;
            depth--;
        } else if (depth == 0 && (t.t == TK_COMMA || t.t == TK_SEMI)) {
            return NULL;
        } else if (depth == 0 && t.t == TK_FOR) {
            lex_next(&L, &t);
            wk_release(&t.val);
            if (t.t == TK_NAME) name = t.name;
            return name;
        }
    }
}

/* list -> '[' ']' | '[' expr 'for' NAME 'in' expr ['if' expr] ']'
         | '[' row {';' row} [';'] ']'   (a ';' makes a matrix) */
static wk_node *list(parser *P)
{
    wk_pos pos = P->tok.pos;
    nvec el = {0};
    int rows = 0, cols = -1, ismat = 0, rowlen = 0;
    wk_node *n;
    const char *cvar;
    next(P);
    if (P->tok.t == TK_RBRACK) {
        next(P);
        n = node(P, N_LIST, pos);
        n->v = nv_finish(P, &el);
        return n;
    }
    if (P->has_ahead == 0 && (cvar = comprehension_var(P)) != NULL) {
        /* comprehension: the variable is a local of the element and the
           condition (closures there capture it), not of the iterable */
        wk_node *c = node(P, N_COMPREH, pos);
        int nl_saved = P->fs->nl, slot;
        slot = declare_local(P, cvar);
        c->slot = slot;
        c->a = expr(P);
        expect(P, TK_FOR, "in the list comprehension");
        if (P->tok.t != TK_NAME) perr(P, P->tok.pos, "expected a loop variable after 'for'");
        next(P);
        expect(P, TK_IN, "after the loop variable");
        P->fs->nl = nl_saved;               /* the iterable does not see the variable */
        c->b = expr(P);
        P->fs->lname[nl_saved] = cvar;      /* (a nested comprehension may have reused the entry) */
        P->fs->lslot[nl_saved] = slot;
        P->fs->nl = nl_saved + 1;
        if (P->tok.t == TK_IF) {
            next(P);
            c->c = expr(P);
        }
        P->fs->nl = nl_saved;
        expect(P, TK_RBRACK, "to close the list comprehension");
        return c;
    }
    for (;;) {
        if (P->tok.t == TK_RBRACK) break;
        nv_push(&el, expr(P));
        rowlen++;
        if (P->tok.t == TK_FOR)
            perr(P, P->tok.pos, "a list comprehension has one element expression: [expr for x in list]");
        if (P->tok.t == TK_COMMA) { next(P); continue; }
        if (P->tok.t == TK_SEMI) {
            ismat = 1;
            if (cols >= 0 && rowlen != cols)
                perr(P, P->tok.pos, "matrix rows have different lengths (%d and %d)", cols, rowlen);
            cols = rowlen;
            rows++;
            rowlen = 0;
            next(P);
            continue;
        }
        break;
    }
    if (ismat && rowlen > 0) {
        if (rowlen != cols)
            perr(P, P->tok.pos, "matrix rows have different lengths (%d and %d)", cols, rowlen);
        rows++;
    }
    expect(P, TK_RBRACK, ismat ? "to close the matrix" : "to close the list");
    n = node(P, ismat ? N_MATRIX : N_LIST, pos);
    n->nv = el.n;
    n->rows = rows;
    n->cols = cols;
    n->v = nv_finish(P, &el);
    return n;
}

/* Lambda from a parenthesised parameter list already parsed as expressions. */
static wk_node *lambda_from(parser *P, wk_pos pos, wk_node **items, int n)
{
    wk_node **pn = amalloc(P->A, (n + 1) * sizeof(wk_node *));
    int i;
    for (i = 0; i < n; i++) {
        if (items[i]->k != N_GLOBAL && items[i]->k != N_LOCAL && items[i]->k != N_UPVAL)
            perr(P, items[i]->pos, "a parameter of '->' must be a name");
        pn[i] = node(P, N_NOP, items[i]->pos);
        pn[i]->name = items[i]->name;
    }
    next(P);  /* '->' */
    return function(P, NULL, pos, pn, n, 1);
}

/* paren -> '(' ')' | '(' expr ')' | '(' expr ',' expr {',' expr} ')' (a cycle)
          | '(' names ')' '->' expr */
static wk_node *paren(parser *P)
{
    wk_pos pos = P->tok.pos;
    nvec el = {0};
    wk_node *n;
    next(P);
    if (P->tok.t == TK_RPAREN) {
        next(P);
        if (P->tok.t == TK_ARROW) {

            return lambda_from(P, pos, NULL, 0);
        }
        n = node(P, N_CYCLE, pos);   /* () is the identity permutation */
        n->v = nv_finish(P, &el);
        return n;
    }
    for (;;) {
        nv_push(&el, expr(P));
        if (P->tok.t != TK_COMMA) break;
        next(P);
    }
    expect(P, TK_RPAREN, "to close '('");
    if (P->tok.t == TK_ARROW) {
        wk_node **items = nv_finish(P, &el);
        return lambda_from(P, pos, items, el.n);
    }
    if (el.n == 1) {
        n = el.v[0];
        return n;
    }
    n = node(P, N_CYCLE, pos);
    n->nv = el.n;
    n->v = nv_finish(P, &el);
    /* juxtaposed cycles: (1,2)(3,4) */
    while (P->tok.t == TK_LPAREN) {
        wk_node *m = node(P, N_BINOP, P->tok.pos), *c;
        nvec e2 = {0};
        c = node(P, N_CYCLE, P->tok.pos);
        next(P);
        while (P->tok.t != TK_RPAREN) {
            nv_push(&e2, expr(P));
            if (P->tok.t != TK_COMMA) break;
            next(P);
        }
        expect(P, TK_RPAREN, "to close the cycle");
        c->nv = e2.n;
        c->v = nv_finish(P, &e2);
        m->op = OP_MUL;
        m->a = n;
        m->b = c;
        n = m;
    }
    return n;
}

/* ifexpr -> 'if' expr block ['else' (ifexpr | block)] */
static wk_node *ifexpr(parser *P)
{
    wk_node *n = node(P, N_IF, P->tok.pos);
    next(P);
    n->a = expr(P);
    n->b = block(P);
    {
        /* allow 'else' on the next line */
        if (P->tok.t == TK_NL && peek(P)->t == TK_ELSE) next(P);
    }
    if (P->tok.t == TK_ELSE) {
        next(P);
        n->c = P->tok.t == TK_IF ? ifexpr(P) : block(P);
    }
    return n;
}

/* primary -> NUM | STR | NAME | 'true' | 'false' | 'nil' | paren | list | record
            | ifexpr | 'fn' params block | NAME '->' expr */
static wk_node *primary(parser *P)
{
    wk_node *n;
    wk_pos pos = P->tok.pos;
    switch (P->tok.t) {
    case TK_NUM:
    case TK_STR:
        n = const_node(P, pos, P->tok.val);
        P->tok.val.t = T_NIL;
        next(P);
        return n;
    case TK_TRUE: next(P); return const_node(P, pos, wk_bool(1));
    case TK_FALSE: next(P); return const_node(P, pos, wk_bool(0));
    case TK_NIL: next(P); return const_node(P, pos, wk_nil());
    case TK_NAME:
        if (peek(P)->t == TK_ARROW) {
            wk_node *pn[1];
            pn[0] = node(P, N_NOP, pos);
            pn[0]->name = P->tok.name;
            next(P);
            next(P);
            return function(P, NULL, pos, pn, 1, 1);
        }
        n = name_ref(P, P->tok.name, pos);
        next(P);
        return n;
    case TK_LPAREN: return paren(P);
    case TK_LBRACK: return list(P);
    case TK_LBRACE: return record(P);
    case TK_IF: return ifexpr(P);
    case TK_FN: {
        nvec pn = {0};
        next(P);
        if (P->tok.t == TK_NAME)
            perr(P, P->tok.pos, "a named 'fn' definition must stand as a statement");
        params(P, NULL, &pn);
        {
            wk_node **v = nv_finish(P, &pn);
            return function(P, NULL, pos, v, pn.n, 0);
        }
    }
    default:
        perr(P, pos, "expected an expression, found %s", lex_tokname(P->tok.t));
    }
}

/* call arguments -> '(' [arg {',' arg}] ')'; arg -> expr | NAME '=' expr
   | NAME 'in' expr (first argument of sum/prod: see sumprod) */
static wk_node *callargs(parser *P, wk_node *fn)
{
    wk_node *n = node(P, N_CALL, P->tok.pos);
    nvec args = {0}, kw = {0}, kwn = {0};
    n->pos = fn->pos;
    n->a = fn;
    next(P);
    while (P->tok.t != TK_RPAREN) {
        if (P->tok.t == TK_NAME && peek(P)->t == TK_ASSIGN) {
            wk_node *k = node(P, N_NOP, P->tok.pos);
            int i;
            k->name = P->tok.name;
            for (i = 0; i < kwn.n; i++)
                if (kwn.v[i]->name == k->name)
                    perr(P, k->pos, "keyword '%s' given twice", k->name);
            next(P);
            next(P);
            nv_push(&kwn, k);
            nv_push(&kw, expr(P));
        } else {
            if (kw.n > 0)
                perr(P, P->tok.pos, "positional argument after keyword arguments");
            nv_push(&args, expr(P));
        }
        if (P->tok.t != TK_COMMA) break;
        next(P);
    }
    expect(P, TK_RPAREN, "to close the argument list");
    n->nv = args.n;
    n->v = nv_finish(P, &args);
    n->nnames = kw.n;
    n->kw = nv_finish(P, &kw);
    n->names = amalloc(P->A, (kwn.n + 1) * sizeof(char *));
    {
        int i;
        for (i = 0; i < kwn.n; i++) n->names[i] = kwn.v[i]->name;
    }
    return n;
}

/* sum(NAME in expr, expr), prod(...): the body sees NAME as a local */
static wk_node *sumprod(parser *P, wk_node *fn, int isprod)
{
    wk_node *n = node(P, N_SUMPROD, fn->pos);
    const char *vn;
    int nl_saved = P->fs->nl;
    n->op = isprod;
    next(P);  /* ( */
    vn = P->tok.name;
    next(P);  /* NAME */
    next(P);  /* in */
    n->a = expr(P);
    expect(P, TK_COMMA, "between the range and the summand");
    n->slot = declare_local(P, vn);
    n->b = expr(P);
    P->fs->nl = nl_saved;
    expect(P, TK_RPAREN, isprod ? "to close prod(...)" : "to close sum(...)");
    return n;
}

/* postfix -> primary { '(' args ')' | '[' expr [',' expr] ']' | '.' NAME } */
static wk_node *postfix(parser *P)
{
    wk_node *n = primary(P);
    for (;;) {
        if (P->tok.t == TK_LPAREN) {
            if (n->k == N_GLOBAL && (strcmp(n->name, "sum") == 0 || strcmp(n->name, "prod") == 0)
                && peek(P)->t == TK_NAME) {
                /* need two tokens of lookahead: NAME 'in' */
                wk_lexer save = P->L;
                wk_token t2;
                lex_next(&P->L, &t2);
                P->L = save;
                if (t2.t == TK_IN) {
                    wk_release(&t2.val);
                    n = sumprod(P, n, n->name[0] == 'p');
                    continue;
                }
                wk_release(&t2.val);
            }
            if (n->k == N_GLOBAL && strcmp(n->name, "time") == 0) {
                wk_node *t = node(P, N_TIME, n->pos);
                next(P);
                t->a = expr(P);
                expect(P, TK_RPAREN, "to close time(...)");
                n = t;
                continue;
            }
            n = callargs(P, n);
        } else if (P->tok.t == TK_LBRACK) {
            wk_node *ix = node(P, N_INDEX, P->tok.pos);
            nvec iv = {0};
            next(P);
            nv_push(&iv, expr(P));
            if (P->tok.t == TK_COMMA) {
                next(P);
                nv_push(&iv, expr(P));
            }
            expect(P, TK_RBRACK, "to close the index");
            ix->a = n;
            ix->nv = iv.n;
            ix->v = nv_finish(P, &iv);
            n = ix;
        } else if (P->tok.t == TK_DOT) {
            wk_node *f = node(P, N_FIELD, P->tok.pos);
            next(P);
            if (P->tok.t != TK_NAME) perr(P, P->tok.pos, "expected a field name after '.'");
            f->name = P->tok.name;
            f->a = n;
            next(P);
            n = f;
        } else {
            return n;
        }
    }
}

static wk_node *unary(parser *P);

/* power -> postfix ['^' unary]   (right associative, binds tighter than unary minus) */
static wk_node *power(parser *P)
{
    wk_node *n = postfix(P);
    if (P->tok.t == TK_CARET) {
        wk_node *b = node(P, N_BINOP, P->tok.pos);
        next(P);
        skip_nl(P);
        b->op = OP_POW;
        b->a = n;
        b->b = unary(P);
        return b;
    }
    return n;
}

/* unary -> ('-' | '+') unary | power */
static wk_node *unary(parser *P)
{
    wk_cstack_check(P->S, P->tok.pos);
    if (P->tok.t == TK_MINUS) {
        wk_node *n = node(P, N_NEG, P->tok.pos);
        next(P);
        n->a = unary(P);
        if (n->a->k == N_CONST && (n->a->val.t == T_INT || n->a->val.t == T_RAT)) {
            /* fold -literal */
            wk_value v = wk_neg(P->S, &n->a->val);
            wk_release(&n->a->val);
            n->a->val = v;
            return n->a;
        }
        return n;
    }
    if (P->tok.t == TK_PLUS) {
        next(P);
        return unary(P);
    }
    return power(P);
}

static wk_node *binop(parser *P, int op, wk_node *a, wk_node *b, wk_pos pos)
{
    wk_node *n = node(P, N_BINOP, pos);
    n->op = op;
    n->a = a;
    n->b = b;
    return n;
}

/* term -> unary {('*' | '/' | '\' | '%') unary} */
static wk_node *term(parser *P)
{
    wk_node *n = unary(P);
    for (;;) {
        int op;
        wk_pos pos = P->tok.pos;
        switch (P->tok.t) {
        case TK_STAR: op = OP_MUL; break;
        case TK_SLASH: op = OP_DIV; break;
        case TK_BSLASH: op = OP_IDIV; break;
        case TK_PERCENT: op = OP_MOD; break;
        default: return n;
        }
        next(P);
        skip_nl(P);
        n = binop(P, op, n, unary(P), pos);
    }
}

/* sum -> term {('+' | '-') term} */
static wk_node *arith(parser *P)
{
    wk_node *n = term(P);
    for (;;) {
        int op;
        wk_pos pos = P->tok.pos;
        if (P->tok.t == TK_PLUS) op = OP_ADD;
        else if (P->tok.t == TK_MINUS) op = OP_SUB;
        else return n;
        next(P);
        skip_nl(P);
        n = binop(P, op, n, term(P), pos);
    }
}

/* range -> sum ['..' sum] */
static wk_node *range(parser *P)
{
    wk_node *n = arith(P);
    if (P->tok.t == TK_DOTDOT) {
        wk_node *r = node(P, N_RANGE, P->tok.pos);
        next(P);
        r->a = n;
        r->b = arith(P);
        return r;
    }
    return n;
}

/* comparison -> range [('==' | '!=' | '<' | '<=' | '>' | '>=' | 'in') range] */
static wk_node *comparison(parser *P)
{
    wk_node *n = range(P);
    int op;
    wk_pos pos = P->tok.pos;
    switch (P->tok.t) {
    case TK_EQ: op = OP_EQ; break;
    case TK_NE: op = OP_NE; break;
    case TK_LT: op = OP_LT; break;
    case TK_LE: op = OP_LE; break;
    case TK_GT: op = OP_GT; break;
    case TK_GE: op = OP_GE; break;
    case TK_IN: op = OP_IN; break;
    default: return n;
    }
    next(P);
    skip_nl(P);
    n = binop(P, op, n, range(P), pos);
    switch (P->tok.t) {
    case TK_EQ: case TK_NE: case TK_LT: case TK_LE: case TK_GT: case TK_GE:
        perr(P, P->tok.pos, "comparisons do not chain; use 'and'");
    default: return n;
    }
}

/* negation -> ('not' | '!') negation | comparison */
static wk_node *negation(parser *P)
{
    if (P->tok.t == TK_NOT || P->tok.t == TK_BANG) {
        wk_node *n = node(P, N_NOT, P->tok.pos);
        next(P);
        n->a = negation(P);
        return n;
    }
    return comparison(P);
}

/* conj -> negation {('and' | '&&') negation} */
static wk_node *conjunction(parser *P)
{
    wk_node *n = negation(P);
    while (P->tok.t == TK_AND) {
        wk_node *m = node(P, N_AND, P->tok.pos);
        next(P);
        skip_nl(P);
        m->a = n;
        m->b = negation(P);
        n = m;
    }
    return n;
}

/* expr -> conj {('or' | '||') conj} */
static wk_node *expr(parser *P)
{
    wk_node *n;
    wk_cstack_check(P->S, P->tok.pos);
    n = conjunction(P);
    while (P->tok.t == TK_OR) {
        wk_node *m = node(P, N_OR, P->tok.pos);
        next(P);
        skip_nl(P);
        m->a = n;
        m->b = conjunction(P);
        n = m;
    }
    return n;
}

/* ---- statements ------------------------------------------------------------ */

/* block -> '{' {statement (';' | NL)} '}' ; opens a scope for 'local' */
static wk_node *block(parser *P)
{
    wk_node *n = node(P, N_BLOCK, P->tok.pos);
    nvec st = {0};
    int nl_saved = P->fs->nl;
    skip_nl(P);
    expect(P, TK_LBRACE, "to open a block");
    for (;;) {
        while (P->tok.t == TK_NL || P->tok.t == TK_SEMI) next(P);
        if (P->tok.t == TK_RBRACE) break;
        if (P->tok.t == TK_EOF) perr(P, P->tok.pos, "expected '}' to close the block");
        nv_push(&st, statement(P, 0));
        if (P->tok.t != TK_NL && P->tok.t != TK_SEMI && P->tok.t != TK_RBRACE
            && st.v[st.n - 1]->k != N_BLOCK && P->tok.t != TK_EOF) {
            /* a statement that ended with '}' may be followed directly */
            wk_node *last = st.v[st.n - 1];
            if (!(last->k == N_IF || last->k == N_FOR || last->k == N_WHILE
                  || (last->k == N_ASSIGN && last->b && last->b->k == N_FUNC && !last->b->fp->is_expr)))
                perr(P, P->tok.pos, "expected ';' or a new line after the statement, found %s",
                     lex_tokname(P->tok.t));
        }
    }
    next(P);
    P->fs->nl = nl_saved;
    n->nv = st.n;
    n->v = nv_finish(P, &st);
    return n;
}

static int is_lvalue(const wk_node *n)
{
    switch (n->k) {
    case N_GLOBAL: case N_LOCAL: return 1;
    case N_INDEX: case N_FIELD: return is_lvalue(n->a);
    default: return 0;
    }
}

/* statement -> 'var' NAME {',' NAME}
              | 'local' NAME ['=' expr] {',' NAME ['=' expr]}
              | 'fn' NAME params block
              | 'for' NAME 'in' expr block | 'while' expr block
              | 'break' | 'continue' | 'return' [expr]
              | 'help' [NAME | STR] | '?' [NAME]
              | NAME '(' names ')' '=' expr        (one-line function)
              | lvalue ('=' | '+=' | '-=' | '*=' | '/=') expr
              | expr */
static wk_node *statement(parser *P, int top)
{
    wk_pos pos = P->tok.pos;
    wk_node *n;
    switch (P->tok.t) {
    case TK_VAR: {
        nvec names = {0};
        n = node(P, N_VAR, pos);
        next(P);
        for (;;) {
            wk_node *k;
            if (P->tok.t != TK_NAME) perr(P, P->tok.pos, "expected a variable name after 'var'");
            k = node(P, N_NOP, P->tok.pos);
            k->name = P->tok.name;
            k->slot = (int) wk_global_slot(P->S, k->name);
            nv_push(&names, k);
            next(P);
            if (P->tok.t != TK_COMMA) break;
            next(P);
        }
        n->nv = names.n;
        n->v = nv_finish(P, &names);
        return n;
    }
    case TK_LOCAL: {
        nvec as = {0};
        n = node(P, N_LOCALDECL, pos);
        next(P);
        for (;;) {
            wk_node *a;
            const char *name;
            wk_node *init = NULL;
            if (P->tok.t != TK_NAME) perr(P, P->tok.pos, "expected a name after 'local'");
            name = P->tok.name;
            a = node(P, N_ASSIGN, P->tok.pos);
            next(P);
            if (P->tok.t == TK_ASSIGN) {
                next(P);
                init = expr(P);   /* evaluated before the name is in scope */
            }
            a->a = node(P, N_LOCAL, a->pos);
            a->a->name = name;
            a->a->slot = declare_local(P, name);
            a->b = init;
            nv_push(&as, a);
            if (P->tok.t != TK_COMMA) break;
            next(P);
        }
        n->nv = as.n;
        n->v = nv_finish(P, &as);
        return n;
    }
    case TK_FN: {
        if (peek(P)->t == TK_NAME) {
            const char *name;
            nvec pn = {0};
            wk_node *target;
            next(P);
            name = P->tok.name;
            target = name_ref(P, name, P->tok.pos);
            if (target->k == N_UPVAL)
                perr(P, target->pos, "cannot define '%s': it names a captured variable", name);
            next(P);
            params(P, NULL, &pn);
            {
                wk_node **v = nv_finish(P, &pn);
                n = node(P, N_ASSIGN, pos);
                n->a = target;
                n->b = function(P, name, pos, v, pn.n, 0);
            }
            return n;
        }
        break;
    }
    case TK_FOR: {
        int nl_saved = P->fs->nl;
        const char *vn;
        n = node(P, N_FOR, pos);
        next(P);
        if (P->tok.t != TK_NAME) perr(P, P->tok.pos, "expected a loop variable after 'for'");
        vn = P->tok.name;
        next(P);
        expect(P, TK_IN, "after the loop variable");
        n->a = expr(P);
        n->slot = declare_local(P, vn);
        P->fs->loopdepth++;
        n->b = block(P);
        P->fs->loopdepth--;
        P->fs->nl = nl_saved;
        return n;
    }
    case TK_WHILE:
        n = node(P, N_WHILE, pos);
        next(P);
        n->a = expr(P);
        P->fs->loopdepth++;
        n->b = block(P);
        P->fs->loopdepth--;
        return n;
    case TK_BREAK:
    case TK_CONTINUE:
        if (P->fs->loopdepth == 0)
            perr(P, pos, "'%s' outside a loop", P->tok.t == TK_BREAK ? "break" : "continue");
        n = node(P, P->tok.t == TK_BREAK ? N_BREAK : N_CONTINUE, pos);
        next(P);
        return n;
    case TK_RETURN:
        if (P->fs->prev == NULL) perr(P, pos, "'return' outside a function");
        n = node(P, N_RETURN, pos);
        next(P);
        if (P->tok.t != TK_NL && P->tok.t != TK_SEMI && P->tok.t != TK_RBRACE && P->tok.t != TK_EOF)
            n->a = expr(P);
        return n;
    case TK_QUESTION:
        n = node(P, N_HELP, pos);
        next(P);
        if (P->tok.t == TK_NAME) { n->name = P->tok.name; next(P); }
        else if (P->tok.t == TK_STR) { n->name = wk_intern(wk_str_get(&P->tok.val)); next(P); }
        else if (P->tok.t != TK_NL && P->tok.t != TK_EOF && P->tok.t != TK_SEMI) {
            /* ?if, ?for ... : keywords get the language help */
            n->name = wk_intern_n(P->tok.s, P->tok.n);
            next(P);
        }
        return n;
    case TK_NAME:
        if (strcmp(P->tok.name, "help") == 0) {
            wk_token *a = peek(P);
            if (a->t == TK_NAME || a->t == TK_STR || a->t == TK_NL || a->t == TK_EOF
                || a->t == TK_SEMI || (a->t >= TK_IF && a->t <= TK_NOT)) {
                n = node(P, N_HELP, pos);
                next(P);
                if (P->tok.t == TK_NAME) { n->name = P->tok.name; next(P); }
                else if (P->tok.t == TK_STR) { n->name = wk_intern(wk_str_get(&P->tok.val)); next(P); }
                else if (P->tok.t >= TK_IF && P->tok.t <= TK_NOT) {
                    n->name = wk_intern_n(P->tok.s, P->tok.n);
                    next(P);
                }
                return n;
            }
        }
        break;
    default:
        break;
    }
    n = expr(P);
    if (P->tok.t == TK_ASSIGN && n->k == N_CALL && n->a->k == N_GLOBAL) {
        /* one-line function definition f(x, y = 2) = expr */
        int i, np = n->nv + n->nnames;
        wk_node **pn = amalloc(P->A, (np + 1) * sizeof(wk_node *));
        for (i = 0; i < n->nv; i++) {
            wk_node *a = n->v[i];
            if (a->k != N_GLOBAL && a->k != N_LOCAL && a->k != N_UPVAL)
                perr(P, a->pos, "parameters of a function definition must be names");
            pn[i] = node(P, N_NOP, a->pos);
            pn[i]->name = a->name;
        }
        for (i = 0; i < n->nnames; i++) {
            pn[n->nv + i] = node(P, N_NOP, n->kw[i]->pos);
            pn[n->nv + i]->name = n->names[i];
            pn[n->nv + i]->a = n->kw[i];
        }
        next(P);
        {
            wk_node *as = node(P, N_ASSIGN, pos);
            as->a = n->a;
            as->b = function(P, n->a->name, pos, pn, np, 1);
            return as;
        }
    }
    if (P->tok.t == TK_ASSIGN || P->tok.t == TK_PLUSEQ || P->tok.t == TK_MINUSEQ
        || P->tok.t == TK_STAREQ || P->tok.t == TK_SLASHEQ) {
        wk_node *as = node(P, N_ASSIGN, P->tok.pos);
        if (!is_lvalue(n)) {
            if (n->k == N_UPVAL || (n->k == N_INDEX && n->a->k == N_UPVAL))
                perr(P, n->pos, "cannot assign to '%s': closures capture values, not variables", n->name ? n->name : "it");
            perr(P, n->pos, "cannot assign to this expression");
        }
        switch (P->tok.t) {
        case TK_PLUSEQ: as->op = OP_ADD; break;
        case TK_MINUSEQ: as->op = OP_SUB; break;
        case TK_STAREQ: as->op = OP_MUL; break;
        case TK_SLASHEQ: as->op = OP_DIV; break;
        default: as->op = 0;
        }
        next(P);
        skip_nl(P);
        as->a = n;
        as->b = expr(P);
        (void) top;
        return as;
    }
    return n;
}

/* chunk -> {statement (';' | NL)} EOF */
typedef struct {
    parser *P;
    wk_chunk *ch;
} parse_ud;

static void parse_chunk(wk_state *S, void *ud_)
{
    parse_ud *ud = ud_;
    parser *P = ud->P;
    wk_fproto *fp = amalloc(P->A, sizeof(wk_fproto));
    nvec st = {0};
    wk_node *body;
    (void) S;
    fp->name = "<chunk>";
    fs_open(P, fp);
    next(P);
    for (;;) {
        wk_node *s;
        while (P->tok.t == TK_NL || P->tok.t == TK_SEMI) next(P);
        if (P->tok.t == TK_EOF) break;
        s = statement(P, 1);
        if (P->tok.t == TK_SEMI) {
            next(P);
        } else if (P->tok.t == TK_NL || P->tok.t == TK_EOF) {
            s->flag |= 1;   /* print the value */
        } else if (s->k == N_IF || s->k == N_FOR || s->k == N_WHILE || s->k == N_BLOCK
                   || (s->k == N_ASSIGN && s->b && s->b->k == N_FUNC && !s->b->fp->is_expr)) {
            s->flag |= 1;
        } else {
            perr(P, P->tok.pos, "expected ';' or a new line after the statement, found %s",
                 lex_tokname(P->tok.t));
        }
        nv_push(&st, s);
    }
    body = node(P, N_BLOCK, fp->pos);
    body->nv = st.n;
    body->v = nv_finish(P, &st);
    body->flag = 2;   /* top-level block: statements carry print flags */
    fp->body = body;
    fs_close(P);
    ud->ch->main = fp;
}

wk_parse_status wk_parse(wk_state *S, int f, size_t off, wk_chunk **chunk)
{
    parser P;
    parse_ud ud;
    int line = 1, err;
    const char *text = S->files[f].text;
    size_t k;
    for (k = 0; k < off; k++)
        if (text[k] == '\n') line++;
    memset(&P, 0, sizeof P);
    P.S = S;
    P.A = calloc(1, sizeof(wk_arena));
    lex_init(&P.L, S, f, text + off, S->files[f].len - off, line);
    P.tok.t = TK_NL;
    P.tok.val.t = T_NIL;
    ud.P = &P;
    ud.ch = calloc(1, sizeof(wk_chunk));
    ud.ch->arena = P.A;
    wk_parse_incomplete_flag = 0;
    cur_arena = P.A;
    err = wk_pcall(S, parse_chunk, &ud);
    wk_release(&P.tok.val);
    if (P.has_ahead) wk_release(&P.ahead.val);
    if (err) {
        while (P.fs) fs_close(&P);
        wk_chunk_free(ud.ch);
        return wk_parse_incomplete_flag ? WK_PARSE_INCOMPLETE : WK_PARSE_ERROR;
    }
    *chunk = ud.ch;
    return WK_PARSE_OK;
}

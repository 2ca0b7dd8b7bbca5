/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/state.c: the interpreter state, interned names, globals, source files,
   and the one throw / one catch pair (Lua's ldo.c pattern). */
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include "wk_int.h"

wk_state *wk_S = NULL;

/* ---- interned strings (names, record keys): live until exit ------------- */
typedef struct { char **slot; size_t n, cap; } strtab;
static strtab itab;

static uint64_t hash_str(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    size_t i;
    for (i = 0; i < n; i++) { h ^= (unsigned char) s[i]; h *= 1099511628211ULL; }
    return h;
}

static void itab_grow(void)
{
    size_t nc = itab.cap ? 2 * itab.cap : 1024, i;
    char **ns = calloc(nc, sizeof(char *));
    for (i = 0; i < itab.cap; i++)
        if (itab.slot[i]) {
            size_t j = hash_str(itab.slot[i], strlen(itab.slot[i])) & (nc - 1);
            while (ns[j]) j = (j + 1) & (nc - 1);
            ns[j] = itab.slot[i];
        }
    free(itab.slot);
    itab.slot = ns;
    itab.cap = nc;
}

const char *wk_intern_n(const char *s, size_t n)
{
    size_t j;
    char *c;
    if (2 * (itab.n + 1) > itab.cap) itab_grow();
    j = hash_str(s, n) & (itab.cap - 1);
    while (itab.slot[j]) {
        if (strncmp(itab.slot[j], s, n) == 0 && itab.slot[j][n] == '\0')
            return itab.slot[j];
        j = (j + 1) & (itab.cap - 1);
    }
    c = malloc(n + 1);
    memcpy(c, s, n);
    c[n] = '\0';
    itab.slot[j] = c;
    itab.n++;
    return c;
}

const char *wk_intern(const char *s) { return wk_intern_n(s, strlen(s)); }

static void itab_free(void)
{
    size_t i;
    for (i = 0; i < itab.cap; i++) free(itab.slot[i]);
    free(itab.slot);
    memset(&itab, 0, sizeof itab);
}

/* ---- globals: interned name -> slot (open addressing on the pointer) ---- */
typedef struct { const char **key; slong *val; size_t cap, n; } gmap;

static size_t ptr_hash(const void *p) { return (size_t) (((uintptr_t) p >> 3) * 0x9E3779B97F4A7C15ULL); }

static void gmap_put(gmap *m, const char *k, slong v);

static void gmap_grow(gmap *m)
{
    gmap n;
    size_t i;
    n.cap = m->cap ? 2 * m->cap : 1024;
    n.n = 0;
    n.key = calloc(n.cap, sizeof(char *));
    n.val = calloc(n.cap, sizeof(slong));
    for (i = 0; i < m->cap; i++)
        if (m->key[i]) gmap_put(&n, m->key[i], m->val[i]);
    free(m->key);
    free(m->val);
    *m = n;
}

static void gmap_put(gmap *m, const char *k, slong v)
{
    size_t j;
    if (2 * (m->n + 1) > m->cap) gmap_grow(m);
    j = ptr_hash(k) & (m->cap - 1);
    while (m->key[j] && m->key[j] != k) j = (j + 1) & (m->cap - 1);
    if (!m->key[j]) m->n++;
    m->key[j] = k;
    m->val[j] = v;
}

static slong gmap_get(const gmap *m, const char *k)
{
    size_t j;
    if (m->cap == 0) return -1;
    j = ptr_hash(k) & (m->cap - 1);
    while (m->key[j]) {
        if (m->key[j] == k) return m->val[j];
        j = (j + 1) & (m->cap - 1);
    }
    return -1;
}

slong wk_global_find(wk_state *S, const char *name)
{
    return gmap_get((gmap *) S->gmap, wk_intern(name));
}

slong wk_global_slot(wk_state *S, const char *name)
{
    const char *k = wk_intern(name);
    slong s = gmap_get((gmap *) S->gmap, k);
    if (s >= 0) return s;
    if (S->nglob == S->capglob) {
        S->capglob = 2 * S->capglob + 256;
        S->glob = realloc(S->glob, S->capglob * sizeof(wk_global));
    }
    s = S->nglob++;
    S->glob[s].name = k;
    S->glob[s].v.t = T_UNDEF;
    gmap_put((gmap *) S->gmap, k, s);
    return s;
}

/* ---- source files ---------------------------------------------------------- */
int wk_file_new(wk_state *S, const char *name)
{
    wk_srcfile *f;
    if (S->nfiles == S->capfiles) {
        S->capfiles = 2 * S->capfiles + 8;
        S->files = realloc(S->files, S->capfiles * sizeof(wk_srcfile));
    }
    f = &S->files[S->nfiles];
    f->name = strdup(name);
    f->text = NULL;
    f->len = f->cap = 0;
    wk_file_append(S, S->nfiles, "", 0);
    return S->nfiles++;
}

void wk_file_append(wk_state *S, int fi, const char *text, size_t len)
{
    wk_srcfile *f = &S->files[fi];
    if (f->len + len + 1 > f->cap) {
        f->cap = 2 * (f->len + len) + 256;
        f->text = realloc(f->text, f->cap);
    }
    memcpy(f->text + f->len, text, len);
    f->len += len;
    f->text[f->len] = '\0';
}

void wk_src_line(wk_state *S, wk_pos pos, wk_buf *b)
{
    const char *t, *e;
    int line = 1;
    if (pos.file < 0 || pos.file >= S->nfiles || pos.line <= 0) return;
    t = S->files[pos.file].text;
    while (*t && line < pos.line) {
        if (*t == '\n') line++;
        t++;
    }
    e = strchr(t, '\n');
    wk_buf_putn(b, t, e ? (size_t) (e - t) : strlen(t));
}

/* ---- state ------------------------------------------------------------------ */
wk_state *wk_state_new(void)
{
    wk_state *S = calloc(1, sizeof(wk_state));
    S->cap = 1 << 20;                          /* one million value slots */
    S->stk = calloc(S->cap, sizeof(wk_value)); /* pages are touched only as used */
    S->maxdepth = 10000;
    S->gmap = calloc(1, sizeof(gmap));
    S->prec = 128;
    S->digits = 38;
    S->echo = 1;
    S->out = stdout;
    S->cstack_limit = 7u << 20;
    S->budget = -1;
    wk_S = S;
    return S;
}

void wk_state_free(wk_state *S)
{
    slong i;
    wk_chunk *c, *n;
    wk_popto(S, 0);
    for (i = 0; i < S->nglob; i++)
        if (S->glob[i].v.t != T_UNDEF) wk_release(&S->glob[i].v);
    free(S->glob);
    free(((gmap *) S->gmap)->key);
    free(((gmap *) S->gmap)->val);
    free(S->gmap);
    for (c = S->chunks; c; c = n) {
        n = c->next;
        extern void wk_chunk_free(wk_chunk *);
        wk_chunk_free(c);
    }
    for (i = 0; i < S->nfiles; i++) {
        free(S->files[i].name);
        free(S->files[i].text);
    }
    free(S->files);
    free(S->stk);
    free(S->errmsg);
    wk_vars_free_all();
    wk_value_free_all();
    itab_free();
    if (wk_S == S) wk_S = NULL;
    free(S);
    flint_cleanup();
}

/* ---- errors ------------------------------------------------------------------ */
int wk_pcall(wk_state *S, void (*fn)(wk_state *, void *), void *ud)
{
    wk_jmp j;
    slong top = S->top, base = S->base;
    int depth = S->depth;
    wk_func *cl = S->closure;
    const wk_bientry *be = S->cur_be;
    const wk_node *call = S->cur_call;
    const wk_value *argv = S->cur_argv, *kwv = S->cur_kwv;
    wk_node *const *args = S->cur_args;
    int nargs = S->cur_nargs, nkw = S->cur_nkw;
    const char **kwn = S->cur_kwn;
    j.prev = S->jmp;
    j.status = 0;
    S->jmp = &j;
    if (setjmp(j.b) == 0)
        fn(S, ud);
    S->jmp = j.prev;
    if (j.status) {
        wk_popto(S, top);
        S->base = base;
        S->depth = depth;
        S->closure = cl;
        S->cur_be = be;
        S->cur_call = call;
        S->cur_argv = argv;
        S->cur_kwv = kwv;
        S->cur_args = args;
        S->cur_nargs = nargs;
        S->cur_nkw = nkw;
        S->cur_kwn = kwn;
    }
    return j.status;
}

void wk_vthrow_at(wk_state *S, wk_pos pos, wk_errkind kind, const char *fmt, va_list ap)
{
    char msg[2048];
    wk_buf b;
    vsnprintf(msg, sizeof msg, fmt, ap);
    wk_buf_init(&b);
    if (pos.file >= 0 && pos.file < S->nfiles && pos.line > 0)
        wk_buf_printf(&b, "%s:%d:%d: error: %s", S->files[pos.file].name, pos.line, pos.col, msg);
    else
        wk_buf_printf(&b, "error: %s", msg);
    free(S->errmsg);
    S->errmsg = strdup(b.s);
    wk_buf_clear(&b);
    S->errkind = kind;
    S->errpos = pos;
    wk_interrupt_flag = 0;
    if (S->jmp == NULL) {
        fprintf(stderr, "%s\nwk: uncaught error, exiting\n", S->errmsg);
        exit(1);
    }
    S->jmp->status = kind;
    longjmp(S->jmp->b, 1);
}

void wk_throw_at(wk_state *S, wk_pos pos, wk_errkind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    wk_vthrow_at(S, pos, kind, fmt, ap);
}

static wk_pos cur_pos(wk_state *S)
{
    wk_pos p = { -1, 0, 0 };
    if (S->cur_call) p = S->cur_call->pos;
    return p;
}

/* Errors raised while a builtin runs (also from shared helpers such as
   comparisons) carry the builtin's name. */
void wk_throw(wk_state *S, wk_errkind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (S->cur_be) {
        char msg[1800];
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        wk_throw_at(S, cur_pos(S), kind, "%s: %s", S->cur_be->b->name, msg);
    }
    wk_vthrow_at(S, cur_pos(S), kind, fmt, ap);
}

const char *wk_bi_name(wk_state *S)
{
    return S->cur_be ? S->cur_be->b->name : "wk";
}

static __attribute__((noreturn)) void bi_vthrow(wk_state *S, wk_pos pos, wk_errkind kind, const char *fmt, va_list ap)
{
    char msg[1800];
    vsnprintf(msg, sizeof msg, fmt, ap);
    wk_throw_at(S, pos, kind, "%s: %s", wk_bi_name(S), msg);
}

void wk_bi_error(wk_state *S, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bi_vthrow(S, cur_pos(S), WK_ERR_DOMAIN, fmt, ap);
}

void wk_arg_error(wk_state *S, int i, const char *fmt, ...)
{
    va_list ap;
    wk_pos p = cur_pos(S);
    if (S->cur_args && i >= 0 && i < S->cur_nargs && S->cur_args[i])
        p = S->cur_args[i]->pos;
    va_start(ap, fmt);
    bi_vthrow(S, p, WK_ERR_TYPE, fmt, ap);
}

void wk_bi_status(wk_state *S, wk_status st)
{
    wk_errkind k;
    switch (st) {
    case WK_E_INTERRUPT: wk_throw_at(S, cur_pos(S), WK_ERR_INTERRUPT, "interrupted");
    case WK_E_DIM: k = WK_ERR_DIM; break;
    case WK_E_TOO_LARGE: case WK_E_NOMEM: k = WK_ERR_OVERFLOW; break;
    case WK_E_IO: k = WK_ERR_IO; break;
    case WK_E_INTERNAL: k = WK_ERR_INTERNAL; break;
    default: k = WK_ERR_DOMAIN;
    }
    if (st == WK_E_INTERNAL)
        wk_throw(S, k, "internal error: %s", wk_error_msg());
    wk_throw(S, k, "%s", wk_error_msg());
}

wk_value *wk_root(wk_state *S, wk_value v)
{
    wk_value *slot = wk_push(S);
    *slot = v;
    return slot;
}

void wk_check_interrupt(wk_state *S)
{
    if (wk_interrupt_flag) {
        wk_interrupt_flag = 0;
        wk_throw_at(S, cur_pos(S), WK_ERR_INTERRUPT, "interrupted");
    }
}

void wk_cstack_check(wk_state *S, wk_pos pos)
{
    char here;
    if (S->cstack_base && (size_t) (S->cstack_base - &here) > S->cstack_limit)
        wk_throw_at(S, pos, WK_ERR_OVERFLOW, "expression or recursion nested too deeply");
}

slong wk_prec(wk_state *S) { return S->prec; }
slong wk_digits(wk_state *S) { return S->digits; }

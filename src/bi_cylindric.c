/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_cylindric.c: the builtins of lib/cylindric: cylindric plane
   partitions (Borodin 2007; Gessel-Krattenthaler 1997), their Macdonald
   (q,t) weight, growth diagrams, RSK and the bijections behind the product
   formulas.  Spec: shared/specs/cylindric-partitions.md, sections 6-8.
   Two object kinds: a cylindric partition (printed as the shifted-rows
   picture, drawn by svg()) and a profile made by gk(c). */
#include <string.h>
#include <stdlib.h>
#include <flint/fmpz_vec.h>
#include <flint/fmpz_mpoly.h>
#include <flint/fmpq_poly.h>
#include <flint/nmod_poly.h>
#include "wk_api.h"
#include "wk_cylindric.h"

/* ---- C temporaries that survive an error -----------------------------------
   Arguments are checked while they are read, and a check throws (longjmp).
   Every lib/ object that lives across a possible throw is therefore owned by
   a rooted value whose free hook clears it: nothing leaks on any path. */
typedef wk_keep_fn keep_fn;
#define keep wk_keep

static void free_plain(void *p, slong n) { (void) n; flint_free(p); }
static void free_parts(void *p, slong n)
{
    slong i;
    wk_partition_struct *v = p;
    for (i = 0; i < n; i++) wk_partition_clear(v + i);
    flint_free(p);
}
static void free_fmpz_poly(void *p, slong n) { (void) n; fmpz_poly_clear(p); flint_free(p); }
static void free_nmod_poly(void *p, slong n) { (void) n; nmod_poly_clear(p); flint_free(p); }
static void free_fmpz(void *p, slong n) { (void) n; fmpz_clear(p); flint_free(p); }
static void free_fmpq(void *p, slong n) { (void) n; fmpq_clear(p); flint_free(p); }
static void free_qvec(void *p, slong n) { _fmpq_vec_clear(p, n); }
static void free_cpp(void *p, slong n) { (void) n; wk_cpp_clear(p); flint_free(p); }
static void free_cpp_list(void *p, slong n) { (void) n; wk_cpp_list_clear(p); flint_free(p); }
static void free_filling(void *p, slong n) { (void) n; wk_filling_clear(p); flint_free(p); }
static void free_tableau(void *p, slong n) { (void) n; wk_tableau_clear(p); flint_free(p); }
static void free_factored(void *p, slong n) { (void) n; wk_qt_factored_clear(p); flint_free(p); }

static slong *new_si(wk_state *S, slong n)
{
    return keep(S, flint_calloc(FLINT_MAX(n, 1), sizeof(slong)), n, free_plain);
}

static wk_partition_struct *new_parts(wk_state *S, slong n)
{
    slong i;
    wk_partition_struct *v = flint_malloc(FLINT_MAX(n, 1) * sizeof(wk_partition_struct));
    for (i = 0; i < n; i++) wk_partition_init(v + i);
    return keep(S, v, n, free_parts);
}

static fmpz_poly_struct *new_fmpz_poly(wk_state *S)
{
    fmpz_poly_struct *p = flint_malloc(sizeof(fmpz_poly_struct));
    fmpz_poly_init(p);
    return keep(S, p, 0, free_fmpz_poly);
}

static fmpz *new_fmpz(wk_state *S)
{
    fmpz *p = flint_malloc(sizeof(fmpz));
    fmpz_init(p);
    return keep(S, p, 0, free_fmpz);
}

static fmpq *new_fmpq(wk_state *S)
{
    fmpq *p = flint_malloc(sizeof(fmpq));
    fmpq_init(p);
    return keep(S, p, 0, free_fmpq);
}

static wk_cpp_struct *new_cpp(wk_state *S)
{
    wk_cpp_struct *p = flint_malloc(sizeof(wk_cpp_struct));
    wk_cpp_init(p);
    return keep(S, p, 0, free_cpp);
}

static wk_filling_struct *new_filling(wk_state *S)
{
    wk_filling_struct *p = flint_malloc(sizeof(wk_filling_struct));
    wk_filling_init(p);
    return keep(S, p, 0, free_filling);
}

static wk_tableau_struct *new_tableau(wk_state *S)
{
    wk_tableau_struct *p = flint_malloc(sizeof(wk_tableau_struct));
    wk_tableau_init(p);
    return keep(S, p, 0, free_tableau);
}

/* A (q,t) polynomial context of lib/ (two variables: q, then t) with the
   polynomials made in it; cleared together. */
typedef struct {
    fmpz_mpoly_ctx_t ctx;
    fmpz_mpoly_struct *p;
    slong n;
    wk_qt_series_struct ser[1];
    int has_ser;
} qt_ws;

static void free_qt_ws(void *d, slong n)
{
    qt_ws *w = d;
    slong i;
    (void) n;
    for (i = 0; i < w->n; i++) fmpz_mpoly_clear(w->p + i, w->ctx);
    if (w->has_ser) wk_qt_series_clear(w->ser, w->ctx);
    flint_free(w->p);
    fmpz_mpoly_ctx_clear(w->ctx);
    flint_free(w);
}

static qt_ws *new_qt_ws(wk_state *S, slong npolys)
{
    qt_ws *w = flint_malloc(sizeof(qt_ws));
    slong i;
    fmpz_mpoly_ctx_init(w->ctx, 2, ORD_LEX);
    w->n = npolys;
    w->p = flint_malloc(FLINT_MAX(npolys, 1) * sizeof(fmpz_mpoly_struct));
    for (i = 0; i < npolys; i++) fmpz_mpoly_init(w->p + i, w->ctx);
    w->has_ser = 0;
    return keep(S, w, 0, free_qt_ws);
}

/* Turns a lib/ status into an error at argument i (messages name the
   builtin; the argument's position is shown). */
static void arg_status(wk_state *S, int i, wk_status st)
{
    if (st == WK_OK) return;
    if (st == WK_E_INTERRUPT || st == WK_E_TOO_LARGE || st == WK_E_INTERNAL || st == WK_E_NOMEM)
        wk_bi_status(S, st);
    wk_arg_error(S, i, "%s", wk_error_msg());
}

static void check_status(wk_state *S, wk_status st)
{
    if (st != WK_OK) wk_bi_status(S, st);
}

/* ---- values of partitions, tableaux, fillings ----------------------------- */
static wk_value partition_value(const wk_partition_struct *p)
{
    return wk_list_from_si(p->parts, p->length);
}

static wk_value tableau_value(const wk_tableau_struct *P)
{
    wk_value l = wk_list_new(P->shape.length);
    slong r, off = 0;
    for (r = 0; r < P->shape.length; r++) {
        wk_list_push(&l, wk_list_from_si(P->entries + off, P->shape.parts[r]));
        off += P->shape.parts[r];
    }
    return l;
}

static wk_value profile_value(const slong *w, slong T)
{
    return wk_str_take(wk_cpp_profile_get_str(w, T));
}

/* ---- the profile object made by gk(c) -------------------------------------- */
typedef struct {
    slong T, k;
    slong *w;      /* the binary profile w(c), T entries */
    slong *c;      /* the composition, k entries */
} gkprof;

static void gkprof_free(void *d)
{
    gkprof *g = d;
    flint_free(g->w);
    flint_free(g->c);
    flint_free(g);
}

static void buf_si_list(wk_buf *b, const slong *x, slong n)
{
    slong i;
    wk_buf_putc(b, '[');
    for (i = 0; i < n; i++) wk_buf_printf(b, i ? ", %ld" : "%ld", (long) x[i]);
    wk_buf_putc(b, ']');
}

static void gkprof_print(wk_buf *b, const void *d, int top)
{
    const gkprof *g = d;
    char *s = wk_cpp_profile_get_str(g->w, g->T);
    (void) top;
    wk_buf_puts(b, "gk(");
    buf_si_list(b, g->c, g->k);
    wk_buf_printf(b, ") = profile \"%s\"", s);
    flint_free(s);
}

static int gkprof_equal(const void *a, const void *b)
{
    const gkprof *x = a, *y = b;
    return x->k == y->k && memcmp(x->c, y->c, x->k * sizeof(slong)) == 0;
}

static const char *const gkprof_fields[] = { "word", "composition", "T", "f", NULL };

static int gkprof_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const gkprof *g = d;
    (void) S;
    if (!strcmp(name, "word")) *out = profile_value(g->w, g->T);
    else if (!strcmp(name, "composition")) *out = wk_list_from_si(g->c, g->k);
    else if (!strcmp(name, "T")) *out = wk_int_si(g->T);
    else if (!strcmp(name, "f")) {
        slong *f = flint_malloc(FLINT_MAX(g->T, 1) * sizeof(slong));
        wk_cpp_borodin_f(f, g->w, g->T);
        *out = wk_list_from_si(f, g->T - 1);
        flint_free(f);
    } else return 0;
    return 1;
}

static slong gkprof_len(const void *d) { return ((const gkprof *) d)->T; }

static const wk_objtype gkprof_type = {
    .name = "profile", .free = gkprof_free, .print = gkprof_print, .equal = gkprof_equal,
    .field = gkprof_field, .fields = gkprof_fields, .len = gkprof_len
};

/* ---- the cylindric partition object --------------------------------------- */
static void cppobj_free(void *d)
{
    wk_cpp_clear(d);
    flint_free(d);
}

/* cpp("10", [[1], [2, 1], [1]]): the text that makes the object again */
static void buf_cpp_call(wk_buf *b, const wk_cpp_struct *pi)
{
    char *s = wk_cpp_profile_get_str(pi->w, pi->T);
    slong k, j;
    wk_buf_printf(b, "cpp(\"%s\", [", s);
    flint_free(s);
    for (k = 0; k <= pi->T; k++) {
        const wk_partition_struct *p = pi->mu + k;
        wk_buf_puts(b, k ? ", [" : "[");
        for (j = 0; j < p->length; j++) wk_buf_printf(b, j ? ", %ld" : "%ld", (long) p->parts[j]);
        wk_buf_putc(b, ']');
    }
    wk_buf_puts(b, "])");
}

static void cppobj_print(wk_buf *b, const void *d, int top)
{
    const wk_cpp_struct *pi = d;
    if (top) {
        char *s = wk_cpp_profile_get_str(pi->w, pi->T), *pic = wk_cpp_get_str(pi);
        wk_buf_printf(b, "cylindric partition with profile %s, size %ld:\n", s, (long) wk_cpp_size(pi));
        /* the picture, indented two spaces */
        {
            const char *p = pic;
            wk_buf_puts(b, "  ");
            for (; *p; p++) {
                wk_buf_putc(b, *p);
                if (*p == '\n') wk_buf_puts(b, "  ");
            }
        }
        flint_free(s);
        flint_free(pic);
        if (pi->T > 0 && pi->mu[0].length == 0) {
            /* a reverse plane partition: also its diagram, row by row */
            slong *e, r, off = 0;
            wk_partition_t lam;
            wk_partition_init(lam);
            if (wk_rpp_get_rows(&e, lam, pi) == WK_OK) {
                wk_buf_puts(b, "\n  as a reverse plane partition: [");
                for (r = 0; r < lam->length; r++) {
                    wk_buf_puts(b, r ? ", " : "");
                    buf_si_list(b, e + off, lam->parts[r]);
                    off += lam->parts[r];
                }
                wk_buf_putc(b, ']');
                flint_free(e);
            }
            wk_partition_clear(lam);
        }
    } else {
        buf_cpp_call(b, pi);
    }
}

static int cppobj_equal(const void *a, const void *b)
{
    return wk_cpp_equal(a, b);
}

static const char *const cppobj_fields[] = {
    "slices", "rows", "offsets", "size", "profile", "T", "diagram", NULL
};

static wk_value slices_value(const wk_cpp_struct *pi)
{
    wk_value l = wk_list_new(pi->T + 1);
    slong k;
    for (k = 0; k <= pi->T; k++) wk_list_push(&l, partition_value(pi->mu + k));
    return l;
}

static int cppobj_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const wk_cpp_struct *pi = d;
    if (!strcmp(name, "slices")) *out = slices_value(pi);
    else if (!strcmp(name, "rows") || !strcmp(name, "offsets")) {
        wk_partition_struct *rows;
        slong *off, k, r;
        wk_cpp_get_rows(&rows, &off, &k, pi);
        if (name[0] == 'r') {
            *out = wk_list_new(k);
            for (r = 0; r < k; r++) wk_list_push(out, partition_value(rows + r));
        } else {
            *out = wk_list_from_si(off, k);
        }
        for (r = 0; r < k; r++) wk_partition_clear(rows + r);
        flint_free(rows);
        flint_free(off);
    }
    else if (!strcmp(name, "size")) *out = wk_int_si(wk_cpp_size(pi));
    else if (!strcmp(name, "profile")) *out = profile_value(pi->w, pi->T);
    else if (!strcmp(name, "T")) *out = wk_int_si(pi->T);
    else if (!strcmp(name, "diagram")) {
        /* the rows of the reverse plane partition (mu^0 empty), else nil */
        slong *e, r, off = 0;
        wk_partition_t lam;
        wk_partition_init(lam);
        if (pi->mu[0].length != 0 || wk_rpp_get_rows(&e, lam, pi) != WK_OK) {
            wk_partition_clear(lam);
            *out = wk_nil();
            return 1;
        }
        *out = wk_list_new(lam->length);
        for (r = 0; r < lam->length; r++) {
            wk_list_push(out, wk_list_from_si(e + off, lam->parts[r]));
            off += lam->parts[r];
        }
        flint_free(e);
        wk_partition_clear(lam);
    } else return 0;
    (void) S;
    return 1;
}

static wk_status cppobj_svg(wk_state *S, const void *d, const char *path, const wk_value *opts)
{
    (void) S; (void) opts;
    return wk_cpp_write_svg(d, path);
}

static slong cppobj_len(const void *d) { return ((const wk_cpp_struct *) d)->T + 1; }

/* pi[k] is mu^{k-1} (1-based, so pi[1] = mu^0 and pi[T+1] = mu^T = mu^0) */
static int cppobj_index(wk_state *S, const void *d, slong i, wk_value *out)
{
    const wk_cpp_struct *pi = d;
    (void) S;
    if (i < 1 || i > pi->T + 1) return 0;
    *out = partition_value(pi->mu + i - 1);
    return 1;
}

static const wk_objtype cppobj_type = {
    .name = "cylindric partition", .free = cppobj_free, .print = cppobj_print,
    .equal = cppobj_equal, .field = cppobj_field, .fields = cppobj_fields,
    .index = cppobj_index, .len = cppobj_len, .svg = cppobj_svg
};

/* Moves the contents of a kept CPP into a new object value. */
static wk_value cpp_value_move(wk_cpp_struct *pi)
{
    wk_cpp_struct *o = flint_malloc(sizeof(wk_cpp_struct));
    *o = *pi;
    wk_cpp_init(pi);
    return wk_obj_new(&cppobj_type, o);
}

/* ---- reading arguments -------------------------------------------------------- */
#define PROFILE_FORMS "a profile (\"1010\", [1, 0, 1, 0] or gk([1, 1]))"

/* A profile: a string of 0s and 1s, a list of 0s and 1s, or gk(c).  *w is
   borrowed or kept (valid until the builtin returns). */
static void get_profile(wk_state *S, int i, const wk_value *v, const slong **w, slong *T)
{
    wk_status st;
    if (v->t == T_STR) {
        slong *x;
        st = wk_cpp_profile_set_str(&x, T, wk_str_get(v));
        arg_status(S, i, st);
        *w = keep(S, x, 0, free_plain);
        return;
    }
    if (v->t == T_LIST) {
        slong n = wk_list_len(v), j, *x;
        if (n == 0) wk_arg_error(S, i, "profile must be non-empty");
        x = new_si(S, n);
        for (j = 0; j < n; j++) {
            const wk_value *e = wk_list_get(v, j);
            if (e->t == T_INT && wk_get_si(&x[j], e) && (x[j] == 0 || x[j] == 1)) continue;
            if (e->t == T_INT) {
                char *s = fmpz_get_str(NULL, 10, &e->u.z);
                wk_value *sv = wk_root(S, wk_str_take(s));
                wk_arg_error(S, i, "profile entries must be 0 or 1 (got %s at position %ld)", wk_str_get(sv), (long) j + 1);
            }
            wk_arg_error(S, i, "profile entries must be 0 or 1 (got %s at position %ld)", wk_type_name(e), (long) j + 1);
        }
        arg_status(S, i, wk_cpp_profile_check(x, n));
        *w = x;
        *T = n;
        return;
    }
    {
        const gkprof *g = wk_obj_get(v, &gkprof_type);
        if (g) { *w = g->w; *T = g->T; return; }
    }
    if (wk_obj_get(v, &cppobj_type))
        wk_arg_error(S, i, "argument %d must be " PROFILE_FORMS ", got a cylindric partition (its profile is p.profile)", i + 1);
    wk_arg_error(S, i, "argument %d must be " PROFILE_FORMS ", got %s", i + 1, wk_type_name(v));
}

/* A truncation order / size: a nonnegative integer.  Values past a slong are
   reported against the limit here; the others are checked by lib/. */
static slong get_order(wk_state *S, int i, const wk_value *v, const char *what, slong limit)
{
    slong n;
    if (v->t != T_INT || fmpz_sgn(&v->u.z) < 0) wk_arg_error(S, i, "%s must be a nonnegative integer", what);
    if (!wk_get_si(&n, v) || n > WORD(1) << 50) {
        char *s = fmpz_get_str(NULL, 10, &v->u.z);
        wk_value *sv = wk_root(S, wk_str_take(s));
        wk_throw(S, WK_ERR_OVERFLOW, "%s %s exceeds the limit %ld", what, wk_str_get(sv), (long) limit);
    }
    return n;
}

/* A partition: a list of integers, weakly decreasing, no negative part
   (trailing zeros dropped).  `what` names it in messages ("rho", "shape"). */
static void get_partition(wk_state *S, int i, const wk_value *v, const char *what, wk_partition_struct *p)
{
    slong n, j, *x;
    if (v->t != T_LIST)
        wk_arg_error(S, i, "%s must be a partition (a list of parts such as [2, 1]), got %s", what, wk_type_name(v));
    n = wk_list_len(v);
    x = new_si(S, n);
    for (j = 0; j < n; j++) {
        const wk_value *e = wk_list_get(v, j);
        if (e->t != T_INT)
            wk_arg_error(S, i, "%s must be a partition: part %ld is %s, not an integer", what, (long) j + 1, wk_type_name(e));
        if (!wk_get_si(&x[j], e))
            wk_throw(S, WK_ERR_OVERFLOW, "%s: part %ld is too large", what, (long) j + 1);
    }
    {
        wk_status st = wk_partition_set_vec(p, x, n);
        if (st == WK_E_TOO_LARGE) wk_throw(S, WK_ERR_OVERFLOW, "%s: %s", what, wk_error_msg());
        if (st != WK_OK) wk_arg_error(S, i, "%s: %s", what, wk_error_msg());
    }
}

/* The slices mu^0..mu^T (or mu^0..mu^{T-1}) of a cylindric partition: a CPP
   object, or a list of partitions.  *obj is set when v is an object. */
static void get_slices(wk_state *S, int i, const wk_value *v, const wk_partition_struct **mu, slong *nmu,
                       const wk_cpp_struct **obj)
{
    const wk_cpp_struct *pi = wk_obj_get(v, &cppobj_type);
    slong n, k;
    wk_partition_struct *m;
    if (obj) *obj = pi;
    if (pi) { *mu = pi->mu; *nmu = pi->T + 1; return; }
    if (v->t != T_LIST)
        wk_arg_error(S, i, "argument %d must be a cylindric partition (an object from cpp/cpp_list, or a list "
                     "of partitions mu^0, mu^1, ...), got %s", i + 1, wk_type_name(v));
    n = wk_list_len(v);
    m = new_parts(S, n);
    for (k = 0; k < n; k++) {
        char what[40];
        snprintf(what, sizeof what, "mu^%ld", (long) k);
        get_partition(S, i, wk_list_get(v, k), what, m + k);
    }
    *mu = m;
    *nmu = n;
}

/* profile and cylindric partition: (profile, cpp, ...) or (cpp, ...); returns
   the index of the first argument after them. */
static int get_profile_cpp(wk_state *S, int argc, const wk_value *argv, const slong **w, slong *T,
                           const wk_partition_struct **mu, slong *nmu, const wk_cpp_struct **obj)
{
    const wk_cpp_struct *pi = wk_obj_get(&argv[0], &cppobj_type);
    if (pi) {
        *w = pi->w; *T = pi->T; *mu = pi->mu; *nmu = pi->T + 1;
        if (obj) *obj = pi;
        return 1;
    }
    get_profile(S, 0, &argv[0], w, T);
    if (argc < 2) wk_bi_error(S, "expected a profile and a cylindric partition, or a cylindric partition object");
    get_slices(S, 1, &argv[1], mu, nmu, obj);
    if (obj && *obj) {
        const wk_cpp_struct *o = *obj;
        if (o->T != *T || memcmp(o->w, *w, *T * sizeof(slong)) != 0) {
            wk_value *a = wk_root(S, profile_value(o->w, o->T)), *b = wk_root(S, profile_value(*w, *T));
            wk_arg_error(S, 1, "the cylindric partition has profile %s, not %s", wk_str_get(a), wk_str_get(b));
        }
    }
    return 2;
}

/* A composition: a list of integers, or the integer arguments themselves. */
static void get_composition(wk_state *S, int argc, const wk_value *argv, const slong **c, slong *k)
{
    const wk_value *l = NULL;
    slong n, j, *x;
    if (argc == 1 && argv[0].t == T_LIST) { l = &argv[0]; n = wk_list_len(l); }
    else n = argc;
    x = new_si(S, n);
    for (j = 0; j < n; j++) {
        const wk_value *e = l ? wk_list_get(l, j) : &argv[j];
        if (e->t != T_INT || fmpz_sgn(&e->u.z) < 0)
            wk_arg_error(S, l ? 0 : (int) j, "composition entries must be nonnegative integers");
        if (!wk_get_si(&x[j], e) || x[j] > WK_CPP_MAX_T)
            wk_throw(S, WK_ERR_OVERFLOW, "composition gives a profile longer than the limit %ld", (long) WK_CPP_MAX_T);
    }
    *c = x;
    *k = n;
}

/* ---- (q,t) rational functions as language values ------------------------- */
static wk_pctx *qt_pctx(wk_state *S, slong *iq, slong *it)
{
    slong ids[2], k;
    wk_pctx *pc;
    ids[0] = wk_var_id(S, "q");
    ids[1] = wk_var_id(S, "t");
    pc = wk_pctx_get(ids, 2);
    for (k = 0; k < pc->nvars; k++) {
        if (pc->gv[k] == ids[0]) *iq = k;
        if (pc->gv[k] == ids[1]) *it = k;
    }
    return pc;
}

/* Copies a polynomial of lib/'s (q, t) context into the language's context. */
static void mpoly_to_lang(fmpq_mpoly_t out, const fmpz_mpoly_t in, const fmpz_mpoly_ctx_t ctx,
                          const wk_pctx *pc, slong iq, slong it)
{
    slong len = fmpz_mpoly_length(in, ctx), j;
    ulong e[2], E[2];
    fmpz_t c;
    fmpz_init(c);
    fmpq_mpoly_zero(out, pc->ctx);
    for (j = 0; j < len; j++) {
        fmpz_mpoly_get_term_exp_ui(e, in, j, ctx);
        fmpz_mpoly_get_term_coeff_fmpz(c, in, j, ctx);
        E[iq] = e[0];
        E[it] = e[1];
        fmpq_mpoly_push_term_fmpz_ui(out, c, E, pc->ctx);
    }
    fmpq_mpoly_sort_terms(out, pc->ctx);
    fmpq_mpoly_combine_like_terms(out, pc->ctx);
    fmpz_clear(c);
}

/* num/den as a rational function in the declared variables q, t. */
static wk_value qt_fraction_value(wk_state *S, const fmpz_mpoly_t num, const fmpz_mpoly_t den,
                                  const fmpz_mpoly_ctx_t ctx)
{
    slong iq = 0, it = 1;
    wk_pctx *pc = qt_pctx(S, &iq, &it);
    fmpq_mpoly_t n, d;
    wk_value v;
    fmpq_mpoly_init(n, pc->ctx);
    fmpq_mpoly_init(d, pc->ctx);
    mpoly_to_lang(n, num, ctx, pc, iq, it);
    mpoly_to_lang(d, den, ctx, pc, iq, it);
    v = wk_poly_make(pc, n, d);
    fmpq_mpoly_clear(n, pc->ctx);
    fmpq_mpoly_clear(d, pc->ctx);
    return v;
}

/* p(qv, tv) by the language's arithmetic (qv, tv any values). */
static wk_value mpoly_subst(wk_state *S, const fmpz_mpoly_t p, const fmpz_mpoly_ctx_t ctx,
                            const wk_value *qv, const wk_value *tv)
{
    slong len = fmpz_mpoly_length(p, ctx), j;
    wk_value *acc = wk_root(S, wk_int_si(0));
    wk_value *term = wk_root(S, wk_nil()), *a = wk_root(S, wk_nil()), *b = wk_root(S, wk_nil());
    wk_value *c = wk_root(S, wk_nil()), r;
    fmpz *cz = new_fmpz(S);
    ulong e[2];
    for (j = 0; j < len; j++) {
        if ((j & 255) == 255) wk_check_interrupt(S);
        fmpz_mpoly_get_term_exp_ui(e, p, j, ctx);
        fmpz_mpoly_get_term_coeff_fmpz(cz, p, j, ctx);
        wk_release(c); *c = wk_int_fmpz(cz);
        wk_release(a); *a = wk_int_si((slong) e[0]);
        wk_release(b); *b = wk_pow(S, qv, a);
        wk_release(term); *term = wk_mul(S, c, b);
        wk_release(a); *a = wk_int_si((slong) e[1]);
        wk_release(b); *b = wk_pow(S, tv, a);
        wk_release(c); *c = wk_mul(S, term, b);
        wk_release(term); *term = wk_add(S, acc, c);
        wk_release(acc); wk_copy(acc, term);
    }
    wk_copy(&r, acc);
    return r;
}

static void singular_error(wk_state *S, const wk_value *qv, const wk_value *tv, const char *what)
{
    wk_buf b;
    wk_value *m;
    wk_buf_init(&b);
    wk_buf_puts(&b, "q = ");
    wk_buf_value(S, &b, qv, 0);
    wk_buf_puts(&b, ", t = ");
    wk_buf_value(S, &b, tv, 0);
    m = wk_root(S, wk_str(b.s));
    wk_buf_clear(&b);
    wk_bi_error(S, "%s is singular at %s", what, wk_str_get(m));
}

static wk_value fraction_subst(wk_state *S, const fmpz_mpoly_t num, const fmpz_mpoly_t den,
                               const fmpz_mpoly_ctx_t ctx, const wk_value *qv, const wk_value *tv,
                               const char *what)
{
    wk_value *n = wk_root(S, mpoly_subst(S, num, ctx, qv, tv));
    wk_value *d = wk_root(S, mpoly_subst(S, den, ctx, qv, tv));
    wk_value zero = wk_int_si(0);
    if (wk_equal(S, d, &zero)) singular_error(S, qv, tv, what);
    return wk_div(S, n, d);
}

/* ==== builtins ================================================================ */
static int kw_bool(wk_state *S, const char *name)
{
    const wk_value *v = wk_kwarg(S, name);
    if (!v) return 0;
    if (v->t != T_BOOL) wk_bi_error(S, "%s= must be true or false, got %s", name, wk_type_name(v));
    return v->u.b;
}


/* cpp_series(profile, N [, p]) */
static wk_value bi_cpp_series(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, N, var;
    get_profile(S, 0, &argv[0], &w, &T);
    N = get_order(S, 1, &argv[1], "truncation order", WK_CPP_SERIES_MAX_N);
    var = wk_var_id(S, "q");
    if (argc > 2) {
        const wk_value *pv = &argv[2];
        fmpz *c;
        slong j;
        if (pv->t != T_INT || fmpz_cmp_si(&pv->u.z, 2) < 0)
            wk_arg_error(S, 2, "modulus must be a prime, got %s", pv->t == T_INT ? "an integer below 2" : wk_type_name(pv));
        if (N > WK_CPP_SERIES_MAX_N)
            wk_throw(S, WK_ERR_OVERFLOW, "truncation order %ld exceeds the limit %ld", (long) N, (long) WK_CPP_SERIES_MAX_N);
        c = keep(S, _fmpz_vec_init(N + 1), N + 1, (keep_fn) _fmpz_vec_clear);
        if (fmpz_abs_fits_ui(&pv->u.z)) {
            nmod_poly_struct *a = flint_malloc(sizeof(nmod_poly_struct));
            nmod_poly_init(a, fmpz_get_ui(&pv->u.z));
            keep(S, a, 0, free_nmod_poly);
            arg_status(S, 2, wk_cpp_series_nmod(a, w, T, N));
            for (j = 0; j <= N && j < a->length; j++) fmpz_set_ui(c + j, a->coeffs[j]);
        } else {
            /* a prime past a word: the exact series, reduced */
            fmpz_poly_struct *a;
            if (!fmpz_is_probabprime(&pv->u.z)) wk_arg_error(S, 2, "modulus must be a prime");
            a = new_fmpz_poly(S);
            check_status(S, wk_cpp_series(a, w, T, N));
            for (j = 0; j <= N && j < a->length; j++) fmpz_mod(c + j, a->coeffs + j, &pv->u.z);
        }
        return wk_ser_make_fmpz(var, c, N + 1, N + 1);
    }
    {
        fmpz_poly_struct *a = new_fmpz_poly(S);
        check_status(S, wk_cpp_series(a, w, T, N));
        return wk_ser_make_fmpz(var, a->coeffs, a->length, N + 1);
    }
}

/* cpp_coeff(profile, n) */
static wk_value bi_cpp_coeff(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, n;
    fmpz *c;
    (void) argc;
    get_profile(S, 0, &argv[0], &w, &T);
    n = get_order(S, 1, &argv[1], "n", WK_CPP_SERIES_MAX_N);
    c = new_fmpz(S);
    check_status(S, wk_cpp_coeff(c, w, T, n));
    return wk_int_fmpz(c);
}

/* The brute-force count and the enumeration go to size WK_CPP_TRANSFER_MAX_N. */
static void transfer_guard(wk_state *S, slong n)
{
    if (n > WK_CPP_TRANSFER_MAX_N)
        wk_throw(S, WK_ERR_OVERFLOW, "size %ld exceeds the limit %ld of the brute-force count (use cpp_coeff)",
                 (long) n, (long) WK_CPP_TRANSFER_MAX_N);
}

/* cpp_count(profile, n; series, rpp) */
static wk_value bi_cpp_count(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, n;
    int series = kw_bool(S, "series"), rpp = kw_bool(S, "rpp");
    fmpz_poly_struct *a;
    (void) argc;
    get_profile(S, 0, &argv[0], &w, &T);
    n = get_order(S, 1, &argv[1], "size", WK_CPP_TRANSFER_MAX_N);
    transfer_guard(S, n);
    a = new_fmpz_poly(S);
    check_status(S, wk_cpp_count_transfer(a, w, T, n, rpp));
    if (series) return wk_ser_make_fmpz(wk_var_id(S, "q"), a->coeffs, a->length, n + 1);
    {
        fmpz *c = new_fmpz(S);
        fmpz_poly_get_coeff_fmpz(c, a, n);
        return wk_int_fmpz(c);
    }
}

/* cpp_list(profile, n; limit) */
static wk_value bi_cpp_list(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, n, limit = wk_setting_si(S, "list_limit"), j;
    const wk_value *lv = wk_kwarg(S, "limit");
    wk_cpp_list_struct *L;
    wk_value *res, r;
    (void) argc;
    get_profile(S, 0, &argv[0], &w, &T);
    n = get_order(S, 1, &argv[1], "size", WK_CPP_TRANSFER_MAX_N);
    transfer_guard(S, n);
    if (lv && (lv->t != T_INT || !wk_get_si(&limit, lv) || limit < 0))
        wk_bi_error(S, "limit= must be a nonnegative integer, got %s", wk_type_name(lv));
    L = flint_malloc(sizeof(wk_cpp_list_struct));
    wk_cpp_list_init(L);
    keep(S, L, 0, free_cpp_list);
    check_status(S, wk_cpp_list(L, w, T, n, limit));
    res = wk_root(S, wk_list_new(L->length));
    for (j = 0; j < L->length; j++) {
        if ((j & 1023) == 1023) wk_check_interrupt(S);
        wk_list_push(res, cpp_value_move(L->entries + j));
    }
    wk_copy(&r, res);
    return r;
}

/* cpp(profile, slices) */
static wk_value bi_cpp(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, nmu;
    const wk_partition_struct *mu;
    const wk_cpp_struct *obj;
    wk_cpp_struct *pi;
    (void) argc;
    get_profile(S, 0, &argv[0], &w, &T);
    get_slices(S, 1, &argv[1], &mu, &nmu, &obj);
    pi = new_cpp(S);
    arg_status(S, 1, wk_cpp_set(pi, w, T, mu, nmu));
    return cpp_value_move(pi);
}

/* The rows of a reverse plane partition (a list of lists) -> a kept CPP. */
static wk_cpp_struct *rpp_from_rows(wk_state *S, int i, const wk_value *v)
{
    slong n, r, j, total = 0, *shape, *e, off = 0;
    wk_partition_struct *lam;
    wk_cpp_struct *pi;
    if (v->t != T_LIST && v->t != T_MAT)
        wk_arg_error(S, i, "a reverse plane partition is a list of rows such as [[1, 1], [2, 3]], got %s", wk_type_name(v));
    if (v->t == T_MAT) {
        slong rr, cc;
        wk_mat_dims(v, &rr, &cc);
        n = rr;
        shape = new_si(S, n);
        for (r = 0; r < n; r++) shape[r] = cc;
        total = rr * cc;
    } else {
        n = wk_list_len(v);
        shape = new_si(S, n);
        for (r = 0; r < n; r++) {
            const wk_value *row = wk_list_get(v, r);
            if (row->t != T_LIST)
                wk_arg_error(S, i, "a reverse plane partition is a list of rows such as [[1, 1], [2, 3]]; row %ld is %s",
                             (long) r + 1, wk_type_name(row));
            shape[r] = wk_list_len(row);
            if (r > 0 && shape[r] > shape[r - 1])
                wk_arg_error(S, i, "not a reverse plane partition: row %ld is longer than row %ld", (long) r + 1, (long) r);
            total += shape[r];
        }
    }
    if (total == 0) wk_arg_error(S, i, "a reverse plane partition needs at least one cell");
    if (total > WK_QT_MAX_CELLS) wk_throw(S, WK_ERR_OVERFLOW, "%ld cells exceed the limit %ld", (long) total, (long) WK_QT_MAX_CELLS);
    e = new_si(S, total);
    for (r = 0; r < n; r++)
        for (j = 0; j < shape[r]; j++) {
            const wk_value *x = v->t == T_MAT ? wk_mat_get(v, r, j) : wk_list_get(wk_list_get(v, r), j);
            if (x->t != T_INT || !wk_get_si(&e[off], x) || e[off] < 0 || e[off] > WK_PARTITION_MAX_PART)
                wk_arg_error(S, i, "not a reverse plane partition: entry (%ld,%ld) must be a nonnegative integer",
                             (long) r + 1, (long) j + 1);
            off++;
        }
    lam = new_parts(S, 1);
    arg_status(S, i, wk_partition_set_vec(lam, shape, n));
    pi = new_cpp(S);
    arg_status(S, i, wk_rpp_set_rows(pi, lam, e));
    return pi;
}

/* rpp(rows) */
static wk_value bi_rpp(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return cpp_value_move(rpp_from_rows(S, 0, &argv[0]));
}

/* borodin_product(profile) */
static wk_value bi_borodin_product(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, *f, *e, k;
    char *s;
    wk_value *r, out;
    (void) argc;
    get_profile(S, 0, &argv[0], &w, &T);
    f = new_si(S, T);
    e = new_si(S, T + 1);
    check_status(S, wk_cpp_borodin_f(f, w, T));
    check_status(S, wk_cpp_borodin_exponents(e, w, T, T));
    s = wk_cpp_borodin_product_get_str(w, T);
    if (!s) wk_bi_status(S, WK_E_DOMAIN);
    r = wk_root(S, wk_rec_new());
    wk_rec_set(r, "profile", profile_value(w, T));
    wk_rec_set(r, "T", wk_int_si(T));
    k = wk_cpp_profile_ones(w, T);
    wk_rec_set(r, "k", wk_int_si(k));
    wk_rec_set(r, "l", wk_int_si(T - k));
    wk_rec_set(r, "f", wk_list_from_si(f, T - 1));
    wk_rec_set(r, "exponents", wk_list_from_si(e + 1, T));
    wk_rec_set(r, "product", wk_str_take(s));
    wk_copy(&out, r);
    return out;
}

/* gk(c) */
static wk_value bi_gk(wk_state *S, int argc, const wk_value *argv)
{
    const slong *c;
    slong k, *w, T;
    gkprof *g;
    get_composition(S, argc, argv, &c, &k);
    check_status(S, wk_cpp_gk_to_word(&w, &T, c, k));
    g = flint_malloc(sizeof(gkprof));
    g->T = T;
    g->w = w;
    g->k = k;
    g->c = flint_malloc(FLINT_MAX(k, 1) * sizeof(slong));
    memcpy(g->c, c, k * sizeof(slong));
    return wk_obj_new(&gkprof_type, g);
}

/* gk_to_word(c) */
static wk_value bi_gk_to_word(wk_state *S, int argc, const wk_value *argv)
{
    const slong *c;
    slong k, *w, T;
    get_composition(S, argc, argv, &c, &k);
    check_status(S, wk_cpp_gk_to_word(&w, &T, c, k));
    keep(S, w, 0, free_plain);
    return profile_value(w, T);
}

/* word_to_gk(w) */
static wk_value bi_word_to_gk(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, *c, k, shift;
    (void) argc;
    get_profile(S, 0, &argv[0], &w, &T);
    arg_status(S, 0, wk_cpp_word_to_gk(&c, &k, &shift, w, T));
    keep(S, c, 0, free_plain);
    return wk_list_from_si(c, k);
}

/* rpp_series(shape, N) */
static wk_value bi_rpp_series(wk_state *S, int argc, const wk_value *argv)
{
    wk_partition_struct *lam = new_parts(S, 1);
    slong N;
    fmpz_poly_struct *a;
    (void) argc;
    get_partition(S, 0, &argv[0], "shape", lam);
    N = get_order(S, 1, &argv[1], "truncation order", WK_CPP_SERIES_MAX_N);
    a = new_fmpz_poly(S);
    check_status(S, wk_cpp_rpp_series(a, lam, N));
    return wk_ser_make_fmpz(wk_var_id(S, "q"), a->coeffs, a->length, N + 1);
}

/* pp_series(a, b, N) or pp_series(N) */
static wk_value bi_pp_series(wk_state *S, int argc, const wk_value *argv)
{
    slong a = -1, b = -1, N;
    int ni = 0;
    fmpz_poly_struct *s;
    if (argc == 2) wk_bi_error(S, "expected pp_series(N) or pp_series(a, b, N), got 2 arguments");
    if (argc == 3) {
        int j;
        slong *ab[2];
        ab[0] = &a; ab[1] = &b;
        for (j = 0; j < 2; j++) {
            const wk_value *v = &argv[j];
            if (v->t == T_NIL) continue;
            if (v->t != T_INT || fmpz_sgn(&v->u.z) < 0)
                wk_arg_error(S, j, "the %s bound must be a nonnegative integer or nil (no bound), got %s",
                             j ? "column" : "row", wk_type_name(v));
            if (!wk_get_si(ab[j], v) || *ab[j] > WK_CPP_MAX_T)
                wk_throw(S, WK_ERR_OVERFLOW, "the %s bound exceeds the limit %ld", j ? "column" : "row", (long) WK_CPP_MAX_T);
        }
        ni = 2;
    }
    N = get_order(S, ni, &argv[ni], "truncation order", WK_CPP_SERIES_MAX_N);
    s = new_fmpz_poly(S);
    check_status(S, wk_cpp_plane_partition_series(s, a, b, N));
    return wk_ser_make_fmpz(wk_var_id(S, "q"), s->coeffs, s->length, N + 1);
}

/* "(1 - t)^2 * (1 - q*t^2) / ((1 - q)^2 * (1 - q^2*t))" from the factors (1 - q^a t^b)^e */
static void buf_factors(wk_buf *b, const wk_qt_factored_struct *F, int sign, slong n)
{
    slong j, k = 0;
    if (n > 1) wk_buf_putc(b, '(');
    for (j = 0; j < F->length; j++) {
        const wk_qt_factor_struct *f = F->f + j;
        slong e = sign * f->e;
        if (e <= 0) continue;
        wk_buf_puts(b, k++ ? " * (1 - " : "(1 - ");
        if (f->a > 0) wk_buf_printf(b, f->a > 1 ? "q^%ld" : "q", (long) f->a);
        if (f->a > 0 && f->b > 0) wk_buf_putc(b, '*');
        if (f->b > 0) wk_buf_printf(b, f->b > 1 ? "t^%ld" : "t", (long) f->b);
        wk_buf_putc(b, ')');
        if (e > 1) wk_buf_printf(b, "^%ld", (long) e);
    }
    if (n > 1) wk_buf_putc(b, ')');
}

static wk_value factored_value(const wk_qt_factored_struct *F)
{
    slong j, nn = 0, nd = 0;
    wk_buf b;
    wk_value v;
    for (j = 0; j < F->length; j++) {
        if (F->f[j].e > 0) nn++;
        if (F->f[j].e < 0) nd++;
    }
    wk_buf_init(&b);
    if (nn == 0) wk_buf_putc(&b, '1');
    else buf_factors(&b, F, 1, 1);
    if (nd > 0) {
        wk_buf_puts(&b, " / ");
        buf_factors(&b, F, -1, nd);
    }
    v = wk_str(b.s);
    wk_buf_clear(&b);
    return v;
}

/* cpp_qt_weight(profile, cpp [, q, t]) or cpp_qt_weight(pi [, q, t]) */
static wk_value bi_cpp_qt_weight(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, nmu;
    const wk_partition_struct *mu;
    const wk_cpp_struct *obj = NULL;
    int qi = get_profile_cpp(S, argc, argv, &w, &T, &mu, &nmu, &obj);
    int mode = obj ? WK_CPP_STRICT : WK_CPP_CONTAINMENT;
    if (argc - qi != 0 && argc - qi != 2)
        wk_bi_error(S, "give both q and t (or neither, for the rational function in q and t)");
    if (kw_bool(S, "factored")) {
        wk_qt_factored_struct *F;
        if (argc - qi != 0) wk_bi_error(S, "factored=true gives the weight in q and t; leave out the values of q and t");
        F = flint_malloc(sizeof(wk_qt_factored_struct));
        wk_qt_factored_init(F);
        keep(S, F, 0, free_factored);
        arg_status(S, 1, wk_cpp_qt_weight_factored(F, w, T, mu, nmu, mode));
        return factored_value(F);
    }
    if (argc - qi == 2 && wk_is_exact_number(&argv[qi]) && wk_is_exact_number(&argv[qi + 1])) {
        fmpq *q = new_fmpq(S), *t = new_fmpq(S), *r = new_fmpq(S);
        wk_get_fmpq(q, &argv[qi]);
        wk_get_fmpq(t, &argv[qi + 1]);
        arg_status(S, 1, wk_cpp_qt_weight_fmpq(r, w, T, mu, nmu, mode, q, t));
        return wk_rat_fmpq(r);
    }
    {
        qt_ws *ws = new_qt_ws(S, 2);
        arg_status(S, 1, wk_cpp_qt_weight(ws->p + 0, ws->p + 1, w, T, mu, nmu, mode, ws->ctx));
        if (argc - qi == 2)
            return fraction_subst(S, ws->p + 0, ws->p + 1, ws->ctx, &argv[qi], &argv[qi + 1], "weight");
        return qt_fraction_value(S, ws->p + 0, ws->p + 1, ws->ctx);
    }
}

/* cpp_qt_series(profile, N [, q, t]) */
static wk_value bi_cpp_qt_series(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, N, n;
    get_profile(S, 0, &argv[0], &w, &T);
    if (argc == 3) wk_bi_error(S, "give both q and t (or neither, for coefficients in q and t)");
    if (argc == 4 && wk_is_exact_number(&argv[2]) && wk_is_exact_number(&argv[3])) {
        fmpq *q = new_fmpq(S), *t = new_fmpq(S), *c;
        fmpq_poly_t p;
        wk_value v;
        N = get_order(S, 1, &argv[1], "truncation order", WK_QT_SERIES_FMPQ_MAX_N);
        if (N > WK_QT_SERIES_FMPQ_MAX_N)
            wk_throw(S, WK_ERR_OVERFLOW, "truncation order %ld exceeds the limit %ld", (long) N, (long) WK_QT_SERIES_FMPQ_MAX_N);
        wk_get_fmpq(q, &argv[2]);
        wk_get_fmpq(t, &argv[3]);
        c = keep(S, _fmpq_vec_init(N + 1), N + 1, free_qvec);
        check_status(S, wk_cpp_qt_series_fmpq(c, w, T, N, q, t));
        fmpq_poly_init(p);
        for (n = 0; n <= N; n++) fmpq_poly_set_coeff_fmpq(p, n, c + n);
        v = wk_ser_make(wk_var_id(S, "z"), p, 0, N + 1);
        fmpq_poly_clear(p);
        return v;
    }
    {
        qt_ws *ws;
        wk_value *res, r;
        fmpz_mpoly_struct *den;
        N = get_order(S, 1, &argv[1], "truncation order", WK_QT_SERIES_MAX_N);
        if (N > WK_QT_SERIES_MAX_N)
            wk_throw(S, WK_ERR_OVERFLOW, "truncation order %ld exceeds the limit %ld for the symbolic series",
                     (long) N, (long) WK_QT_SERIES_MAX_N);
        ws = new_qt_ws(S, 2);
        wk_qt_series_init(ws->ser, ws->ctx);
        ws->has_ser = 1;
        check_status(S, wk_cpp_qt_series(ws->ser, w, T, N, ws->ctx));
        /* den = (q;q)_n, built up as n grows */
        den = ws->p + 0;
        fmpz_mpoly_one(den, ws->ctx);
        res = wk_root(S, wk_list_new(N + 1));
        for (n = 0; n <= N; n++) {
            if (n > 0) {
                ulong e[2];
                fmpz_mpoly_struct *f = ws->p + 1;
                e[0] = n; e[1] = 0;
                fmpz_mpoly_one(f, ws->ctx);
                fmpz_mpoly_set_coeff_si_ui(f, -1, e, ws->ctx);
                fmpz_mpoly_mul(den, den, f, ws->ctx);
            }
            wk_check_interrupt(S);
            if (argc == 4)
                wk_list_push(res, fraction_subst(S, ws->ser->coeffs + n, den, ws->ctx, &argv[2], &argv[3], "(q,t) series"));
            else
                wk_list_push(res, qt_fraction_value(S, ws->ser->coeffs + n, den, ws->ctx));
        }
        wk_copy(&r, res);
        return r;
    }
}

/* growth_forward(rho, mu, nu, m) */
static wk_value bi_growth_forward(wk_state *S, int argc, const wk_value *argv)
{
    wk_partition_struct *p = new_parts(S, 4);
    slong m;
    (void) argc;
    get_partition(S, 0, &argv[0], "rho", p + 0);
    get_partition(S, 1, &argv[1], "mu", p + 1);
    get_partition(S, 2, &argv[2], "nu", p + 2);
    if (argv[3].t != T_INT) wk_arg_error(S, 3, "m must be a nonnegative integer, got %s", wk_type_name(&argv[3]));
    if (!wk_get_si(&m, &argv[3]) || m > WK_PARTITION_MAX_PART)
        wk_throw(S, WK_ERR_OVERFLOW, "m exceeds the limit %ld", (long) WK_PARTITION_MAX_PART);
    arg_status(S, m < 0 ? 3 : 1, wk_growth_forward(p + 3, p + 0, p + 1, p + 2, m));
    return partition_value(p + 3);
}

/* growth_backward(lam, mu, nu) */
static wk_value bi_growth_backward(wk_state *S, int argc, const wk_value *argv)
{
    wk_partition_struct *p = new_parts(S, 4);
    slong m;
    wk_value *r, out;
    (void) argc;
    get_partition(S, 0, &argv[0], "lam", p + 0);
    get_partition(S, 1, &argv[1], "mu", p + 1);
    get_partition(S, 2, &argv[2], "nu", p + 2);
    arg_status(S, 0, wk_growth_backward(p + 3, &m, p + 0, p + 1, p + 2));
    r = wk_root(S, wk_rec_new());
    wk_rec_set(r, "rho", partition_value(p + 3));
    wk_rec_set(r, "m", wk_int_si(m));
    wk_copy(&out, r);
    return out;
}

/* rsk(A) */
static wk_value bi_rsk(wk_state *S, int argc, const wk_value *argv)
{
    slong a, b, i, j, *A;
    wk_tableau_struct *P = new_tableau(S), *Q = new_tableau(S);
    wk_value *r, out;
    (void) argc;
    wk_arg_mat_dims(S, 0, &a, &b);
    if (a > 0 && b > WK_RSK_MAX_CELLS / a)
        wk_throw(S, WK_ERR_OVERFLOW, "a %ldx%ld matrix exceeds the limit of %ld entries", (long) a, (long) b, (long) WK_RSK_MAX_CELLS);
    A = new_si(S, a * b);
    for (i = 0; i < a; i++)
        for (j = 0; j < b; j++) {
            const wk_value *x = wk_mat_get(&argv[0], i, j);
            if (x->t != T_INT)
                wk_arg_error(S, 0, "matrix entries must be nonnegative integers (entry (%ld,%ld) is %s)",
                             (long) i + 1, (long) j + 1, wk_type_name(x));
            if (fmpz_sgn(&x->u.z) < 0 && !wk_get_si(&A[i * b + j], x))
                wk_arg_error(S, 0, "matrix entries must be nonnegative (entry (%ld,%ld) is negative)", (long) i + 1, (long) j + 1);
            if (!wk_get_si(&A[i * b + j], x) || A[i * b + j] > WK_RSK_MAX_CELLS)
                wk_throw(S, WK_ERR_OVERFLOW, "matrix entry (%ld,%ld) exceeds the limit %ld", (long) i + 1, (long) j + 1,
                         (long) WK_RSK_MAX_CELLS);
        }
    arg_status(S, 0, wk_rsk(P, Q, A, a, b));
    r = wk_root(S, wk_rec_new());
    wk_rec_set(r, "P", tableau_value(P));
    wk_rec_set(r, "Q", tableau_value(Q));
    wk_rec_set(r, "shape", partition_value(&P->shape));
    wk_copy(&out, r);
    return out;
}

/* A tableau from a list of rows; *max receives its largest entry. */
static void get_tableau(wk_state *S, int i, const wk_value *v, const char *what, wk_tableau_struct *P, slong *max)
{
    slong n, r, j, total = 0, *shape, *e, off = 0;
    wk_partition_struct *lam;
    *max = 0;
    if (v->t != T_LIST && v->t != T_MAT)
        wk_arg_error(S, i, "%s must be a tableau (a list of rows such as [[1, 1, 2], [2]]), got %s", what, wk_type_name(v));
    if (v->t == T_MAT) {
        slong cc;
        wk_mat_dims(v, &n, &cc);
        shape = new_si(S, n);
        for (r = 0; r < n; r++) shape[r] = cc;
        total = n * cc;
    } else {
        n = wk_list_len(v);
        shape = new_si(S, n);
        for (r = 0; r < n; r++) {
            const wk_value *row = wk_list_get(v, r);
            if (row->t != T_LIST)
                wk_arg_error(S, i, "%s must be a tableau (a list of rows); row %ld is %s", what, (long) r + 1, wk_type_name(row));
            shape[r] = wk_list_len(row);
            if (r > 0 && shape[r] > shape[r - 1])
                wk_arg_error(S, i, "%s: row %ld is longer than row %ld", what, (long) r + 1, (long) r);
            total += shape[r];
        }
    }
    if (total > WK_RSK_MAX_CELLS)
        wk_throw(S, WK_ERR_OVERFLOW, "%s: %ld cells exceed the limit %ld", what, (long) total, (long) WK_RSK_MAX_CELLS);
    e = new_si(S, total);
    for (r = 0; r < n; r++)
        for (j = 0; j < shape[r]; j++) {
            const wk_value *x = v->t == T_MAT ? wk_mat_get(v, r, j) : wk_list_get(wk_list_get(v, r), j);
            if (x->t != T_INT || !wk_get_si(&e[off], x) || e[off] < 1 || e[off] > WK_RSK_MAX_CELLS)
                wk_arg_error(S, i, "%s: entry (%ld,%ld) must be a positive integer", what, (long) r + 1, (long) j + 1);
            *max = FLINT_MAX(*max, e[off]);
            off++;
        }
    lam = new_parts(S, 1);
    arg_status(S, i, wk_partition_set_vec(lam, shape, n));
    wk_tableau_set(P, lam, e);
    {
        wk_status st = wk_tableau_check_ssyt(P, *max);
        if (st != WK_OK) wk_arg_error(S, i, "%s: %s", what, wk_error_msg());
    }
}

/* rsk_inverse(P, Q [, a, b]) */
static wk_value bi_rsk_inverse(wk_state *S, int argc, const wk_value *argv)
{
    wk_tableau_struct *P = new_tableau(S), *Q = new_tableau(S);
    slong a, b, maxP, maxQ, *A, i, j;
    wk_value *m, out;
    get_tableau(S, 0, &argv[0], "P", P, &maxP);
    get_tableau(S, 1, &argv[1], "Q", Q, &maxQ);
    if (!wk_partition_equal(&P->shape, &Q->shape)) {
        char *s1 = wk_partition_get_str(&P->shape), *s2 = wk_partition_get_str(&Q->shape);
        wk_value *v1 = wk_root(S, wk_str_take(s1)), *v2 = wk_root(S, wk_str_take(s2));
        wk_arg_error(S, 1, "P has shape %s but Q has shape %s", wk_str_get(v1), wk_str_get(v2));
    }
    if (argc == 3) wk_bi_error(S, "give both a and b (the numbers of rows and columns), or neither");
    a = maxQ;
    b = maxP;
    if (argc == 4) {
        a = wk_arg_si(S, 2, 0, WK_RSK_MAX_CELLS);
        b = wk_arg_si(S, 3, 0, WK_RSK_MAX_CELLS);
        if (a < maxQ) wk_arg_error(S, 2, "Q has the entry %ld, so the matrix needs at least %ld rows", (long) maxQ, (long) maxQ);
        if (b < maxP) wk_arg_error(S, 3, "P has the entry %ld, so the matrix needs at least %ld columns", (long) maxP, (long) maxP);
    }
    if (a > 0 && b > WK_RSK_MAX_CELLS / a)
        wk_throw(S, WK_ERR_OVERFLOW, "a %ldx%ld matrix exceeds the limit of %ld entries", (long) a, (long) b, (long) WK_RSK_MAX_CELLS);
    A = new_si(S, a * b);
    check_status(S, wk_rsk_inverse(A, a, b, P, Q));
    m = wk_root(S, wk_mat_new(a, b));
    for (i = 0; i < a; i++)
        for (j = 0; j < b; j++) wk_mat_set(m, i, j, wk_int_si(A[i * b + j]));
    wk_copy(&out, m);
    return out;
}

/* [p, z, n, m] entries of a cylindric filling; [i, j, m] of an RPP filling */
static wk_value filling_value(const wk_filling_struct *F, int rpp)
{
    wk_value l = wk_list_new(F->length);
    slong j;
    for (j = 0; j < F->length; j++) {
        slong x[4];
        const wk_fill_struct *e = F->entries + j;
        x[0] = e->p; x[1] = e->z;
        if (rpp) { x[2] = e->m; wk_list_push(&l, wk_list_from_si(x, 3)); }
        else { x[2] = e->n; x[3] = e->m; wk_list_push(&l, wk_list_from_si(x, 4)); }
    }
    return l;
}

/* A filling from a list of [p, z, n, m] (cylindric) or [i, j, m] (RPP). */
static void get_filling(wk_state *S, int i, const wk_value *v, int rpp, slong T, wk_filling_struct *F)
{
    slong n, j, k, len = rpp ? 3 : 4;
    wk_fill_struct *e;
    const char *form = rpp ? "[i, j, m]" : "[p, z, n, m]";
    if (v->t != T_LIST && v->t != T_MAT)
        wk_arg_error(S, i, "a filling is a list of entries %s, got %s", form, wk_type_name(v));
    if (v->t == T_MAT) {
        slong c;
        wk_mat_dims(v, &n, &c);
        if (c != len) wk_arg_error(S, i, "a filling is a list of entries %s; these have %ld numbers", form, (long) c);
    } else n = wk_list_len(v);
    e = keep(S, flint_malloc(FLINT_MAX(n, 1) * sizeof(wk_fill_struct)), 0, free_plain);
    for (j = 0; j < n; j++) {
        slong x[4];
        const wk_value *ent = v->t == T_MAT ? NULL : wk_list_get(v, j);
        if (ent && (ent->t != T_LIST || wk_list_len(ent) != len))
            wk_arg_error(S, i, "filling entry %ld must be a list %s of integers, got %s", (long) j + 1, form, wk_type_name(ent));
        for (k = 0; k < len; k++) {
            const wk_value *x1 = ent ? wk_list_get(ent, k) : wk_mat_get(v, j, k);
            if (x1->t != T_INT || !wk_get_si(&x[k], x1) || x[k] < 0 || x[k] > (WORD(1) << 40))
                wk_arg_error(S, i, "filling entry %ld must be a list %s of nonnegative integers", (long) j + 1, form);
        }
        if (rpp) { e[j].p = x[0]; e[j].z = x[1]; e[j].n = 0; e[j].m = x[2]; }
        else {
            if (x[0] >= T || x[1] >= T)
                wk_arg_error(S, i, "filling entry %ld: p and z are step labels 0..%ld", (long) j + 1, (long) T - 1);
            e[j].p = x[0]; e[j].z = x[1]; e[j].n = x[2]; e[j].m = x[3];
        }
    }
    arg_status(S, i, wk_filling_set(F, e, n));
}

/* cpp_to_filling(profile, cpp) or cpp_to_filling(pi) */
static wk_value bi_cpp_to_filling(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T, nmu, blocks;
    const wk_partition_struct *mu;
    const wk_cpp_struct *obj = NULL;
    wk_cpp_struct *pi;
    wk_partition_struct *kappa = new_parts(S, 1);
    wk_filling_struct *F = new_filling(S);
    wk_value *r, out;
    int next = get_profile_cpp(S, argc, argv, &w, &T, &mu, &nmu, &obj);
    if (argc > next) wk_bi_error(S, "expected (profile, cpp) or a cylindric partition object");
    if (!obj) {
        pi = new_cpp(S);
        arg_status(S, 1, wk_cpp_set(pi, w, T, mu, nmu));
        obj = pi;
    }
    check_status(S, wk_cpp_to_filling(kappa, F, &blocks, obj));
    r = wk_root(S, wk_rec_new());
    wk_rec_set(r, "kappa", partition_value(kappa));
    wk_rec_set(r, "fill", filling_value(F, 0));
    wk_rec_set(r, "blocks", wk_int_si(blocks));
    wk_rec_set(r, "weight", wk_int_si(T * wk_partition_size(kappa) + wk_filling_weight(F, T)));
    wk_copy(&out, r);
    return out;
}

/* filling_to_cpp(profile, kappa, fill) */
static wk_value bi_filling_to_cpp(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T;
    wk_partition_struct *kappa = new_parts(S, 1);
    wk_filling_struct *F = new_filling(S);
    wk_cpp_struct *pi = new_cpp(S);
    (void) argc;
    get_profile(S, 0, &argv[0], &w, &T);
    get_partition(S, 1, &argv[1], "kappa", kappa);
    get_filling(S, 2, &argv[2], 0, T, F);
    arg_status(S, 2, wk_cpp_from_filling(pi, w, T, kappa, F));
    return cpp_value_move(pi);
}

/* rpp_to_filling(rpp) or rpp_to_filling(profile, slices) */
static wk_value bi_rpp_to_filling(wk_state *S, int argc, const wk_value *argv)
{
    const wk_cpp_struct *obj = NULL;
    wk_filling_struct *F = new_filling(S);
    if (argc == 1) {
        obj = wk_obj_get(&argv[0], &cppobj_type);
        if (!obj) obj = rpp_from_rows(S, 0, &argv[0]);
    } else {
        const slong *w;
        slong T, nmu;
        const wk_partition_struct *mu;
        get_profile_cpp(S, argc, argv, &w, &T, &mu, &nmu, &obj);
        if (!obj) {
            wk_cpp_struct *pi = new_cpp(S);
            arg_status(S, 1, wk_cpp_set(pi, w, T, mu, nmu));
            obj = pi;
        }
    }
    arg_status(S, argc - 1, wk_rpp_to_filling(F, obj));
    return filling_value(F, 1);
}

/* filling_to_rpp(shape, fill) */
static wk_value bi_filling_to_rpp(wk_state *S, int argc, const wk_value *argv)
{
    const slong *w;
    slong T;
    wk_filling_struct *F = new_filling(S);
    wk_cpp_struct *pi = new_cpp(S);
    (void) argc;
    if (argv[0].t == T_LIST) {
        wk_partition_struct *lam = new_parts(S, 1);
        slong *x;
        get_partition(S, 0, &argv[0], "shape", lam);
        if (lam->length == 0) wk_arg_error(S, 0, "shape must be a non-empty partition");
        wk_cpp_shape_to_word(&x, &T, lam);
        w = keep(S, x, 0, free_plain);
    } else {
        get_profile(S, 0, &argv[0], &w, &T);
    }
    get_filling(S, 1, &argv[1], 1, T, F);
    arg_status(S, 1, wk_rpp_from_filling(pi, w, T, F));
    return cpp_value_move(pi);
}

/* ==== the table ================================================================ */
#define PROFILES \
    "Profiles: a string \"1010\", a list [1, 0, 1, 0], or gk(c) for a Gessel-Krattenthaler\n" \
    "composition c.  A 1 is an up step (mu^k/mu^{k-1} a horizontal strip), a 0 a down step\n" \
    "(mu^{k-1}/mu^k one); a cylindric partition is mu^0, ..., mu^T = mu^0 and its size is\n" \
    "|mu^1| + ... + |mu^T|.  Partitions are lists of parts: [2, 1], [] for the empty one.\n" \
    "Errors: 'profile must be non-empty', 'profile entries must be 0 or 1 (got 2 at position 2)'."

static const wk_builtin cylindric_builtins[] = {
    { "cpp_series", "AA[A]", bi_cpp_series,
      "cpp_series(profile, N [, p]): the generating series of cylindric partitions to O(q^(N+1)), exactly or mod p.",
      "sum over cylindric partitions pi with the profile of q^|pi|, computed from Borodin's product\n"
      "  1/(q^T;q^T)_inf * prod_{d=1}^{T-1} 1/(q^d;q^T)_inf^f(d)   (see borodin_product)\n"
      "as a power series in q (write `var q` to compute with it).  Exact integers: small N by\n"
      "the Euler-transform recurrence, large N by Jacobi's triple product and a multimodular NTT\n"
      "division with CRT (N = 10^6 takes seconds).  With a prime p the coefficients are computed\n"
      "mod p and returned as a series whose coefficients are the residues 0..p-1 (arithmetic on it is\n"
      "still over Q).  Long runs show progress in the REPL; Ctrl-C stops them.\n"
      "Errors: 'truncation order must be a nonnegative integer'; 'truncation order N exceeds the\n"
      "limit 10000000'; 'the series to order N needs about ... (limit ...)' when the result would\n"
      "not fit in memory; 'modulus must be a prime (got 4)'.\n" PROFILES,
      "coeffs(cpp_series(\"1010\", 6)) == [1, 2, 3, 6, 10, 16, 25]" },
    { "cpp_coeff", "AA", bi_cpp_coeff,
      "cpp_coeff(profile, n): the number of cylindric partitions of size n (Borodin's product).",
      "The coefficient of q^n in cpp_series(profile, n).  cpp_coeff(\"10\", n) is p(n).\n" PROFILES,
      "cpp_coeff(\"10\", 1000) == 24061467864032622473692149727991" },
    { "cpp_count", "AA;series,rpp", bi_cpp_count,
      "cpp_count(profile, n): the number of cylindric partitions of size n, counted by brute force.",
      "An independent count (never uses the product formula): partition-indexed vectors are\n"
      "propagated through the T steps of the profile from every start mu^0 (a transfer matrix).\n"
      "series=true returns the whole series to O(q^(n+1)); rpp=true counts only mu^0 = [] (reverse\n"
      "plane partitions of the shape whose boundary is the profile).  Meant for checking\n"
      "cpp_series: fast to q^25, allowed to q^120 (and at most 4*10^6 starting partitions).\n" PROFILES,
      "cpp_count(\"1010\", 12) == cpp_coeff(\"1010\", 12)" },
    { "cpp_list", "AA;limit", bi_cpp_list,
      "cpp_list(profile, n): all cylindric partitions of size n, as objects.",
      "Ordered by mu^0, then mu^1, ... (each by size, then (2) before (1,1)).  The number is counted\n"
      "first; past the limit (the setting list_limit, 10^6; limit=... overrides) nothing is listed:\n"
      "'cpp_list: 1234567 objects exceed the limit 1000000'.  Each object prints as its\n"
      "shifted-rows picture; see cpp for its fields.\n" PROFILES,
      "len(cpp_list(\"1100\", 4)) == cpp_coeff(\"1100\", 4)" },
    { "cpp", "AA", bi_cpp,
      "cpp(profile, slices): the cylindric partition mu^0, mu^1, ..., mu^T = mu^0 as an object.",
      "slices lists mu^0..mu^T (or mu^0..mu^{T-1}; the closing mu^T = mu^0 is implied).  The object\n"
      "prints as the picture a person draws: the slices, then the rows of the Gessel-Krattenthaler\n"
      "picture, each shifted by the profile, and the first row again one period further (the rows of\n"
      "a profile w(c) read as the GK object of c reversed, lib/cylindric/NOTES.md).  Fields: slices,\n"
      "rows, offsets (the column of each row's first entry), size, profile, T, diagram (the rows of a\n"
      "reverse plane partition when mu^0 = [], else nil); pi[k] is mu^(k-1).  svg(pi, \"pi.svg\")\n"
      "draws it.\n"
      "Errors: 'not a cylindric partition with profile 10: step 1 (up) needs (1)/(2) to be a\n"
      "horizontal strip', '... mu^2 = (1) differs from mu^0 = (2)', 'mu^1: partition (1,3) is not\n"
      "weakly decreasing (part 2 is 3, part 1 is 1)'.\n" PROFILES,
      "cpp(\"10\", [[1], [2, 1], [1]]).size == 4" },
    { "rpp", "A", bi_rpp,
      "rpp(rows): the reverse plane partition with these rows, as a cylindric partition object.",
      "rows: a list of rows (lengths weakly decreasing, entries >= 0, weakly increasing along rows\n"
      "and down columns), e.g. [[1, 1], [2, 3]].  The profile is the boundary word of the shape\n"
      "((2,2) -> 1100) and mu^0 = [].  Errors: 'not a reverse plane partition: row 1 decreases at\n"
      "column 2', '... column 1 decreases at row 2'.",
      "rpp([[1, 1], [2, 3]]).slices == [[], [2], [3, 1], [1], []]" },
    { "borodin_product", "A", bi_borodin_product,
      "borodin_product(profile): Borodin's product for the profile: record {profile, T, k, l, f, exponents, product}.",
      "f(d) = #{i in Z/T : w_i = 1, w_(i+d) = 0} for d = 1..T-1 (f(d) = f(T-d), sum = k l), and\n"
      "  sum_pi q^|pi| = 1/(q^T;q^T)_inf * prod_d 1/(q^d;q^T)_inf^f(d) = prod_m (1 - q^m)^(-e_m),\n"
      "with e_m = 1 if T | m, else f(m mod T); exponents lists e_1..e_T (periodic in m).  product is\n"
      "the formula as text.\n" PROFILES,
      "borodin_product(\"11010\").f == [2, 1, 1, 2]" },
    { "gk", "A*", bi_gk,
      "gk(c): the profile of the Gessel-Krattenthaler composition c = [c_1, ..., c_k] (also gk(1, 2)).",
      "w(c) = 1 0^c_1 1 0^c_2 ... 1 0^c_k, T = k + sum c.  The result is a profile object that every\n"
      "cylindric builtin accepts; fields word, composition, T, f.  Cylindric partitions with profile\n"
      "gk(c) are the GK objects for c (their picture shows c read from the right, NOTES.md).\n"
      "Errors: 'profile must be non-empty', 'composition entries must be nonnegative integers'.",
      "gk([1, 2]).word == \"10100\"" },
    { "gk_to_word", "A*", bi_gk_to_word,
      "gk_to_word(c): the binary profile w(c) = 1 0^c_1 1 0^c_2 ... 1 0^c_k of a composition, as a string.",
      "Errors as for gk.",
      "gk_to_word([2, 0]) == \"1001\"" },
    { "word_to_gk", "A", bi_word_to_gk,
      "word_to_gk(w): the composition c with w(c) = w rotated to start with 1.",
      "Rotates w left to its first 1 and reads the run lengths of 0s after each 1; rotation does not\n"
      "change the cylindric partitions' generating function.  Error: 'profile has no entry 1, so it\n"
      "is not of the form w(c)'.\n" PROFILES,
      "word_to_gk(\"0110\") == [0, 2]" },
    { "rpp_series", "AA", bi_rpp_series,
      "rpp_series(shape, N): reverse plane partitions of the shape: prod over cells 1/(1 - q^hook), to O(q^(N+1)).",
      "shape is a partition such as [2, 1].  These are the cylindric partitions with mu^0 = [] and the\n"
      "shape's boundary word as profile (cpp_count(w, n, rpp=true) counts them by brute force).",
      "coeffs(rpp_series([2, 1], 8)) == [1, 2, 3, 5, 7, 9, 12, 15, 18]" },
    { "pp_series", "A[AA]", bi_pp_series,
      "pp_series(a, b, N): plane partitions with at most a rows and b columns, to O(q^(N+1)); pp_series(N): MacMahon.",
      "prod_n (1 - q^n)^(-h(n)) with h(n) the number of cells with hook length n in the a x b box;\n"
      "a or b nil means no bound; pp_series(N) is MacMahon's prod_n (1 - q^n)^(-n).",
      "coeffs(pp_series(6)) == [1, 1, 3, 6, 13, 24, 48]" },
    { "cpp_qt_weight", "A[AAA];factored", bi_cpp_qt_weight,
      "cpp_qt_weight(profile, cpp [, q, t]): the Macdonald weight A_pi(q,t) of a cylindric partition.",
      "A_pi = prod_{w_k = 1} phi_{mu^k/mu^(k-1)} * prod_{w_k = 0} psi_{mu^(k-1)/mu^k} with Macdonald's\n"
      "phi, psi (Macdonald VI (6.24)): a rational function in the variables q, t (`var q, t` to\n"
      "compute with it), or its value when q and t are given (exact rationals; other values such\n"
      "as q, q or a real are substituted).  cpp is an object from cpp/cpp_list (then cpp_qt_weight(pi [, q, t])\n"
      "also works) or the list of slices; a list only needs the containments mu^(k-1) in mu^k\n"
      "(up) and mu^k in mu^(k-1) (down), as in the spec's example [[], [2, 1], []].\n"
      "factored=true returns the product of the factors (1 - q^a t^b)^(+-1) as text, before the\n"
      "cancellations of the rational function.\n"
      "Errors: 'weight is singular at q = 1' (a vanishing denominator), 'not a cylindric partition\n"
      "with profile 10: step 1 (up) needs (1)/(2) to be a horizontal strip'.\n" PROFILES,
      "cpp_qt_weight(\"10\", [[], [1], []], 1/2, 1/3) == 4/3" },
    { "cpp_qt_series", "AA[AA]", bi_cpp_qt_series,
      "cpp_qt_series(profile, N [, q, t]): sum_pi A_pi(q,t) z^|pi| to z^N, from the product side.",
      "The (q,t) analogue of Borodin's product:\n"
      "  1/(z^T;z^T)_inf * prod_d prod_{n>=0} [(t z^(d+nT);q)_inf / (z^(d+nT);q)_inf]^f(d).\n"
      "Without q, t: the list of the coefficients of z^0..z^N, rational functions in q and t (each\n"
      "is P_n/(q;q)_n with P_n a polynomial), up to N = 40.  At rational q, t: a power series in z\n"
      "(`var z` to compute with it), up to N = 400.  Other values of q, t are substituted.\n"
      "t = q gives cpp_series; q = 0 Hall-Littlewood, t = 0 q-Whittaker factors.\n"
      "Errors: '(q,t) series is singular at q = 1'.\n" PROFILES,
      "coeffs(cpp_qt_series(\"10\", 5, 1/3, 1/3)) == coeffs(cpp_series(\"10\", 5))" },
    { "growth_forward", "AAAA", bi_growth_forward,
      "growth_forward(rho, mu, nu, m): the forward local rule of a growth square (corners rho SW, mu NW, nu SE).",
      "lam_1 = max(mu_1, nu_1) + m, lam_i = max(mu_i, nu_i) + min(mu_(i-1), nu_(i-1)) - rho_(i-1);\n"
      "mu/rho and nu/rho must be horizontal strips, m >= 0.  |lam| + |rho| = |mu| + |nu| + m.\n"
      "Errors: 'mu/rho is not a horizontal strip', 'm must be nonnegative (got -1)'.",
      "growth_forward([1], [2], [1, 1], 1) == [3, 1]" },
    { "growth_backward", "AAA", bi_growth_backward,
      "growth_backward(lam, mu, nu): the backward local rule: record {rho, m} with growth_forward(rho, mu, nu, m) = lam.",
      "m = lam_1 - max(mu_1, nu_1), rho_i = min(mu_i, nu_i) + max(mu_(i+1), nu_(i+1)) - lam_(i+1).\n"
      "lam/mu and lam/nu must be horizontal strips ('lam/mu is not a horizontal strip').",
      "growth_backward([3, 1], [2], [1, 1]).rho == [1]" },
    { "rsk", "M", bi_rsk,
      "rsk(A): RSK of a matrix of nonnegative integers by Fomin's growth diagram: record {P, Q, shape}.",
      "P (entries = column indices) and Q (entries = row indices) are the insertion and recording\n"
      "tableaux of row-inserting the two-line array of A (pairs (i, j) in lexicographic order), as\n"
      "lists of rows.  Error: 'matrix entries must be nonnegative (entry (2,1) is -1)'.",
      "rsk([1, 0; 1, 1]).P == [[1, 1, 2]]" },
    { "rsk_inverse", "AA[AA]", bi_rsk_inverse,
      "rsk_inverse(P, Q [, a, b]): the matrix whose RSK is (P, Q), a x b (default: the largest entries of Q, P).",
      "P, Q: semistandard tableaux of the same shape, as lists of rows.  Runs the backward local rule.\n"
      "Errors: 'P: tableau is not semistandard: row 1 decreases at column 2', 'P has shape (2) but Q\n"
      "has shape (1,1)'.",
      "rsk_inverse([[1, 1, 2]], [[1, 2, 2]]) == [1, 0; 1, 1]" },
    { "cpp_to_filling", "A[A]", bi_cpp_to_filling,
      "cpp_to_filling(profile, cpp): the cylindric bijection: record {kappa, fill, blocks, weight}.",
      "Exchanges the smallest cyclic factor 10 of the profile again and again by the backward local\n"
      "rule, recording fill entries [p, z, n, m] (p, z: 0-based labels of the exchanged 1 and 0, n:\n"
      "how often they met before, m > 0), until after a block of k*l exchanges all slices equal kappa.\n"
      "Then |pi| = T |kappa| + sum m ((z - p) mod T + n T) = weight: one factor of Borodin's product\n"
      "for each entry (spec 4, reconstructed).  cpp_to_filling(pi) takes a cpp object.\n" PROFILES,
      "cpp_to_filling(\"10\", [[1], [2, 1], [1]]).fill == [[0, 1, 0, 1], [0, 1, 1, 1]]" },
    { "filling_to_cpp", "AAA", bi_filling_to_cpp,
      "filling_to_cpp(profile, kappa, fill): the inverse of cpp_to_filling, a cylindric partition object.",
      "Runs the same schedule until every key (p, z, n) of the filling has occurred, then replays it\n"
      "backwards from the constant sequence kappa with the forward local rule.  fill: a list of\n"
      "[p, z, n, m].  Error: 'filling key (1,1,0) does not pair a 1 with a 0 of profile 10'.\n" PROFILES,
      "filling_to_cpp(\"10\", [], [[0, 1, 0, 1], [0, 1, 1, 1]]).slices == [[1], [2, 1], [1]]" },
    { "rpp_to_filling", "A[A]", bi_rpp_to_filling,
      "rpp_to_filling(rpp): the hook-weight filling of a reverse plane partition: a list of [i, j, m].",
      "rpp: its rows ([[1, 1], [2, 3]]), an object with mu^0 = [] (rpp(...), filling_to_rpp), or\n"
      "(profile, slices).  Exchanges the leftmost factor 10 of the profile by the backward local\n"
      "rule until none is left, recording m on the cell (i, j) (1-based positions of the exchanged 1\n"
      "and 0, hook length j - i); |rpp| = sum m (j - i).  'not a reverse plane partition: mu^0 = (1)\n"
      "is not empty'.",
      "rpp_to_filling([[1, 1], [2, 3]]) == [[1, 3, 2], [2, 3, 1], [2, 4, 1]]" },
    { "filling_to_rpp", "AA", bi_filling_to_rpp,
      "filling_to_rpp(shape, fill): the reverse plane partition with this hook-weight filling (inverse of rpp_to_filling).",
      "shape: a partition [2, 2] (profile = its boundary word) or a profile string; fill: a list of\n"
      "[i, j, m] on cells i < j with w_i = 1, w_j = 0.  The result is a cylindric partition object\n"
      "with mu^0 = []; its field diagram gives the rows.  Error: 'filling entry (2,1) is not a cell of\n"
      "profile 1100 (needs i < j, w_i = 1, w_j = 0)'.",
      "filling_to_rpp([2, 2], [[1, 3, 2], [2, 3, 1], [2, 4, 1]]).diagram == [[1, 1], [2, 3]]" },
    { NULL }
};

const wk_module wk_mod_cylindric = {
    "cylindric", "cylindric plane partitions: Borodin's product, (q,t) weights, growth diagrams",
    cylindric_builtins
};

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_lie.c: builtins for lib/lie, the Lie group decompositions of GL+(n)
   and SL(n) (spec lie-decompositions.md; Mironenco-Forre, ICLR 2024,
   arXiv:2310.11366): membership, expm/logm/sqrtm, polar, Iwasawa, Cartan,
   the global chart, exp-image tests, Haar measures, samplers, Monte Carlo
   integration and the affine group R^n x| G.

   Precision: every matrix result is refined until each entry prints the
   session's digits (relative accuracy of max(precision, digits log2 10 + 4)
   bits), or, for an entry whose ball contains 0, until its radius is below
   2^-bits times the norm of the result (lib/lie/NOTES.md: the library's
   accuracy is normwise).  Ball input stops refining when more precision no
   longer helps.  All C temporaries live in a rooted "keep" object, so an
   error (also one raised by a user's function called back through wk_call)
   frees them. */
#include <math.h>
#include <string.h>
#include "wk_api.h"
#include "wk_lie.h"

/* ---- temporaries that survive an error unwind ----------------------------- */
enum { K_ARB, K_VEC, K_MAT, K_QMAT, K_POLAR, K_IWA, K_KAK, K_INFO, K_SAMPLE, K_RAND, K_MEM };

typedef struct { int kind; void *p; slong len; } keep_item;
typedef struct { slong n, cap; keep_item *it; } keep_t;

static void keep_free(void *data)
{
    keep_t *k = data;
    slong i;
    for (i = k->n - 1; i >= 0; i--) {
        void *p = k->it[i].p;
        switch (k->it[i].kind) {
        case K_ARB: arb_clear(p); break;
        case K_VEC: _arb_vec_clear(p, k->it[i].len); continue;
        case K_MAT: arb_mat_clear(p); break;
        case K_QMAT: fmpq_mat_clear(p); break;
        case K_POLAR: wk_lie_polar_clear(p); break;
        case K_IWA: wk_lie_iwasawa_clear(p); break;
        case K_KAK: wk_lie_kak_clear(p); break;
        case K_INFO: wk_lie_loginfo_clear(p); break;
        case K_SAMPLE: wk_lie_sample_clear(p); break;
        case K_RAND: wk_rand_clear(p); break;
        default: break;
        }
        flint_free(p);
    }
    flint_free(k->it);
    flint_free(k);
}

static void keep_print(wk_buf *b, const void *data, int top)
{
    (void) data; (void) top;
    wk_buf_puts(b, "<lie scratch>");
}

static const wk_objtype keep_type = { .name = "lie scratch", .free = keep_free, .print = keep_print };

static keep_t *keep_new(wk_state *S)
{
    keep_t *k = flint_calloc(1, sizeof(keep_t));
    wk_root(S, wk_obj_new(&keep_type, k));
    return k;
}

static void *keep_add(keep_t *k, int kind, void *p, slong len)
{
    if (k->n == k->cap) {
        k->cap = k->cap ? 2 * k->cap : 8;
        k->it = flint_realloc(k->it, k->cap * sizeof(keep_item));
    }
    k->it[k->n].kind = kind;
    k->it[k->n].p = p;
    k->it[k->n].len = len;
    k->n++;
    return p;
}

static arb_ptr k_arb(keep_t *k)
{
    arb_ptr x = flint_malloc(sizeof(arb_struct));
    arb_init(x);
    return keep_add(k, K_ARB, x, 1);
}

static arb_ptr k_vec(keep_t *k, slong n)
{
    arb_ptr v = _arb_vec_init(FLINT_MAX(n, 1));
    return keep_add(k, K_VEC, v, FLINT_MAX(n, 1));
}

static arb_mat_struct *k_mat(keep_t *k, slong r, slong c)
{
    arb_mat_struct *m = flint_malloc(sizeof(arb_mat_struct));
    arb_mat_init(m, r, c);
    return keep_add(k, K_MAT, m, 0);
}

static fmpq_mat_struct *k_qmat(keep_t *k, slong r, slong c)
{
    fmpq_mat_struct *m = flint_malloc(sizeof(fmpq_mat_struct));
    fmpq_mat_init(m, r, c);
    return keep_add(k, K_QMAT, m, 0);
}

static wk_lie_loginfo_struct *k_info(keep_t *k)
{
    wk_lie_loginfo_struct *x = flint_malloc(sizeof(wk_lie_loginfo_struct));
    wk_lie_loginfo_init(x);
    return keep_add(k, K_INFO, x, 0);
}

static void *k_mem(keep_t *k, size_t bytes)
{
    return keep_add(k, K_MEM, flint_calloc(1, bytes ? bytes : 1), 0);
}

/* ---- precision -------------------------------------------------------------- */

/* Bits of relative accuracy an entry needs so that it prints the session's
   digits (a printed digit is a correct digit). */
static slong lie_target(wk_state *S)
{
    slong p = wk_prec(S), d = wk_digits(S);
    slong t = (slong) ceil(d * 3.3219280948873623) + 4;
    return FLINT_MAX(p, t);
}

static slong lie_cap(slong tgt)
{
    return tgt + FLINT_MAX(7 * tgt, 8192);
}

/* log2 of a magnitude (approximate, -inf for 0 as a very negative number) */
static double mag_log2(const mag_t m)
{
    if (mag_is_zero(m)) return -1e300;
    return mag_get_d_log2_approx(m);
}

/* Missing bits of one entry: relative accuracy tgt when the ball excludes 0,
   else a radius <= 2^-tgt * scale (log2 of the scale given). */
static slong arb_deficit(const arb_t x, double lscale, slong tgt)
{
    if (mag_is_zero(arb_radref(x))) return WORD_MIN;
    if (!arb_is_finite(x)) return tgt;
    if (!arb_contains_zero(x)) return tgt - arb_rel_accuracy_bits(x);
    return (slong) ceil(mag_log2(arb_radref(x)) - lscale + tgt);
}

/* scale kinds: the Frobenius norm of the result, 1 (orthogonal factors), or
   max(norm, 1) (logarithms: an absolute error is a relative one in the group) */
enum { SC_NORM, SC_ONE, SC_LOG };

static double mat_lscale(const arb_mat_t M, int sc)
{
    slong i, j;
    mag_t s, t;
    double l;
    if (sc == SC_ONE) return 0.0;
    mag_init(s); mag_init(t);
    for (i = 0; i < arb_mat_nrows(M); i++)
        for (j = 0; j < arb_mat_ncols(M); j++) {
            arb_get_mag(t, arb_mat_entry(M, i, j));
            mag_addmul(s, t, t);
        }
    mag_sqrt(s, s);
    l = mag_log2(s);
    mag_clear(s); mag_clear(t);
    if (sc == SC_LOG && l < 0) l = 0;
    return l;
}

static slong mat_deficit(const arb_mat_t M, int sc, slong tgt)
{
    slong i, j, d = WORD_MIN;
    double l = mat_lscale(M, sc);
    for (i = 0; i < arb_mat_nrows(M); i++)
        for (j = 0; j < arb_mat_ncols(M); j++)
            d = FLINT_MAX(d, arb_deficit(arb_mat_entry(M, i, j), l, tgt));
    return d;
}

static slong vec_deficit(arb_srcptr v, slong n, slong tgt)
{
    slong i, d = WORD_MIN;
    mag_t s, t;
    double l;
    mag_init(s); mag_init(t);
    for (i = 0; i < n; i++) {
        arb_get_mag(t, v + i);
        mag_max(s, s, t);
    }
    l = mag_log2(s);
    mag_clear(s); mag_clear(t);
    for (i = 0; i < n; i++)
        d = FLINT_MAX(d, arb_deficit(v + i, l, tgt));
    return d;
}

/* The refinement driver: attempt(ctx, p) calls the library at p bits and
   returns its status, deficit(ctx, tgt) measures the result.  Errors throw
   (the temporaries are kept). */
typedef wk_status (*attempt_fn)(void *ctx, slong p);
typedef slong (*deficit_fn)(void *ctx, slong tgt);

static slong refine(wk_state *S, void *ctx, attempt_fn at, deficit_fn de, int exact, slong n)
{
    /* first attempt: entries of an n x n result are typically ~ n times
       smaller than its norm, so 2 log2 n guard bits save a second call */
    slong tgt = lie_target(S), cap = lie_cap(tgt), p = tgt + 10 + 2 * FLINT_BIT_COUNT(n), prev = WORD_MAX, d;
    for (;;) {
        wk_status st = at(ctx, p);
        if (st != WK_OK) wk_bi_status(S, st);
        d = de(ctx, tgt);
        if (d <= 0 || p >= cap) break;
        if (!exact && d > prev - 4) break;      /* the input's radii dominate */
        prev = d;
        p = FLINT_MIN(cap, p + d + 16);
        wk_check_interrupt(S);
    }
    return p;
}

/* ---- arguments -------------------------------------------------------------- */

static void check_prec(wk_state *S)
{
    if (wk_prec(S) < 16)
        wk_bi_error(S, "precision %ld bits < 16: too low for certified results", (long) wk_prec(S));
}

/* a real ball of radius 0 whose midpoint is a modest dyadic number */
static int real_is_exact(const wk_value *e)
{
    const arb_struct *x = ((const wk_real *) e->u.h)->x;
    if (!arb_is_exact(x)) return 0;
    if (arf_is_zero(arb_midref(x))) return 1;
    return fmpz_bits(ARF_EXPREF(arb_midref(x))) < 20 && arf_bits(arb_midref(x)) < 100000;
}

/* A matrix argument as a wk_lie_src_t: exact (fmpq) when every entry is an
   integer or rational, else real balls.  Returns 1 if exact. */
static int mat_arg(wk_state *S, keep_t *k, const wk_value *argv, int i, wk_lie_src_t src)
{
    slong r, c, a, b;
    const wk_value *v = &argv[i];
    int exact = 1;
    /* argv[i] need not be the running builtin's own argument i (affine from
       lift_correlation): i only places the error */
    if (!wk_mat_dims(v, &r, &c)) wk_arg_error(S, i, "need a matrix, got %s", wk_type_name(v));
    for (a = 0; a < r; a++)
        for (b = 0; b < c; b++) {
            const wk_value *e = wk_mat_get(v, a, b);
            if (wk_is_exact_number(e)) continue;
            if (wk_typeof(e) != T_REAL)
                wk_arg_error(S, i, "entry (%ld,%ld) is %s: need real entries (exact or balls)",
                             (long) a + 1, (long) b + 1, wk_type_name(e));
            if (!real_is_exact(e)) exact = 0;
        }
    if (exact) {
        /* rationals, and balls of radius 0 (dyadic points): decided exactly */
        fmpq_mat_struct *q = k_qmat(k, r, c);
        for (a = 0; a < r; a++)
            for (b = 0; b < c; b++) {
                const wk_value *e = wk_mat_get(v, a, b);
                if (wk_typeof(e) == T_REAL) arf_get_fmpq(fmpq_mat_entry(q, a, b), arb_midref(((const wk_real *) e->u.h)->x));
                else wk_get_fmpq(fmpq_mat_entry(q, a, b), e);
            }
        wk_lie_src_fmpq(src, q);
    } else {
        arb_mat_struct *m = k_mat(k, r, c);
        slong tgt = lie_target(S);
        if (!wk_get_arb_mat(m, v, 4 * tgt + 64))
            wk_arg_error(S, i, "entries must be real numbers");
        wk_lie_src_arb(src, m);
    }
    return exact;
}

/* The matrix argument as balls at precision prec. */
static arb_mat_struct *mat_arg_arb(wk_state *S, keep_t *k, const wk_value *argv, int i, slong prec, int *exact)
{
    wk_lie_src_t s;
    int ex = mat_arg(S, k, argv, i, s);
    arb_mat_struct *m = k_mat(k, wk_lie_src_nrows(s), wk_lie_src_ncols(s));
    wk_lie_src_get_arb(m, s, prec);
    if (exact) *exact = ex;
    return m;
}

static void square_arg(wk_state *S, const wk_lie_src_t s, int i)
{
    slong r = wk_lie_src_nrows(s), c = wk_lie_src_ncols(s);
    if (r != c) wk_arg_error(S, i, "matrix is %ldx%ld, not square", (long) r, (long) c);
    if (r == 0) wk_arg_error(S, i, "matrix is 0x0: need n >= 1");
}

/* A list of real numbers as a ball vector (n entries) at prec. */
static arb_ptr vec_arg(wk_state *S, keep_t *k, const wk_value *v, int i, slong *n, slong prec, const char *what)
{
    slong len = wk_list_len(v), j;
    arb_ptr x;
    if (len < 0) {
        slong r, c;
        if (wk_mat_dims(v, &r, &c) && (r == 1 || c == 1)) {
            len = r * c;
            x = k_vec(k, len);
            for (j = 0; j < len; j++) {
                const wk_value *e = wk_mat_get(v, r == 1 ? 0 : j, r == 1 ? j : 0);
                if (!wk_get_arb(x + j, e, prec))
                    wk_arg_error(S, i, "%s: entry %ld is %s, need a real number", what, (long) j + 1, wk_type_name(e));
            }
            *n = len;
            return x;
        }
        wk_arg_error(S, i, "%s must be a list of real numbers, got %s", what, wk_type_name(v));
    }
    x = k_vec(k, len);
    for (j = 0; j < len; j++) {
        const wk_value *e = wk_list_get(v, j);
        if (!wk_is_number(e) || wk_typeof(e) == T_CPLX || !wk_get_arb(x + j, e, prec))
            wk_arg_error(S, i, "%s: entry %ld is %s, need a real number", what, (long) j + 1, wk_type_name(e));
    }
    *n = len;
    return x;
}

static int kw_bool(wk_state *S, const char *name, int def)
{
    const wk_value *v = wk_kwarg(S, name);
    if (!v) return def;
    if (wk_typeof(v) != T_BOOL) wk_bi_error(S, "keyword %s must be true or false, got %s", name, wk_type_name(v));
    return v->u.b;
}

static wk_lie_group parse_group(wk_state *S, const char *g, const char *what)
{
    if (!strcmp(g, "GL+") || !strcmp(g, "GLplus") || !strcmp(g, "GL")) return WK_LIE_GLPLUS;
    if (!strcmp(g, "SL")) return WK_LIE_SL;
    wk_bi_error(S, "%s must be \"GL+\" or \"SL\", got \"%s\"", what, g);
}

static wk_lie_group kw_group(wk_state *S, wk_lie_group def)
{
    const wk_value *v = wk_kwarg(S, "group");
    const char *g;
    if (!v) return def;
    if (!(g = wk_str_get(v))) wk_bi_error(S, "keyword group must be a string (\"GL+\" or \"SL\"), got %s", wk_type_name(v));
    return parse_group(S, g, "group");
}

/* a real keyword > 0 (as a double) */
static double kw_pos_double(wk_state *S, const char *name, double def)
{
    const wk_value *v = wk_kwarg(S, name);
    arb_t x;
    double d;
    if (!v) return def;
    arb_init(x);
    if (!wk_get_arb(x, v, 64)) { arb_clear(x); wk_bi_error(S, "keyword %s must be a real number, got %s", name, wk_type_name(v)); }
    d = arf_get_d(arb_midref(x), ARF_RND_NEAR);
    arb_clear(x);
    if (!(d > 0) || !isfinite(d)) wk_bi_error(S, "keyword %s = %g must be > 0", name, d);
    return d;
}

static void kw_alpha(wk_state *S, arb_t alpha, slong prec)
{
    const wk_value *v = wk_kwarg(S, "alpha");
    if (!v) { arb_one(alpha); return; }
    if (!wk_get_arb(alpha, v, prec) || wk_typeof(v) == T_CPLX)
        wk_bi_error(S, "keyword alpha must be a real number > 0, got %s", wk_type_name(v));
    if (!arb_is_positive(alpha)) wk_bi_error(S, "keyword alpha must be > 0");
}

static slong kw_si(wk_state *S, const char *name, slong def, slong lo, slong hi)
{
    const wk_value *v = wk_kwarg(S, name);
    slong x;
    if (!v) return def;
    if (!wk_get_si(&x, v) || x < lo || x > hi)
        wk_bi_error(S, "keyword %s must be an integer in %ld..%ld", name, (long) lo, (long) hi);
    return x;
}

/* ---- results ----------------------------------------------------------------- */
static wk_value vec_value(arb_srcptr v, slong n)
{
    wk_value l = wk_list_new(n);
    slong i;
    for (i = 0; i < n; i++) wk_list_push(&l, wk_real_arb(v + i));
    return l;
}

static wk_value real_value_round(const arb_t x, slong tgt)
{
    arb_t y;
    wk_value v;
    arb_init(y);
    arb_set_round(y, x, tgt + 16);
    v = wk_real_arb(y);
    arb_clear(y);
    return v;
}

/* Throws unless the matrix argument i is in G; the message names det. */
static void require_group(wk_state *S, keep_t *k, const wk_lie_src_t A, wk_lie_group G, int i, const char *what)
{
    int in;
    slong n = wk_lie_src_nrows(A);
    wk_status st = wk_lie_in_group(&in, A, G, lie_target(S));
    if (st != WK_OK) wk_bi_status(S, st);
    if (in) return;
    if (A->q) {
        fmpq_mat_struct *q = k_qmat(k, 1, 1);
        char *ds;
        wk_value *m;
        fmpq_mat_det(fmpq_mat_entry(q, 0, 0), A->q);
        ds = fmpq_get_str(NULL, 10, fmpq_mat_entry(q, 0, 0));
        m = wk_root(S, wk_str(ds));
        flint_free(ds);
        wk_arg_error(S, i, "det %s = %s %s: not in %s(%ld)", what, wk_str_get(m),
                     G == WK_LIE_SL ? "!= 1" : "<= 0", G == WK_LIE_SL ? "SL" : "GL+", (long) n);
    } else {
        arb_ptr d = k_arb(k);
        arb_mat_struct *B = k_mat(k, n, n);
        char *ds;
        wk_value *m;
        wk_lie_src_get_arb(B, A, lie_target(S) + 16);
        arb_mat_det(d, B, lie_target(S) + 16);
        ds = arb_get_str(d, 15, 0);
        m = wk_root(S, wk_str(ds));
        flint_free(ds);
        wk_arg_error(S, i, "det %s = %s %s: not in %s(%ld)", what, wk_str_get(m),
                     G == WK_LIE_SL ? "!= 1" : "<= 0", G == WK_LIE_SL ? "SL" : "GL+", (long) n);
    }
}

/* ---- membership ---------------------------------------------------------------- */
static wk_value in_group(wk_state *S, const wk_value *argv, wk_lie_group G)
{
    keep_t *k = keep_new(S);
    wk_lie_src_t A;
    int res;
    wk_status st;
    check_prec(S);
    mat_arg(S, k, argv, 0, A);
    st = wk_lie_in_group(&res, A, G, lie_target(S));
    if (st != WK_OK) wk_bi_status(S, st);
    return wk_bool(res);
}

static wk_value bi_in_GLplus(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return in_group(S, argv, WK_LIE_GLPLUS);
}

static wk_value bi_in_SL(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return in_group(S, argv, WK_LIE_SL);
}

/* ---- exp, log, sqrt ------------------------------------------------------------ */
typedef struct {
    const wk_lie_src_struct *A;
    arb_mat_struct *R;
    wk_lie_loginfo_struct *info;
    int which;   /* 0 exp, 1 log, 2 sqrt, 3 log_SO, 4 exp-preimage */
    wk_lie_group G;
} fun_ctx;

static wk_status fun_attempt(void *c_, slong p)
{
    fun_ctx *c = c_;
    switch (c->which) {
    case 0: return wk_lie_expm(c->R, c->A, p);
    case 1: return wk_lie_logm(c->R, c->info, c->A, p);
    case 2: return wk_lie_sqrtm(c->R, c->A, p);
    case 3: return wk_lie_log_SO(c->R, c->info, c->A, p);
    default: return wk_lie_exp_preimage(c->R, c->info, c->A, c->G, p);
    }
}

static slong fun_deficit(void *c_, slong tgt)
{
    fun_ctx *c = c_;
    if (c->info && c->info->cert == WK_LIE_RESIDUAL_VERIFIED) return WORD_MIN;
    return mat_deficit(c->R, (c->which == 0 || c->which == 2) ? SC_NORM : SC_LOG, tgt);
}

/* A residual-verified logarithm is a point matrix, not an enclosure: it is
   returned in a record that says so and carries the residual bound. */
static wk_value log_result(wk_state *S, fun_ctx *c, int want_info, const char *what)
{
    int rv = c->info && c->info->cert == WK_LIE_RESIDUAL_VERIFIED;
    wk_value r, m = wk_mat_from_arb_mat(c->R);
    (void) S;
    if (!rv && !want_info) return m;
    r = wk_rec_new();
    wk_rec_set(&r, "L", m);
    wk_rec_set(&r, "certified", wk_bool(!rv));
    if (rv) {
        arb_t x;
        arb_init(x);
        arf_set_mag(arb_midref(x), &c->info->residual);
        wk_rec_set(&r, "residual", wk_real_arb(x));
        arb_clear(x);
        wk_rec_set(&r, "note", wk_str_printf("residual-verified, not an enclosure: |exp(L) - %s|_F <= residual "
                                             "(no certified routine for this input)", what));
    } else
        wk_rec_set(&r, "residual", wk_nil());
    wk_rec_set(&r, "unique", wk_bool(c->info ? c->info->unique : 1));
    return r;
}

static wk_value fun_common(wk_state *S, const wk_value *argv, int which)
{
    keep_t *k = keep_new(S);
    wk_lie_src_t A;
    fun_ctx c;
    int exact, want_info = 0;
    check_prec(S);
    exact = mat_arg(S, k, argv, 0, A);
    square_arg(S, A, 0);
    c.A = A;
    c.R = k_mat(k, wk_lie_src_nrows(A), wk_lie_src_nrows(A));
    c.info = (which == 1 || which >= 3) ? k_info(k) : NULL;
    c.which = which;
    c.G = which == 4 ? kw_group(S, WK_LIE_GLPLUS) : WK_LIE_GLPLUS;
    if (which == 1 || which >= 3) want_info = kw_bool(S, "info", 0);
    refine(S, &c, fun_attempt, fun_deficit, exact, wk_lie_src_nrows(A));
    if (which == 0 || which == 2) return wk_mat_from_arb_mat(c.R);
    return log_result(S, &c, want_info, which == 3 ? "U" : "A");
}

static wk_value bi_expm(wk_state *S, int argc, const wk_value *argv) { (void) argc; return fun_common(S, argv, 0); }
static wk_value bi_logm(wk_state *S, int argc, const wk_value *argv) { (void) argc; return fun_common(S, argv, 1); }
static wk_value bi_sqrtm(wk_state *S, int argc, const wk_value *argv) { (void) argc; return fun_common(S, argv, 2); }
static wk_value bi_log_SO(wk_state *S, int argc, const wk_value *argv) { (void) argc; return fun_common(S, argv, 3); }
static wk_value bi_exp_preimage(wk_state *S, int argc, const wk_value *argv) { (void) argc; return fun_common(S, argv, 4); }

/* ---- polar ---------------------------------------------------------------------- */
typedef struct {
    const wk_lie_src_struct *A;
    wk_lie_polar_struct *P;
    wk_lie_group G;
} polar_ctx;

static wk_status polar_attempt(void *c_, slong p)
{
    polar_ctx *c = c_;
    return wk_lie_polar(c->P, c->A, c->G, p);
}

static slong polar_deficit(void *c_, slong tgt)
{
    polar_ctx *c = c_;
    slong d = mat_deficit(&c->P->U, SC_ONE, tgt);
    d = FLINT_MAX(d, mat_deficit(&c->P->X, SC_LOG, tgt));
    d = FLINT_MAX(d, mat_deficit(&c->P->Xl, SC_LOG, tgt));
    d = FLINT_MAX(d, mat_deficit(&c->P->H, SC_NORM, tgt));
    d = FLINT_MAX(d, mat_deficit(&c->P->Hl, SC_NORM, tgt));
    return d;
}

static wk_lie_polar_struct *do_polar(wk_state *S, keep_t *k, const wk_value *argv, int i, wk_lie_group G)
{
    wk_lie_src_t A;
    polar_ctx c;
    int exact;
    slong n;
    wk_lie_polar_struct *P;
    check_prec(S);
    exact = mat_arg(S, k, argv, i, A);
    square_arg(S, A, i);
    n = wk_lie_src_nrows(A);
    P = flint_malloc(sizeof(wk_lie_polar_struct));
    wk_lie_polar_init(P, n);
    keep_add(k, K_POLAR, P, 0);
    c.A = A; c.P = P; c.G = G;
    refine(S, &c, polar_attempt, polar_deficit, exact, n);
    return P;
}

static wk_value bi_polar(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    wk_lie_group G = kw_group(S, WK_LIE_GLPLUS);
    wk_lie_polar_struct *P;
    wk_value r;
    (void) argc;
    P = do_polar(S, k, argv, 0, G);
    r = wk_rec_new();
    wk_rec_set(&r, "U", wk_mat_from_arb_mat(&P->U));
    wk_rec_set(&r, "X", wk_mat_from_arb_mat(&P->X));
    wk_rec_set(&r, "Xl", wk_mat_from_arb_mat(&P->Xl));
    wk_rec_set(&r, "H", wk_mat_from_arb_mat(&P->H));
    wk_rec_set(&r, "Hl", wk_mat_from_arb_mat(&P->Hl));
    return r;
}

/* ---- Iwasawa ---------------------------------------------------------------------- */
typedef struct {
    const wk_lie_src_struct *A;
    wk_lie_iwasawa_struct *I;
    wk_lie_group G;
} iwa_ctx;

static wk_status iwa_attempt(void *c_, slong p)
{
    iwa_ctx *c = c_;
    return wk_lie_iwasawa(c->I, c->A, c->G, p);
}

static slong iwa_deficit(void *c_, slong tgt)
{
    iwa_ctx *c = c_;
    slong d = mat_deficit(&c->I->K, SC_ONE, tgt);
    d = FLINT_MAX(d, mat_deficit(&c->I->N, SC_NORM, tgt));
    d = FLINT_MAX(d, vec_deficit(c->I->a, c->I->n, tgt));
    return d;
}

/* N = L^T exactly for exact A: A^T A = L D L^T over Q (L unit lower). */
static int exact_N(fmpq_mat_t N, const fmpq_mat_t A)
{
    slong n = fmpq_mat_nrows(A), i, j, l;
    fmpq_mat_t M;
    fmpq_t t;
    int ok = 1;
    fmpq_mat_init(M, n, n);
    fmpq_init(t);
    fmpq_mat_transpose(M, A);
    fmpq_mat_mul(M, M, A);
    /* Gaussian elimination without pivoting on the SPD M: M = L D L^T, N = L^T */
    fmpq_mat_one(N);
    for (j = 0; j < n && ok; j++) {
        if (fmpq_is_zero(fmpq_mat_entry(M, j, j))) { ok = 0; break; }
        for (i = j + 1; i < n; i++) {
            fmpq_div(t, fmpq_mat_entry(M, j, i), fmpq_mat_entry(M, j, j));
            fmpq_set(fmpq_mat_entry(N, j, i), t);
            for (l = j; l < n; l++)
                fmpq_submul(fmpq_mat_entry(M, i, l), t, fmpq_mat_entry(M, j, l));
        }
    }
    fmpq_mat_clear(M);
    fmpq_clear(t);
    return ok;
}

static wk_value bi_iwasawa(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    wk_lie_group G = kw_group(S, WK_LIE_GLPLUS);
    wk_lie_src_t A;
    iwa_ctx c;
    int exact;
    slong n;
    wk_value r;
    (void) argc;
    check_prec(S);
    exact = mat_arg(S, k, argv, 0, A);
    square_arg(S, A, 0);
    n = wk_lie_src_nrows(A);
    c.I = flint_malloc(sizeof(wk_lie_iwasawa_struct));
    wk_lie_iwasawa_init(c.I, n);
    keep_add(k, K_IWA, c.I, 0);
    c.A = A; c.G = G;
    refine(S, &c, iwa_attempt, iwa_deficit, exact, n);
    r = wk_rec_new();
    wk_rec_set(&r, "K", wk_mat_from_arb_mat(&c.I->K));
    wk_rec_set(&r, "a", vec_value(c.I->a, n));
    if (A->q && n <= 16) {
        fmpq_mat_struct *N = k_qmat(k, n, n);
        if (exact_N(N, A->q)) { wk_rec_set(&r, "N", wk_mat_from_fmpq_mat(N)); return r; }
    }
    wk_rec_set(&r, "N", wk_mat_from_arb_mat(&c.I->N));
    return r;
}

/* ---- singular values, symmetric eigenvalues, KAK ----------------------------------- */
typedef struct {
    const wk_lie_src_struct *A;
    arb_ptr v;
    slong n;
    int sym;
} sv_ctx;

static wk_status sv_attempt(void *c_, slong p)
{
    sv_ctx *c = c_;
    return c->sym ? wk_lie_eigvals_sym(c->v, c->A, p) : wk_lie_singular_values(c->v, c->A, p);
}

static slong sv_deficit(void *c_, slong tgt)
{
    sv_ctx *c = c_;
    return vec_deficit(c->v, c->n, tgt);
}

static wk_value sv_common(wk_state *S, const wk_value *argv, int sym)
{
    keep_t *k = keep_new(S);
    wk_lie_src_t A;
    sv_ctx c;
    int exact;
    check_prec(S);
    exact = mat_arg(S, k, argv, 0, A);
    square_arg(S, A, 0);
    c.A = A; c.n = wk_lie_src_nrows(A); c.sym = sym;
    c.v = k_vec(k, c.n);
    refine(S, &c, sv_attempt, sv_deficit, exact, c.n);
    return vec_value(c.v, c.n);
}

static wk_value bi_singular_values(wk_state *S, int argc, const wk_value *argv) { (void) argc; return sv_common(S, argv, 0); }
static wk_value bi_eig_sym(wk_state *S, int argc, const wk_value *argv) { (void) argc; return sv_common(S, argv, 1); }

typedef struct {
    const wk_lie_src_struct *A;
    wk_lie_kak_struct *R;
    wk_lie_group G;
} kak_ctx;

static wk_status kak_attempt(void *c_, slong p)
{
    kak_ctx *c = c_;
    return wk_lie_cartan_kak(c->R, c->A, c->G, p);
}

static slong kak_deficit(void *c_, slong tgt)
{
    kak_ctx *c = c_;
    slong d = vec_deficit(c->R->sigma, c->R->n, tgt);
    if (c->R->unique) {
        d = FLINT_MAX(d, mat_deficit(&c->R->U1, SC_ONE, tgt));
        d = FLINT_MAX(d, mat_deficit(&c->R->V, SC_ONE, tgt));
    }
    return d;
}

static wk_value bi_cartan_kak(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    wk_lie_group G = kw_group(S, WK_LIE_GLPLUS);
    wk_lie_src_t A;
    kak_ctx c;
    int exact;
    slong n;
    wk_value r;
    (void) argc;
    check_prec(S);
    exact = mat_arg(S, k, argv, 0, A);
    square_arg(S, A, 0);
    n = wk_lie_src_nrows(A);
    c.R = flint_malloc(sizeof(wk_lie_kak_struct));
    wk_lie_kak_init(c.R, n);
    keep_add(k, K_KAK, c.R, 0);
    c.A = A; c.G = G;
    refine(S, &c, kak_attempt, kak_deficit, exact, n);
    r = wk_rec_new();
    wk_rec_set(&r, "U1", c.R->unique ? wk_mat_from_arb_mat(&c.R->U1) : wk_nil());
    wk_rec_set(&r, "sigma", vec_value(c.R->sigma, n));
    wk_rec_set(&r, "V", c.R->unique ? wk_mat_from_arb_mat(&c.R->V) : wk_nil());
    wk_rec_set(&r, "unique", wk_bool(c.R->unique));
    return r;
}

/* ---- exp image, charts, product form ----------------------------------------------- */
static wk_value bi_in_exp_image(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    wk_lie_group G = kw_group(S, WK_LIE_GLPLUS);
    wk_lie_src_t A;
    int res;
    wk_status st;
    (void) argc;
    check_prec(S);
    mat_arg(S, k, argv, 0, A);
    /* exp(gl(n)) lies in GL+(n), exp(sl(n)) in SL(n): outside the group the answer is no */
    st = wk_lie_in_group(&res, A, G, lie_target(S));
    if (st != WK_OK) wk_bi_status(S, st);
    if (!res) return wk_bool(0);
    st = wk_lie_in_exp_image(&res, A, G, lie_target(S));
    if (st != WK_OK) wk_bi_status(S, st);
    return wk_bool(res);
}

typedef struct {
    const wk_lie_src_struct *A;
    arb_mat_struct *R;
    wk_lie_loginfo_struct *info;
    wk_lie_group G;
    int inverse;
} chart_ctx;

static wk_status chart_attempt(void *c_, slong p)
{
    chart_ctx *c = c_;
    if (c->inverse) return wk_lie_chart_log(c->R, c->info, c->A, c->G, p);
    return wk_lie_chart_exp(c->R, c->A, c->G, p);
}

static slong chart_deficit(void *c_, slong tgt)
{
    chart_ctx *c = c_;
    if (c->inverse && c->info->cert == WK_LIE_RESIDUAL_VERIFIED) return WORD_MIN;
    return mat_deficit(c->R, c->inverse ? SC_LOG : SC_NORM, tgt);
}

static wk_value chart_common(wk_state *S, const wk_value *argv, int inverse)
{
    keep_t *k = keep_new(S);
    wk_lie_src_t A;
    chart_ctx c;
    int exact;
    check_prec(S);
    c.G = kw_group(S, WK_LIE_GLPLUS);
    exact = mat_arg(S, k, argv, 0, A);
    square_arg(S, A, 0);
    c.A = A; c.inverse = inverse;
    c.R = k_mat(k, wk_lie_src_nrows(A), wk_lie_src_nrows(A));
    c.info = k_info(k);
    refine(S, &c, chart_attempt, chart_deficit, exact, wk_lie_src_nrows(A));
    if (!inverse) return wk_mat_from_arb_mat(c.R);
    {
        fun_ctx f;
        f.R = c.R; f.info = c.info;
        return log_result(S, &f, kw_bool(S, "info", 0), "U");
    }
}

static wk_value bi_chart_exp(wk_state *S, int argc, const wk_value *argv) { (void) argc; return chart_common(S, argv, 0); }
static wk_value bi_chart_log(wk_state *S, int argc, const wk_value *argv) { (void) argc; return chart_common(S, argv, 1); }

typedef struct {
    const wk_lie_src_struct *A;
    wk_lie_polar_struct *P;
    arb_mat_struct *K;
    wk_lie_loginfo_struct *info;
    wk_lie_group G;
} pf_ctx;

static wk_status pf_attempt(void *c_, slong p)
{
    pf_ctx *c = c_;
    wk_lie_src_t us;
    wk_status st = wk_lie_polar(c->P, c->A, c->G, p);
    if (st != WK_OK) return st;
    wk_lie_src_arb(us, &c->P->U);
    return wk_lie_log_SO(c->K, c->info, us, p);
}

static slong pf_deficit(void *c_, slong tgt)
{
    pf_ctx *c = c_;
    slong d = mat_deficit(&c->P->Xl, SC_LOG, tgt);
    if (c->info->cert != WK_LIE_RESIDUAL_VERIFIED)
        d = FLINT_MAX(d, mat_deficit(c->K, SC_LOG, tgt));
    return d;
}

static wk_value bi_product_form(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    wk_lie_src_t A;
    pf_ctx c;
    int exact, inimg;
    slong n;
    wk_status st;
    wk_value r;
    (void) argc;
    check_prec(S);
    c.G = kw_group(S, WK_LIE_GLPLUS);
    exact = mat_arg(S, k, argv, 0, A);
    square_arg(S, A, 0);
    n = wk_lie_src_nrows(A);
    c.A = A;
    c.P = flint_malloc(sizeof(wk_lie_polar_struct));
    wk_lie_polar_init(c.P, n);
    keep_add(k, K_POLAR, c.P, 0);
    c.K = k_mat(k, n, n);
    c.info = k_info(k);
    refine(S, &c, pf_attempt, pf_deficit, exact, n);
    st = wk_lie_in_exp_image(&inimg, A, c.G, lie_target(S));
    r = wk_rec_new();
    wk_rec_set(&r, "Xl", wk_mat_from_arb_mat(&c.P->Xl));
    wk_rec_set(&r, "K", wk_mat_from_arb_mat(c.K));
    wk_rec_set(&r, "unique", wk_bool(c.info->unique));
    wk_rec_set(&r, "certified", wk_bool(c.info->cert == WK_LIE_CERTIFIED));
    wk_rec_set(&r, "in_exp_image", st == WK_OK ? wk_bool(inimg) : wk_str("undecided"));
    return r;
}

/* ---- vee / hat ------------------------------------------------------------------------ */
static wk_value bi_vee(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    wk_lie_group G = kw_group(S, WK_LIE_GLPLUS);
    int p_only = kw_bool(S, "p", 0), exact;
    slong tgt = lie_target(S), prec = tgt + 16, n, d;
    arb_mat_struct *X;
    arb_ptr v, alpha = k_arb(k);
    wk_status st;
    (void) argc;
    check_prec(S);
    kw_alpha(S, alpha, prec);
    X = mat_arg_arb(S, k, argv, 0, prec + 16, &exact);
    n = arb_mat_nrows(X);
    if (exact && G == WK_LIE_SL && n == arb_mat_ncols(X)) {
        /* name the exact trace (the library sees balls) */
        fmpq_mat_struct *q = k_qmat(k, n, n), *t = k_qmat(k, 1, 1);
        wk_value *tv;
        if (wk_get_fmpq_mat(q, &argv[0]) && n > 0) {
            fmpq_mat_trace(fmpq_mat_entry(t, 0, 0), q);
            if (!fmpq_is_zero(fmpq_mat_entry(t, 0, 0))) {
                wk_buf b;
                wk_buf_init(&b);
                wk_buf_fmpq(&b, fmpq_mat_entry(t, 0, 0));
                tv = wk_root(S, wk_str(b.s));
                wk_buf_clear(&b);
                wk_bi_error(S, "tr X = %s != 0: not in sl(%ld)", wk_str_get(tv), (long) n);
            }
        }
    }
    if (n != arb_mat_ncols(X)) wk_arg_error(S, 0, "matrix is %ldx%ld, not square", (long) n, (long) arb_mat_ncols(X));
    if (n == 0) wk_arg_error(S, 0, "matrix is 0x0: need n >= 1");
    d = p_only ? wk_lie_p_dim(G, n) : wk_lie_algebra_dim(G, n);
    v = k_vec(k, d);
    st = p_only ? wk_lie_vee_p(v, X, G, alpha, prec) : wk_lie_vee(v, X, G, alpha, prec);
    if (st != WK_OK) wk_bi_status(S, st);
    {
        wk_value l = wk_list_new(d);
        slong i;
        for (i = 0; i < d; i++) wk_list_push(&l, real_value_round(v + i, tgt));
        return l;
    }
}

static wk_value bi_hat(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    wk_lie_group G = kw_group(S, WK_LIE_GLPLUS);
    int p_only = kw_bool(S, "p", 0);
    slong tgt = lie_target(S), prec = tgt + 16, len, n;
    arb_ptr v, alpha = k_arb(k);
    arb_mat_struct *X;
    wk_status st;
    (void) argc;
    check_prec(S);
    kw_alpha(S, alpha, prec);
    v = vec_arg(S, k, &argv[0], 0, &len, prec + 16, "v");
    for (n = 1; n <= 1024; n++) {
        slong d = p_only ? wk_lie_p_dim(G, n) : wk_lie_algebra_dim(G, n);
        if (d == len) break;
        if (d > len) { n = 0; break; }
    }
    if (n == 0 || n > 1024)
        wk_arg_error(S, 0, "v has %ld entries: not the dimension of %s for any n (%s)", (long) len,
                     p_only ? (G == WK_LIE_SL ? "Sym0(n)" : "Sym(n)") : (G == WK_LIE_SL ? "sl(n)" : "gl(n)"),
                     p_only ? (G == WK_LIE_SL ? "n(n+1)/2 - 1" : "n(n+1)/2") : (G == WK_LIE_SL ? "n^2 - 1" : "n^2"));
    X = k_mat(k, n, n);
    st = p_only ? wk_lie_hat_p(X, v, len, G, alpha, prec) : wk_lie_hat(X, v, len, G, alpha, prec);
    if (st != WK_OK) wk_bi_status(S, st);
    {
        slong i, j;
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
                arb_set_round(arb_mat_entry(X, i, j), arb_mat_entry(X, i, j), tgt + 16);
    }
    return wk_mat_from_arb_mat(X);
}

/* ---- Haar measures ---------------------------------------------------------------------- */
static wk_lie_chart parse_chart(wk_state *S, int i, const char *c)
{
    if (!strcmp(c, "lebesgue")) return WK_LIE_CHART_LEBESGUE;
    if (!strcmp(c, "polar")) return WK_LIE_CHART_POLAR;
    if (!strcmp(c, "sqrt")) return WK_LIE_CHART_SQRT;
    if (!strcmp(c, "iwasawa")) return WK_LIE_CHART_IWASAWA;
    if (!strcmp(c, "cartan")) return WK_LIE_CHART_CARTAN;
    wk_arg_error(S, i, "unknown chart \"%s\" (charts: \"lebesgue\", \"polar\", \"sqrt\", \"iwasawa\", \"cartan\")", c);
}

/* the density e^x (or x itself for log=true) */
static wk_value real_result(arb_t x, int want_log, slong tgt)
{
    if (!want_log) arb_exp(x, x, tgt + 32);
    return real_value_round(x, tgt);
}

typedef struct {
    wk_lie_chart chart;
    wk_lie_group G;
    int at;
    const wk_lie_src_struct *M;   /* matrix coordinates or g */
    arb_srcptr v;                  /* vector coordinates */
    slong n;
    arb_ptr res;
    int want_log;
} haar_ctx;

static wk_status haar_attempt(void *c_, slong p)
{
    haar_ctx *c = c_;
    if (c->at) return wk_lie_haar_logdensity_at(c->res, c->chart, c->M, c->G, p);
    switch (c->chart) {
    case WK_LIE_CHART_LEBESGUE:
        if (c->G == WK_LIE_SL) return wk_error(WK_E_DOMAIN, "the Lebesgue chart describes GL+(n) only");
        return wk_lie_haar_logdensity_lebesgue(c->res, c->M, p);
    case WK_LIE_CHART_POLAR: return wk_lie_haar_logdensity_polar(c->res, c->M, c->G, p);
    case WK_LIE_CHART_SQRT:
        if (c->G == WK_LIE_SL) return wk_error(WK_E_DOMAIN, "the square-root chart describes GL+(n) only");
        return wk_lie_haar_logdensity_sqrt(c->res, c->M, p);
    case WK_LIE_CHART_IWASAWA: return wk_lie_haar_logdensity_iwasawa(c->res, c->v, c->n, c->G, p);
    default: return wk_lie_haar_logdensity_cartan(c->res, c->v, c->n, c->G, p);
    }
}

/* relative accuracy of the density e^res: absolute accuracy of res */
static slong haar_deficit(void *c_, slong tgt)
{
    haar_ctx *c = c_;
    if (c->want_log) return arb_deficit(c->res, 0.0, tgt);
    return mag_is_zero(arb_radref(c->res)) ? WORD_MIN : (slong) ceil(mag_log2(arb_radref(c->res)) + tgt + 1);
}

static wk_value bi_haar_density(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    const char *cs = wk_str_get(&argv[0]);
    haar_ctx c;
    int exact = 1;
    slong tgt = lie_target(S);
    (void) argc;
    check_prec(S);
    c.chart = parse_chart(S, 0, cs);
    c.G = kw_group(S, WK_LIE_GLPLUS);
    c.at = kw_bool(S, "at", 0);
    c.want_log = kw_bool(S, "log", 0);
    c.res = k_arb(k);
    c.M = NULL; c.v = NULL; c.n = 0;
    if (c.at || c.chart == WK_LIE_CHART_LEBESGUE || c.chart == WK_LIE_CHART_POLAR || c.chart == WK_LIE_CHART_SQRT) {
        wk_lie_src_struct *s = k_mem(k, sizeof(wk_lie_src_struct));
        exact = mat_arg(S, k, argv, 1, s);
        square_arg(S, s, 1);
        c.M = s;
    } else {
        slong len;
        arb_ptr v = vec_arg(S, k, &argv[1], 1, &len, 4 * tgt + 64, c.chart == WK_LIE_CHART_IWASAWA ? "a" : "t");
        slong i;
        for (i = 0; i < len; i++) if (!arb_is_exact(v + i)) exact = 0;
        c.v = v;
        c.n = c.G == WK_LIE_SL ? len + 1 : len;
        if (len < (c.G == WK_LIE_SL ? 0 : 1))
            wk_arg_error(S, 1, "need at least one coordinate");
    }
    refine(S, &c, haar_attempt, haar_deficit, exact, 1);
    return real_result(c.res, c.want_log, tgt);
}

static wk_value bi_haar_const(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    wk_lie_chart chart = parse_chart(S, 0, wk_str_get(&argv[0]));
    slong n = wk_arg_si(S, 1, 1, 512), tgt = lie_target(S);
    wk_lie_group G = kw_group(S, WK_LIE_GLPLUS);
    arb_ptr c = k_arb(k);
    wk_status st;
    (void) argc;
    check_prec(S);
    st = wk_lie_haar_const(c, chart, G, n, tgt + 16);
    if (st != WK_OK) wk_bi_status(S, st);
    return real_value_round(c, tgt);
}

static wk_value bi_vol_SO(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    slong n = wk_arg_si(S, 0, 1, 512), tgt = lie_target(S);
    arb_ptr v = k_arb(k);
    (void) argc;
    check_prec(S);
    wk_lie_vol_SO(v, n, tgt + 16);
    return real_value_round(v, tgt);
}

static int haar_J_done(const arb_t res, int want_log, slong tgt)
{
    haar_ctx c;
    c.res = (arb_ptr) res;
    c.want_log = want_log;
    return haar_deficit(&c, tgt) <= 0;
}

static wk_value bi_haar_J(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    slong tgt = lie_target(S), n, p, i;
    arb_ptr lam, res = k_arb(k);
    int want_log = kw_bool(S, "log", 0), exact = 1;
    wk_lie_src_struct *X = NULL;
    (void) argc;
    check_prec(S);
    if (wk_list_len(&argv[0]) >= 0 && !wk_mat_dims(&argv[0], &n, &p)) {
        lam = vec_arg(S, k, &argv[0], 0, &n, 4 * tgt + 64, "eigenvalues");
        for (i = 0; i < n; i++) if (!arb_is_exact(lam + i)) exact = 0;
    } else {
        X = k_mem(k, sizeof(wk_lie_src_struct));
        exact = mat_arg(S, k, argv, 0, X);
        square_arg(S, X, 0);
        n = wk_lie_src_nrows(X);
        lam = k_vec(k, n);
    }
    /* J depends on eigenvalue differences: their absolute accuracy is the relative accuracy of J */
    for (p = tgt + 16; ; p = FLINT_MIN(2 * p, lie_cap(tgt))) {
        if (X) {
            wk_status st = wk_lie_eigvals_sym(lam, X, p);
            if (st != WK_OK) wk_bi_status(S, st);
        }
        wk_lie_log_J(res, lam, n, p);
        if (haar_J_done(res, want_log, tgt) || !exact || p >= lie_cap(tgt)) break;
    }
    return real_result(res, want_log, tgt);
}

/* ---- sampling ----------------------------------------------------------------------------- */
static ulong lie_seed_counter = 0;

static ulong kw_seed(wk_state *S)
{
    const wk_value *v = wk_kwarg(S, "seed");
    fmpz_t z;
    ulong s;
    if (!v) return (ulong) wk_setting_si(S, "seed") + 1000003UL * (++lie_seed_counter);
    fmpz_init(z);
    if (!wk_get_fmpz(z, v) || fmpz_sgn(z) < 0 || fmpz_bits(z) > FLINT_BITS) {
        fmpz_clear(z);
        wk_bi_error(S, "keyword seed must be an integer >= 0 (at most %d bits)", FLINT_BITS);
    }
    s = fmpz_get_ui(z);
    fmpz_clear(z);
    return s;
}

static wk_rand_struct *k_rand(keep_t *k, ulong seed)
{
    wk_rand_struct *r = flint_malloc(sizeof(wk_rand_struct));
    wk_rand_init(r, seed);
    return keep_add(k, K_RAND, r, 0);
}

static wk_lie_sample_struct *k_sample(keep_t *k, slong n)
{
    wk_lie_sample_struct *s = flint_malloc(sizeof(wk_lie_sample_struct));
    wk_lie_sample_init(s, n);
    return keep_add(k, K_SAMPLE, s, 0);
}

typedef enum { SM_POLAR, SM_BOX, SM_UNWEIGHTED } sampler_kind;

static sampler_kind kw_method(wk_state *S, int allow_unweighted)
{
    const wk_value *v = wk_kwarg(S, "method");
    const char *m;
    if (!v) return SM_POLAR;
    if (!(m = wk_str_get(v))) wk_bi_error(S, "keyword method must be a string, got %s", wk_type_name(v));
    if (!strcmp(m, "polar") || !strcmp(m, "importance")) return SM_POLAR;
    if (!strcmp(m, "box")) return SM_BOX;
    if (allow_unweighted && !strcmp(m, "unweighted")) return SM_UNWEIGHTED;
    wk_bi_error(S, "keyword method must be \"polar\", \"box\"%s, got \"%s\"",
                allow_unweighted ? " or \"unweighted\"" : "", m);
}

static const char *method_name(sampler_kind m)
{
    return m == SM_BOX ? "box" : (m == SM_UNWEIGHTED ? "unweighted" : "polar");
}

static wk_value sample_record(const wk_lie_sample_struct *s, slong prec)
{
    wk_value r = wk_rec_new();
    arb_t w;
    arb_init(w);
    arb_exp(w, &s->logw, prec);
    wk_rec_set(&r, "g", wk_mat_from_arb_mat(&s->g));
    wk_rec_set(&r, "ginv", wk_mat_from_arb_mat(&s->ginv));
    wk_rec_set(&r, "X", wk_mat_from_arb_mat(&s->X));
    wk_rec_set(&r, "R", wk_mat_from_arb_mat(&s->R));
    wk_rec_set(&r, "w", wk_real_arb(w));
    wk_rec_set(&r, "logw", wk_real_arb(&s->logw));
    arb_clear(w);
    return r;
}

static wk_value bi_haar_sample(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    const char *gs = wk_str_get(&argv[0]);
    slong n = wk_arg_si(S, 1, 1, 512), N = argc > 2 ? wk_arg_si(S, 2, 1, 10000000) : 0, i;
    slong prec = wk_prec(S);
    int so = 0, grid = kw_bool(S, "grid", 0);
    ulong seed;
    wk_lie_group G = WK_LIE_GLPLUS;
    sampler_kind method = kw_method(S, 0);
    double sigma2 = kw_pos_double(S, "sigma2", 0.1), width = kw_pos_double(S, "width", 1.0);
    arb_ptr alpha = k_arb(k);
    wk_rand_struct *rs;
    arb_mat_struct *R;
    wk_lie_sample_struct *smp;
    wk_value *list, r;
    check_prec(S);
    if (!strcmp(gs, "SO")) so = 1;
    else if (!strcmp(gs, "GL+") || !strcmp(gs, "GLplus") || !strcmp(gs, "GL") || !strcmp(gs, "SL"))
        G = parse_group(S, gs, "the group");
    else wk_arg_error(S, 0, "the group must be \"SO\", \"GL+\" or \"SL\", got \"%s\"", gs);
    if (grid && !(so && n == 2)) wk_bi_error(S, "grid=true is the deterministic grid of SO(2): need \"SO\", n = 2");
    if (grid && argc < 3) wk_bi_error(S, "grid=true needs the number of points N");
    if (N > wk_setting_si(S, "list_limit") || (!so && (double) N * n * n * 4 > 1e8))
        wk_arg_error(S, 2, "N = %ld samples of %ldx%ld matrices is more than the list limit (setting(\"list_limit\") = %ld, "
                     "at most 10^8 entries)", (long) N, (long) n, (long) n, (long) wk_setting_si(S, "list_limit"));
    kw_alpha(S, alpha, prec);
    seed = kw_seed(S);
    rs = k_rand(k, seed);
    list = wk_root(S, wk_list_new(N));
    R = k_mat(k, n, n);
    smp = k_sample(k, n);
    for (i = 0; i < FLINT_MAX(N, 1); i++) {
        wk_value one;
        wk_status st;
        wk_check_interrupt(S);
        if (so) {
            st = grid ? wk_lie_so2_grid(R, i, N, prec) : wk_lie_sample_SO(R, rs, prec);
            if (st != WK_OK) wk_bi_status(S, st);
            one = wk_mat_from_arb_mat(R);
        } else {
            wk_lie_sample_struct *s = smp;
            st = method == SM_BOX ? wk_lie_sample_box(s, rs, G, width, prec)
                                  : wk_lie_sample_polar(s, rs, G, sigma2, alpha, prec);
            if (st != WK_OK) wk_bi_status(S, st);
            one = sample_record(s, prec);
        }
        if (N == 0) {
            if (so) {
                r = wk_rec_new();
                wk_rec_set(&r, "R", one);
            } else r = one;
            wk_rec_set(&r, "seed", wk_int_ui(seed));
            return r;
        }
        wk_list_push(list, one);
    }
    r = wk_rec_new();
    wk_rec_set(&r, "samples", *list);
    list->t = T_NIL;
    if (grid) wk_rec_set(&r, "grid", wk_bool(1));
    else {
        wk_rec_set(&r, "seed", wk_int_ui(seed));
        if (!so) wk_rec_set(&r, "method", wk_str(method_name(method)));
    }
    return r;
}

/* ---- Monte Carlo invariant integration ------------------------------------------------------ */
/* Replaces the value in a rooted slot (loops reuse one slot: every wk_root
   takes a slot of the value stack until the builtin returns). */
static void slot_set(wk_value *slot, wk_value v)
{
    wk_release(slot);
    *slot = v;
}

/* out = f(args) as a real number; slot (rooted) keeps the result alive */
static void call_real(wk_state *S, wk_value *slot, arb_t out, const wk_value *f, int argc, const wk_value *args,
                      slong prec, const char *what)
{
    slot_set(slot, wk_nil());
    *slot = wk_call(S, f, argc, args);
    if (wk_typeof(slot) == T_CPLX || !wk_get_arb(out, slot, prec))
        wk_bi_error(S, "%s returned %s, need a real number", what, wk_type_name(slot));
    if (!arb_is_finite(out))
        wk_bi_error(S, "%s is not finite", what);
    slot_set(slot, wk_nil());
}

static wk_value bi_invariant_integral(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    wk_lie_group G = parse_group(S, wk_str_get(&argv[1]), "the group");
    slong n = wk_arg_si(S, 2, 1, 64), N = kw_si(S, "N", 1000, 2, 100000000), i;
    sampler_kind method = kw_method(S, 1);
    double sigma2 = kw_pos_double(S, "sigma2", method == SM_POLAR ? 1.0 : 0.1), width = kw_pos_double(S, "width", 1.0);
    slong prec = FLINT_MIN(wk_prec(S), 64);
    ulong seed;
    arb_ptr alpha = k_arb(k), fx = k_arb(k), w = k_arb(k), sum = k_arb(k), sum2 = k_arb(k), t = k_arb(k);
    wk_rand_struct *rs;
    wk_lie_sample_struct *s;
    wk_value r, *gslot, *rslot;
    (void) argc;
    if (wk_typeof(&argv[0]) != T_FUNC && wk_typeof(&argv[0]) != T_BUILTIN)
        wk_arg_error(S, 0, "the integrand must be a function of a matrix, got %s", wk_type_name(&argv[0]));
    check_prec(S);
    prec = FLINT_MAX(prec, 32);
    kw_alpha(S, alpha, prec);
    seed = kw_seed(S);
    rs = k_rand(k, seed);
    s = k_sample(k, n);
    gslot = wk_root(S, wk_nil());
    rslot = wk_root(S, wk_nil());
    for (i = 0; i < N; i++) {
        wk_status st;
        wk_check_interrupt(S);
        if ((i & 63) == 0) wk_progress("invariant_integral", (double) i, (double) N);
        st = method == SM_BOX ? wk_lie_sample_box(s, rs, G, width, prec)
                              : wk_lie_sample_polar(s, rs, G, sigma2, alpha, prec);
        if (st != WK_OK) { wk_progress_done(); wk_bi_status(S, st); }
        slot_set(gslot, wk_mat_from_arb_mat(&s->g));
        call_real(S, rslot, fx, &argv[0], 1, gslot, prec, "the integrand");
        if (method != SM_UNWEIGHTED) {
            arb_exp(w, &s->logw, prec);
            arb_mul(fx, fx, w, prec);
        }
        arb_add(sum, sum, fx, prec);
        arb_addmul(sum2, fx, fx, prec);
    }
    wk_progress_done();
    /* mean and standard error sqrt(var/N) with the unbiased variance */
    arb_div_si(fx, sum, N, prec);
    arb_mul(t, fx, fx, prec);
    arb_mul_si(t, t, N, prec);
    arb_sub(t, sum2, t, prec);
    arb_div_si(t, t, N - 1, prec);
    arb_div_si(t, t, N, prec);
    arb_sqrtpos(t, t, prec);
    r = wk_rec_new();
    wk_rec_set(&r, "value", wk_real_arb(fx));
    wk_rec_set(&r, "stderr", wk_real_d(arf_get_d(arb_midref(t), ARF_RND_UP)));
    wk_rec_set(&r, "N", wk_int_si(N));
    wk_rec_set(&r, "method", wk_str(method_name(method)));
    wk_rec_set(&r, "seed", wk_int_ui(seed));
    return r;
}

/* ---- the affine group R^n x| G ------------------------------------------------------------------ */
typedef struct {
    slong n;
    wk_lie_group G;
    int exact;          /* q, tq hold the exact element */
    fmpq_mat_t q;       /* g (exact) */
    fmpq *tq;           /* t (exact) */
    arb_mat_t g;
    arb_ptr t;
    slong digits;       /* for printing balls */
} aff_t;

static void aff_free(void *d)
{
    aff_t *a = d;
    fmpq_mat_clear(a->q);
    _fmpq_vec_clear(a->tq, a->n);
    arb_mat_clear(a->g);
    _arb_vec_clear(a->t, a->n);
    flint_free(a);
}

static aff_t *aff_alloc(slong n, wk_lie_group G, int exact, slong digits)
{
    aff_t *a = flint_calloc(1, sizeof(aff_t));
    a->n = n; a->G = G; a->exact = exact; a->digits = digits;
    fmpq_mat_init(a->q, n, n);
    a->tq = _fmpq_vec_init(n);
    arb_mat_init(a->g, n, n);
    a->t = _arb_vec_init(n);
    return a;
}

static void aff_sync_arb(aff_t *a, slong prec)
{
    slong i;
    if (!a->exact) return;
    arb_mat_set_fmpq_mat(a->g, a->q, prec);
    for (i = 0; i < a->n; i++) arb_set_fmpq(a->t + i, a->tq + i, prec);
}

static void aff_print(wk_buf *b, const void *d, int top)
{
    const aff_t *a = d;
    slong i, j;
    (void) top;
    wk_buf_puts(b, "affine(t = [");
    for (i = 0; i < a->n; i++) {
        if (i) wk_buf_puts(b, ", ");
        if (a->exact) wk_buf_fmpq(b, a->tq + i); else wk_buf_arb(b, a->t + i, a->digits);
    }
    wk_buf_puts(b, "], g = [");
    for (i = 0; i < a->n; i++)
        for (j = 0; j < a->n; j++) {
            if (j) wk_buf_puts(b, ", "); else if (i) wk_buf_puts(b, "; ");
            if (a->exact) wk_buf_fmpq(b, fmpq_mat_entry(a->q, i, j));
            else wk_buf_arb(b, arb_mat_entry(a->g, i, j), a->digits);
        }
    wk_buf_printf(b, "]%s)", a->G == WK_LIE_SL ? ", SL" : "");
}

static int aff_equal(const void *x, const void *y)
{
    const aff_t *a = x, *b = y;
    slong i;
    if (a->n != b->n) return 0;
    if (a->exact && b->exact) {
        if (!fmpq_mat_equal(a->q, b->q)) return 0;
        for (i = 0; i < a->n; i++) if (!fmpq_equal(a->tq + i, b->tq + i)) return 0;
        return 1;
    }
    if (a->exact != b->exact) return 0;
    if (!arb_mat_equal(a->g, b->g)) return 0;
    for (i = 0; i < a->n; i++) if (!arb_equal(a->t + i, b->t + i)) return 0;
    return 1;
}

static wk_value aff_t_value(const aff_t *a)
{
    return a->exact ? wk_list_from_fmpq(a->tq, a->n) : vec_value(a->t, a->n);
}

static wk_value aff_g_value(const aff_t *a)
{
    return a->exact ? wk_mat_from_fmpq_mat(a->q) : wk_mat_from_arb_mat(a->g);
}

/* |det g| as a value (exact when exact) raised to the power e */
static wk_value aff_absdet_pow(wk_state *S, const aff_t *a, slong e)
{
    if (a->exact) {
        fmpq_t d;
        wk_value v;
        fmpq_init(d);
        fmpq_mat_det(d, a->q);
        fmpq_abs(d, d);
        if (e < 0) fmpq_inv(d, d);
        fmpq_pow_si(d, d, e < 0 ? -e : e);
        v = wk_rat_fmpq(d);
        fmpq_clear(d);
        return v;
    } else {
        arb_t d;
        wk_value v;
        slong prec = lie_target(S) + 32;
        arb_init(d);
        arb_mat_det(d, a->g, prec);
        arb_abs(d, d);
        arb_pow_ui(d, d, e < 0 ? -e : e, prec);
        if (e < 0) arb_inv(d, d, prec);
        v = real_value_round(d, lie_target(S));
        arb_clear(d);
        return v;
    }
}

static const char *const aff_fields[] = { "t", "g", "n", "matrix", "modular", "haar_left", "haar_right", NULL };

static wk_value aff_matrix(const aff_t *a)
{
    slong n = a->n, i, j;
    wk_value m = wk_mat_new(n + 1, n + 1);
    for (i = 0; i < n; i++) {
        for (j = 0; j < n; j++)
            wk_mat_set(&m, i, j, a->exact ? wk_rat_fmpq(fmpq_mat_entry(a->q, i, j)) : wk_real_arb(arb_mat_entry(a->g, i, j)));
        wk_mat_set(&m, i, n, a->exact ? wk_rat_fmpq(a->tq + i) : wk_real_arb(a->t + i));
    }
    wk_mat_set(&m, n, n, wk_int_si(1));
    return m;
}

static int aff_field(wk_state *S, const void *d, const char *name, wk_value *out)
{
    const aff_t *a = d;
    if (!strcmp(name, "t")) *out = aff_t_value(a);
    else if (!strcmp(name, "g")) *out = aff_g_value(a);
    else if (!strcmp(name, "n")) *out = wk_int_si(a->n);
    else if (!strcmp(name, "matrix")) *out = aff_matrix(a);
    else if (!strcmp(name, "modular") || !strcmp(name, "haar_left")) *out = aff_absdet_pow(S, a, -1);
    else if (!strcmp(name, "haar_right")) *out = wk_int_si(1);
    else return 0;
    return 1;
}

static const wk_objtype aff_type;

/* The group operations on C structures; NULL (with the library's message)
   when ball arithmetic fails, so that callers free their temporaries before
   throwing.  Exact elements stay exact. */
static aff_t *aff_mul_c(const aff_t *a, const aff_t *b, slong prec)
{
    aff_t *c = aff_alloc(a->n, (a->G == WK_LIE_SL && b->G == WK_LIE_SL) ? WK_LIE_SL : WK_LIE_GLPLUS,
                         a->exact && b->exact, a->digits);
    slong i, j;
    if (c->exact) {
        fmpq_mat_mul(c->q, a->q, b->q);
        for (i = 0; i < a->n; i++) {
            fmpq_set(c->tq + i, a->tq + i);
            for (j = 0; j < a->n; j++) fmpq_addmul(c->tq + i, fmpq_mat_entry(a->q, i, j), b->tq + j);
        }
        aff_sync_arb(c, prec);
    } else {
        aff_sync_arb((aff_t *) a, prec);
        aff_sync_arb((aff_t *) b, prec);
        if (wk_lie_affine_mul(c->t, c->g, a->t, a->g, b->t, b->g, prec) != WK_OK) { aff_free(c); return NULL; }
    }
    return c;
}

static aff_t *aff_inv_c(const aff_t *a, slong prec)
{
    aff_t *c = aff_alloc(a->n, a->G, a->exact, a->digits);
    slong i, j;
    if (a->exact) {
        if (!fmpq_mat_inv(c->q, a->q)) { aff_free(c); wk_error(WK_E_DOMAIN, "g is singular"); return NULL; }
        for (i = 0; i < a->n; i++) {
            fmpq_zero(c->tq + i);
            for (j = 0; j < a->n; j++) fmpq_submul(c->tq + i, fmpq_mat_entry(c->q, i, j), a->tq + j);
        }
        aff_sync_arb(c, prec);
    } else {
        aff_sync_arb((aff_t *) a, prec);
        if (wk_lie_affine_inv(c->t, c->g, a->t, a->g, prec) != WK_OK) { aff_free(c); return NULL; }
    }
    return c;
}

static aff_t *aff_copy_c(const aff_t *a)
{
    aff_t *c = aff_alloc(a->n, a->G, a->exact, a->digits);
    fmpq_mat_set(c->q, a->q);
    {
        slong i;
        for (i = 0; i < a->n; i++) fmpq_set(c->tq + i, a->tq + i);
    }
    arb_mat_set(c->g, a->g);
    _arb_vec_set(c->t, a->t, a->n);
    return c;
}

static wk_value aff_mul(wk_state *S, const aff_t *a, const aff_t *b)
{
    aff_t *c;
    if (a->n != b->n)
        wk_throw(S, WK_ERR_DIM, "affine elements of R^%ld and R^%ld cannot be multiplied", (long) a->n, (long) b->n);
    if (!(c = aff_mul_c(a, b, lie_target(S) + 16)))
        wk_throw(S, WK_ERR_DOMAIN, "affine product: %s", wk_error_msg());
    return wk_obj_new(&aff_type, c);
}

/* a^e by repeated squaring */
static wk_value aff_pow(wk_state *S, const aff_t *a, slong e)
{
    slong prec = lie_target(S) + 16;
    aff_t *acc = aff_alloc(a->n, a->G, a->exact, a->digits), *base, *t;
    int ok = 1;
    fmpq_mat_one(acc->q);
    arb_mat_one(acc->g);
    base = e < 0 ? aff_inv_c(a, prec) : aff_copy_c(a);
    if (!base) ok = 0;
    if (e < 0) e = -e;
    while (ok && e > 0) {
        if (e & 1) {
            if (!(t = aff_mul_c(acc, base, prec))) { ok = 0; break; }
            aff_free(acc);
            acc = t;
        }
        e >>= 1;
        if (e) {
            if (!(t = aff_mul_c(base, base, prec))) { ok = 0; break; }
            aff_free(base);
            base = t;
        }
    }
    if (base) aff_free(base);
    if (!ok) {
        aff_free(acc);
        wk_throw(S, WK_ERR_DOMAIN, "affine power: %s", wk_error_msg());
    }
    return wk_obj_new(&aff_type, acc);
}

/* x -> g x + t on a list (vector) */
static wk_value aff_act(wk_state *S, const aff_t *a, const wk_value *x)
{
    slong len = wk_list_len(x), i, j, prec = lie_target(S) + 16;
    int exact = a->exact;
    wk_value r;
    if (len != a->n)
        wk_throw(S, WK_ERR_DIM, "affine action: the vector has %ld entries, the group acts on R^%ld", (long) len, (long) a->n);
    for (i = 0; i < len; i++) {
        const wk_value *e = wk_list_get(x, i);
        if (!wk_is_number(e) || wk_typeof(e) == T_CPLX)
            wk_throw(S, WK_ERR_TYPE, "affine action: entry %ld of the vector is %s, need a real number", (long) i + 1, wk_type_name(e));
        if (!wk_is_exact_number(e)) exact = 0;
    }
    if (exact) {
        fmpq *v = _fmpq_vec_init(len), *y = _fmpq_vec_init(len);
        for (i = 0; i < len; i++) wk_get_fmpq(v + i, wk_list_get(x, i));
        for (i = 0; i < len; i++) {
            fmpq_set(y + i, a->tq + i);
            for (j = 0; j < len; j++) fmpq_addmul(y + i, fmpq_mat_entry(a->q, i, j), v + j);
        }
        r = wk_list_from_fmpq(y, len);
        _fmpq_vec_clear(v, len);
        _fmpq_vec_clear(y, len);
    } else {
        arb_ptr v = _arb_vec_init(len), y = _arb_vec_init(len);
        aff_sync_arb((aff_t *) a, prec);
        for (i = 0; i < len; i++) wk_get_arb(v + i, wk_list_get(x, i), prec);
        wk_lie_affine_act(y, a->t, a->g, v, prec);
        r = vec_value(y, len);
        _arb_vec_clear(v, len);
        _arb_vec_clear(y, len);
    }
    return r;
}

static int aff_binop(wk_state *S, int op, const wk_value *a, const wk_value *b, wk_value *out)
{
    const aff_t *x = wk_obj_get(a, &aff_type), *y = wk_obj_get(b, &aff_type);
    if (op == '*' && x && y) { *out = aff_mul(S, x, y); return 1; }
    if (op == '*' && x && wk_list_len(b) >= 0) { *out = aff_act(S, x, b); return 1; }
    if (op == '/' && x && y) {
        aff_t *yi, *c;
        if (x->n != y->n)
            wk_throw(S, WK_ERR_DIM, "affine elements of R^%ld and R^%ld cannot be divided", (long) x->n, (long) y->n);
        if (!(yi = aff_inv_c(y, lie_target(S) + 16))) wk_throw(S, WK_ERR_DOMAIN, "affine inverse: %s", wk_error_msg());
        c = aff_mul_c(x, yi, lie_target(S) + 16);
        aff_free(yi);
        if (!c) wk_throw(S, WK_ERR_DOMAIN, "affine product: %s", wk_error_msg());
        *out = wk_obj_new(&aff_type, c);
        return 1;
    }
    if (op == '^' && x && !y) {
        slong e;
        if (!wk_get_si(&e, b)) wk_throw(S, WK_ERR_TYPE, "affine element ^ e needs an integer e, got %s", wk_type_name(b));
        if (e < -1000000 || e > 1000000) wk_throw(S, WK_ERR_OVERFLOW, "affine element ^ %ld: exponent too large", (long) e);
        *out = aff_pow(S, x, e);
        return 1;
    }
    return 0;
}

static const wk_objtype aff_type = {
    .name = "affine element", .free = aff_free, .print = aff_print, .equal = aff_equal,
    .field = aff_field, .fields = aff_fields, .binop = aff_binop
};

/* (t, g) from the values argv[ti], argv[gi] (error positions ti, gi) */
static wk_value make_affine(wk_state *S, keep_t *k, const wk_value *argv, int ti, int gi, wk_lie_group G)
{
    wk_lie_src_t g;
    int exact_g, exact_t = 1;
    slong n, len, i, tgt = lie_target(S);
    arb_ptr t;
    aff_t *a;
    check_prec(S);
    t = vec_arg(S, k, &argv[ti], ti, &len, 4 * tgt + 64, "t");
    exact_g = mat_arg(S, k, argv, gi, g);
    square_arg(S, g, gi);
    n = wk_lie_src_nrows(g);
    if (len != n) wk_arg_error(S, ti, "t has %ld entr%s, g is %ldx%ld", (long) len, len == 1 ? "y" : "ies", (long) n, (long) n);
    for (i = 0; i < len; i++) {
        const wk_value *e = wk_list_len(&argv[ti]) >= 0 ? wk_list_get(&argv[ti], i) : NULL;
        if (!e || !wk_is_exact_number(e)) exact_t = 0;
    }
    require_group(S, k, g, G, gi, "g");
    a = aff_alloc(n, G, exact_g && exact_t && g->q != NULL, wk_digits(S));
    if (a->exact) {
        fmpq_mat_set(a->q, g->q);
        for (i = 0; i < n; i++) wk_get_fmpq(a->tq + i, wk_list_get(&argv[ti], i));
        aff_sync_arb(a, tgt + 16);
    } else {
        wk_lie_src_get_arb(a->g, g, 4 * tgt + 64);
        _arb_vec_set(a->t, t, n);
    }
    return wk_obj_new(&aff_type, a);
}

static wk_value bi_affine(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    (void) argc;
    return make_affine(S, k, argv, 0, 1, kw_group(S, WK_LIE_GLPLUS));
}

static const aff_t *aff_arg(wk_state *S, const wk_value *argv, int i)
{
    const aff_t *a = wk_obj_get(&argv[i], &aff_type);
    if (!a) wk_arg_error(S, i, "need an affine element (made by affine(t, g)), got %s", wk_type_name(&argv[i]));
    return a;
}

static wk_value bi_affine_haar(wk_state *S, int argc, const wk_value *argv)
{
    const aff_t *a = aff_arg(S, argv, 0);
    int right = 0, leb = kw_bool(S, "lebesgue", 0);
    const wk_value *side = wk_kwarg(S, "side");
    (void) argc;
    if (side) {
        const char *s = wk_str_get(side);
        if (!s || (strcmp(s, "left") && strcmp(s, "right")))
            wk_bi_error(S, "keyword side must be \"left\" or \"right\"");
        right = !strcmp(s, "right");
    }
    if (leb && a->G == WK_LIE_SL)
        wk_bi_error(S, "lebesgue=true describes R^n x| GL+(n) (dt dg); SL(n) has no Lebesgue chart");
    /* w.r.t. dt dmu_G: left |det g|^-1, right 1; w.r.t. dt dg: |det g|^(-n-1), |det g|^-n */
    if (!leb) return right ? wk_int_si(1) : aff_absdet_pow(S, a, -1);
    return aff_absdet_pow(S, a, right ? -a->n : -a->n - 1);
}

static wk_value bi_affine_modular(wk_state *S, int argc, const wk_value *argv)
{
    (void) argc;
    return aff_absdet_pow(S, aff_arg(S, argv, 0), -1);
}

/* ---- lifting and group correlations ----------------------------------------------------------- */
typedef struct { arb_ptr lo, step; slong m; } grid_t;

static void kw_grid(wk_state *S, keep_t *k, grid_t *g, slong n, slong prec)
{
    const wk_value *lo = wk_kwarg(S, "lo"), *step = wk_kwarg(S, "step");
    slong tot = 1, i;
    g->m = kw_si(S, "m", 32, 1, 100000000);
    g->lo = k_arb(k);
    g->step = k_arb(k);
    if (lo) { if (wk_typeof(lo) == T_CPLX || !wk_get_arb(g->lo, lo, prec)) wk_bi_error(S, "keyword lo must be a real number"); }
    else arb_set_si(g->lo, -4);
    if (step) {
        if (wk_typeof(step) == T_CPLX || !wk_get_arb(g->step, step, prec) || !arb_is_positive(g->step))
            wk_bi_error(S, "keyword step must be a real number > 0");
    } else arb_set_d(g->step, 0.25);
    for (i = 0; i < n; i++)
        if (wk_mul_overflow_slong(tot, g->m, &tot) || tot > 100000000)
            wk_bi_error(S, "the grid has m^n = %ld^%ld > 10^8 points", (long) g->m, (long) n);
}

/* affine (t, h) from arguments i, i+1 (an affine element, or t and h) */
static const aff_t *th_args(wk_state *S, keep_t *k, int argc, const wk_value *argv, int i, int *next)
{
    const aff_t *a = wk_obj_get(&argv[i], &aff_type);
    if (a) { *next = i + 1; return a; }
    if (argc <= i + 1) wk_arg_error(S, i, "need an affine element or t and h");
    {
        wk_value *e = wk_root(S, make_affine(S, k, argv, i, i + 1, WK_LIE_GLPLUS));
        *next = i + 2;
        return wk_obj_get(e, &aff_type);
    }
}

static int is_function(const wk_value *v) { return wk_typeof(v) == T_FUNC || wk_typeof(v) == T_BUILTIN; }

static wk_value bi_lift_correlation(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    slong prec = lie_target(S) + 16, n, i, tot = 1, cnt;
    int next;
    const aff_t *u;
    grid_t grid;
    arb_mat_struct *hi;
    arb_ptr x, y, kv, fv, s, c;
    slong *m;
    wk_value *xv, *yv, *rv;
    if (!is_function(&argv[0])) wk_arg_error(S, 0, "the kernel k must be a function of a vector, got %s", wk_type_name(&argv[0]));
    if (!is_function(&argv[1])) wk_arg_error(S, 1, "f must be a function of a vector, got %s", wk_type_name(&argv[1]));
    check_prec(S);
    u = th_args(S, k, argc, argv, 2, &next);
    if (next != argc) wk_arg_error(S, next, "too many arguments");
    n = u->n;
    kw_grid(S, k, &grid, n, prec);
    aff_sync_arb((aff_t *) u, prec);
    hi = k_mat(k, n, n);
    if (!arb_mat_inv(hi, u->g, prec)) wk_bi_error(S, "h is not certified invertible");
    x = k_vec(k, n); y = k_vec(k, n);
    kv = k_arb(k); fv = k_arb(k); s = k_arb(k); c = k_arb(k);
    m = k_mem(k, n * sizeof(slong));
    for (i = 0; i < n; i++) tot *= grid.m;
    xv = wk_root(S, wk_nil());
    yv = wk_root(S, wk_nil());
    rv = wk_root(S, wk_nil());
    /* (k * f)(t, h) = |det h|^-1 sum_x k(h^-1 (x - t)) f(x) step^n over the cell midpoints */
    for (cnt = 0; cnt < tot; cnt++) {
        slong r = cnt;
        for (i = 0; i < n; i++) {
            m[i] = r % grid.m; r /= grid.m;
            arb_set_si(x + i, 2 * m[i] + 1);
            arb_mul_2exp_si(x + i, x + i, -1);
            arb_mul(x + i, x + i, grid.step, prec);
            arb_add(x + i, x + i, grid.lo, prec);
        }
        if ((cnt & 255) == 0) { wk_check_interrupt(S); wk_progress("lift_correlation", (double) cnt, (double) tot); }
        slot_set(xv, vec_value(x, n));
        call_real(S, rv, fv, &argv[1], 1, xv, prec, "f");
        if (!arb_is_zero(fv)) {
            for (i = 0; i < n; i++) arb_sub(x + i, x + i, u->t + i, prec);
            for (i = 0; i < n; i++) arb_dot(y + i, NULL, 0, hi->rows[i], 1, x, 1, n, prec);
            slot_set(yv, vec_value(y, n));
            call_real(S, rv, kv, &argv[0], 1, yv, prec, "the kernel k");
            arb_addmul(s, kv, fv, prec);
        }
    }
    wk_progress_done();
    arb_pow_ui(c, grid.step, n, prec);
    arb_mul(s, s, c, prec);
    arb_mat_det(c, hi, prec);
    arb_abs(c, c);
    arb_mul(s, s, c, prec);
    return real_value_round(s, lie_target(S));
}

static wk_value bi_group_correlation(wk_state *S, int argc, const wk_value *argv)
{
    keep_t *k = keep_new(S);
    slong prec = lie_target(S) + 16, n, i, j, tot = 1, cnt, ns;
    int next;
    const aff_t *u;
    grid_t grid;
    arb_mat_struct *hi, *hj, *hih;
    arb_ptr x, y, kv, fv, s, c, acc, wj;
    const wk_value *smp;
    slong *m;
    wk_value *hv, *hihv, *xv, *yv, *rv;
    if (!is_function(&argv[0])) wk_arg_error(S, 0, "the kernel k must be a function (x, h), got %s", wk_type_name(&argv[0]));
    if (!is_function(&argv[1])) wk_arg_error(S, 1, "F must be a function (x, h), got %s", wk_type_name(&argv[1]));
    check_prec(S);
    u = th_args(S, k, argc, argv, 2, &next);
    if (next != argc - 1) wk_bi_error(S, "need the samples of G as the last argument");
    smp = &argv[next];
    if (wk_typeof(smp) == T_REC && wk_rec_get(smp, "samples")) smp = wk_rec_get(smp, "samples");
    ns = wk_list_len(smp);
    if (ns < 1) wk_arg_error(S, next, "samples must be a non-empty list of matrices or sample records (haar_sample)");
    n = u->n;
    kw_grid(S, k, &grid, n, prec);
    aff_sync_arb((aff_t *) u, prec);
    hi = k_mat(k, n, n); hj = k_mat(k, n, n); hih = k_mat(k, n, n);
    if (!arb_mat_inv(hi, u->g, prec)) wk_bi_error(S, "h is not certified invertible");
    x = k_vec(k, n); y = k_vec(k, n);
    kv = k_arb(k); fv = k_arb(k); s = k_arb(k); c = k_arb(k); acc = k_arb(k); wj = k_arb(k);
    m = k_mem(k, n * sizeof(slong));
    for (i = 0; i < n; i++) tot *= grid.m;
    hv = wk_root(S, wk_nil());
    hihv = wk_root(S, wk_nil());
    xv = wk_root(S, wk_nil());
    yv = wk_root(S, wk_nil());
    rv = wk_root(S, wk_nil());
    for (j = 0; j < ns; j++) {
        const wk_value *e = wk_list_get(smp, j), *gm = e;
        slong r_, c_;
        arb_one(wj);
        if (wk_typeof(e) == T_REC) {
            const wk_value *w = wk_rec_get(e, "w");
            gm = wk_rec_get(e, "g");
            if (!gm) wk_arg_error(S, next, "sample %ld has no field g", (long) j + 1);
            if (w && !wk_get_arb(wj, w, prec)) wk_arg_error(S, next, "sample %ld: w is not a real number", (long) j + 1);
        }
        if (!wk_mat_dims(gm, &r_, &c_) || r_ != n || c_ != n)
            wk_arg_error(S, next, "sample %ld is not a %ldx%ld matrix", (long) j + 1, (long) n, (long) n);
        if (!wk_get_arb_mat(hj, gm, prec)) wk_arg_error(S, next, "sample %ld must have real entries", (long) j + 1);
        arb_mat_mul(hih, hi, hj, prec);
        slot_set(hv, wk_mat_from_arb_mat(hj));
        slot_set(hihv, wk_mat_from_arb_mat(hih));
        arb_zero(s);
        for (cnt = 0; cnt < tot; cnt++) {
            wk_value a2[2];
            slong r = cnt;
            for (i = 0; i < n; i++) {
                m[i] = r % grid.m; r /= grid.m;
                arb_set_si(x + i, 2 * m[i] + 1);
                arb_mul_2exp_si(x + i, x + i, -1);
                arb_mul(x + i, x + i, grid.step, prec);
                arb_add(x + i, x + i, grid.lo, prec);
            }
            if ((cnt & 255) == 0) wk_check_interrupt(S);
            slot_set(xv, vec_value(x, n));
            a2[0] = *xv; a2[1] = *hv;
            call_real(S, rv, fv, &argv[1], 2, a2, prec, "F");
            if (!arb_is_zero(fv)) {
                for (i = 0; i < n; i++) arb_sub(x + i, x + i, u->t + i, prec);
                for (i = 0; i < n; i++) arb_dot(y + i, NULL, 0, hi->rows[i], 1, x, 1, n, prec);
                slot_set(yv, vec_value(y, n));
                a2[0] = *yv; a2[1] = *hihv;
                call_real(S, rv, kv, &argv[0], 2, a2, prec, "the kernel k");
                arb_addmul(s, kv, fv, prec);
            }
        }
        /* weight w_j |det h'_j|^-1 */
        arb_mat_det(c, hj, prec);
        arb_abs(c, c);
        arb_div(s, s, c, prec);
        arb_addmul(acc, s, wj, prec);
        wk_progress("group_correlation", (double) j, (double) ns);
    }
    wk_progress_done();
    arb_pow_ui(c, grid.step, n, prec);
    arb_mul(acc, acc, c, prec);
    arb_div_si(acc, acc, ns, prec);
    return real_value_round(acc, lie_target(S));
}

/* ---- the table ----------------------------------------------------------------------------------- */
#define MAT_NOTE "Matrices may be exact ([3, 1; -2, 5]) or balls; results are balls refined until every entry\n" \
    "shows the session's digits (an entry whose ball contains 0 is bounded relative to the norm).\n"
#define GROUP_NOTE "group=\"SL\" demands det A = 1 (exactly, for exact input) instead of det A > 0.\n"

static const wk_builtin lie_builtins[] = {
    { "in_GLplus", "M", bi_in_GLplus,
      "in_GLplus(A): whether det A > 0 (A in GL+(n)); exact for exact input.",
      "Ball input: decided when the determinant ball is > 0 or <= 0, otherwise an error\n"
      "\"det = ... contains 0: membership in GL+(n) undecided\".",
      "in_GLplus([3, 1; -2, 5]) and not in_GLplus([1, 2; 3, 4])" },
    { "in_SL", "M", bi_in_SL,
      "in_SL(A): whether det A = 1 (A in SL(n)); exact for exact input.",
      "Ball input: false when the determinant ball excludes 1, true only for an exact 1,\n"
      "otherwise an error (undecided).  [1 + 10^-30, 0; 0, 1] is not in SL(2).",
      "in_SL([2, 3; 1, 2]) and not in_SL([1 + 10^-30, 0; 0, 1])" },
    { "expm", "M", bi_expm,
      "expm(X): the matrix exponential exp(X), certified (arb_mat_exp).",
      MAT_NOTE "Any square real matrix.",
      "expm([0, -1; 1, 0])[2, 1] == sin(1)" },
    { "logm", "M;info", bi_logm,
      "logm(A): the principal matrix logarithm (eigenvalues with imaginary part in (-pi, pi)).",
      MAT_NOTE
      "2x2: closed forms (certified also for defective A); n >= 3: a certified eigendecomposition\n"
      "(repeated semisimple eigenvalues are fine); exact defective A: the Hermite interpolant of log\n"
      "on the exact spectrum (certified).  An eigenvalue on (-oo, 0] is an error naming it\n"
      "(\"no principal log\"); an eigenvalue ball merely touching (-oo, 0] is \"undecided\".\n"
      "Where no certified routine exists (a defective ball matrix, n >= 3) the result is a record\n"
      "{L, certified: false, residual, note, unique}: L is residual-verified, |exp(L) - A|_F <= residual,\n"
      "and not an enclosure.  info=true always returns that record.",
      "contains(logm(expm([1, 2; 0, 1]))[1, 2], 2)" },
    { "sqrtm", "M", bi_sqrtm,
      "sqrtm(A): the principal square root (eigenvalues with positive real part).",
      MAT_NOTE "Methods and errors as for logm; a defective ball matrix (n >= 3) has no certified\n"
      "square root here (an error).",
      "contains(sqrtm([4, 0; 0, 9])[2, 2], 3)" },
    { "polar", "M;group", bi_polar,
      "polar(A): the polar decomposition A = U exp(X) = exp(Xl) U as a record {U, X, Xl, H, Hl}.",
      MAT_NOTE
      "U in SO(n), H = (A^T A)^(1/2) = exp(X), Hl = (A A^T)^(1/2) = exp(Xl), Xl = U X U^T.\n"
      "A must be in GL+(n): det A <= 0 is an error \"det = -2 <= 0: not in GL+(2)\".\n" GROUP_NOTE
      "Certified by resolvent bounds (lib/lie/NOTES.md); ill-conditioned A costs more bits.",
      "P = polar([3, 1; -2, 5]); abs(P.U[1, 2] - 0.351123441588391691830341712037) < 10^-29" },
    { "iwasawa", "M;group", bi_iwasawa,
      "iwasawa(A): the Iwasawa decomposition A = K diag(a) N as a record {K, a, N}.",
      MAT_NOTE
      "K in SO(n), a_i > 0 (a list), N unit upper triangular: the QR factorisation with positive\n"
      "diagonal.  For exact A (n <= 16), N is exact (A^T A = L D L^T over Q, N = L^T).  prod a_i = det A,\n"
      "a_1 = |A e_1|.\n" GROUP_NOTE,
      "iwasawa([3, 1; -2, 5]).N == [1, -7/13; 0, 1]" },
    { "cartan_kak", "M;group", bi_cartan_kak,
      "cartan_kak(A): A = U1 diag(sigma) V^T with U1, V in SO(n), as a record {U1, sigma, V, unique}.",
      MAT_NOTE
      "sigma descending (always unique).  When the sigma balls are pairwise disjoint the factors are\n"
      "certified and fixed by: columns of V unit eigenvectors of A^T A with their largest entry\n"
      "positive, column 1 negated if det V = -1 (unique: true).  Otherwise unique: false and U1, V\n"
      "are nil (the factors are not unique: (U1 m, V m) for m = diag(+-1), det m = 1, and more).\n"
      GROUP_NOTE,
      "len(cartan_kak([3, 1; -2, 5]).sigma) == 2" },
    { "singular_values", "M", bi_singular_values,
      "singular_values(A): the singular values of the square matrix A, descending, as a list of balls.",
      "Each has full relative accuracy (also tiny ones).  No group membership is needed.",
      "contains(singular_values([3, 0; 0, -5])[1], 5)" },
    { "eig_sym", "M", bi_eig_sym,
      "eig_sym(S): the eigenvalues of the symmetric matrix S, ascending, as a list of balls.",
      "Certified enclosures; clusters share one hull.  A non-symmetric exact S is an error.",
      "contains(eig_sym([2, 1; 1, 2])[2], 3)" },
    { "in_exp_image", "M;group", bi_in_exp_image,
      "in_exp_image(A): whether A = exp(X) for a real X in gl(n) (group=\"SL\": in sl(n)).",
      "Exact input is decided exactly (Culver: every negative eigenvalue has Jordan blocks of each\n"
      "size an even number of times; the characteristic polynomial is factored over Q).  A matrix\n"
      "outside GL+(n) (or SL(n)) is not in the image.  SL(2): tr A > -2 or A = -I.  Ball input:\n"
      "n = 2 by the trace, n >= 3 true when no eigenvalue disc meets (-oo, 0], false for a certified\n"
      "simple negative eigenvalue, otherwise an error (undecided).  Elements outside the image still\n"
      "have the product form A = expm(Xl) expm(K) (product_form).",
      "not in_exp_image([-2, 3/2; 0, -1/2]) and in_exp_image([2, 1; 1, 1])" },
    { "exp_preimage", "M;group,info", bi_exp_preimage,
      "exp_preimage(A): a real logarithm X of A in gl(n) (group=\"SL\": sl(n)).",
      MAT_NOTE
      "The principal log when it exists; for n = 2 and A = -c I the log log(c) I + pi [0, -1; 1, 0]\n"
      "(not unique: with info=true the record says unique: false).  Outside the image: an error\n"
      "\"no real logarithm (Culver): not in exp(sl(2))\".  n >= 3 with a negative eigenvalue (a real\n"
      "log without a principal one) is not constructed.",
      "exp_preimage([-1, 0; 0, -1])[2, 1] == pi" },
    { "chart_exp", "M;group", bi_chart_exp,
      "chart_exp(Y): the paper's global chart xi(Y) = exp(Xp) exp(Xk), Xp = (Y + Y^T)/2, Xk = (Y - Y^T)/2.",
      MAT_NOTE "group=\"SL\" needs tr Y = 0.  Inverse: chart_log.",
      "chart_exp([0, 0; 0, 0]) == identity(2)" },
    { "chart_log", "M;group,info", bi_chart_log,
      "chart_log(A): xi^-1(A) = Xl + log U, one matrix whose symmetric part is Xl and skew part log U.",
      MAT_NOTE
      "(U, Xl from polar(A).)  A = expm(Xl) expm(log U) also outside exp(gl(n)).  The SO(2) angle is\n"
      "the principal one in (-pi, pi] (the authors' code uses [0, 2 pi)).  A rotation angle equal to\n"
      "pi makes log U non-unique (info=true: unique: false); a ball U whose angle cannot be separated\n"
      "from pi gives a residual-verified record (see logm).",
      "Y = chart_log([3, 1; -2, 5]); contains(chart_exp(Y)[2, 1], -2)" },
    { "product_form", "M;group", bi_product_form,
      "product_form(A): A = expm(Xl) expm(K) with Xl = log of the left polar factor, K = log U, as a record.",
      "Fields: Xl (symmetric), K (skew, rotation angles in [0, pi]), unique (false when an angle is\n"
      "pi), certified, in_exp_image (whether A is also exp of one real matrix).  Works for every A in\n"
      "GL+(n), also outside the exp image (spec D5).",
      "F = product_form([-2, 3/2; 0, -1/2]); not F.in_exp_image" },
    { "log_SO", "M;info", bi_log_SO,
      "log_SO(U): the logarithm of a rotation U in SO(n): a real skew matrix with angles in [0, pi].",
      "n = 2: theta [0, -1; 1, 0] with theta = atan2(u21, u11) in (-pi, pi].  An angle pi: the\n"
      "canonical choice (info=true: unique: false).  Exact U must satisfy U^T U = I, det U = 1.",
      "log_SO([0, -1; 1, 0])[2, 1] == pi/2" },
    { "vee", "M;group,alpha,p", bi_vee,
      "vee(X): coordinates of X in gl(n) (group=\"SL\": sl(n)) in the orthonormal basis of the spec.",
      "Inner product alpha tr(X^T Y) (alpha=1).  GL(2): e11, (e12+e21)/sqrt2, e22, (e21-e12)/sqrt2;\n"
      "SL(2): (e12+e21)/sqrt2, (e21-e12)/sqrt2, (e11-e22)/sqrt2 (each over sqrt alpha); n >= 3:\n"
      "e_ii (GL) or h_k (SL), then (e_ij+e_ji)/sqrt2, then (e_ji-e_ij)/sqrt2, i < j row-major.\n"
      "p=true: the symmetric part only (coordinates of p = Sym(n) / Sym0(n)).  Inverse: hat.",
      "vee([0, 1; 1, 0])[2] == sqrt(2)" },
    { "hat", "L;group,alpha,p", bi_hat,
      "hat(v): the matrix with coordinates v (the inverse of vee); n is read off the length of v.",
      "Same basis, alpha and p keywords as vee.",
      "hat(vee([1, 2; 3, 4])) == [1, 2; 3, 4]" },
    { "haar_density", "SA;group,log,at", bi_haar_density,
      "haar_density(chart, x): the Haar density of GL+(n) (group=\"SL\": SL(n)) in a chart, at coordinates x.",
      "Charts (spec section 4; dR, dK, dU, dV Haar probability measures on SO(n)):\n"
      "  \"lebesgue\" x = g: |det g|^-n w.r.t. dg (GL+ only)\n"
      "  \"polar\"    x = X symmetric: C_n J(X) w.r.t. dX dR, C_n = 2^(n(n-1)/2) Vol(SO(n));\n"
      "             SL: J(X) w.r.t. dX0 dR (the workbench normalisation H4)\n"
      "  \"sqrt\"     x = S positive definite: 2^-n Vol(SO(n)) det(S)^(-(n+1)/2) (GL+ only)\n"
      "  \"iwasawa\"  x = a (list, n entries > 0): Vol(SO(n)) prod a_i^(n-2i) w.r.t. da dN dK;\n"
      "             SL: x = t_1..t_(n-1) (t = log a): 2^(-n(n-1)/2) e^(sum (n+1-2i) t_i)\n"
      "  \"cartan\"   x = t_1 > ... > t_n (SL: n-1 entries): const prod sinh(t_i - t_j)\n"
      "J(X) = prod_{i<j} sinh(l_i - l_j)/(l_i - l_j) over the eigenvalues of X (haar_J).\n"
      "at=true: x is a group element g, decomposed in the chart first.  log=true: the log density.",
      "haar_density(\"polar\", [0, 0; 0, 0]) == 4*pi" },
    { "haar_const", "SN;group", bi_haar_const,
      "haar_const(chart, n): the normalising constant of the chart's Haar density (see haar_density).",
      "GL+: lebesgue 1, polar 2^(n(n-1)/2) Vol(SO(n)) (C_2 = 4 pi, C_3 = 64 pi^2), sqrt\n"
      "2^-n Vol(SO(n)), iwasawa Vol(SO(n)), cartan 2^(n(n-1)/2-(n-1)) Vol(SO(n))^2.  SL: polar 1,\n"
      "iwasawa 2^(-n(n-1)/2), cartan 2^-(n-1) Vol(SO(n)).",
      "haar_const(\"polar\", 3) == 64*pi^2" },
    { "vol_SO", "N", bi_vol_SO,
      "vol_SO(n): the volume of SO(n) for the metric (1/2) tr(A^T B): prod_{k=2}^n 2 pi^(k/2)/Gamma(k/2).",
      "vol_SO(2) = 2 pi, vol_SO(3) = 8 pi^2; vol_SO(1) = 1.",
      "vol_SO(3) == 8*pi^2" },
    { "haar_J", "A;log", bi_haar_J,
      "haar_J(X): J(X) = prod_{i<j} sinh(l_i - l_j)/(l_i - l_j) over the eigenvalues l of the symmetric X.",
      "X may also be the list of eigenvalues.  J(0) = 1; J(k X k^T) = J(-X) = J(X).  log=true: log J\n"
      "(J grows like e^(sum |l_i - l_j|)).",
      "haar_J([0, 0; 0, 0]) == 1" },
    { "haar_sample", "SN[N];seed,method,sigma2,width,alpha,grid", bi_haar_sample,
      "haar_sample(G, n, N): N samples of SO(n) (Haar), or of GL+(n)/SL(n) with importance weights.",
      "G = \"SO\": Haar rotations (Mezzadri: QR of a Gaussian matrix; n = 2 angle uniform in [-pi, pi)).\n"
      "  grid=true (SO(2)): the rotations by 2 pi k/N.  One sample: {R, seed}; N: {samples, seed}.\n"
      "G = \"GL+\" or \"SL\": g = exp(X) R, R Haar on SO(n), with a weight w such that\n"
      "  integral f dmu ~ (1/N) sum w_i f(g_i) (Haar measure of haar_density's polar chart).\n"
      "  method=\"polar\" (the paper's sampler): v ~ N(0, sigma2 I) in vee coordinates of p (alpha),\n"
      "  X = hat(v)/2, w = C J(X)/q(X); method=\"box\": measure coordinates of X uniform in\n"
      "  [-width, width], w = C J(X) (2 width)^dim p.  Defaults sigma2 = 0.1, width = 1.\n"
      "  One sample: {g, ginv, X, R, w, logw, seed}; N: {samples, seed, method}.\n"
      "seed=s makes it reproducible; without it a seed is derived from setting(\"seed\") and printed.",
      "s = haar_sample(\"SO\", 3, seed=1); contains(det(s.R), 1)" },
    { "invariant_integral", "FSN;N,method,seed,sigma2,width,alpha", bi_invariant_integral,
      "invariant_integral(f, G, n): Monte Carlo estimate of the Haar integral of f over GL+(n) or SL(n).",
      "f is a wk function of the matrix g.  Returns {value, stderr, N, method, seed}; stderr is the\n"
      "sample standard error sqrt(var/N) (statistical, not a bound).  Haar measure as in haar_density\n"
      "(polar chart; SL by H4).  method=\"polar\" (importance weights C J/q, unbiased; sigma2 default 1),\n"
      "\"box\" (uniform in [-width, width]: integrates f over exp(box) SO(n)), or \"unweighted\" (the\n"
      "plain mean of f over the polar sampler, as the paper's layers do: not invariant).  N=1000.\n"
      "Samples are computed at min(precision, 64) bits.  Check value: the integral of exp(-|g|_F^2)\n"
      "over SL(2) is pi e^-2/4 = 0.10629.",
      "r = invariant_integral(g -> 1, \"SL\", 2, N=10, seed=1); r.N == 10" },
    { "affine", "AM;group", bi_affine,
      "affine(t, g): the element (t, g) = [g, t; 0, 1] of the affine group R^n x| GL+(n) (or SL(n)).",
      "Arithmetic: x * y = (t1 + g1 t2, g1 g2); x^-1 = (-g^-1 t, g^-1); x / y; x^k; x * v acts on a\n"
      "vector: g v + t.  Exact while t and g are exact.  Fields: t, g, n, matrix, modular\n"
      "(Delta = |det g|^-1, mu_L(E x) = Delta(x) mu_L(E)), haar_left (|det g|^-1 w.r.t. dt dmu_G),\n"
      "haar_right (1).  See affine_haar, lift_correlation, group_correlation.",
      "x = affine([1, 2], [2, 0; 0, 1]); x * x^-1 == affine([0, 0], identity(2))" },
    { "affine_haar", "A;side,lebesgue", bi_affine_haar,
      "affine_haar(x): the left (side=\"right\": right) Haar density of R^n x| G at x.",
      "W.r.t. dt dmu_G(g): left |det g|^-1, right 1.  lebesgue=true (GL+ only): w.r.t. dt dg,\n"
      "left |det g|^(-n-1), right |det g|^-n.  SL is unimodular.",
      "affine_haar(affine([0], [[2]])) == 1/2" },
    { "affine_modular", "A", bi_affine_modular,
      "affine_modular(x): the modular function Delta(t, g) = |det g|^-1 of R^n x| G.",
      "mu_L(E x) = Delta(x) mu_L(E).",
      "affine_modular(affine([5, 1], [2, 1; 0, 3])) == 1/6" },
    { "lift_correlation", "FFA[A];lo,step,m", bi_lift_correlation,
      "lift_correlation(k, f, x): (k * f)(t, h) = |det h|^-1 int k(h^-1 (y - t)) f(y) dy at x = (t, h).",
      "k and f are functions of a vector (list); x is an affine element, or pass t and h.  The\n"
      "integral is the midpoint sum over the grid of m^n cells of side step from lo in every\n"
      "coordinate (defaults lo = -4, step = 1/4, m = 32): a ball for that sum, not a bound on the\n"
      "quadrature error.  Equivariant: (k * L_u f) = L_u (k * f), (L_u f)(y) = f(u^-1 y).",
      "lift_correlation(y -> 1, y -> 1, affine([0], [[1]]), m=4, step=1) == 4" },
    { "group_correlation", "FFA*;lo,step,m", bi_group_correlation,
      "group_correlation(k, F, x, samples): the group correlation (k * F)(t, h) of R^n x| G at x.",
      "(k * F)(t, h) = int_G int k(h^-1 (y - t), h^-1 h') F(y, h') |det h'|^-1 dy dmu_G(h'), the\n"
      "h'-integral as (1/N) sum w_j (...) over the samples (a list of matrices, w = 1, or the result\n"
      "of haar_sample with its weights), the y-integral on the grid of lift_correlation.  k and F\n"
      "take (vector, matrix).  x is an affine element, or pass t and h.",
      "group_correlation((y, g) -> 1, (y, g) -> 1, affine([0], [[1]]), [[[1]]], m=2, step=1) == 2" },
    { NULL, NULL, NULL, NULL, NULL, NULL }
};

const wk_module wk_mod_lie = { "lie", "Lie group decompositions of GL+(n) and SL(n): polar, Iwasawa, Cartan, Haar measures",
                               lie_builtins };

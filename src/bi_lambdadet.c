/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   src/bi_lambdadet.c: the builtins of lib/lambdadet — Robbins–Rumsey
   lambda-determinants (numeric, symbolic, generic), the multi-parameter
   (site-weight) lambda-determinant, the condensation array (octahedron
   recurrence), and alternating sign matrices.
   Spec: shared/specs/lambda-determinants.md. */
#include <string.h>
#include <stdlib.h>
#include <flint/fmpz_mat.h>
#include <flint/fmpq_mat.h>
#include <flint/fmpq_mpoly.h>
#include <flint/fmpz_vec.h>
#include "wk_api.h"
#include "wk_lambdadet.h"

/* ======================================================================
   Matrix views: a wk matrix, a list of equal-length rows, a flat list
   (one row) or the empty list (0 x 0), for arguments taken as "A".
   ====================================================================== */
typedef struct {
    slong r, c;
    int flat;
    const wk_value *v;
} mview;

static int mview_init(mview *m, const wk_value *v)
{
    slong i, n;
    m->v = v;
    m->flat = 0;
    if (wk_mat_dims(v, &m->r, &m->c)) return 1;
    n = wk_list_len(v);
    if (n == 0) { m->r = m->c = 0; return 1; }
    if (n < 0) return 0;
    for (i = 0; i < n; i++) {
        wk_type t = wk_typeof(wk_list_get(v, i));
        if (t == T_LIST || t == T_MAT || t == T_STR || t == T_REC) return 0;
    }
    m->flat = 1; m->r = 1; m->c = n;
    return 1;
}

static const wk_value *mview_get(const mview *m, slong i, slong j)
{
    return m->flat ? wk_list_get(m->v, j) : wk_mat_get(m->v, i, j);
}

/* kind of the entries: 0 all exact numbers, 1 some polynomial, -1 a bad
   entry (a ball, a string, a series ...) */
static int mview_kind(const mview *m)
{
    slong i, j;
    int k = 0;
    for (i = 0; i < m->r; i++)
        for (j = 0; j < m->c; j++) {
            const wk_value *e = mview_get(m, i, j);
            if (wk_is_exact_number(e)) continue;
            if (wk_typeof(e) == T_POLY) { k = 1; continue; }
            return -1;
        }
    return k;
}

static void mview_fmpq(fmpq_mat_t A, const mview *m)
{
    slong i, j;
    for (i = 0; i < m->r; i++)
        for (j = 0; j < m->c; j++) wk_get_fmpq(fmpq_mat_entry(A, i, j), mview_get(m, i, j));
}

/* whether every entry is an integer */
static int mview_is_int(const mview *m)
{
    slong i, j;
    for (i = 0; i < m->r; i++)
        for (j = 0; j < m->c; j++)
            if (wk_typeof(mview_get(m, i, j)) != T_INT) return 0;
    return 1;
}

static void mview_fmpz(fmpz_mat_t A, const mview *m)
{
    slong i, j;
    for (i = 0; i < m->r; i++)
        for (j = 0; j < m->c; j++) fmpz_set(fmpz_mat_entry(A, i, j), &mview_get(m, i, j)->u.z);
}

static const char *EXACT_MSG = "entries must be exact (integer, rational or polynomial)";

/* A matrix argument (positional index i, or a keyword when i < 0) for the
   square-matrix builtins: checks it is square with exact entries. */
static void need_square_exact(wk_state *S, int i, const mview *m, const char *what)
{
    if (m->r != m->c) wk_arg_error(S, i, "%s is %ldx%ld, not square", what, (long) m->r, (long) m->c);
    if (mview_kind(m) < 0) wk_arg_error(S, i, "%s", EXACT_MSG);
}

/* ======================================================================
   Polynomial contexts: the union of the variables of several values, and
   conversion of values into it.
   ====================================================================== */
typedef struct {
    slong *ids;
    slong n, cap;
} idset;

static void idset_add(idset *s, slong id)
{
    slong i;
    for (i = 0; i < s->n; i++) if (s->ids[i] == id) return;
    if (s->n == s->cap) {
        s->cap = 2 * s->cap + 8;
        s->ids = flint_realloc(s->ids, s->cap * sizeof(slong));
    }
    s->ids[s->n++] = id;
}

static void idset_value(idset *s, const wk_value *v)
{
    if (wk_typeof(v) == T_POLY) {
        const wk_poly *p = (const wk_poly *) v->u.h;
        slong i;
        for (i = 0; i < p->c->nvars; i++) idset_add(s, p->c->gv[i]);
    }
}

static void idset_mview(idset *s, const mview *m)
{
    slong i, j;
    for (i = 0; i < m->r; i++)
        for (j = 0; j < m->c; j++) idset_value(s, mview_get(m, i, j));
}

/* index of global variable id in context c, -1 if absent */
static slong ctx_index(const wk_pctx *c, slong id)
{
    slong i;
    for (i = 0; i < c->nvars; i++) if (c->gv[i] == id) return i;
    return -1;
}

/* num/den of an exact number or polynomial value in the context ctx, whose
   first c->nvars variables are those of c (a private context may have more). */
static void to_ctx(fmpq_mpoly_t num, fmpq_mpoly_t den, const wk_value *v, const wk_pctx *c,
                   const fmpq_mpoly_ctx_t ctx)
{
    if (wk_typeof(v) == T_POLY) {
        const wk_poly *p = (const wk_poly *) v->u.h;
        slong *map = flint_malloc((p->c->nvars + 1) * sizeof(slong)), i;
        for (i = 0; i < p->c->nvars; i++) map[i] = ctx_index(c, p->c->gv[i]);
        fmpq_mpoly_compose_fmpq_mpoly_gen(num, p->num, map, p->c->ctx, ctx);
        fmpq_mpoly_compose_fmpq_mpoly_gen(den, p->den, map, p->c->ctx, ctx);
        flint_free(map);
    } else {
        fmpq_t q;
        fmpq_init(q);
        wk_get_fmpq(q, v);
        fmpq_mpoly_set_fmpq(num, q, ctx);
        fmpq_mpoly_one(den, ctx);
        fmpq_clear(q);
    }
}

static int value_has_den(const wk_value *v)
{
    if (wk_typeof(v) != T_POLY) return 0;
    return !fmpq_mpoly_is_one(((const wk_poly *) v->u.h)->den, ((const wk_poly *) v->u.h)->c->ctx);
}

/* If v is a declared variable (a polynomial equal to one variable), its id. */
static int value_var(const wk_value *v, slong *id)
{
    const wk_poly *p;
    slong i, nv;
    int ok = 0;
    if (wk_typeof(v) != T_POLY) return 0;
    p = (const wk_poly *) v->u.h;
    if (!fmpq_mpoly_is_one(p->den, p->c->ctx) || fmpq_mpoly_length(p->num, p->c->ctx) != 1) return 0;
    nv = p->c->nvars;
    for (i = 0; i < nv; i++)
        if (fmpq_mpoly_is_gen(p->num, i, p->c->ctx)) { *id = p->c->gv[i]; ok = 1; }
    return ok;
}

/* Moves num/den from the private context W (first c->nvars variables = c's,
   the others absent from num/den) to a wk value in c. */
static wk_value from_private(wk_pctx *c, fmpq_mpoly_t num, fmpq_mpoly_t den,
                             const fmpq_mpoly_ctx_t W, slong wvars)
{
    slong *map = flint_malloc((wvars + 1) * sizeof(slong)), i;
    fmpq_mpoly_t n2, d2;
    wk_value v;
    for (i = 0; i < wvars; i++) map[i] = i < c->nvars ? i : -1;
    fmpq_mpoly_init(n2, c->ctx); fmpq_mpoly_init(d2, c->ctx);
    fmpq_mpoly_compose_fmpq_mpoly_gen(n2, num, map, W, c->ctx);
    fmpq_mpoly_compose_fmpq_mpoly_gen(d2, den, map, W, c->ctx);
    v = wk_poly_make(c, n2, d2);
    fmpq_mpoly_clear(n2, c->ctx); fmpq_mpoly_clear(d2, c->ctx);
    flint_free(map);
    return v;
}

static void set_monomial(fmpq_mpoly_t m, const ulong *e, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_t one;
    fmpq_init(one);
    fmpq_one(one);
    fmpq_mpoly_zero(m, ctx);
    fmpq_mpoly_set_coeff_fmpq_ui(m, one, e, ctx);
    fmpq_clear(one);
}

/* The lib's Laurent result (variables named in L->names) as a wk value:
   ids[v] is the wk variable for lib variable v. */
static wk_value laurent_value(wk_lambdadet_laurent_t L, const slong *ids)
{
    wk_pctx *c = wk_pctx_get(ids, L->nvars);
    slong *map = flint_malloc((L->nvars + 1) * sizeof(slong)), v;
    int identity = (c->nvars == L->nvars);
    fmpq_mpoly_t den;
    ulong *e;
    wk_value r;
    for (v = 0; v < L->nvars; v++) {
        map[v] = ctx_index(c, ids[v]);
        if (map[v] != v) identity = 0;
    }
    e = flint_calloc(c->nvars + 1, sizeof(ulong));
    for (v = 0; v < L->nvars; v++) e[map[v]] += (ulong) (-L->shift[v]);
    if (identity) {
        /* same variables in the same order: the lib's polynomial is already
           one of this context (FLINT contexts are determined by nvars, ord) */
        fmpq_mpoly_struct lp = *L->poly;    /* a shallow view, only read */
        fmpq_mpoly_init(den, c->ctx);
        set_monomial(den, e, c->ctx);
        r = wk_poly_make(c, &lp, den);
        fmpq_mpoly_clear(den, c->ctx);
    } else {
        /* permute the variables term by term (FLINT's compose_gen multiplies
           every exponent vector by a matrix: far too slow for 10^6 terms) */
        fmpq_mpoly_t num;
        ulong *a = flint_calloc(L->nvars + 1, sizeof(ulong)), *b = flint_calloc(c->nvars + 1, sizeof(ulong));
        slong t, len = fmpq_mpoly_length(L->poly, L->ctx), w = L->nvars - 1, np = 0, u;
        int onemoved = c->nvars == L->nvars && L->nvars >= 2;
        fmpz_mpoly_struct *Z;
        const fmpz_mpoly_struct *src = L->poly->zpoly;
        const fmpz_mpoly_ctx_struct *sctx = L->ctx->zctx;
        fmpq_mpoly_init(num, c->ctx);
        Z = num->zpoly;
        fmpz_mpoly_fit_length(Z, len, c->ctx->zctx);
        /* the usual case: only the last lib variable (lam, declared earlier
           by the user) moves forward; the others keep their order */
        for (v = 0; v + 1 < w && onemoved; v++) if (map[v] > map[v + 1]) onemoved = 0;
        for (v = 0; v < w && onemoved; v++) if (map[v] < map[w]) np++;
        if (onemoved) {
            /* source order is (P, R, w), target (P, w, R): inside each block
               of equal P-exponents, a stable bucket sort by w, decreasing.
               The exponents are read once, into E (bytes when they fit). */
            slong nv = L->nvars, *ord = flint_malloc((len + 1) * sizeof(slong)), *cnt, maxw = 0, start = 0;
            slong *deg = flint_malloc((nv + 1) * sizeof(slong));
            int bytes = 1;
            unsigned char *E = NULL;
            fmpz_mpoly_degrees_si(deg, src, sctx);
            for (v = 0; v < nv; v++) if (deg[v] > 255) bytes = 0;
            if (bytes) {
                E = flint_malloc(len * nv + 1);
                for (t = 0; t < len; t++) {
                    fmpz_mpoly_get_term_exp_ui(a, src, t, sctx);
                    for (v = 0; v < nv; v++) E[t * nv + v] = (unsigned char) a[v];
                }
                maxw = deg[w] < 0 ? 0 : deg[w];
                cnt = flint_malloc((maxw + 2) * sizeof(slong));
                while (start < len) {
                    slong end = start + 1, k;
                    while (end < len && memcmp(E + start * nv, E + end * nv, np) == 0) end++;
                    for (k = 0; k <= maxw + 1; k++) cnt[k] = 0;
                    for (t = start; t < end; t++) cnt[maxw - E[t * nv + w] + 1]++;
                    for (k = 1; k <= maxw + 1; k++) cnt[k] += cnt[k - 1];
                    for (t = start; t < end; t++) ord[start + cnt[maxw - E[t * nv + w]]++] = t;
                    start = end;
                }
                for (u = 0; u < len; u++) {
                    t = ord[u];
                    for (v = 0; v < nv; v++) b[map[v]] = E[t * nv + v];
                    fmpz_mpoly_push_term_fmpz_ui(Z, src->coeffs + t, b, c->ctx->zctx);
                }
                flint_free(cnt);
                flint_free(E);
            } else
                onemoved = 0;
            flint_free(ord); flint_free(deg);
        }
        if (!onemoved) {
            for (t = 0; t < len; t++) {
                fmpz_mpoly_get_term_exp_ui(a, src, t, sctx);
                memset(b, 0, c->nvars * sizeof(ulong));
                for (v = 0; v < L->nvars; v++) b[map[v]] += a[v];
                fmpz_mpoly_push_term_fmpz_ui(Z, src->coeffs + t, b, c->ctx->zctx);
            }
            fmpz_mpoly_sort_terms(Z, c->ctx->zctx);
            fmpz_mpoly_combine_like_terms(Z, c->ctx->zctx);
        }
        fmpq_set(num->content, L->poly->content);
        fmpq_mpoly_reduce(num, c->ctx);
        flint_free(a); flint_free(b);
        fmpq_mpoly_clear(L->poly, L->ctx);    /* free memory early; L is cleared below */
        fmpq_mpoly_init(L->poly, L->ctx);
        fmpq_mpoly_init(den, c->ctx);
        set_monomial(den, e, c->ctx);
        r = wk_poly_make(c, num, den);
        fmpq_mpoly_clear(num, c->ctx);
        fmpq_mpoly_clear(den, c->ctx);
    }
    flint_free(e);
    flint_free(map);
    return r;
}

/* wk variable ids for the lib's generic names (x11 ..., lam, p11 ..., r22 ...) */
static slong *laurent_ids(wk_state *S, wk_lambdadet_laurent_t L, slong lam_id)
{
    slong *ids = flint_malloc((L->nvars + 1) * sizeof(slong)), v;
    for (v = 0; v < L->nvars; v++)
        ids[v] = (lam_id >= 0 && strcmp(L->names[v], "lam") == 0) ? lam_id : wk_var_id(S, L->names[v]);
    return ids;
}

static wk_value var_value(slong id)
{
    wk_pctx *c = wk_pctx_get(&id, 1);
    fmpq_mpoly_t m;
    wk_value v;
    fmpq_mpoly_init(m, c->ctx);
    fmpq_mpoly_gen(m, 0, c->ctx);
    v = wk_poly_make(c, m, NULL);
    fmpq_mpoly_clear(m, c->ctx);
    return v;
}

/* ======================================================================
   Argument helpers for lambda and for the site weights p, r
   ====================================================================== */

/* lambda: 0 exact number, 1 polynomial (or rational function); throws otherwise */
static int lambda_kind(wk_state *S, int i, const wk_value *lam)
{
    if (wk_is_exact_number(lam)) return 0;
    if (wk_typeof(lam) == T_POLY) return 1;
    wk_arg_error(S, i, "lambda must be exact (integer, rational or polynomial), got %s", wk_type_name(lam));
}

/* p or r: positional argument i, or keyword name; a matrix, [] (0x0), or a
   scalar meaning the constant matrix of the right size.  *scalar is set. */
typedef struct {
    const wk_value *v;
    mview m;
    int scalar, argi;
} param;

static void get_param(wk_state *S, param *P, int argc, const wk_value *argv, int i,
                      const char *name, slong want)
{
    const wk_value *kw = wk_kwarg(S, name);
    P->argi = i;
    P->scalar = 0;
    if (argc > i && kw != NULL) wk_arg_error(S, i, "%s given twice (as argument %d and as %s=)", name, i + 1, name);
    P->v = argc > i ? &argv[i] : kw;
    if (P->v == NULL) {
        if (want == 0) { P->m.r = P->m.c = 0; P->m.v = NULL; P->m.flat = 0; P->scalar = -1; return; }
        wk_bi_error(S, "%s is missing (a %ldx%ld matrix of site weights, or one number for all of them)",
                    name, (long) want, (long) want);
    }
    if (wk_is_number(P->v) || wk_typeof(P->v) == T_POLY) {
        if (!wk_is_exact_number(P->v) && wk_typeof(P->v) != T_POLY)
            wk_arg_error(S, i, "%s must be exact (integer, rational or polynomial)", name);
        P->scalar = 1;
        P->m.r = P->m.c = want;
        return;
    }
    if (!mview_init(&P->m, P->v))
        wk_arg_error(S, i, "%s must be a matrix (or one number for every site), got %s", name, wk_type_name(P->v));
    if (mview_kind(&P->m) < 0) wk_arg_error(S, i, "%s: %s", name, EXACT_MSG);
}

static const wk_value *param_get(const param *P, slong i, slong j)
{
    return P->scalar ? P->v : mview_get(&P->m, i, j);
}

static int param_kind(const param *P)
{
    if (P->scalar < 0) return 0;
    if (P->scalar) return wk_typeof(P->v) == T_POLY ? 1 : 0;
    return mview_kind(&P->m);
}

static int param_has_den(const param *P)
{
    slong i, j;
    for (i = 0; i < P->m.r; i++)
        for (j = 0; j < P->m.c; j++)
            if (P->scalar >= 0 && value_has_den(param_get(P, i, j))) return 1;
    return 0;
}

static void param_fmpq(fmpq_mat_t A, const param *P)
{
    slong i, j;
    for (i = 0; i < P->m.r; i++)
        for (j = 0; j < P->m.c; j++) wk_get_fmpq(fmpq_mat_entry(A, i, j), param_get(P, i, j));
}

/* p and r of ldet_multi / ldet_pyramid / ldet_transfer: checks sizes with
   the spec's message */
static void get_pr(wk_state *S, param *p, param *r, slong n, int argc, const wk_value *argv, int i0)
{
    slong np = FLINT_MAX(n - 1, 0), nr = FLINT_MAX(n - 2, 0);
    get_param(S, p, argc, argv, i0, "p", np);
    get_param(S, r, argc, argv, i0 + 1, "r", nr);
    if (p->m.r != np || p->m.c != np)
        wk_arg_error(S, i0, "p must be %ldx%ld for a %ldx%ld matrix, got %ldx%ld",
                     (long) np, (long) np, (long) n, (long) n, (long) p->m.r, (long) p->m.c);
    if (r->m.r != nr || r->m.c != nr)
        wk_arg_error(S, i0 + 1, "r must be %ldx%ld for a %ldx%ld matrix, got %ldx%ld",
                     (long) nr, (long) nr, (long) n, (long) n, (long) r->m.r, (long) r->m.c);
}

/* ======================================================================
   ldet, ldet_multi: numeric and symbolic
   ====================================================================== */

/* Is m the generic matrix: n^2 distinct variables?  Fills ids (n*n). */
static int generic_ids(const mview *m, slong *ids)
{
    slong i, j, k, n = m->r;
    for (i = 0; i < n; i++)
        for (j = 0; j < m->c; j++) {
            if (!value_var(mview_get(m, i, j), ids + i * m->c + j)) return 0;
            for (k = 0; k < i * m->c + j; k++) if (ids[k] == ids[i * m->c + j]) return 0;
        }
    return 1;
}

typedef enum { METHOD_AUTO, METHOD_CONDENSE, METHOD_EXPAND } ldet_method;

static ldet_method get_method(wk_state *S)
{
    const wk_value *kw = wk_kwarg(S, "method");
    const char *s;
    if (kw == NULL) return METHOD_AUTO;
    s = wk_str_get(kw);
    if (s == NULL) wk_bi_error(S, "method must be a string (\"auto\", \"condense\" or \"expand\"), got %s", wk_type_name(kw));
    if (strcmp(s, "auto") == 0) return METHOD_AUTO;
    if (strcmp(s, "condense") == 0) return METHOD_CONDENSE;
    if (strcmp(s, "expand") == 0) return METHOD_EXPAND;
    wk_bi_error(S, "unknown method \"%s\" (accepted: \"auto\", \"condense\", \"expand\")", s);
}

/* Symbolic det_lambda (lam != NULL) or det_{p,r} (P, R != NULL) of a matrix
   with polynomial entries: exact condensation over Q[vars] (lib), rows with
   denominators scaled first (det_lambda is homogeneous of degree 1 in each
   row), a rational-function lambda = a/b substituted into det_t afterwards. */
static wk_value ldet_symbolic(wk_state *S, const mview *M, const wk_value *lam,
                              const param *P, const param *R)
{
    slong n = M->r, i, j, k, wvars, tvar = -1, N = n * (n - 1) / 2;
    idset ids = { flint_malloc(8 * sizeof(slong)), 0, 8 };
    wk_pctx *c;
    fmpq_mpoly_ctx_t Wown;
    const fmpq_mpoly_ctx_struct *W;
    fmpq_mpoly_struct *E, *D, *PP = NULL, *RR = NULL;
    fmpq_mpoly_t num, den, lnum, lden, scale, g;
    int lam_frac = 0, own = 0;
    wk_status st;
    wk_value v = wk_nil();
    slong np = FLINT_MAX(n - 1, 0), nr = FLINT_MAX(n - 2, 0);

    idset_mview(&ids, M);
    if (lam) idset_value(&ids, lam);
    if (P) {
        for (i = 0; i < np; i++) for (j = 0; j < np; j++) idset_value(&ids, param_get(P, i, j));
        for (i = 0; i < nr; i++) for (j = 0; j < nr; j++) idset_value(&ids, param_get(R, i, j));
    }
    c = wk_pctx_get(ids.ids, ids.n);
    flint_free(ids.ids);
    lam_frac = lam != NULL && value_has_den(lam);
    if (lam_frac) {
        /* one more variable t (last) for det_t, then t = a/b */
        own = 1;
        wvars = c->nvars + 1;
        tvar = c->nvars;
        fmpq_mpoly_ctx_init(Wown, wvars, ORD_LEX);
        W = Wown;
    } else {
        wvars = c->nvars;
        W = c->ctx;
    }
    E = flint_malloc((n * n + 1) * sizeof(fmpq_mpoly_struct));
    D = flint_malloc((n * n + 1) * sizeof(fmpq_mpoly_struct));
    for (i = 0; i < n * n; i++) { fmpq_mpoly_init(E + i, W); fmpq_mpoly_init(D + i, W); }
    fmpq_mpoly_init(num, W); fmpq_mpoly_init(den, W);
    fmpq_mpoly_init(lnum, W); fmpq_mpoly_init(lden, W);
    fmpq_mpoly_init(scale, W); fmpq_mpoly_init(g, W);
    fmpq_mpoly_one(scale, W);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) to_ctx(E + i * n + j, D + i * n + j, mview_get(M, i, j), c, W);
    /* rows with denominators: multiply the row by the lcm of its denominators */
    for (i = 0; i < n; i++) {
        fmpq_mpoly_t l;
        int any = 0;
        fmpq_mpoly_init(l, W);
        fmpq_mpoly_one(l, W);
        for (j = 0; j < n; j++)
            if (!fmpq_mpoly_is_one(D + i * n + j, W)) {
                any = 1;
                fmpq_mpoly_gcd(g, l, D + i * n + j, W);
                fmpq_mpoly_mul(l, l, D + i * n + j, W);
                fmpq_mpoly_divides(l, l, g, W);
            }
        if (any) {
            for (j = 0; j < n; j++) {
                fmpq_mpoly_divides(g, l, D + i * n + j, W);
                fmpq_mpoly_mul(E + i * n + j, E + i * n + j, g, W);
            }
            fmpq_mpoly_mul(scale, scale, l, W);
        }
        fmpq_mpoly_clear(l, W);
    }
    if (P) {
        fmpq_mpoly_t dd;
        fmpq_mpoly_init(dd, W);
        PP = flint_malloc((np * np + 1) * sizeof(fmpq_mpoly_struct));
        RR = flint_malloc((nr * nr + 1) * sizeof(fmpq_mpoly_struct));
        for (i = 0; i < np * np; i++) { fmpq_mpoly_init(PP + i, W); to_ctx(PP + i, dd, param_get(P, i / np, i % np), c, W); }
        for (i = 0; i < nr * nr; i++) { fmpq_mpoly_init(RR + i, W); to_ctx(RR + i, dd, param_get(R, i / nr, i % nr), c, W); }
        fmpq_mpoly_clear(dd, W);
        st = wk_lambdadet_ldet_multi_mpoly(num, den, E, n, PP, RR, W);
    } else {
        to_ctx(lnum, lden, lam, c, W);
        if (lam_frac) {
            fmpq_mpoly_t t;
            fmpq_mpoly_init(t, W);
            fmpq_mpoly_gen(t, tvar, W);
            st = wk_lambdadet_ldet_mpoly(num, den, E, n, t, W);
            fmpq_mpoly_clear(t, W);
            if (st == WK_OK) {
                /* num(t) = sum_e c_e t^e, degree <= N: sum_e c_e a^e b^(N-e) / b^N (Horner) */
                fmpq_mpoly_t H, ce, bp;
                fmpq_mpoly_init(H, W); fmpq_mpoly_init(ce, W); fmpq_mpoly_init(bp, W);
                fmpq_mpoly_one(bp, W);
                for (k = N; k >= 0; k--) {
                    ulong e = (ulong) k;
                    fmpq_mpoly_get_coeff_vars_ui(ce, num, &tvar, &e, 1, W);
                    fmpq_mpoly_mul(H, H, lnum, W);
                    fmpq_mpoly_mul(ce, ce, bp, W);
                    fmpq_mpoly_add(H, H, ce, W);
                    fmpq_mpoly_mul(bp, bp, lden, W);
                }
                /* bp = b^(N+1) now; the denominator needs b^N */
                fmpq_mpoly_pow_ui(bp, lden, N, W);
                fmpq_mpoly_mul(den, den, bp, W);
                fmpq_mpoly_swap(num, H, W);
                fmpq_mpoly_clear(H, W); fmpq_mpoly_clear(ce, W); fmpq_mpoly_clear(bp, W);
            }
        } else
            st = wk_lambdadet_ldet_mpoly(num, den, E, n, lnum, W);
    }
    if (st == WK_OK) {
        fmpq_mpoly_mul(den, den, scale, W);
        if (own) v = from_private(c, num, den, W, wvars);
        else v = wk_poly_make(c, num, den);
    }
    for (i = 0; i < n * n; i++) { fmpq_mpoly_clear(E + i, W); fmpq_mpoly_clear(D + i, W); }
    flint_free(E); flint_free(D);
    if (PP) {
        for (i = 0; i < np * np; i++) fmpq_mpoly_clear(PP + i, W);
        for (i = 0; i < nr * nr; i++) fmpq_mpoly_clear(RR + i, W);
        flint_free(PP); flint_free(RR);
    }
    fmpq_mpoly_clear(num, W); fmpq_mpoly_clear(den, W);
    fmpq_mpoly_clear(lnum, W); fmpq_mpoly_clear(lden, W);
    fmpq_mpoly_clear(scale, W); fmpq_mpoly_clear(g, W);
    if (own) fmpq_mpoly_ctx_clear(Wown);
    if (st != WK_OK) wk_bi_status(S, st);
    return v;
}

/* the generic matrix (and lambda a variable or a number): the ASM expansion */
/* takes ownership of xids (n*n wk variable ids of the entries) */
static wk_value ldet_generic_expand(wk_state *S, slong n, slong *xids, const wk_value *lam)
{
    wk_lambdadet_laurent_t L;
    fmpq_t q;
    slong lam_id = -1, *ids, v;
    wk_status st;
    wk_value r;
    fmpq_init(q);
    if (!value_var(lam, &lam_id)) wk_get_fmpq(q, lam);
    wk_lambdadet_laurent_init(L);
    st = wk_lambdadet_expand(L, n, lam_id >= 0 ? NULL : q, 0);
    fmpq_clear(q);
    if (st != WK_OK) { flint_free(xids); wk_bi_status(S, st); }
    ids = flint_malloc((L->nvars + 1) * sizeof(slong));
    for (v = 0; v < L->nvars; v++) ids[v] = v < n * n ? xids[v] : lam_id;
    flint_free(xids);
    r = laurent_value(L, ids);
    flint_free(ids);
    wk_lambdadet_laurent_clear(L);
    return r;
}

/* guard for symbolic condensation: generic-like inputs blow up past n = 6 */
static void symbolic_guard(wk_state *S, const mview *M)
{
    slong i, j, k = 0, n = M->r;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            if (wk_typeof(mview_get(M, i, j)) == T_POLY) k++;
    if (n >= 7 && k > 36)
        wk_throw(S, WK_ERR_OVERFLOW, "%ldx%ld matrix with %ld symbolic entries: symbolic condensation "
                 "is limited to 36 symbolic entries for n >= 7 (its intermediate minors have millions "
                 "of terms); for the generic matrix use ldet_expand(%ld)", (long) n, (long) n, (long) k, (long) n);
}

static wk_value bi_ldet(wk_state *S, int argc, const wk_value *argv)
{
    mview M;
    int mk, lk;
    slong n;
    ldet_method meth = get_method(S);
    (void) argc;
    mview_init(&M, &argv[0]);
    need_square_exact(S, 0, &M, "matrix");
    n = M.r;
    lk = lambda_kind(S, 1, &argv[1]);
    mk = mview_kind(&M);
    if (mk == 0 && lk == 0 && meth != METHOD_EXPAND) {
        fmpq_mat_t A;
        fmpq_t lam, res;
        wk_status st;
        wk_value v;
        fmpq_mat_init(A, n, n);
        fmpq_init(lam); fmpq_init(res);
        mview_fmpq(A, &M);
        wk_get_fmpq(lam, &argv[1]);
        st = wk_lambdadet_ldet(res, A, lam);
        if (st == WK_OK) v = wk_rat_fmpq(res);
        fmpq_mat_clear(A); fmpq_clear(lam); fmpq_clear(res);
        if (st != WK_OK) wk_bi_status(S, st);
        return v;
    }
    {
        slong *ids = flint_malloc((n * n + 1) * sizeof(slong)), lid;
        int generic = n >= 1 && generic_ids(&M, ids)
                      && (wk_is_exact_number(&argv[1]) || value_var(&argv[1], &lid));
        if (generic && (meth == METHOD_EXPAND || (meth == METHOD_AUTO && n >= 6))) {
            if (!wk_is_exact_number(&argv[1])) {
                slong k;
                for (k = 0; k < n * n; k++)
                    if (ids[k] == lid) {
                        flint_free(ids);
                        wk_arg_error(S, 1, "lambda is the variable of entry (%ld,%ld); use another name",
                                     (long) (k / n + 1), (long) (k % n + 1));
                    }
            }
            return ldet_generic_expand(S, n, ids, &argv[1]);   /* frees ids */
        }
        flint_free(ids);
        if (meth == METHOD_EXPAND)
            wk_bi_error(S, "method \"expand\" needs the generic matrix (n^2 distinct variables, e.g. "
                        "ldet_generic(n).x) and lambda a number or a variable");
    }
    symbolic_guard(S, &M);
    return ldet_symbolic(S, &M, &argv[1], NULL, NULL);
}

static wk_value bi_ldet_multi(wk_state *S, int argc, const wk_value *argv)
{
    mview M;
    param P, R;
    slong n;
    mview_init(&M, &argv[0]);
    need_square_exact(S, 0, &M, "matrix");
    n = M.r;
    get_pr(S, &P, &R, n, argc, argv, 1);
    if (param_has_den(&P) || param_has_den(&R))
        wk_bi_error(S, "site weights p and r must be numbers or polynomials (det_{p,r} is a polynomial in them)");
    if (mview_kind(&M) == 0 && param_kind(&P) == 0 && param_kind(&R) == 0) {
        fmpq_mat_t A, p, r;
        fmpq_t res;
        wk_status st;
        wk_value v;
        fmpq_mat_init(A, n, n);
        fmpq_mat_init(p, P.m.r, P.m.c);
        fmpq_mat_init(r, R.m.r, R.m.c);
        fmpq_init(res);
        mview_fmpq(A, &M);
        param_fmpq(p, &P);
        param_fmpq(r, &R);
        st = wk_lambdadet_ldet_multi(res, A, p, r);
        if (st == WK_OK) v = wk_rat_fmpq(res);
        fmpq_mat_clear(A); fmpq_mat_clear(p); fmpq_mat_clear(r); fmpq_clear(res);
        if (st != WK_OK) wk_bi_status(S, st);
        return v;
    }
    symbolic_guard(S, &M);
    return ldet_symbolic(S, &M, NULL, &P, &R);
}

/* ======================================================================
   ldet_transfer, ldet_pyramid: numeric only
   ====================================================================== */

/* numeric M and (lambda | p, r) for ldet_transfer and ldet_pyramid */
typedef struct {
    fmpq_mat_t A, p, r;
    fmpq_t lam;
    int multi;
} numargs;

static void get_numargs(wk_state *S, numargs *a, int argc, const wk_value *argv)
{
    mview M;
    param P, R;
    slong n;
    mview_init(&M, &argv[0]);
    need_square_exact(S, 0, &M, "matrix");
    n = M.r;
    if (mview_kind(&M) != 0)
        wk_arg_error(S, 0, "entries must be exact numbers here (symbolic entries: use ldet)");
    if (argc > 1) {
        if (wk_kwarg(S, "p") || wk_kwarg(S, "r"))
            wk_bi_error(S, "give either lambda or the site weights p=, r=, not both");
        if (lambda_kind(S, 1, &argv[1]) != 0)
            wk_arg_error(S, 1, "lambda must be an exact number here (symbolic lambda: use ldet)");
        a->multi = 0;
        fmpq_init(a->lam);
        wk_get_fmpq(a->lam, &argv[1]);
        fmpq_mat_init(a->A, n, n);
        mview_fmpq(a->A, &M);
        return;
    }
    if (!wk_kwarg(S, "p") && !wk_kwarg(S, "r"))
        wk_bi_error(S, "expected lambda, or the site weights p= and r=");
    get_pr(S, &P, &R, n, 1, argv, 1);
    if (param_kind(&P) != 0 || param_kind(&R) != 0)
        wk_bi_error(S, "site weights must be exact numbers here (symbolic weights: use ldet_multi)");
    a->multi = 1;
    fmpq_mat_init(a->A, n, n);
    fmpq_mat_init(a->p, P.m.r, P.m.c);
    fmpq_mat_init(a->r, R.m.r, R.m.c);
    mview_fmpq(a->A, &M);
    param_fmpq(a->p, &P);
    param_fmpq(a->r, &R);
}

static void clear_numargs(numargs *a)
{
    fmpq_mat_clear(a->A);
    if (a->multi) { fmpq_mat_clear(a->p); fmpq_mat_clear(a->r); }
    else fmpq_clear(a->lam);
}

static wk_value bi_ldet_transfer(wk_state *S, int argc, const wk_value *argv)
{
    numargs a;
    fmpq_t res;
    wk_status st;
    wk_value v;
    get_numargs(S, &a, argc, argv);
    fmpq_init(res);
    if (a.multi) st = wk_lambdadet_ldet_multi_transfer(res, a.A, a.p, a.r);
    else st = wk_lambdadet_ldet_transfer(res, a.A, a.lam);
    if (st == WK_OK) v = wk_rat_fmpq(res);
    fmpq_clear(res);
    clear_numargs(&a);
    if (st != WK_OK) wk_bi_status(S, st);
    return v;
}

static wk_value bi_ldet_pyramid(wk_state *S, int argc, const wk_value *argv)
{
    numargs a;
    wk_lambdadet_pyramid_t X;
    wk_status st;
    wk_value rec, lv;
    slong k, n;
    get_numargs(S, &a, argc, argv);
    n = fmpq_mat_nrows(a.A);
    wk_lambdadet_pyramid_init(X);
    if (a.multi) st = wk_lambdadet_pyramid_multi(X, a.A, a.p, a.r);
    else st = wk_lambdadet_pyramid(X, a.A, a.lam);
    clear_numargs(&a);
    if (st != WK_OK) { wk_lambdadet_pyramid_clear(X); wk_bi_status(S, st); }
    lv = wk_list_new(n + 1);
    for (k = 0; k <= n; k++) wk_list_push(&lv, wk_mat_from_fmpq_mat(X->levels + k));
    rec = wk_rec_new();
    wk_rec_set(&rec, "n", wk_int_si(n));
    wk_rec_set(&rec, "det", wk_rat_fmpq(fmpq_mat_entry(X->levels + n, 0, 0)));
    wk_rec_set(&rec, "levels", lv);
    wk_lambdadet_pyramid_clear(X);
    return rec;
}

/* ======================================================================
   Generic expansions
   ====================================================================== */

#define EXPAND_HARD_LIMIT (((slong) 1) << 26)

static slong get_limit(wk_state *S, slong dflt, slong hard)
{
    const wk_value *kw = wk_kwarg(S, "limit");
    slong l;
    if (kw == NULL) return dflt;
    if (!wk_get_si(&l, kw) || l < 1)
        wk_bi_error(S, "limit must be a positive integer, got %s", wk_type_name(kw));
    if (hard > 0 && l > hard)
        wk_throw(S, WK_ERR_OVERFLOW, "limit %ld is above the largest allowed, %ld (memory)", (long) l, (long) hard);
    return l;
}

static wk_value bi_ldet_expand(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, WORD_MIN, WORD_MAX), lam_id = -1, *ids;
    slong limit = get_limit(S, WK_LAMBDADET_EXPAND_MAX_TERMS, EXPAND_HARD_LIMIT);
    ldet_method meth = get_method(S);
    wk_lambdadet_laurent_t L;
    fmpq_t q;
    wk_status st;
    wk_value r;
    int numeric = 0;
    if (argc > 1) {
        if (wk_is_exact_number(&argv[1])) numeric = 1;
        else if (!value_var(&argv[1], &lam_id)) {
            lambda_kind(S, 1, &argv[1]);
            wk_arg_error(S, 1, "lambda must be a number or a declared variable, got a polynomial");
        }
    }
    if (meth == METHOD_AUTO) meth = METHOD_EXPAND;
    if (lam_id >= 0) {
        /* the entries are x11 ... : lambda must not be one of them */
        const char *nm = wk_var_name(lam_id);
        if (nm[0] == 'x' && n >= 1 && strlen(nm) >= 3) {
            slong i, j;
            for (i = 1; i <= n; i++)
                for (j = 1; j <= n; j++) {
                    char b[48];
                    if (i <= 9 && j <= 9) snprintf(b, sizeof b, "x%ld%ld", (long) i, (long) j);
                    else snprintf(b, sizeof b, "x_%ld_%ld", (long) i, (long) j);
                    if (strcmp(b, nm) == 0) wk_arg_error(S, 1, "lambda is the entry variable %s; use another name", nm);
                }
        }
    }
    fmpq_init(q);
    if (numeric) wk_get_fmpq(q, &argv[1]);
    wk_lambdadet_laurent_init(L);
    if (meth == METHOD_CONDENSE) st = wk_lambdadet_condense_generic(L, n, numeric ? q : NULL);
    else st = wk_lambdadet_expand(L, n, numeric ? q : NULL, limit);
    fmpq_clear(q);
    if (st != WK_OK) wk_bi_status(S, st);
    ids = laurent_ids(S, L, lam_id);
    r = laurent_value(L, ids);
    flint_free(ids);
    wk_lambdadet_laurent_clear(L);
    return r;
}

static wk_value bi_ldet_expand_multi(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, WORD_MIN, WORD_MAX), *ids;
    slong limit = get_limit(S, WK_LAMBDADET_EXPAND_MAX_TERMS, EXPAND_HARD_LIMIT);
    ldet_method meth = get_method(S);
    wk_lambdadet_laurent_t L;
    wk_status st;
    wk_value r;
    (void) argc;
    wk_lambdadet_laurent_init(L);
    if (meth == METHOD_CONDENSE) st = wk_lambdadet_condense_generic_multi(L, n);
    else st = wk_lambdadet_expand_multi(L, n, limit);
    if (st != WK_OK) wk_bi_status(S, st);
    ids = laurent_ids(S, L, -1);
    r = laurent_value(L, ids);
    flint_free(ids);
    wk_lambdadet_laurent_clear(L);
    return r;
}

static wk_value name_matrix(wk_state *S, char c, slong rows, slong off)
{
    wk_value m = wk_mat_new(rows, rows);
    slong i, j;
    for (i = 1; i <= rows; i++)
        for (j = 1; j <= rows; j++) {
            char b[48];
            slong a = i + off, bb = j + off, id;
            if (a <= 9 && bb <= 9) snprintf(b, sizeof b, "%c%ld%ld", c, (long) a, (long) bb);
            else snprintf(b, sizeof b, "%c_%ld_%ld", c, (long) a, (long) bb);
            id = wk_var_id(S, b);
            wk_mat_set(&m, i - 1, j - 1, var_value(id));
        }
    return m;
}

static wk_value bi_ldet_generic(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, 0, 30);
    wk_value rec = wk_rec_new();
    (void) argc; (void) argv;
    wk_rec_set(&rec, "x", name_matrix(S, 'x', n, 0));
    wk_rec_set(&rec, "p", name_matrix(S, 'p', FLINT_MAX(n - 1, 0), 0));
    wk_rec_set(&rec, "r", name_matrix(S, 'r', FLINT_MAX(n - 2, 0), 1));
    wk_rec_set(&rec, "lam", var_value(wk_var_id(S, "lam")));
    return rec;
}

/* ======================================================================
   The general octahedron recurrence with user coefficients
   ====================================================================== */
static wk_value bi_ldet_octahedron(wk_state *S, int argc, const wk_value *argv)
{
    mview M, *C;
    slong n, k, i, j, nc, total = 0, off;
    idset ids;
    wk_pctx *c;
    fmpq_mpoly_struct *E, *CC;
    fmpq_mpoly_t num, den;
    int failed;
    slong fk, fi, fj;
    wk_status st;
    wk_value rec;
    (void) argc;
    mview_init(&M, &argv[0]);
    need_square_exact(S, 0, &M, "matrix");
    n = M.r;
    nc = wk_list_len(&argv[1]);
    if (nc < 0) wk_arg_error(S, 1, "coefficients must be a list of matrices (levels k = 2..n), got %s", wk_type_name(&argv[1]));
    if (nc != FLINT_MAX(n - 1, 0))
        wk_arg_error(S, 1, "coefficients: a %ldx%ld matrix needs one level for each k = 2..%ld (%ld), got %ld",
                     (long) n, (long) n, (long) n, (long) FLINT_MAX(n - 1, 0), (long) nc);
    C = flint_malloc((nc + 1) * sizeof(mview));
    for (k = 2; k <= n; k++) {
        mview *m = C + k - 2;
        slong s = n - k + 1;
        if (!mview_init(m, wk_list_get(&argv[1], k - 2)) || m->r != s || m->c != s) {
            flint_free(C);
            wk_arg_error(S, 1, "coefficients: level k = %ld must be a %ldx%ld matrix", (long) k, (long) s, (long) s);
        }
        if (mview_kind(m) < 0) { flint_free(C); wk_arg_error(S, 1, "coefficients: %s", EXACT_MSG); }
        for (i = 0; i < s; i++)
            for (j = 0; j < s; j++)
                if (value_has_den(mview_get(m, i, j))) {
                    flint_free(C);
                    wk_arg_error(S, 1, "coefficients must be polynomials (no denominators)");
                }
        total += s * s;
    }
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            const wk_value *e = mview_get(&M, i, j);
            if (value_has_den(e)) { flint_free(C); wk_arg_error(S, 0, "entries must be polynomials (no denominators)"); }
            if (i >= 1 && i <= n - 2 && j >= 1 && j <= n - 2 && wk_typeof(e) == T_INT && fmpz_is_zero(&e->u.z)) {
                flint_free(C);
                wk_arg_error(S, 0, "pole: interior entry (%ld,%ld) is zero; the recurrence divides by it", (long) i + 1, (long) j + 1);
            }
        }
    ids.ids = flint_malloc(8 * sizeof(slong)); ids.n = 0; ids.cap = 8;
    idset_mview(&ids, &M);
    for (k = 0; k < nc; k++) idset_mview(&ids, C + k);
    c = wk_pctx_get(ids.ids, ids.n);
    flint_free(ids.ids);
    E = flint_malloc((n * n + 1) * sizeof(fmpq_mpoly_struct));
    CC = flint_malloc((total + 1) * sizeof(fmpq_mpoly_struct));
    fmpq_mpoly_init(num, c->ctx); fmpq_mpoly_init(den, c->ctx);
    for (i = 0; i < n * n; i++) { fmpq_mpoly_init(E + i, c->ctx); to_ctx(E + i, den, mview_get(&M, i / n, i % n), c, c->ctx); }
    off = 0;
    for (k = 2; k <= n; k++) {
        slong s = n - k + 1;
        for (i = 0; i < s * s; i++) {
            fmpq_mpoly_init(CC + off + i, c->ctx);
            to_ctx(CC + off + i, den, mview_get(C + k - 2, i / s, i % s), c, c->ctx);
        }
        off += s * s;
    }
    flint_free(C);
    st = wk_lambdadet_octahedron_mpoly(num, &failed, &fk, &fi, &fj, E, n, CC, c->ctx);
    rec = wk_nil();
    if (st == WK_OK) {
        rec = wk_rec_new();
        wk_rec_set(&rec, "laurent", wk_bool(!failed));
        if (!failed) {
            fmpq_mpoly_one(den, c->ctx);
            for (i = 1; i < n - 1; i++)
                for (j = 1; j < n - 1; j++) fmpq_mpoly_mul(den, den, E + i * n + j, c->ctx);
            wk_rec_set(&rec, "value", wk_poly_make(c, num, den));
            wk_rec_set(&rec, "failed", wk_nil());
        } else {
            wk_value f = wk_list_new(3);
            wk_list_push(&f, wk_int_si(fk));
            wk_list_push(&f, wk_int_si(fi));
            wk_list_push(&f, wk_int_si(fj));
            wk_rec_set(&rec, "value", wk_nil());
            wk_rec_set(&rec, "failed", f);
        }
    }
    for (i = 0; i < n * n; i++) fmpq_mpoly_clear(E + i, c->ctx);
    for (i = 0; i < total; i++) fmpq_mpoly_clear(CC + i, c->ctx);
    flint_free(E); flint_free(CC);
    fmpq_mpoly_clear(num, c->ctx); fmpq_mpoly_clear(den, c->ctx);
    if (st != WK_OK) wk_bi_status(S, st);
    return rec;
}

/* ======================================================================
   Alternating sign matrices
   ====================================================================== */

static wk_value bi_asm_count(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, WORD_MIN, WORD_MAX);
    fmpz_t c;
    wk_status st;
    (void) argc; (void) argv;
    fmpz_init(c);
    st = wk_lambdadet_asm_count(c, n);
    if (st != WK_OK) { fmpz_clear(c); wk_bi_status(S, st); }
    return wk_int_fmpz_move(c);
}

static wk_value asm_matrix(const signed char *a, slong n)
{
    wk_value m = wk_mat_new(n, n);
    slong i;
    for (i = 0; i < n * n; i++)
        if (a[i] != 0) wk_mat_set(&m, i / n, i % n, wk_int_si(a[i]));
    return m;
}

static wk_value bi_asm_list(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, WORD_MIN, WORD_MAX), k;
    slong limit = get_limit(S, wk_setting_si(S, "list_limit"), 0);
    wk_lambdadet_asm_list_t L;
    wk_status st;
    wk_value *l;
    (void) argc; (void) argv;
    wk_lambdadet_asm_list_init(L);
    st = wk_lambdadet_asm_list(L, n, limit);
    if (st != WK_OK) {
        wk_lambdadet_asm_list_clear(L);
        if (st == WK_E_TOO_LARGE)
            wk_throw(S, WK_ERR_OVERFLOW, "%s (raise it with limit= or setting(\"list_limit\", ...))", wk_error_msg());
        wk_bi_status(S, st);
    }
    l = wk_root(S, wk_list_new(L->length));
    for (k = 0; k < L->length; k++) {
        wk_list_push(l, asm_matrix(L->entries + k * n * n, n));
        if ((k & 1023) == 1023 && wk_interrupted()) {
            wk_lambdadet_asm_list_clear(L);
            wk_check_interrupt(S);
        }
    }
    wk_lambdadet_asm_list_clear(L);
    {
        wk_value r;
        wk_copy(&r, l);
        return r;
    }
}

static wk_value bi_asm_stats(wk_state *S, int argc, const wk_value *argv)
{
    slong n = wk_arg_si(S, 0, WORD_MIN, WORD_MAX), i, g, R, G;
    fmpz_mat_t D;
    fmpz_t t, two, three, p2, p3;
    fmpz *byinv, *byneg;
    wk_status st;
    wk_value rec;
    (void) argc; (void) argv;
    fmpz_mat_init(D, 0, 0);
    st = wk_lambdadet_asm_stats(D, n);
    if (st != WK_OK) { fmpz_mat_clear(D); wk_bi_status(S, st); }
    R = fmpz_mat_nrows(D); G = fmpz_mat_ncols(D);
    fmpz_init(t); fmpz_init(two); fmpz_init(three); fmpz_init(p2); fmpz_init(p3);
    byinv = _fmpz_vec_init(R + 1);
    byneg = _fmpz_vec_init(G + 1);
    for (i = 0; i < R; i++)
        for (g = 0; g < G; g++) {
            const fmpz *e = fmpz_mat_entry(D, i, g);
            fmpz_add(t, t, e);
            fmpz_add(byinv + i, byinv + i, e);
            fmpz_add(byneg + g, byneg + g, e);
        }
    for (g = 0; g < G; g++) {
        fmpz_one(p2); fmpz_mul_2exp(p2, p2, g);
        fmpz_set_ui(p3, 3); fmpz_pow_ui(p3, p3, g);
        fmpz_addmul(two, byneg + g, p2);
        fmpz_addmul(three, byneg + g, p3);
    }
    rec = wk_rec_new();
    wk_rec_set(&rec, "n", wk_int_si(n));
    wk_rec_set(&rec, "count", wk_int_fmpz(t));
    wk_rec_set(&rec, "table", wk_mat_from_fmpz_mat(D));
    wk_rec_set(&rec, "by_inv", wk_list_from_fmpz(byinv, R));
    wk_rec_set(&rec, "by_neg", wk_list_from_fmpz(byneg, G));
    wk_rec_set(&rec, "two_enum", wk_int_fmpz(two));
    wk_rec_set(&rec, "three_enum", wk_int_fmpz(three));
    _fmpz_vec_clear(byinv, R + 1);
    _fmpz_vec_clear(byneg, G + 1);
    fmpz_clear(t); fmpz_clear(two); fmpz_clear(three); fmpz_clear(p2); fmpz_clear(p3);
    fmpz_mat_clear(D);
    return rec;
}

/* An ASM argument: returns 1 with A set (initialised r x c) when every entry
   is an integer, else 0 and a reason in why. */
static int get_int_mat(fmpz_mat_t A, char *why, size_t len, const wk_value *v, const char *want)
{
    mview m;
    slong i, j;
    mview_init(&m, v);
    if (!mview_is_int(&m)) {
        for (i = 0; i < m.r; i++)
            for (j = 0; j < m.c; j++) {
                const wk_value *e = mview_get(&m, i, j);
                if (wk_typeof(e) != T_INT) {
                    snprintf(why, len, "entry (%ld,%ld) is %s, not %s", (long) i + 1, (long) j + 1, wk_type_name(e), want);
                    return 0;
                }
            }
    }
    fmpz_mat_init(A, m.r, m.c);
    mview_fmpz(A, &m);
    return 1;
}

static wk_value bi_is_asm(wk_state *S, int argc, const wk_value *argv)
{
    fmpz_mat_t A;
    char why[160];
    int r;
    (void) S; (void) argc;
    if (!get_int_mat(A, why, sizeof why, &argv[0], "-1, 0 or 1")) return wk_bool(0);
    r = wk_lambdadet_is_asm(NULL, 0, A);
    fmpz_mat_clear(A);
    return wk_bool(r);
}

static void need_asm(wk_state *S, fmpz_mat_t A, const wk_value *v)
{
    char why[200];
    if (!get_int_mat(A, why, sizeof why, v, "-1, 0 or 1"))
        wk_arg_error(S, 0, "argument is not an alternating sign matrix (%s)", why);
    if (!wk_lambdadet_is_asm(why, sizeof why, A)) {
        fmpz_mat_clear(A);
        wk_arg_error(S, 0, "argument is not an alternating sign matrix (%s)", why);
    }
}

static wk_value bi_asm_inv(wk_state *S, int argc, const wk_value *argv)
{
    fmpz_mat_t A;
    slong r;
    (void) argc;
    need_asm(S, A, &argv[0]);
    wk_lambdadet_asm_inv(&r, A);
    fmpz_mat_clear(A);
    return wk_int_si(r);
}

static wk_value bi_asm_neg(wk_state *S, int argc, const wk_value *argv)
{
    fmpz_mat_t A;
    slong r;
    (void) argc;
    need_asm(S, A, &argv[0]);
    wk_lambdadet_asm_neg(&r, A);
    fmpz_mat_clear(A);
    return wk_int_si(r);
}

static wk_value bi_asm_weight(wk_state *S, int argc, const wk_value *argv)
{
    fmpz_mat_t A;
    wk_lambdadet_weight_t w;
    wk_value rec, sites;
    slong k;
    (void) argc;
    need_asm(S, A, &argv[0]);
    wk_lambdadet_weight_init(w);
    wk_lambdadet_asm_weight(w, A);
    fmpz_mat_clear(A);
    sites = wk_list_new(fmpz_mat_nrows(w->sites));
    for (k = 0; k < fmpz_mat_nrows(w->sites); k++) {
        wk_value s = wk_list_new(2);
        wk_list_push(&s, wk_int_fmpz(fmpz_mat_entry(w->sites, k, 0)));
        wk_list_push(&s, wk_int_fmpz(fmpz_mat_entry(w->sites, k, 1)));
        wk_list_push(&sites, s);
    }
    rec = wk_rec_new();
    wk_rec_set(&rec, "E", wk_mat_from_fmpz_mat(w->E));
    wk_rec_set(&rec, "F", wk_mat_from_fmpz_mat(w->F));
    wk_rec_set(&rec, "sites", sites);
    wk_lambdadet_weight_clear(w);
    return rec;
}

static wk_value bi_corner_sums(wk_state *S, int argc, const wk_value *argv)
{
    fmpz_mat_t A, H;
    char why[160];
    wk_value v;
    (void) argc;
    if (!get_int_mat(A, why, sizeof why, &argv[0], "an integer"))
        wk_arg_error(S, 0, "entries must be integers (%s)", why);
    fmpz_mat_init(H, 0, 0);
    wk_lambdadet_corner_sums(H, A);
    v = wk_mat_from_fmpz_mat(H);
    fmpz_mat_clear(A); fmpz_mat_clear(H);
    return v;
}

/* number of terms of a polynomial (of its numerator, for a Laurent polynomial);
   with a variable x: of distinct monomials in the other variables */
static wk_value bi_nterms(wk_state *S, int argc, const wk_value *argv)
{
    const wk_poly *p;
    slong x = -1, idx, len;
    if (wk_is_exact_number(&argv[0]))
        return wk_int_si(wk_typeof(&argv[0]) == T_INT && fmpz_is_zero(&argv[0].u.z) ? 0 : 1);
    if (wk_typeof(&argv[0]) != T_POLY) wk_arg_error(S, 0, "argument must be a polynomial or a number, got %s", wk_type_name(&argv[0]));
    p = (const wk_poly *) argv[0].u.h;
    if (!fmpq_mpoly_is_fmpq(p->den, p->c->ctx) && fmpq_mpoly_length(p->den, p->c->ctx) != 1)
        wk_arg_error(S, 0, "argument is a rational function, not a (Laurent) polynomial");
    len = fmpq_mpoly_length(p->num, p->c->ctx);
    if (argc < 2) return wk_int_si(len);
    if (!value_var(&argv[1], &x)) wk_arg_error(S, 1, "argument 2 must be a declared variable, got %s", wk_type_name(&argv[1]));
    idx = ctx_index(p->c, x);
    if (idx < 0) return wk_int_si(len);
    {
        /* distinct exponent vectors with the x exponent dropped: push them
           with coefficient 1, sort, combine (no cancellation) and count */
        const fmpz_mpoly_ctx_struct *zc = p->c->ctx->zctx;
        slong nv = p->c->nvars, t;
        ulong *e = flint_calloc(nv + 1, sizeof(ulong));
        fmpz_mpoly_t D;
        fmpz_t one;
        fmpz_init_set_ui(one, 1);
        fmpz_mpoly_init(D, zc);
        fmpz_mpoly_fit_length(D, len, zc);
        for (t = 0; t < len; t++) {
            fmpz_mpoly_get_term_exp_ui(e, p->num->zpoly, t, zc);
            e[idx] = 0;
            fmpz_mpoly_push_term_fmpz_ui(D, one, e, zc);
        }
        fmpz_mpoly_sort_terms(D, zc);
        fmpz_mpoly_combine_like_terms(D, zc);
        len = fmpz_mpoly_length(D, zc);
        fmpz_mpoly_clear(D, zc);
        fmpz_clear(one);
        flint_free(e);
        return wk_int_si(len);
    }
}

/* ======================================================================
   The table
   ====================================================================== */

#define SIGN_HELP \
    "Convention (Robbins-Rumsey): det_lam of [[a, b], [c, d]] is a*d + lam*b*c, so\n" \
    "lam = -1 is the ordinary determinant (Dodgson condensation) and lam = 0 the\n" \
    "product of the diagonal.  In general\n" \
    "  det_lam(M) = sum over n x n alternating sign matrices A of\n" \
    "               lam^(inv(A) - neg(A)) (1 + lam)^neg(A) prod m_ij^a_ij,\n" \
    "a Laurent polynomial in the entries (only interior entries, 2 <= i, j <= n-1,\n" \
    "can appear with exponent -1) and a polynomial of degree n(n-1)/2 in lam.\n"

#define POLE_HELP \
    "Pole rule: an interior entry m_ij = 0 (2 <= i, j <= n-1) is a pole of the\n" \
    "Laurent polynomial and an error unless lam is 0 or -1, e.g.\n" \
    "  ldet: pole: interior entry (2,2) is zero; det_lambda has a term with m22^-1 (lambda = 1)\n" \
    "Zeros on the border are fine.  A zero intermediate lambda-minor (with every\n" \
    "interior entry nonzero) is not an error: the value is computed exactly\n" \
    "(condensation of M + eps R over Laurent series in eps, then eps = 0).\n"

static const wk_builtin lambdadet_builtins[] = {
    { "ldet", "MA;method", bi_ldet,
      "ldet(M, lam): the Robbins-Rumsey lambda-determinant det_lam(M) of a square matrix.",
      SIGN_HELP "\n"
      "M has exact entries: integers, rationals, polynomials or rational functions\n"
      "in declared variables.  lam is an exact number, a declared variable or any\n"
      "polynomial or rational function (ldet(M, 1/t) works).  Numeric input gives\n"
      "a rational (fraction-free/multimodular condensation, n = 100 in well under\n"
      "a second); symbolic input gives a Laurent polynomial (exact condensation with\n"
      "exact division over Q[vars]; the generic matrix of n^2 distinct variables,\n"
      "n >= 6, is built from the ASM sum instead, as ldet_expand does).\n"
      "method=\"condense\" or \"expand\" forces the route for symbolic input.\n\n"
      POLE_HELP "\n"
      "Errors: a non-square matrix ('ldet: matrix is 2x3, not square'); an entry or\n"
      "lam that is a real/complex ball ('ldet: entries must be exact (integer,\n"
      "rational or polynomial)', 'ldet: lambda must be exact (...)'); poles as above.\n"
      "The multi-parameter lambda-determinant, ldet_multi, is wk's reconstructed\n"
      "definition (the thesis's own parametrisation was not available; spec section 3).\n"
      "See also ldet_pyramid (every level), ldet_transfer (the independent\n"
      "monotone-triangle route), ldet_expand (generic expansion).",
      "ldet([1, 2; 3, 4], -1) == det([1, 2; 3, 4]) && ldet([1, 2; 3, 4], 1) == 10" },
    { "ldet_multi", "M[AA];p,r", bi_ldet_multi,
      "ldet_multi(M, p, r): the multi-parameter (site-weight) lambda-determinant det_{p,r}(M).",
      "wk's RECONSTRUCTED definition (spec section 3; the thesis's own parametrisation\n"
      "was not available): the condensation of ldet with the coefficient of the\n"
      "octahedron that makes the k x k block at (i, j)\n"
      "  L^(k)_ij = prod_{t=0}^{k-2} p_{i+t,j+t} * prod_{t=1}^{k-2} r_{i+t,j+t},\n"
      "the site weights on the block's main diagonal strictly inside it.  p is an\n"
      "(n-1)x(n-1) matrix (p_ij at the centre of the 2x2 block at (i, j)); r is\n"
      "(n-2)x(n-2), its entry [a, b] is r_{a+1,b+1} (interior positions).  Either\n"
      "may be one number or polynomial for every site; for n = 2 write r = []\n"
      "(or leave it out).  Keywords work too: ldet_multi(M, p=[3/4], r=[]).\n"
      "p = lam, r = 1/lam gives ldet(M, lam).  ASM expansion (checked symbolically\n"
      "n <= 6): sum over ASMs A of x^A p^E r^F prod over the -1 sites (1 + r_ij),\n"
      "E, F as asm_weight(A) gives them.  Entries, p and r may be polynomials\n"
      "(exact condensation; the division is exact: the Laurent phenomenon).\n\n"
      "Pole rule: an interior zero entry is a pole unless the weights kill every\n"
      "term with that entry to the power -1 (decided exactly, n <= 16).\n"
      "Errors: 'ldet_multi: p must be 3x3 for a 4x4 matrix, got 2x3' (same for r);\n"
      "inexact entries as for ldet.",
      "ldet_multi([5, 2; 2, 8], [3/4], []) == 43" },
    { "ldet_transfer", "M[A];p,r", bi_ldet_transfer,
      "ldet_transfer(M, lam) or ldet_transfer(M, p=P, r=R): det_lam (det_{p,r}) by the transfer (monotone-triangle) evaluation.",
      "The ASM sum of ldet (or of ldet_multi) computed row by row over pairs of\n"
      "consecutive monotone-triangle rows, with no division by a minor: the\n"
      "independent route used to check the condensation.  Exact; numeric input\n"
      "only; O(3^n) work, n <= 16 (n = 12 takes about a second).  Poles are reported\n"
      "as by ldet.",
      "ldet_transfer([1, 2, 3; 4, 5, 6; 7, 8, 10], 2) == 11634/5" },
    { "ldet_pyramid", "M[A];p,r", bi_ldet_pyramid,
      "ldet_pyramid(M, lam) or ldet_pyramid(M, p=P, r=R): the condensation array (octahedron recurrence) of every level.",
      "Returns a record {n, det, levels}: levels[k+1] is the (n-k+1)x(n-k+1) matrix\n"
      "X^(k) for k = 0..n, X^(0) all ones, X^(1) = M, and X^(k)[i, j] the\n"
      "lambda-minor of the k x k block with top-left corner (i, j):\n"
      "  X^(k)_ij = (X^(k-1)_ij X^(k-1)_{i+1,j+1} + lam X^(k-1)_{i,j+1} X^(k-1)_{i+1,j})\n"
      "             / X^(k-2)_{i+1,j+1}\n"
      "(the T-system / octahedron recurrence; with p=, r= the coefficient is the\n"
      "site-weight product of ldet_multi).  det = X^(n)[1, 1] = ldet(M, lam).\n"
      "Numeric input only.  Poles as for ldet (for the multi version every\n"
      "interior zero entry is reported); zero intermediate minors are computed\n"
      "exactly as for ldet.",
      "ldet_pyramid([1, 2; 3, 4], 1).levels[2] == [1, 2; 3, 4]" },
    { "ldet_expand", "Z[A];limit,method", bi_ldet_expand,
      "ldet_expand(n [, lam]): the generic det_lam of the n x n matrix (x_ij) as a Laurent polynomial.",
      "Built from the Robbins-Rumsey ASM sum (one term per ASM, output-sensitive),\n"
      "not by condensation.  Variables x11, x12, ..., xnn (declared if needed) and\n"
      "lam (or the variable you pass); lam may also be a number.  Size: A_n\n"
      "x-monomials (42, 429, 7436, 218348, 10850216 for n = 4..8), and with lam a\n"
      "variable sum over ASMs of (neg + 1) terms (62, 863, 20488, 810056, 52922904).\n"
      "n = 7 with lam symbolic takes well under 2 s; n = 8 with lam a number takes\n"
      "about 10 s and 1.5 GB of memory (progress is shown).  The size guard\n"
      "refuses results past limit= terms (default 2^25 = 33554432, at most 2^26):\n"
      "  ldet_expand: result would have 911835460 monomials (n = 9); limit is 33554432\n"
      "method=\"condense\" computes the same polynomial by symbolic condensation\n"
      "with exact division instead (the generic route; n <= 6 with lam symbolic,\n"
      "n <= 7 with lam a number).",
      "nterms(ldet_expand(3)) == 8" },
    { "ldet_expand_multi", "Z;limit,method", bi_ldet_expand_multi,
      "ldet_expand_multi(n): the generic det_{p,r} of the n x n matrix (x_ij) from its ASM expansion.",
      "sum over ASMs of x^A p^E r^F prod over the -1 sites of (1 + r_ij) (see\n"
      "ldet_multi and asm_weight), in x11 ..., p11 ..., r22 ... (declared if\n"
      "needed): 2^(n(n-1)/2) terms (1, 2, 8, 64, 1024, 32768, 2097152).  This is\n"
      "wk's reconstructed multi-parameter lambda-determinant.  method=\"condense\"\n"
      "builds it by symbolic condensation with exact division (n <= 6), which\n"
      "checks the Laurent phenomenon.  Guard: limit= terms as for ldet_expand.",
      "nterms(ldet_expand_multi(3)) == 8" },
    { "ldet_generic", "N", bi_ldet_generic,
      "ldet_generic(n): the generic variables {x, p, r, lam} for n x n lambda-determinants.",
      "A record: x the n x n matrix of variables x11 ... xnn, p the (n-1)x(n-1)\n"
      "matrix p11 ..., r the (n-2)x(n-2) matrix r22 ... (entry [a, b] is r_{a+1,b+1}),\n"
      "and the variable lam; every variable is declared if needed (n <= 30).\n"
      "ldet(g.x, g.lam) and ldet_multi(g.x, g.p, g.r) are the generic\n"
      "lambda-determinants.",
      "g = ldet_generic(2); ldet(g.x, g.lam) == g.x[1, 1]*g.x[2, 2] + g.lam*g.x[1, 2]*g.x[2, 1]" },
    { "ldet_octahedron", "ML", bi_ldet_octahedron,
      "ldet_octahedron(M, C): the octahedron recurrence with your own coefficients, and whether it is Laurent.",
      "X^(k)_ij = (X^(k-1)_ij X^(k-1)_{i+1,j+1} + C^(k)_ij X^(k-1)_{i,j+1} X^(k-1)_{i+1,j})\n"
      "           / X^(k-2)_{i+1,j+1},\n"
      "X^(0) = ones, X^(1) = M, with C = [C^(2), ..., C^(n)], C^(k) an (n-k+1)x(n-k+1)\n"
      "matrix of polynomials.  Computed over Q[vars] with every level scaled by the\n"
      "product of its block's interior entries, so each step is an exact division\n"
      "exactly when X^(k) is a Laurent polynomial with those denominators.  Returns\n"
      "{laurent: true, value: X^(n)_11, failed: nil} or {laurent: false, value: nil,\n"
      "failed: [k, i, j]} (the first X^(k)_ij whose division was not exact).\n"
      "With C^(k) = lam everywhere this is ldet; with the site-weight products it\n"
      "is ldet_multi.",
      "var c; ldet_octahedron([1, 2; 3, 4], [[c]]).value == 4 + 6*c" },
    { "asm_count", "Z", bi_asm_count,
      "asm_count(n): the number A_n of n x n alternating sign matrices (any n >= 0).",
      "A_n = prod_{k=0}^{n-1} (3k+1)!/(n+k)! = 1, 1, 2, 7, 42, 429, 7436, 218348, ...\n"
      "(n = 0, 1, ...), computed exactly from its prime factorisation\n"
      "(asm_count(1000) is instant).  Guard: at most 2^25 bits (n about 9400).",
      "asm_count(4) == 42" },
    { "asm_list", "Z;limit", bi_asm_list,
      "asm_list(n): every n x n alternating sign matrix, as a list of matrices.",
      "Enumerated through monotone triangles, in decreasing lexicographic order of\n"
      "the entries read row by row (identity first, anti-identity last).  Guard:\n"
      "at most limit= matrices (default: setting(\"list_limit\"), 10^6), so n <= 7\n"
      "by default: 'asm_list: n = 8 gives 10850216 matrices; limit is 1000000'.",
      "len(asm_list(4)) == 42" },
    { "asm_stats", "Z", bi_asm_stats,
      "asm_stats(n): the joint distribution of (inv, neg) over the n x n ASMs.",
      "A record {n, count, table, by_inv, by_neg, two_enum, three_enum}: table[i+1, g+1]\n"
      "is the number of ASMs with inv = i and neg = g (rows i = 0..n(n-1)/2, columns\n"
      "g = 0..floor((n-1)^2/4)); by_inv and by_neg are its row and column sums;\n"
      "count = A_n; two_enum = sum 2^neg = 2^(n(n-1)/2); three_enum = sum 3^neg.\n"
      "A transfer DP over monotone-triangle rows (not an enumeration): n = 12 takes\n"
      "a fraction of a second; n <= 14.  inv and neg as for asm_inv, asm_neg.",
      "asm_stats(3).table == [1, 0; 2, 0; 2, 1; 1, 0]" },
    { "is_asm", "M", bi_is_asm,
      "is_asm(A): whether A is an alternating sign matrix.",
      "Entries in {-1, 0, 1}; in every row and column the nonzero entries alternate\n"
      "in sign and the first and last are +1.  Never an error for a matrix: a\n"
      "non-square matrix or a non-integer entry just gives false.",
      "is_asm([0, 1, 0; 1, -1, 1; 0, 1, 0]) && !is_asm([1, 1; 0, -1])" },
    { "asm_inv", "M", bi_asm_inv,
      "asm_inv(A): the inversion number inv(A) of an alternating sign matrix.",
      "inv(A) = sum over i < k, j > l of a_ij a_kl (an entry strictly above and\n"
      "strictly right of another); the number of inversions for a permutation\n"
      "matrix.  inv(A) - neg(A) >= 0.  Error on a non-ASM, e.g.\n"
      "'asm_inv: argument is not an alternating sign matrix (row 2 sums to 0)'.",
      "asm_inv([0, 1, 0; 1, -1, 1; 0, 1, 0]) == 2" },
    { "asm_neg", "M", bi_asm_neg,
      "asm_neg(A): the number of entries -1 of an alternating sign matrix.",
      "Errors as for asm_inv.",
      "asm_neg([0, 1, 0; 1, -1, 1; 0, 1, 0]) == 1" },
    { "asm_weight", "M", bi_asm_weight,
      "asm_weight(A): the exponents {E, F, sites} of an ASM in the multi-parameter expansion.",
      "With h the corner sums (corner_sums): E[i, j] = min(i,j) - h(i,j) is the\n"
      "exponent of p_ij (1 <= i, j <= n-1); F[a, b] is the exponent of r_{a+1,b+1},\n"
      "F_ij = min(i-1,j-1) - min(h(i-1,j), h(i,j-1)) (2 <= i, j <= n-1); sites lists\n"
      "the positions [i, j] of the -1 entries, each giving a factor (1 + r_ij).\n"
      "sum(E) - sum(F) = asm_inv(A).  Reconstructed (spec section 3).",
      "asm_weight([0, 1; 1, 0]).E == [[1]]" },
    { "corner_sums", "M", bi_corner_sums,
      "corner_sums(A): the corner-sum matrix h(i,j) = sum_{a<=i, b<=j} A[a,b], 0 <= i, j <= n.",
      "Returns the (r+1)x(c+1) integer matrix H with H[i+1, j+1] = h(i, j), so the\n"
      "first row and column (h = 0 on the top/left border) are zero.  For an ASM,\n"
      "0 <= h(i,j) <= min(i,j).  Any integer matrix is accepted.",
      "corner_sums([0, 1; 1, 0]) == [0, 0, 0; 0, 0, 1; 0, 1, 2]" },
    { "nterms", "A[A]", bi_nterms,
      "nterms(p [, x]): the number of terms of a (Laurent) polynomial; with x, of distinct monomials in the other variables.",
      "For a Laurent polynomial the terms of its numerator over a monomial are\n"
      "counted (the same number).  nterms(p, lam) counts the monomials with the\n"
      "powers of lam collected: for a generic det_lam this is the number of ASMs.",
      "var lam; nterms(ldet_expand(3), lam) == 7" },
    { NULL, NULL, NULL, NULL, NULL, NULL }
};

const wk_module wk_mod_lambdadet = { "lambdadet",
    "lambda-determinants (Robbins-Rumsey), alternating sign matrices, the octahedron recurrence",
    lambdadet_builtins };

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Symbolic lambda-condensation (the octahedron recurrence) over Q[vars] with
   exact division (spec 4.3): P^(k) = X^(k) * (product of the block's
   interior entries) is a polynomial exactly when the Laurent phenomenon holds
   (Robbins–Rumsey; Fomin–Zelevinsky, arXiv:math/0104241, for spec 3). */
#include <stdio.h>
#include <string.h>
#include "internal.h"

#define ATP(lv, i, j) ((lv) + (i) * (n + 1) + (j))
#define ENT(i, j) (M + (i) * n + (j))

/* returns 1 ok, 0 division not exact (position set), 2 zero divisor, -1 interrupt */
static int octa_run(fmpq_mpoly_t num, slong *fk, slong *fi, slong *fj,
                    const fmpq_mpoly_struct *M, slong n, const fmpq_mpoly_struct *C,
                    const fmpq_mpoly_ctx_t ctx)
{
    slong k, i, j, s, sz = (n + 1) * (n + 1), off = 0, total = 0, done = 0;
    fmpq_mpoly_struct *lev[3];
    fmpq_mpoly_t t, u, a;
    int ok = 1;
    if (n == 0) { fmpq_mpoly_one(num, ctx); return 1; }
    for (k = 2; k <= n; k++) total += (n - k + 1) * (n - k + 1);
    fmpq_mpoly_init(t, ctx); fmpq_mpoly_init(u, ctx); fmpq_mpoly_init(a, ctx);
    for (k = 0; k < 3; k++) {
        lev[k] = flint_malloc(sz * sizeof(fmpq_mpoly_struct));
        for (i = 0; i < sz; i++) fmpq_mpoly_init(lev[k] + i, ctx);
    }
    for (i = 0; i < sz; i++) fmpq_mpoly_one(lev[0] + i, ctx);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) fmpq_mpoly_set(ATP(lev[1], i, j), ENT(i, j), ctx);
    for (k = 2; k <= n && ok == 1; k++) {
        fmpq_mpoly_struct *q2 = lev[(k - 2) % 3], *q1 = lev[(k - 1) % 3], *q = lev[k % 3];
        s = n - k + 1;
        for (i = 0; i < s && ok == 1; i++)
            for (j = 0; j < s; j++) {
                const fmpq_mpoly_struct *c = C + off + i * s + j;
                if (wk_interrupted()) { ok = -1; break; }
                fmpq_mpoly_mul(t, ATP(q1, i, j), ATP(q1, i + 1, j + 1), ctx);
                fmpq_mpoly_mul(u, ATP(q1, i, j + 1), ATP(q1, i + 1, j), ctx);
                fmpq_mpoly_mul(u, u, c, ctx);
                if (k >= 4) {
                    fmpq_mpoly_mul(a, ENT(i + 1, j + k - 2), ENT(i + k - 2, j + 1), ctx);
                    fmpq_mpoly_mul(t, t, a, ctx);
                    fmpq_mpoly_mul(a, ENT(i + 1, j + 1), ENT(i + k - 2, j + k - 2), ctx);
                    fmpq_mpoly_mul(u, u, a, ctx);
                }
                fmpq_mpoly_add(t, t, u, ctx);
                if (k >= 4) {
                    const fmpq_mpoly_struct *e = ATP(q2, i + 1, j + 1);
                    if (fmpq_mpoly_is_zero(e, ctx)) { ok = 2; break; }
                    if (!fmpq_mpoly_divides(ATP(q, i, j), t, e, ctx)) {
                        ok = 0; *fk = k; *fi = i + 1; *fj = j + 1;
                        break;
                    }
                } else
                    fmpq_mpoly_swap(ATP(q, i, j), t, ctx);
                if ((++done & 7) == 0 || k == n) wk_progress("ldet condensation", (double) done, (double) total);
            }
        off += s * s;
    }
    if (ok == 1) fmpq_mpoly_set(num, ATP(lev[n % 3], 0, 0), ctx);
    else fmpq_mpoly_zero(num, ctx);
    for (k = 0; k < 3; k++) {
        for (i = 0; i < sz; i++) fmpq_mpoly_clear(lev[k] + i, ctx);
        flint_free(lev[k]);
    }
    fmpq_mpoly_clear(t, ctx); fmpq_mpoly_clear(u, ctx); fmpq_mpoly_clear(a, ctx);
    return ok;
}

wk_status wk_lambdadet_octahedron_mpoly(fmpq_mpoly_t num, int *failed,
        slong *fail_k, slong *fail_i, slong *fail_j,
        const fmpq_mpoly_struct *M, slong n, const fmpq_mpoly_struct *C,
        const fmpq_mpoly_ctx_t ctx)
{
    int ok;
    *failed = 0; *fail_k = *fail_i = *fail_j = 0;
    if (n < 0) return wk_error(WK_E_DOMAIN, "n = %ld is negative", (long) n);
    ok = octa_run(num, fail_k, fail_i, fail_j, M, n, C, ctx);
    wk_progress_done();
    if (ok == -1) return wk_error(WK_E_INTERRUPT, "interrupted");
    if (ok == 2) return wk_error(WK_E_DOMAIN, "division by zero: a lambda-minor X^(k-2) is the zero polynomial");
    if (ok == 0) *failed = 1;
    return WK_OK;
}

/* ---- det_lambda / det_{p,r} of a matrix of polynomials ------------------ */

/* coefficients per level: lambda, or the site-weight products of spec 3 */
static fmpq_mpoly_struct *coeffs_build(slong n, const fmpq_mpoly_struct *lambda,
                                       const fmpq_mpoly_struct *p, const fmpq_mpoly_struct *r,
                                       const fmpq_mpoly_ctx_t ctx, slong *len)
{
    slong k, i, j, s, off = 0, total = 0, np = FLINT_MAX(n - 1, 0), nr = FLINT_MAX(n - 2, 0);
    fmpq_mpoly_struct *C;
    for (k = 2; k <= n; k++) total += (n - k + 1) * (n - k + 1);
    C = flint_malloc((total + 1) * sizeof(fmpq_mpoly_struct));
    for (i = 0; i < total; i++) fmpq_mpoly_init(C + i, ctx);
    for (k = 2; k <= n; k++) {
        s = n - k + 1;
        for (i = 0; i < s; i++)
            for (j = 0; j < s; j++) {
                fmpq_mpoly_struct *c = C + off + i * s + j;
                if (lambda != NULL) { fmpq_mpoly_set(c, lambda, ctx); continue; }
                if (k == 2) { fmpq_mpoly_set(c, p + i * np + j, ctx); continue; }
                /* L^(k)_ij = L^(k-1)_ij p_{i+k-2,j+k-2} r_{i+k-2,j+k-2} (1-based) */
                fmpq_mpoly_mul(c, C + off - (s + 1) * (s + 1) + i * (s + 1) + j,
                               p + (i + k - 2) * np + (j + k - 2), ctx);
                fmpq_mpoly_mul(c, c, r + (i + k - 3) * nr + (j + k - 3), ctx);
            }
        off += s * s;
    }
    *len = total;
    return C;
}

static void coeffs_clear(fmpq_mpoly_struct *C, slong len, const fmpq_mpoly_ctx_t ctx)
{
    slong i;
    for (i = 0; i < len; i++) fmpq_mpoly_clear(C + i, ctx);
    flint_free(C);
}

static int mpoly_is_const(const fmpq_mpoly_t a, slong v, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_t c;
    int r;
    if (!fmpq_mpoly_is_fmpq(a, ctx)) return 0;
    fmpq_init(c);
    fmpq_mpoly_get_fmpq(c, a, ctx);
    r = fmpz_equal_si(fmpq_numref(c), v) && fmpz_is_one(fmpq_denref(c));
    fmpq_clear(c);
    return r;
}

/* num/den: cancel the gcd, make den monic */
static void normalise_quotient(fmpq_mpoly_t num, fmpq_mpoly_t den, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_t g;
    fmpq_t lc;
    fmpq_mpoly_init(g, ctx);
    fmpq_init(lc);
    if (!fmpq_mpoly_is_fmpq(den, ctx) && !fmpq_mpoly_is_zero(num, ctx)
        && fmpq_mpoly_gcd(g, num, den, ctx) && !fmpq_mpoly_is_fmpq(g, ctx)) {
        fmpq_mpoly_divides(num, num, g, ctx);
        fmpq_mpoly_divides(den, den, g, ctx);
    }
    if (fmpq_mpoly_is_zero(num, ctx)) fmpq_mpoly_one(den, ctx);
    fmpq_mpoly_get_term_coeff_fmpq(lc, den, 0, ctx);
    fmpq_mpoly_scalar_div_fmpq(num, num, lc, ctx);
    fmpq_mpoly_scalar_div_fmpq(den, den, lc, ctx);
    fmpq_mpoly_clear(g, ctx);
    fmpq_clear(lc);
}

/* The eps-perturbed route for zero minors: one more variable eps, entries
   m + eps R (R seeded random nonzero integers), then eps -> 0. */
static wk_status ldet_mpoly_eps(fmpq_mpoly_t num, fmpq_mpoly_t den, const fmpq_mpoly_struct *M,
                                slong n, const fmpq_mpoly_struct *C, slong clen,
                                const fmpq_mpoly_ctx_t ctx)
{
    slong nv = fmpq_mpoly_ctx_nvars(ctx), v, i, j, seed, fk, fi, fj;
    fmpq_mpoly_ctx_t c2;
    fmpq_mpoly_struct **gens;
    fmpq_mpoly_struct *M2, *C2;
    fmpq_mpoly_t num2, den2, t;
    fmpq_t zero;
    wk_rand_t rs;
    int ok = 2;
    wk_status st = WK_OK;

    fmpq_mpoly_ctx_init(c2, nv + 1, ctx->zctx->minfo->ord);
    gens = flint_malloc(nv * sizeof(fmpq_mpoly_struct *));
    for (v = 0; v < nv; v++) {
        gens[v] = flint_malloc(sizeof(fmpq_mpoly_struct));
        fmpq_mpoly_init(gens[v], c2);
        fmpq_mpoly_gen(gens[v], v, c2);
    }
    M2 = flint_malloc(n * n * sizeof(fmpq_mpoly_struct));
    C2 = flint_malloc((clen + 1) * sizeof(fmpq_mpoly_struct));
    for (i = 0; i < n * n; i++) fmpq_mpoly_init(M2 + i, c2);
    for (i = 0; i < clen; i++) {
        fmpq_mpoly_init(C2 + i, c2);
        fmpq_mpoly_compose_fmpq_mpoly(C2 + i, C + i, gens, ctx, c2);
    }
    fmpq_mpoly_init(num2, c2); fmpq_mpoly_init(den2, c2); fmpq_mpoly_init(t, c2);
    fmpq_init(zero);
    for (seed = 1; seed <= 3 && ok == 2; seed++) {
        wk_rand_init(rs, 0x5eed1000 + seed);
        for (i = 0; i < n * n; i++) {
            slong r = (slong) wk_rand_ulong(rs, 18) - 9;
            fmpq_mpoly_compose_fmpq_mpoly(M2 + i, M + i, gens, ctx, c2);
            fmpq_mpoly_gen(t, nv, c2);
            fmpq_mpoly_scalar_mul_si(t, t, r >= 0 ? r + 1 : r, c2);
            fmpq_mpoly_add(M2 + i, M2 + i, t, c2);
        }
        wk_rand_clear(rs);
        ok = octa_run(num2, &fk, &fi, &fj, M2, n, C2, c2);
    }
    if (ok == 1) {
        int interior_zero = 0;
        fmpq_mpoly_one(den2, c2);
        for (i = 1; i < n - 1; i++)
            for (j = 1; j < n - 1; j++) {
                fmpq_mpoly_mul(den2, den2, M2 + i * n + j, c2);
                if (fmpq_mpoly_is_zero(M + i * n + j, ctx)) interior_zero = 1;
            }
        if (interior_zero) {
            /* only lambda = -1 gets here: the value is a polynomial */
            if (!fmpq_mpoly_divides(num2, num2, den2, c2)) ok = 0;
            fmpq_mpoly_one(den2, c2);
        }
        if (ok == 1) {
            fmpq_mpoly_t e0;
            fmpq_mpoly_struct **back = flint_malloc((nv + 1) * sizeof(fmpq_mpoly_struct *));
            fmpq_mpoly_init(e0, c2);
            fmpq_mpoly_evaluate_one_fmpq(num2, num2, nv, zero, c2);
            fmpq_mpoly_evaluate_one_fmpq(den2, den2, nv, zero, c2);
            for (v = 0; v <= nv; v++) {
                back[v] = flint_malloc(sizeof(fmpq_mpoly_struct));
                fmpq_mpoly_init(back[v], ctx);
                if (v < nv) fmpq_mpoly_gen(back[v], v, ctx);
            }
            fmpq_mpoly_compose_fmpq_mpoly(num, num2, back, c2, ctx);
            fmpq_mpoly_compose_fmpq_mpoly(den, den2, back, c2, ctx);
            for (v = 0; v <= nv; v++) { fmpq_mpoly_clear(back[v], ctx); flint_free(back[v]); }
            flint_free(back);
            fmpq_mpoly_clear(e0, c2);
        }
    }
    if (ok == -1) st = wk_error(WK_E_INTERRUPT, "interrupted");
    else if (ok == 0) st = wk_error(WK_E_INTERNAL, "Laurent phenomenon failed: a division in the "
                                    "perturbed condensation was not exact");
    else if (ok == 2) st = wk_error(WK_E_INTERNAL, "the perturbed condensation still met a zero minor");
    fmpq_clear(zero);
    fmpq_mpoly_clear(num2, c2); fmpq_mpoly_clear(den2, c2); fmpq_mpoly_clear(t, c2);
    for (i = 0; i < n * n; i++) fmpq_mpoly_clear(M2 + i, c2);
    for (i = 0; i < clen; i++) fmpq_mpoly_clear(C2 + i, c2);
    flint_free(M2); flint_free(C2);
    for (v = 0; v < nv; v++) { fmpq_mpoly_clear(gens[v], c2); flint_free(gens[v]); }
    flint_free(gens);
    fmpq_mpoly_ctx_clear(c2);
    return st;
}

static wk_status ldet_mpoly_run(fmpq_mpoly_t num, fmpq_mpoly_t den, const fmpq_mpoly_struct *M,
                                slong n, const fmpq_mpoly_struct *lambda,
                                const fmpq_mpoly_struct *p, const fmpq_mpoly_struct *r,
                                const fmpq_mpoly_ctx_t ctx)
{
    slong i, j, clen, fk, fi, fj;
    fmpq_mpoly_struct *C;
    int ok;
    wk_status st = WK_OK;
    int special = lambda != NULL && (mpoly_is_const(lambda, -1, ctx) || fmpq_mpoly_is_zero(lambda, ctx));

    if (n < 0) return wk_error(WK_E_DOMAIN, "n = %ld is negative", (long) n);
    if (n == 0) { fmpq_mpoly_one(num, ctx); fmpq_mpoly_one(den, ctx); return WK_OK; }
    if (lambda != NULL && fmpq_mpoly_is_zero(lambda, ctx)) {
        fmpq_mpoly_one(num, ctx);
        for (i = 0; i < n; i++) fmpq_mpoly_mul(num, num, M + i * n + i, ctx);
        fmpq_mpoly_one(den, ctx);
        return WK_OK;
    }
    if (!special)
        for (i = 1; i < n - 1; i++)
            for (j = 1; j < n - 1; j++)
                if (fmpq_mpoly_is_zero(M + i * n + j, ctx)) {
                    char name[64];
                    _wk_lambdadet_entry_name(name, sizeof name, i + 1, j + 1, n);
                    if (lambda != NULL) {
                        if (fmpq_mpoly_is_fmpq(lambda, ctx)) {
                            fmpq_t c; char *s;
                            fmpq_init(c); fmpq_mpoly_get_fmpq(c, lambda, ctx);
                            s = fmpq_get_str(NULL, 10, c);
                            st = wk_error(WK_E_DOMAIN, "pole: interior entry (%ld,%ld) is zero; det_lambda has a "
                                          "term with %s^-1 (lambda = %s)", (long) i + 1, (long) j + 1, name, s);
                            flint_free(s); fmpq_clear(c);
                        } else
                            st = wk_error(WK_E_DOMAIN, "pole: interior entry (%ld,%ld) is zero; det_lambda has a "
                                          "term with %s^-1 (lambda is symbolic)", (long) i + 1, (long) j + 1, name);
                    } else
                        st = wk_error(WK_E_DOMAIN, "pole: interior entry (%ld,%ld) is zero; det_{p,r} has a "
                                      "term with %s^-1", (long) i + 1, (long) j + 1, name);
                    return st;
                }
    C = coeffs_build(n, lambda, p, r, ctx, &clen);
    ok = octa_run(num, &fk, &fi, &fj, M, n, C, ctx);
    if (ok == 1) {
        fmpq_mpoly_one(den, ctx);
        for (i = 1; i < n - 1; i++)
            for (j = 1; j < n - 1; j++) fmpq_mpoly_mul(den, den, M + i * n + j, ctx);
    } else if (ok == 2)
        st = ldet_mpoly_eps(num, den, M, n, C, clen, ctx);
    else if (ok == 0)
        st = wk_error(WK_E_INTERNAL, "Laurent phenomenon failed: division not exact at X^(%ld)_%ld,%ld",
                      (long) fk, (long) fi, (long) fj);
    else
        st = wk_error(WK_E_INTERRUPT, "interrupted");
    coeffs_clear(C, clen, ctx);
    wk_progress_done();
    if (st == WK_OK) normalise_quotient(num, den, ctx);
    return st;
}

wk_status wk_lambdadet_ldet_mpoly(fmpq_mpoly_t num, fmpq_mpoly_t den,
        const fmpq_mpoly_struct *M, slong n, const fmpq_mpoly_t lambda,
        const fmpq_mpoly_ctx_t ctx)
{
    return ldet_mpoly_run(num, den, M, n, lambda, NULL, NULL, ctx);
}

wk_status wk_lambdadet_ldet_multi_mpoly(fmpq_mpoly_t num, fmpq_mpoly_t den,
        const fmpq_mpoly_struct *M, slong n, const fmpq_mpoly_struct *p,
        const fmpq_mpoly_struct *r, const fmpq_mpoly_ctx_t ctx)
{
    return ldet_mpoly_run(num, den, M, n, NULL, p, r, ctx);
}

/* ---- the generic route (spec 4.3), same layout as the expansions -------- */

static wk_status generic_run(wk_lambdadet_laurent_t L, slong n, const fmpq_t lambda, int multi)
{
    slong i, v, clen, fk, fi, fj, nx = n * n, np = FLINT_MAX(n - 1, 0);
    fmpq_mpoly_struct *M, *P = NULL, *R = NULL, *C;
    fmpq_mpoly_t lam;
    int lam_sym = !multi && lambda == NULL, ok;
    wk_status st = WK_OK;

    wk_lambdadet_laurent_clear(L);
    if (n < 0) return wk_error(WK_E_DOMAIN, "n = %ld is negative", (long) n);
    if (n > ((multi || lam_sym) ? 6 : 7))
        return wk_error(WK_E_TOO_LARGE, "symbolic condensation of the generic %ldx%ld matrix%s; "
                        "limit is n = %d", (long) n, (long) n,
                        multi ? " with site weights" : (lam_sym ? " with lam symbolic" : ""),
                        (multi || lam_sym) ? 6 : 7);
    _wk_lambdadet_laurent_setup(L, n, lam_sym, multi);
    M = flint_malloc((nx + 1) * sizeof(fmpq_mpoly_struct));
    for (i = 0; i < nx; i++) { fmpq_mpoly_init(M + i, L->ctx); fmpq_mpoly_gen(M + i, i, L->ctx); }
    fmpq_mpoly_init(lam, L->ctx);
    if (multi) {
        slong nr = FLINT_MAX(n - 2, 0);
        P = flint_malloc((np * np + 1) * sizeof(fmpq_mpoly_struct));
        R = flint_malloc((nr * nr + 1) * sizeof(fmpq_mpoly_struct));
        for (v = 0; v < np * np; v++) { fmpq_mpoly_init(P + v, L->ctx); fmpq_mpoly_gen(P + v, nx + v, L->ctx); }
        for (v = 0; v < nr * nr; v++) { fmpq_mpoly_init(R + v, L->ctx); fmpq_mpoly_gen(R + v, nx + np * np + v, L->ctx); }
        C = coeffs_build(n, NULL, P, R, L->ctx, &clen);
        for (v = 0; v < np * np; v++) fmpq_mpoly_clear(P + v, L->ctx);
        for (v = 0; v < nr * nr; v++) fmpq_mpoly_clear(R + v, L->ctx);
        flint_free(P); flint_free(R);
    } else {
        if (lam_sym) fmpq_mpoly_gen(lam, nx, L->ctx);
        else fmpq_mpoly_set_fmpq(lam, lambda, L->ctx);
        C = coeffs_build(n, lam, NULL, NULL, L->ctx, &clen);
    }
    ok = octa_run(L->poly, &fk, &fi, &fj, M, n, C, L->ctx);
    wk_progress_done();
    if (ok == 0)
        st = wk_error(WK_E_INTERNAL, "Laurent phenomenon failed: division not exact at X^(%ld)_%ld,%ld",
                      (long) fk, (long) fi, (long) fj);
    else if (ok == 2)
        st = wk_error(WK_E_INTERNAL, "a lambda-minor of the generic matrix is zero");
    else if (ok == -1)
        st = wk_error(WK_E_INTERRUPT, "interrupted");
    coeffs_clear(C, clen, L->ctx);
    fmpq_mpoly_clear(lam, L->ctx);
    for (i = 0; i < nx; i++) fmpq_mpoly_clear(M + i, L->ctx);
    flint_free(M);
    if (st != WK_OK) wk_lambdadet_laurent_clear(L);
    return st;
}

wk_status wk_lambdadet_condense_generic(wk_lambdadet_laurent_t L, slong n, const fmpq_t lambda)
{
    return generic_run(L, n, lambda, 0);
}

wk_status wk_lambdadet_condense_generic_multi(wk_lambdadet_laurent_t L, slong n)
{
    return generic_run(L, n, NULL, 1);
}

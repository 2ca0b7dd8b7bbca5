/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the symbolic routes: ASM expansion vs symbolic condensation (two
   algorithms), the spec 6 generic 3x3 polynomial and term counts, values at
   random points vs numeric condensation, the multi-parameter expansion and
   its Laurent check, the two "wrong" coefficient choices failing at n = 4
   (spec 3, 9.5), and det_lambda of matrices of polynomials. */
#include "helpers.h"
#include "tap.h"

/* value of a generic Laurent result at x = M (and lam / p / r values) */
static void eval_laurent(fmpq_t res, const wk_lambdadet_laurent_t L, const fmpq_mat_t M,
                         const fmpq_t lam, const fmpq_mat_t P, const fmpq_mat_t R)
{
    slong n = fmpq_mat_nrows(M), v = 0, i, j, nv = fmpq_mpoly_ctx_nvars(L->ctx);
    fmpq *vals = _fmpq_vec_init(nv + 1);
    fmpq **ptr = flint_malloc((nv + 1) * sizeof(fmpq *));
    fmpq_t d;
    for (i = 0; i < n; i++) for (j = 0; j < n; j++) fmpq_set(vals + v++, fmpq_mat_entry(M, i, j));
    if (lam != NULL && v < L->nvars) fmpq_set(vals + v++, lam);
    if (P != NULL) {
        for (i = 0; i < fmpq_mat_nrows(P); i++) for (j = 0; j < fmpq_mat_ncols(P); j++) fmpq_set(vals + v++, fmpq_mat_entry(P, i, j));
        for (i = 0; i < fmpq_mat_nrows(R); i++) for (j = 0; j < fmpq_mat_ncols(R); j++) fmpq_set(vals + v++, fmpq_mat_entry(R, i, j));
    }
    for (i = 0; i < nv; i++) ptr[i] = vals + i;
    fmpq_mpoly_evaluate_all_fmpq(res, L->poly, ptr, L->ctx);
    fmpq_init(d);
    for (i = 0; i < L->nvars; i++)   /* apply the shift */
        if (L->shift[i] != 0) { fmpq_pow_si(d, vals + i, L->shift[i]); fmpq_mul(res, res, d); }
    fmpq_clear(d);
    _fmpq_vec_clear(vals, nv + 1);
    flint_free(ptr);
}

/* the octahedron recurrence on the generic 4x4 (or n x n) matrix with the
   coefficients given by kind: 0 site weights on the main diagonal (spec 3),
   1 independent variable per octahedron, 2 one variable per level,
   3 site weights on the anti-diagonal (the NE-SW wave equation). */
static int octa_kind(slong n, int kind, slong *fk)
{
    slong nx = n * n, nc = 0, k, i, j, t, s, nv, off = 0, fi, fj, g;
    fmpq_mpoly_ctx_t ctx;
    fmpq_mpoly_struct *M, *C;
    fmpq_mpoly_t num, tmp;
    int failed;
    for (k = 2; k <= n; k++) nc += (n - k + 1) * (n - k + 1);
    nv = nx + (kind == 1 ? nc : (kind == 2 ? n + 1 : 2 * n * n));
    fmpq_mpoly_ctx_init(ctx, nv, ORD_LEX);
    M = flint_malloc(nx * sizeof(fmpq_mpoly_struct));
    C = flint_malloc(nc * sizeof(fmpq_mpoly_struct));
    fmpq_mpoly_init(num, ctx); fmpq_mpoly_init(tmp, ctx);
    for (i = 0; i < nx; i++) { fmpq_mpoly_init(M + i, ctx); fmpq_mpoly_gen(M + i, i, ctx); }
    for (k = 2; k <= n; k++) {
        s = n - k + 1;
        for (i = 0; i < s; i++) for (j = 0; j < s; j++) {
            fmpq_mpoly_struct *c = C + off + i * s + j;
            fmpq_mpoly_init(c, ctx);
            if (kind == 1) fmpq_mpoly_gen(c, nx + off + i * s + j, ctx);
            else if (kind == 2) fmpq_mpoly_gen(c, nx + k, ctx);
            else {
                /* p at grid point (a,b) -> var nx + a*n + b, r -> var nx + n*n + a*n + b */
                fmpq_mpoly_one(c, ctx);
                for (t = 0; t <= k - 2; t++) {
                    g = kind == 0 ? (i + t) * n + (j + t) : (i + t) * n + (j + k - 2 - t);
                    fmpq_mpoly_gen(tmp, nx + g, ctx); fmpq_mpoly_mul(c, c, tmp, ctx);
                }
                for (t = 1; t <= k - 2; t++) {
                    g = kind == 0 ? (i + t) * n + (j + t) : (i + t) * n + (j + k - 1 - t);
                    fmpq_mpoly_gen(tmp, nx + n * n + g, ctx); fmpq_mpoly_mul(c, c, tmp, ctx);
                }
            }
        }
        off += s * s;
    }
    wk_lambdadet_octahedron_mpoly(num, &failed, fk, &fi, &fj, M, n, C, ctx);
    for (i = 0; i < nx; i++) fmpq_mpoly_clear(M + i, ctx);
    for (i = 0; i < nc; i++) fmpq_mpoly_clear(C + i, ctx);
    flint_free(M); flint_free(C);
    fmpq_mpoly_clear(num, ctx); fmpq_mpoly_clear(tmp, ctx);
    fmpq_mpoly_ctx_clear(ctx);
    return failed;
}

int main(int argc, char **argv)
{
    wk_lambdadet_laurent_t A, B;
    fmpq_mat_t M, P, R;
    fmpq_t lam, a, b;
    wk_rand_t rs;
    slong n, it, i;
    wk_status st;

    tap_init(argc, argv);
    wk_rand_init(rs, tap_seed());
    wk_lambdadet_laurent_init(A); wk_lambdadet_laurent_init(B);
    fmpq_mat_init(M, 0, 0); fmpq_mat_init(P, 0, 0); fmpq_mat_init(R, 0, 0);
    fmpq_init(lam); fmpq_init(a); fmpq_init(b);

    /* spec 6: the generic 3x3 det_lambda (stored multiplied by x22) */
    {
        fmpq_mpoly_t e;
        st = wk_lambdadet_expand(A, 3, NULL, 0);
        fmpq_mpoly_init(e, A->ctx);
        fmpq_mpoly_set_str_pretty(e, "(x11*x22*x33 + lam*(x11*x23*x32 + x12*x21*x33) + lam^2*(x12*x23*x31 + x13*x21*x32)"
                                  " + lam^3*x13*x22*x31)*x22 + (lam + lam^2)*x12*x21*x23*x32", (const char **) A->names, A->ctx);
        TAP_OK(st == WK_OK && fmpq_mpoly_equal(e, A->poly, A->ctx) && A->shift[4] == -1 && A->shift[0] == 0,
               "expand(3): the generic 3x3 det_lambda of spec 6");
        fmpq_mpoly_clear(e, A->ctx);
    }
    /* term counts */
    {
        static const slong tl[] = {1, 1, 2, 8, 62, 863, 20488}, tx[] = {1, 1, 2, 7, 42, 429, 7436};
        static const slong fac[] = {1, 1, 2, 6, 24, 120, 720};
        for (n = 0; n <= 6; n++) {
            int ok;
            st = wk_lambdadet_expand(A, n, NULL, 0);
            ok = st == WK_OK && fmpq_mpoly_length(A->poly, A->ctx) == tl[n] && fmpq_mpoly_is_canonical(A->poly, A->ctx);
            q_rand(lam, rs, 7, 5); if (fmpq_is_zero(lam) || fmpq_equal_si(lam, -1)) fmpq_set_si(lam, 3, 2);
            st = wk_lambdadet_expand(B, n, lam, 0);
            ok = ok && st == WK_OK && fmpq_mpoly_length(B->poly, B->ctx) == tx[n] && fmpq_mpoly_is_canonical(B->poly, B->ctx);
            fmpq_set_si(lam, -1, 1); wk_lambdadet_expand(B, n, lam, 0);
            ok = ok && fmpq_mpoly_length(B->poly, B->ctx) == fac[n];
            fmpq_zero(lam); wk_lambdadet_expand(B, n, lam, 0);
            ok = ok && fmpq_mpoly_length(B->poly, B->ctx) == 1;
            /* stored exponents: 0..2, and <= 1 at border variables */
            if (n >= 1) {
                slong *deg = flint_malloc(fmpq_mpoly_ctx_nvars(A->ctx) * sizeof(slong));
                fmpq_mpoly_degrees_si(deg, A->poly, A->ctx);
                for (i = 0; i < n * n; i++) if (deg[i] > (A->shift[i] ? 2 : 1)) ok = 0;
                if (deg[n * n] != n * (n - 1) / 2) ok = 0;
                flint_free(deg);
            }
            TAP_OK(ok, "n = %ld: %ld terms with lam, %ld monomials at random lambda, n! at -1, 1 at 0; degree n(n-1)/2 in lam", n, tl[n], tx[n]);
        }
    }
    /* expansion vs symbolic condensation (the generic route) */
    for (n = 0; n <= 5; n++) {
        st = wk_lambdadet_expand(A, n, NULL, 0);
        TAP_OK(st == WK_OK && wk_lambdadet_condense_generic(B, n, NULL) == WK_OK
               && fmpq_mpoly_equal(A->poly, B->poly, A->ctx), "n = %ld: ASM expansion = symbolic condensation (lam symbolic)", n);
        q_rand(lam, rs, 9, 7);
        st = wk_lambdadet_expand(A, n, lam, 0);
        TAP_OK(st == WK_OK && wk_lambdadet_condense_generic(B, n, lam) == WK_OK
               && fmpq_mpoly_equal(A->poly, B->poly, A->ctx), "n = %ld: the same at lambda = %ld/%ld", n,
               (long) fmpz_get_si(fmpq_numref(lam)), (long) fmpz_get_si(fmpq_denref(lam)));
    }
    /* values at random points vs numeric condensation */
    for (n = 1; n <= 6; n++) {
        int ok = 1;
        wk_lambdadet_expand(A, n, NULL, 0);
        for (it = 0; it < 4; it++) {
            fmpq_mat_clear(M); fmpq_mat_init(M, n, n); mat_rand(M, rs, 9, 5, 1);
            q_rand(lam, rs, 9, 5);
            eval_laurent(a, A, M, lam, NULL, NULL);
            if (wk_lambdadet_ldet(b, M, lam) != WK_OK || !fmpq_equal(a, b)) ok = 0;
        }
        TAP_OK(ok, "n = %ld: the expansion evaluated at random (M, lambda) equals ldet", n);
    }
    /* multi: expansion vs condensation, term counts 2^{n(n-1)/2}, spec 3 example */
    {
        fmpq_mpoly_t e;
        wk_lambdadet_expand_multi(A, 3, 0);
        fmpq_mpoly_init(e, A->ctx);
        fmpq_mpoly_set_str_pretty(e, "(x11*x22*x33 + p22*x11*x23*x32 + p11*x12*x21*x33 + p11*p21*p22*r22*x12*x23*x31"
                                  " + p11*p12*p22*r22*x13*x21*x32 + p11*p12*p21*p22*r22*x13*x22*x31)*x22"
                                  " + p11*p22*(1 + r22)*x12*x21*x23*x32", (const char **) A->names, A->ctx);
        TAP_OK(fmpq_mpoly_equal(e, A->poly, A->ctx), "expand_multi(3) is the example of spec 3");
        fmpq_mpoly_clear(e, A->ctx);
    }
    for (n = 0; n <= 6; n++) {
        slong N = n * (n - 1) / 2;
        st = wk_lambdadet_expand_multi(A, n, 0);
        TAP_OK(st == WK_OK && fmpq_mpoly_length(A->poly, A->ctx) == (WORD(1) << N) && fmpq_mpoly_is_canonical(A->poly, A->ctx),
               "n = %ld: det_{p,r} has 2^%ld terms", n, N);
        if (n <= 5)
            TAP_OK(wk_lambdadet_condense_generic_multi(B, n) == WK_OK && fmpq_mpoly_equal(A->poly, B->poly, A->ctx),
                   "n = %ld: multi expansion = symbolic condensation (every division exact: Laurent)", n);
        if (n >= 1) {
            int ok = 1, oks = 1;
            for (it = 0; it < 3; it++) {
                fmpq_mat_clear(M); fmpq_mat_init(M, n, n); mat_rand(M, rs, 7, 3, 1);
                fmpq_mat_clear(P); fmpq_mat_init(P, n - 1, n - 1); mat_rand(P, rs, 5, 3, 1);
                fmpq_mat_clear(R); fmpq_mat_init(R, FLINT_MAX(n - 2, 0), FLINT_MAX(n - 2, 0)); mat_rand(R, rs, 5, 3, 1);
                eval_laurent(a, A, M, NULL, P, R);
                if (wk_lambdadet_ldet_multi(b, M, P, R) != WK_OK || !fmpq_equal(a, b)) ok = 0;
                /* p = lambda, r = 1/lambda gives det_lambda */
                q_rand(lam, rs, 5, 4); if (fmpq_is_zero(lam)) fmpq_one(lam);
                for (i = 0; i < (n - 1) * (n - 1); i++) fmpq_set(P->entries + i, lam);
                fmpq_inv(b, lam);
                for (i = 0; i < FLINT_MAX(n - 2, 0) * FLINT_MAX(n - 2, 0); i++) fmpq_set(R->entries + i, b);
                eval_laurent(a, A, M, NULL, P, R);
                if (wk_lambdadet_ldet(b, M, lam) != WK_OK || !fmpq_equal(a, b)) oks = 0;
            }
            TAP_OK(ok, "n = %ld: multi expansion at random (M, p, r) equals ldet_multi", n);
            TAP_OK(oks, "n = %ld: p = lambda, r = 1/lambda specialises to det_lambda", n);
        }
    }
    /* spec 3 negative results at n = 4, and the positive control */
    {
        slong fk;
        int f;
        f = octa_kind(4, 0, &fk);
        TAP_OK(f == 0, "site weights on the main diagonal: every division exact at n = 4");
        f = octa_kind(5, 0, &fk);
        TAP_OK(f == 0, "site weights on the main diagonal: every division exact at n = 5");
        f = octa_kind(4, 1, &fk);
        TAP_OK(f == 1 && fk == 4, "independent lambda per octahedron: division not exact at level %ld", fk);
        f = octa_kind(4, 2, &fk);
        TAP_OK(f == 1 && fk == 4, "lambda per level only: division not exact at level %ld", fk);
        f = octa_kind(4, 3, &fk);
        TAP_OK(f == 1 && fk == 4, "wave equation along NE-SW: division not exact at level %ld", fk);
    }
    /* matrices of polynomials (caller's context) */
    {
        fmpq_mpoly_ctx_t ctx;
        fmpq_mpoly_struct Mp[16];
        fmpq_mpoly_t num, den, L;
        const char *names[] = {"x", "lam"};
        const char *ent[] = {"1", "2", "3", "4", "2", "x", "x", "1", "3", "x", "x", "2", "4", "1", "2", "1"};
        fmpq_mpoly_ctx_init(ctx, 2, ORD_LEX);
        fmpq_mpoly_init(num, ctx); fmpq_mpoly_init(den, ctx); fmpq_mpoly_init(L, ctx);
        for (i = 0; i < 16; i++) { fmpq_mpoly_init(Mp + i, ctx); fmpq_mpoly_set_str_pretty(Mp + i, ent[i], names, ctx); }
        /* lambda = -1: X^(2)_22 = x^2 - x^2 = 0, the eps route; compare with det at x = 0..5 */
        fmpq_mpoly_set_si(L, -1, ctx);
        st = wk_lambdadet_ldet_mpoly(num, den, Mp, 4, L, ctx);
        {
            int ok = st == WK_OK && fmpq_mpoly_is_one(den, ctx);
            for (it = 0; ok && it < 6; it++) {
                fmpq *vals = _fmpq_vec_init(2); fmpq *pv[2] = {vals, vals + 1};
                fmpq_set_si(vals, it, 1);
                fmpq_mat_clear(M); fmpq_mat_init(M, 4, 4);
                for (i = 0; i < 16; i++) fmpq_mpoly_evaluate_all_fmpq(M->entries + i, Mp + i, pv, ctx);
                fmpq_mat_det(b, M);
                fmpq_mpoly_evaluate_all_fmpq(a, num, pv, ctx);
                if (!fmpq_equal(a, b)) ok = 0;
                _fmpq_vec_clear(vals, 2);
            }
            TAP_OK(ok, "ldet_mpoly at lambda = -1 through a zero minor equals det at x = 0..5");
        }
        /* symbolic lambda: values at lambda = -3..3, x = 2 vs numeric ldet */
        fmpq_mpoly_gen(L, 1, ctx);
        st = wk_lambdadet_ldet_mpoly(num, den, Mp, 4, L, ctx);
        {
            int ok = st == WK_OK;
            slong lv;
            for (lv = -3; ok && lv <= 3; lv++) {
                fmpq *vals = _fmpq_vec_init(2); fmpq *pv[2] = {vals, vals + 1};
                fmpq_set_si(vals, 2, 1); fmpq_set_si(vals + 1, lv, 1);
                fmpq_mat_clear(M); fmpq_mat_init(M, 4, 4);
                for (i = 0; i < 16; i++) fmpq_mpoly_evaluate_all_fmpq(M->entries + i, Mp + i, pv, ctx);
                fmpq_mpoly_evaluate_all_fmpq(a, num, pv, ctx);
                fmpq_mpoly_evaluate_all_fmpq(b, den, pv, ctx);
                fmpq_div(a, a, b);
                fmpq_set_si(lam, lv, 1);
                if (wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK || !fmpq_equal(a, b)) ok = 0;
                _fmpq_vec_clear(vals, 2);
            }
            TAP_OK(ok, "ldet_mpoly with x and lam symbolic: num/den at x = 2, lam = -3..3 equals the transfer value");
        }
        /* interior zero polynomial with symbolic lambda: pole */
        fmpq_mpoly_zero(Mp + 5, ctx);
        st = wk_lambdadet_ldet_mpoly(num, den, Mp, 4, L, ctx);
        TAP_OK(st == WK_E_DOMAIN && strstr(wk_error_msg(), "pole: interior entry (2,2) is zero") && strstr(wk_error_msg(), "symbolic"), "%s", wk_error_msg());
        for (i = 0; i < 16; i++) fmpq_mpoly_clear(Mp + i, ctx);
        fmpq_mpoly_clear(num, ctx); fmpq_mpoly_clear(den, ctx); fmpq_mpoly_clear(L, ctx);
        fmpq_mpoly_ctx_clear(ctx);
    }
    /* guards and bad input */
    st = wk_lambdadet_expand(A, 9, lam, 0);
    TAP_OK(st == WK_E_TOO_LARGE && strcmp(wk_error_msg(), "result would have 911835460 monomials (n = 9); limit is 33554432") == 0, "%s", wk_error_msg());
    TAP_OK(A->ready == 0, "the result is left empty after an error");
    st = wk_lambdadet_expand(A, 8, NULL, 0);
    TAP_OK(st == WK_E_TOO_LARGE && strstr(wk_error_msg(), "52922904 terms"), "%s", wk_error_msg());
    TAP_OK(wk_lambdadet_expand(A, 6, NULL, 1000) == WK_E_TOO_LARGE, "max_terms is honoured: %s", wk_error_msg());
    TAP_OK(wk_lambdadet_expand(A, -1, NULL, 0) == WK_E_DOMAIN, "%s", wk_error_msg());
    TAP_OK(wk_lambdadet_expand_multi(A, 8, 0) == WK_E_TOO_LARGE, "%s", wk_error_msg());
    TAP_OK(wk_lambdadet_condense_generic(A, 7, NULL) == WK_E_TOO_LARGE, "%s", wk_error_msg());
    TAP_OK(wk_lambdadet_condense_generic_multi(A, 7) == WK_E_TOO_LARGE, "%s", wk_error_msg());
    wk_interrupt_flag = 1;
    TAP_OK(wk_lambdadet_condense_generic(A, 5, NULL) == WK_E_INTERRUPT && A->ready == 0, "symbolic condensation honours the interrupt flag");
    wk_interrupt_flag = 0;

    wk_lambdadet_laurent_clear(A); wk_lambdadet_laurent_clear(B);
    fmpq_mat_clear(M); fmpq_mat_clear(P); fmpq_mat_clear(R);
    fmpq_clear(lam); fmpq_clear(a); fmpq_clear(b);
    wk_rand_clear(rs);
    return tap_done();
}

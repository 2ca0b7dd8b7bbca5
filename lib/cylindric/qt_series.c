/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/qt_series.c: the product side of the (q,t) identity (spec 3,
   reconstructed), 1/(z^T;z^T)_inf prod_{d} prod_{n>=0}
   [(t z^{d+nT};q)_inf / (z^{d+nT};q)_inf]^{f(d)}, each factor expanded by the
   q-binomial theorem (t u;q)_inf/(u;q)_inf = sum_r (t;q)_r/(q;q)_r u^r.
   Symbolically the z^n coefficient is kept as P_n/(q;q)_n with P_n in Z[q,t]
   (products use P_n = sum [n choose i]_q A_i B_{n-i}); at rational points it
   is a plain fmpq series. */
#include <flint/fmpq_vec.h>
#include "internal.h"

void wk_qt_series_init(wk_qt_series_t S, const fmpz_mpoly_ctx_t ctx)
{
    S->coeffs = NULL;
    S->length = 0;
}

void wk_qt_series_clear(wk_qt_series_t S, const fmpz_mpoly_ctx_t ctx)
{
    slong i;
    for (i = 0; i < S->length; i++)
        fmpz_mpoly_clear(S->coeffs + i, ctx);
    flint_free(S->coeffs);
    S->coeffs = NULL;
    S->length = 0;
}

/* (q;q)_n as an mpoly in q */
static void qpoch_q(fmpz_mpoly_t r, slong n, const fmpz_mpoly_ctx_t ctx)
{
    slong i;
    ulong ex[2] = {0, 0};
    fmpz_mpoly_t f;
    fmpz_mpoly_init(f, ctx);
    fmpz_mpoly_one(r, ctx);
    for (i = 1; i <= n; i++) {
        fmpz_mpoly_one(f, ctx);
        ex[0] = i;
        fmpz_mpoly_set_coeff_si_ui(f, -1, ex, ctx);
        fmpz_mpoly_mul(r, r, f, ctx);
    }
    fmpz_mpoly_clear(f, ctx);
}

/* (t;q)_r = prod_{i<r} (1 - t q^i) */
static void qpoch_t(fmpz_mpoly_t r, slong n, const fmpz_mpoly_ctx_t ctx)
{
    slong i;
    ulong ex[2];
    fmpz_mpoly_t f;
    fmpz_mpoly_init(f, ctx);
    fmpz_mpoly_one(r, ctx);
    for (i = 0; i < n; i++) {
        fmpz_mpoly_one(f, ctx);
        ex[0] = i;
        ex[1] = 1;
        fmpz_mpoly_set_coeff_si_ui(f, -1, ex, ctx);
        fmpz_mpoly_mul(r, r, f, ctx);
    }
    fmpz_mpoly_clear(f, ctx);
}

wk_status wk_cpp_qt_series(wk_qt_series_t S, const slong *w, slong T, slong N,
                           const fmpz_mpoly_ctx_t ctx)
{
    slong n, i, m, c, r, *e;
    fmpz_mpoly_struct *qp, *qbin, *A, *G, *C;
    fmpz_mpoly_t x;
    wk_status st = wk_cpp_profile_check(w, T);

    if (st != WK_OK)
        return st;
    st = _wk_cyl_check_order(N, WK_QT_SERIES_MAX_N);
    if (st != WK_OK)
        return st;
    if (ctx->minfo->nvars != 2)
        return wk_error(WK_E_DOMAIN, "the polynomial context must have the two variables q, t");
    e = flint_malloc((N + 1) * sizeof(slong));
    wk_cpp_borodin_exponents(e, w, T, N);   /* trace factors: T | m */
    /* (q;q)_n and the q-binomials [n choose i] = (q;q)_n/((q;q)_i (q;q)_{n-i}) */
    qp = flint_malloc((N + 1) * sizeof(fmpz_mpoly_struct));
    qbin = flint_malloc((N + 1) * (N + 1) * sizeof(fmpz_mpoly_struct));
    for (n = 0; n <= N; n++) {
        fmpz_mpoly_init(qp + n, ctx);
        qpoch_q(qp + n, n, ctx);
    }
    fmpz_mpoly_init(x, ctx);
    for (n = 0; n <= N; n++)
        for (i = 0; i <= n; i++) {
            fmpz_mpoly_struct *b = qbin + n * (N + 1) + i;
            fmpz_mpoly_init(b, ctx);
            fmpz_mpoly_mul(x, qp + i, qp + n - i, ctx);
            fmpz_mpoly_divides(b, qp + n, x, ctx);
        }
    A = flint_malloc((N + 1) * sizeof(fmpz_mpoly_struct));
    G = flint_malloc((N + 1) * sizeof(fmpz_mpoly_struct));
    C = flint_malloc((N + 1) * sizeof(fmpz_mpoly_struct));
    for (n = 0; n <= N; n++) {
        fmpz_mpoly_init(A + n, ctx);
        fmpz_mpoly_init(G + n, ctx);
        fmpz_mpoly_init(C + n, ctx);
    }
    fmpz_mpoly_one(A, ctx);
    for (m = 1; m <= N && st == WK_OK; m++) {
        if (e[m] == 0)
            continue;
        /* the factor in u = z^m, normalised: G_{mr} = coefficient (q;q)_{mr} */
        for (n = 0; n <= N; n++)
            fmpz_mpoly_zero(G + n, ctx);
        for (r = 0; m * r <= N; r++) {
            if (m % T == 0)
                fmpz_mpoly_set(G + m * r, qp + m * r, ctx);           /* 1/(1 - z^m) */
            else {
                /* (t;q)_r (q;q)_{mr}/(q;q)_r */
                fmpz_mpoly_divides(x, qp + m * r, qp + r, ctx);
                qpoch_t(G + m * r, r, ctx);
                fmpz_mpoly_mul(G + m * r, G + m * r, x, ctx);
            }
        }
        for (c = 0; c < e[m] && st == WK_OK; c++) {
            /* C = A G: C_n = sum_r [n choose mr] G_{mr} A_{n-mr} */
            for (n = 0; n <= N; n++) {
                fmpz_mpoly_zero(C + n, ctx);
                for (r = 0; m * r <= n; r++) {
                    if (fmpz_mpoly_is_zero(A + n - m * r, ctx))
                        continue;
                    fmpz_mpoly_mul(x, G + m * r, A + n - m * r, ctx);
                    fmpz_mpoly_mul(x, x, qbin + n * (N + 1) + m * r, ctx);
                    fmpz_mpoly_add(C + n, C + n, x, ctx);
                }
            }
            for (n = 0; n <= N; n++)
                fmpz_mpoly_swap(A + n, C + n, ctx);
            if (wk_interrupted())
                st = wk_error(WK_E_INTERRUPT, "interrupted");
        }
    }
    if (st == WK_OK) {
        wk_qt_series_clear(S, ctx);
        S->coeffs = flint_malloc((N + 1) * sizeof(fmpz_mpoly_struct));
        S->length = N + 1;
        for (n = 0; n <= N; n++) {
            fmpz_mpoly_init(S->coeffs + n, ctx);
            fmpz_mpoly_swap(S->coeffs + n, A + n, ctx);
        }
    }
    for (n = 0; n <= N; n++) {
        fmpz_mpoly_clear(A + n, ctx);
        fmpz_mpoly_clear(G + n, ctx);
        fmpz_mpoly_clear(C + n, ctx);
        fmpz_mpoly_clear(qp + n, ctx);
        for (i = 0; i <= n; i++)
            fmpz_mpoly_clear(qbin + n * (N + 1) + i, ctx);
    }
    fmpz_mpoly_clear(x, ctx);
    flint_free(A);
    flint_free(G);
    flint_free(C);
    flint_free(qp);
    flint_free(qbin);
    flint_free(e);
    return st;
}

wk_status wk_cpp_qt_series_fmpq(fmpq *c, const slong *w, slong T, slong N,
                                const fmpq_t q, const fmpq_t t)
{
    slong n, m, k, r, *e;
    fmpq *A, *C, *G;
    fmpq_t x, y;
    wk_status st = wk_cpp_profile_check(w, T);

    if (st != WK_OK)
        return st;
    st = _wk_cyl_check_order(N, WK_QT_SERIES_FMPQ_MAX_N);
    if (st != WK_OK)
        return st;
    {
        /* [z^N] is a rational function of degree about N^2 in q and N in t */
        double est = (double) N * N * (fmpz_bits(fmpq_numref(q)) + fmpz_bits(fmpq_denref(q)) + 1)
                   + (double) N * (fmpz_bits(fmpq_numref(t)) + fmpz_bits(fmpq_denref(t)) + 1);
        if (est > WK_QT_MAX_BITS)
            return wk_error(WK_E_TOO_LARGE,
                            "the (q,t) series at this point needs about %.0f bits a coefficient, over the limit %ld",
                            est, (long) WK_QT_MAX_BITS);
    }
    e = flint_malloc((N + 1) * sizeof(slong));
    wk_cpp_borodin_exponents(e, w, T, N);   /* trace factors: T | m */
    /* (t;q)_r/(q;q)_r for r <= N: a pole when (q;q)_r = 0 is needed */
    G = _fmpq_vec_init(N + 1);
    fmpq_init(x);
    fmpq_init(y);
    fmpq_one(G);
    for (r = 1; r <= N; r++) {
        fmpq_pow_si(x, q, r);                 /* 1 - t q^{r-1} over 1 - q^r */
        fmpq_sub_si(x, x, 1);
        fmpq_neg(x, x);
        fmpq_pow_si(y, q, r - 1);
        fmpq_mul(y, y, t);
        fmpq_sub_si(y, y, 1);
        fmpq_neg(y, y);
        if (fmpq_is_zero(x)) {
            /* needed iff some non-trace factor z^m with m r <= N */
            for (m = 1; m * r <= N; m++)
                if (m % T != 0 && e[m] > 0)
                    break;
            if (m * r <= N) {
                char *s = fmpq_get_str(NULL, 10, q);
                st = wk_error(WK_E_DOMAIN, "(q,t) series is singular at q = %s", s);
                flint_free(s);
            }
            /* the later coefficients are not needed */
            for (; r <= N; r++)
                fmpq_zero(G + r);
            break;
        }
        fmpq_mul(G + r, G + r - 1, y);
        fmpq_div(G + r, G + r, x);
    }
    A = _fmpq_vec_init(N + 1);
    C = _fmpq_vec_init(N + 1);
    fmpq_one(A);
    for (m = 1; m <= N && st == WK_OK; m++)
        for (k = 0; k < e[m]; k++) {
            /* A *= sum_r g_r z^{m r}, g_r = 1 (trace) or G[r] */
            for (n = 0; n <= N; n++) {
                fmpq_zero(C + n);
                for (r = 0; m * r <= n; r++) {
                    if (m % T == 0)
                        fmpq_add(C + n, C + n, A + n - m * r);
                    else
                        fmpq_addmul(C + n, A + n - m * r, G + r);
                }
            }
            for (n = 0; n <= N; n++)
                fmpq_swap(A + n, C + n);
            if (wk_interrupted())
                st = wk_error(WK_E_INTERRUPT, "interrupted");
        }
    if (st == WK_OK)
        for (n = 0; n <= N; n++)
            fmpq_set(c + n, A + n);
    _fmpq_vec_clear(A, N + 1);
    _fmpq_vec_clear(C, N + 1);
    _fmpq_vec_clear(G, N + 1);
    fmpq_clear(x);
    fmpq_clear(y);
    flint_free(e);
    return st;
}

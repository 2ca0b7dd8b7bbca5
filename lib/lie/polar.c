/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/polar.c: polar decomposition A = U exp(X) = exp(Xl) U (spec D1,
   3.2-3.3): X = (1/2) log(A^T A) and H = (A^T A)^(1/2) from one certified
   decomposition of A^T A, U = A H^-1, Hl = A U^T, Xl = U X U^T. */
#include "internal.h"

void wk_lie_polar_init(wk_lie_polar_t P, slong n)
{
    P->n = n;
    P->wprec = 0;
    arb_mat_init(&P->U, n, n);
    arb_mat_init(&P->X, n, n);
    arb_mat_init(&P->Xl, n, n);
    arb_mat_init(&P->H, n, n);
    arb_mat_init(&P->Hl, n, n);
}

void wk_lie_polar_clear(wk_lie_polar_t P)
{
    arb_mat_clear(&P->U);
    arb_mat_clear(&P->X);
    arb_mat_clear(&P->Xl);
    arb_mat_clear(&P->H);
    arb_mat_clear(&P->Hl);
}

/* One attempt at working precision w.  Returns 0 on success (enclosures
   computed), 1 if certification failed, -1 if interrupted. */
int _wk_lie_polar_attempt(wk_lie_polar_t P, const wk_lie_src_t A, slong w)
{
    slong n = P->n;
    int res = 0;
    arb_mat_t Ab, At, S, Ut, T;
    _wk_lie_symdec_t D;

    arb_mat_init(Ab, n, n);
    arb_mat_init(At, n, n);
    arb_mat_init(S, n, n);
    arb_mat_init(Ut, n, n);
    arb_mat_init(T, n, n);
    _wk_lie_symdec_init(D, n);

    wk_lie_src_get_arb(Ab, A, w + 8);
    _wk_lie_gram(S, Ab, w);
    res = _wk_lie_symdec_compute(D, S, w);
    if (res != 0)
        goto cleanup;
    if (_wk_lie_symdec_apply(&P->H, D, _WK_LIE_F_SQRT, 1, w)
        || _wk_lie_symdec_apply(&P->X, D, _WK_LIE_F_LOG, 1, w))
    {
        res = 1;
        goto cleanup;
    }
    arb_mat_scalar_mul_2exp_si(&P->X, &P->X, -1);

    /* U^T = H^-1 A^T */
    arb_mat_transpose(At, Ab);
    if (!arb_mat_solve(Ut, &P->H, At, w))
    {
        res = 1;
        goto cleanup;
    }
    arb_mat_transpose(&P->U, Ut);
    _wk_lie_clip_unit(&P->U, w);

    /* Hl = A U^T = U H U^T, Xl = U X U^T */
    arb_mat_mul(&P->Hl, Ab, Ut, w);
    _wk_lie_symmetrize(&P->Hl, w);
    arb_mat_mul(T, &P->U, &P->X, w);
    arb_mat_mul(&P->Xl, T, Ut, w);
    _wk_lie_symmetrize(&P->Xl, w);
    P->wprec = w;

cleanup:
    arb_mat_clear(Ab);
    arb_mat_clear(At);
    arb_mat_clear(S);
    arb_mat_clear(Ut);
    arb_mat_clear(T);
    _wk_lie_symdec_clear(D);
    return res;
}

/* scales of spec 3.2: |H|_F for H, Hl; max(|X|_F, 1) for X, Xl; 1 for U */
static int polar_accurate(const wk_lie_polar_t P, slong prec)
{
    mag_t s, one;
    int ok;
    mag_init(s);
    mag_init(one);
    mag_one(one);
    ok = _wk_lie_accurate(&P->U, one, prec);
    _wk_lie_mag_frobenius(s, &P->H);
    ok = ok && _wk_lie_accurate(&P->H, s, prec);
    _wk_lie_mag_frobenius(s, &P->Hl);
    ok = ok && _wk_lie_accurate(&P->Hl, s, prec);
    _wk_lie_mag_frobenius(s, &P->X);
    mag_max(s, s, one);
    ok = ok && _wk_lie_accurate(&P->X, s, prec);
    _wk_lie_mag_frobenius(s, &P->Xl);
    mag_max(s, s, one);
    ok = ok && _wk_lie_accurate(&P->Xl, s, prec);
    mag_clear(s);
    mag_clear(one);
    return ok;
}

static void polar_max_rad(mag_t r, const wk_lie_polar_t P)
{
    mag_t t;
    mag_init(t);
    _wk_lie_max_rad(r, &P->X);
    _wk_lie_max_rad(t, &P->U);
    mag_max(r, r, t);
    mag_clear(t);
}

wk_status wk_lie_polar(wk_lie_polar_t P, const wk_lie_src_t A, wk_lie_group G, slong prec)
{
    wk_status st;
    slong lc, w, cap;
    int exact, have_prev = 0, failures = 0;
    mag_t prev, cur;

    if ((st = _wk_lie_check_basic(A, prec)) != WK_OK)
        return st;
    if (wk_lie_src_nrows(A) != P->n)
        return wk_error(WK_E_DIM, "result has size %ld, matrix is %ldx%ld", (long) P->n,
                        (long) wk_lie_src_nrows(A), (long) wk_lie_src_nrows(A));
    if ((st = _wk_lie_require_group(A, G, prec)) != WK_OK)
        return st;

    cap = _wk_lie_prec_cap(prec);
    lc = _wk_lie_log2_cond(A, cap);
    if (lc < 0)
        return wk_error(WK_E_PRECISION, "condition number above 2^%ld: precision cap reached", (long) cap);
    w = prec + 2 * lc + 32;
    exact = wk_lie_src_is_exact(A);
    mag_init(prev);
    mag_init(cur);
    for (;;)
    {
        int r;
        if (w > cap)
        {
            st = _wk_lie_cap_error(cap, prec);
            break;
        }
        r = _wk_lie_polar_attempt(P, A, w);
        if (r < 0)
        {
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            break;
        }
        if (r == 0)
        {
            if (polar_accurate(P, prec))
                break;
            polar_max_rad(cur, P);
            if (_wk_lie_stalled(prev, &have_prev, cur, exact))
                break;
        }
        else if (!exact && ++failures >= 2)
        {
            st = wk_error(WK_E_PRECISION, "the input balls are too wide to certify the decomposition");
            break;
        }
        if (wk_interrupted())
        {
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            break;
        }
        w = _wk_lie_next_prec(w, cap);
    }
    mag_clear(prev);
    mag_clear(cur);

    if (st == WK_OK && G == WK_LIE_SL && exact)
    {
        arb_t t;
        arb_init(t);
        arb_mat_trace(t, &P->X, P->wprec);
        if (!arb_contains_zero(t))
            st = wk_error(WK_E_INTERNAL, "tr X excludes 0 for exact SL input");
        arb_clear(t);
    }
    return st;
}

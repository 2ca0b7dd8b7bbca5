/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/iwasawa.c: Iwasawa decomposition A = K diag(a) N (spec D4, 3.5):
   the Cholesky factor L of A^T A (arb_mat_cho) gives R = L^T, a = diag R,
   N = diag(a)^-1 R, K = A R^-1; the QR factorisation with positive diagonal. */
#include "internal.h"

void wk_lie_iwasawa_init(wk_lie_iwasawa_t I_, slong n)
{
    I_->n = n;
    I_->wprec = 0;
    arb_mat_init(&I_->K, n, n);
    arb_mat_init(&I_->N, n, n);
    I_->a = _arb_vec_init(n);
}

void wk_lie_iwasawa_clear(wk_lie_iwasawa_t I_)
{
    arb_mat_clear(&I_->K);
    arb_mat_clear(&I_->N);
    _arb_vec_clear(I_->a, I_->n);
}

/* Exact input: A^T A = L D L^T over Q (L unit lower triangular), so
   N = L^T exactly, a_i = sqrt(D_i) and K = (A L^-T) diag(a)^-1 with A L^-T
   exact; only n square roots and n^2 products are rounded. */
static int iwasawa_exact(wk_lie_iwasawa_t I_, const fmpq_mat_t A, slong prec)
{
    slong n = I_->n, i, j, k;
    fmpq_mat_t S, L, M;
    fmpq_t t, u;
    arb_t x;
    int ok = 1;
    fmpq_mat_init(S, n, n);
    fmpq_mat_init(L, n, n);
    fmpq_mat_init(M, n, n);
    fmpq_init(t);
    fmpq_init(u);
    arb_init(x);
    /* S = A^T A (symmetric: upper triangle) */
    for (i = 0; i < n; i++)
        for (j = i; j < n; j++)
        {
            fmpq_zero(t);
            for (k = 0; k < n; k++)
                fmpq_addmul(t, fmpq_mat_entry(A, k, i), fmpq_mat_entry(A, k, j));
            fmpq_set(fmpq_mat_entry(S, i, j), t);
            fmpq_set(fmpq_mat_entry(S, j, i), t);
        }
    /* LDL^T by symmetric Gaussian elimination: after step k, row k of S holds
       D_k and D_k L^T; the trailing block is updated */
    for (k = 0; k < n && ok; k++)
    {
        if (wk_interrupted()) { ok = -1; break; }
        if (fmpq_sgn(fmpq_mat_entry(S, k, k)) <= 0) { ok = 0; break; }
        for (i = k + 1; i < n; i++)
        {
            /* l_ik = S_ki / S_kk */
            fmpq_div(fmpq_mat_entry(L, i, k), fmpq_mat_entry(S, k, i), fmpq_mat_entry(S, k, k));
            for (j = i; j < n; j++)
            {
                fmpq_mul(t, fmpq_mat_entry(L, i, k), fmpq_mat_entry(S, k, j));
                fmpq_sub(fmpq_mat_entry(S, i, j), fmpq_mat_entry(S, i, j), t);
            }
        }
        fmpq_one(fmpq_mat_entry(L, k, k));
    }
    if (ok == 1)
    {
        /* M = A L^-T: M L^T = A, i.e. M_ij = A_ij - sum_{k<j} M_ik L_jk */
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
            {
                fmpq_set(t, fmpq_mat_entry(A, i, j));
                for (k = 0; k < j; k++)
                    fmpq_submul(t, fmpq_mat_entry(M, i, k), fmpq_mat_entry(L, j, k));
                fmpq_set(fmpq_mat_entry(M, i, j), t);
            }
        for (j = 0; j < n; j++)
        {
            arb_set_fmpq(I_->a + j, fmpq_mat_entry(S, j, j), prec + 16);
            arb_sqrt(I_->a + j, I_->a + j, prec + 8);
            arb_inv(x, I_->a + j, prec + 8);
            for (i = 0; i < n; i++)
            {
                arb_set_fmpq(arb_mat_entry(&I_->K, i, j), fmpq_mat_entry(M, i, j), prec + 16);
                arb_mul(arb_mat_entry(&I_->K, i, j), arb_mat_entry(&I_->K, i, j), x, prec + 8);
                /* N = L^T exactly (dyadic entries stay exact; others rounded) */
                arb_set_fmpq(arb_mat_entry(&I_->N, j, i), fmpq_mat_entry(L, i, j), prec + 16);
            }
        }
        _wk_lie_clip_unit(&I_->K, prec + 8);
        I_->wprec = prec + 16;
    }
    fmpq_mat_clear(S);
    fmpq_mat_clear(L);
    fmpq_mat_clear(M);
    fmpq_clear(t);
    fmpq_clear(u);
    arb_clear(x);
    return ok;
}

/* returns 0 on success, 1 if the Cholesky factorisation failed */
static int iwasawa_attempt(wk_lie_iwasawa_t I_, const wk_lie_src_t A, slong w)
{
    slong n = I_->n, i, j;
    int res = 0;
    arb_mat_t B, S, L, At, X;
    arb_t t;
    arb_mat_init(B, n, n);
    arb_mat_init(S, n, n);
    arb_mat_init(L, n, n);
    arb_mat_init(At, n, n);
    arb_mat_init(X, n, n);
    arb_init(t);
    wk_lie_src_get_arb(B, A, w + 8);
    _wk_lie_gram(S, B, w);
    if (!arb_mat_cho(L, S, w))
    {
        res = 1;
        goto cleanup;
    }
    /* K^T = L^-1 A^T */
    arb_mat_transpose(At, B);
    arb_mat_solve_tril(X, L, At, 0, w);
    arb_mat_transpose(&I_->K, X);
    _wk_lie_clip_unit(&I_->K, w);
    for (i = 0; i < n; i++)
    {
        arb_set(I_->a + i, arb_mat_entry(L, i, i));
        arb_one(arb_mat_entry(&I_->N, i, i));
        for (j = 0; j < i; j++)
            arb_zero(arb_mat_entry(&I_->N, i, j));
        for (j = i + 1; j < n; j++)
            arb_div(arb_mat_entry(&I_->N, i, j), arb_mat_entry(L, j, i), I_->a + i, w);
    }
    I_->wprec = w;
cleanup:
    arb_mat_clear(B);
    arb_mat_clear(S);
    arb_mat_clear(L);
    arb_mat_clear(At);
    arb_mat_clear(X);
    arb_clear(t);
    return res;
}

static int iwasawa_accurate(const wk_lie_iwasawa_t I_, slong prec)
{
    slong i;
    mag_t s;
    int ok;
    mag_init(s);
    mag_one(s);
    ok = _wk_lie_accurate(&I_->K, s, prec);
    _wk_lie_mag_frobenius(s, &I_->N);
    ok = ok && _wk_lie_accurate(&I_->N, s, prec);
    for (i = 0; i < I_->n && ok; i++)
    {
        arb_get_mag_lower(s, I_->a + i);
        mag_mul_2exp_si(s, s, -prec);
        ok = mag_cmp(arb_radref(I_->a + i), s) <= 0;
    }
    mag_clear(s);
    return ok;
}

wk_status wk_lie_iwasawa(wk_lie_iwasawa_t I_, const wk_lie_src_t A, wk_lie_group G, slong prec)
{
    wk_status st;
    slong lc, w, cap;
    int exact, have_prev = 0, failures = 0;
    mag_t prev, cur;

    if ((st = _wk_lie_check_basic(A, prec)) != WK_OK)
        return st;
    if (wk_lie_src_nrows(A) != I_->n)
        return wk_error(WK_E_DIM, "result has size %ld, matrix is %ldx%ld", (long) I_->n,
                        (long) wk_lie_src_nrows(A), (long) wk_lie_src_nrows(A));
    if ((st = _wk_lie_require_group(A, G, prec)) != WK_OK)
        return st;
    /* exact rational input of moderate size: exact LDL^T */
    if (A->q != NULL && I_->n <= 16)
    {
        int r = iwasawa_exact(I_, A->q, prec);
        if (r < 0)
            return wk_error(WK_E_INTERRUPT, "interrupted");
        if (r == 1 && iwasawa_accurate(I_, prec))
            return WK_OK;
    }
    cap = _wk_lie_prec_cap(prec);
    lc = _wk_lie_log2_cond(A, cap);
    if (lc < 0)
        return wk_error(WK_E_PRECISION, "condition number above 2^%ld: precision cap reached", (long) cap);
    exact = wk_lie_src_is_exact(A);
    mag_init(prev);
    mag_init(cur);
    for (w = prec + 2 * lc + 32; ; w = _wk_lie_next_prec(w, cap))
    {
        if ((st = _wk_lie_round_check(w, cap, prec)) != WK_OK)
            break;
        if (iwasawa_attempt(I_, A, w) != 0)
        {
            if (!exact && ++failures >= 2)
            {
                st = wk_error(WK_E_PRECISION, "the input balls are too wide to certify the decomposition");
                break;
            }
            continue;
        }
        if (iwasawa_accurate(I_, prec))
            break;
        _wk_lie_max_rad(cur, &I_->K);
        if (_wk_lie_stalled(prev, &have_prev, cur, exact))
            break;
    }
    mag_clear(prev);
    mag_clear(cur);
    return st;
}

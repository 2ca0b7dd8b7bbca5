/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/chart.c: the paper's global chart (spec D5)
   xi(Xp + Xk) = exp(Xp) exp(Xk), xi^-1(g) = Xl + log U, and the polar chart
   (U, X) -> U exp(X) (D1). */
#include "internal.h"

static wk_status check_trace_zero(const wk_lie_src_t Y, slong prec)
{
    slong n = wk_lie_src_nrows(Y), i;
    wk_status st = WK_OK;
    if (Y->q)
    {
        fmpq_t t;
        fmpq_init(t);
        for (i = 0; i < n; i++)
            fmpq_add(t, t, fmpq_mat_entry(Y->q, i, i));
        if (!fmpq_is_zero(t))
        {
            char * s = fmpq_get_str(NULL, 10, t);
            st = wk_error(WK_E_DOMAIN, "tr Y = %s != 0: not in sl(%ld)", s, (long) n);
            flint_free(s);
        }
        fmpq_clear(t);
    }
    else
    {
        arb_t t;
        arb_init(t);
        arb_mat_trace(t, Y->b, prec);
        if (!arb_contains_zero(t))
        {
            char * s = arb_get_str(t, 15, 0);
            st = wk_error(WK_E_DOMAIN, "tr Y = %s != 0: not in sl(%ld)", s, (long) n);
            flint_free(s);
        }
        arb_clear(t);
    }
    return st;
}

wk_status wk_lie_chart_exp(arb_mat_t g, const wk_lie_src_t Y, wk_lie_group G, slong prec)
{
    wk_status st;
    slong n, w, cap, i, j;
    int exact, have_prev = 0;
    arb_mat_t B, Xp, Xk, E1, E2;
    mag_t s, prev, cur;

    if ((st = _wk_lie_check_basic(Y, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(Y);
    if (arb_mat_nrows(g) != n || arb_mat_ncols(g) != n)
        return wk_error(WK_E_DIM, "result is %ldx%ld, matrix is %ldx%ld", (long) arb_mat_nrows(g),
                        (long) arb_mat_ncols(g), (long) n, (long) n);
    if (G == WK_LIE_SL && (st = check_trace_zero(Y, prec)) != WK_OK)
        return st;
    exact = wk_lie_src_is_exact(Y);
    cap = _wk_lie_prec_cap(prec);
    arb_mat_init(B, n, n); arb_mat_init(Xp, n, n); arb_mat_init(Xk, n, n);
    arb_mat_init(E1, n, n); arb_mat_init(E2, n, n);
    mag_init(s); mag_init(prev); mag_init(cur);
    for (w = prec + 32; ; w = _wk_lie_next_prec(w, cap))
    {
        if ((st = _wk_lie_round_check(w, cap, prec)) != WK_OK)
            break;
        wk_lie_src_get_arb(B, Y, w + 8);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
            {
                arb_add(arb_mat_entry(Xp, i, j), arb_mat_entry(B, i, j), arb_mat_entry(B, j, i), w);
                arb_mul_2exp_si(arb_mat_entry(Xp, i, j), arb_mat_entry(Xp, i, j), -1);
                arb_sub(arb_mat_entry(Xk, i, j), arb_mat_entry(B, i, j), arb_mat_entry(B, j, i), w);
                arb_mul_2exp_si(arb_mat_entry(Xk, i, j), arb_mat_entry(Xk, i, j), -1);
            }
        arb_mat_exp(E1, Xp, w);
        _wk_lie_symmetrize(E1, w);
        arb_mat_exp(E2, Xk, w);
        _wk_lie_clip_unit(E2, w);
        arb_mat_mul(g, E1, E2, w);
        _wk_lie_mag_frobenius(s, g);
        if (_wk_lie_accurate(g, s, prec))
            break;
        _wk_lie_max_rad(cur, g);
        if (_wk_lie_stalled(prev, &have_prev, cur, exact))
            break;
    }
    arb_mat_clear(B); arb_mat_clear(Xp); arb_mat_clear(Xk);
    arb_mat_clear(E1); arb_mat_clear(E2);
    mag_clear(s); mag_clear(prev); mag_clear(cur);
    return st;
}

wk_status wk_lie_chart_log(arb_mat_t Y, wk_lie_loginfo_t info, const wk_lie_src_t A,
                           wk_lie_group G, slong prec)
{
    wk_status st;
    slong n, p, cap, limit;
    int exact, have_prev = 0;
    wk_lie_polar_t P;
    arb_mat_t K;
    wk_lie_src_t us;
    wk_lie_loginfo_t tmp;
    mag_t s, one, prev, cur;

    if ((st = _wk_lie_check_basic(A, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(A);
    if (arb_mat_nrows(Y) != n || arb_mat_ncols(Y) != n)
        return wk_error(WK_E_DIM, "result is %ldx%ld, matrix is %ldx%ld", (long) arb_mat_nrows(Y),
                        (long) arb_mat_ncols(Y), (long) n, (long) n);
    if ((st = _wk_lie_require_group(A, G, prec)) != WK_OK)
        return st;
    if (info == NULL)
    {
        wk_lie_loginfo_init(tmp);
        st = wk_lie_chart_log(Y, tmp, A, G, prec);
        wk_lie_loginfo_clear(tmp);
        return st;
    }
    exact = wk_lie_src_is_exact(A);
    cap = _wk_lie_prec_cap(prec);
    /* up to this precision an angle ball containing pi is retried */
    limit = FLINT_MIN(cap, FLINT_MAX(4 * prec, prec + 1024));
    wk_lie_polar_init(P, n);
    arb_mat_init(K, n, n);
    mag_init(s); mag_init(one); mag_init(prev); mag_init(cur);
    mag_one(one);
    for (p = prec + 16; ; p = 2 * p)
    {
        int last = (p >= limit);
        if (p > cap)
            p = cap;
        st = wk_lie_polar(P, A, G, p);
        if (st != WK_OK)
            break;
        wk_lie_src_arb(us, &P->U);
        st = _wk_lie_log_SO(K, info, us, p, last);
        if (st == WK_E_UNDECIDED && !last)
            continue;
        if (st != WK_OK)
            break;
        if (!info->unique && info->cert == WK_LIE_CERTIFIED && n == 2 && !last)
            continue;   /* a 2 x 2 angle ball containing pi: try to decide */
        arb_mat_add(Y, &P->Xl, K, p);
        _wk_lie_mag_frobenius(s, Y);
        mag_max(s, s, one);
        if (info->cert == WK_LIE_RESIDUAL_VERIFIED || _wk_lie_accurate(Y, s, prec) || last)
            break;
        _wk_lie_max_rad(cur, Y);
        if (_wk_lie_stalled(prev, &have_prev, cur, exact))
            break;
    }
    wk_lie_polar_clear(P);
    arb_mat_clear(K);
    mag_clear(s); mag_clear(one); mag_clear(prev); mag_clear(cur);
    return st;
}

wk_status wk_lie_polar_compose(arb_mat_t A, const wk_lie_src_t U, const wk_lie_src_t X,
                               int left, slong prec)
{
    wk_status st;
    slong n, w, cap;
    int exact, have_prev = 0;
    arb_mat_t E, Ub;
    mag_t s, prev, cur;

    if ((st = _wk_lie_check_basic(U, prec)) != WK_OK)
        return st;
    if ((st = _wk_lie_check_basic(X, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(U);
    if (wk_lie_src_nrows(X) != n || arb_mat_nrows(A) != n || arb_mat_ncols(A) != n)
        return wk_error(WK_E_DIM, "U is %ldx%ld, X is %ldx%ld, result is %ldx%ld", (long) n, (long) n,
                        (long) wk_lie_src_nrows(X), (long) wk_lie_src_nrows(X),
                        (long) arb_mat_nrows(A), (long) arb_mat_ncols(A));
    exact = wk_lie_src_is_exact(U) && wk_lie_src_is_exact(X);
    cap = _wk_lie_prec_cap(prec);
    arb_mat_init(E, n, n);
    arb_mat_init(Ub, n, n);
    mag_init(s); mag_init(prev); mag_init(cur);
    for (w = prec + 32; ; w = _wk_lie_next_prec(w, cap))
    {
        if ((st = _wk_lie_round_check(w, cap, prec)) != WK_OK)
            break;
        wk_lie_src_get_arb(E, X, w + 8);
        arb_mat_exp(E, E, w);
        wk_lie_src_get_arb(Ub, U, w + 8);
        if (left)
            arb_mat_mul(A, E, Ub, w);
        else
            arb_mat_mul(A, Ub, E, w);
        _wk_lie_mag_frobenius(s, A);
        if (_wk_lie_accurate(A, s, prec))
            break;
        _wk_lie_max_rad(cur, A);
        if (_wk_lie_stalled(prev, &have_prev, cur, exact))
            break;
    }
    arb_mat_clear(E);
    arb_mat_clear(Ub);
    mag_clear(s); mag_clear(prev); mag_clear(cur);
    return st;
}

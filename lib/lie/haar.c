/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/haar.c: Haar measure densities of GL+(n) and SL(n) in the
   Lebesgue, polar, square-root, Iwasawa and Cartan charts (spec section 4,
   H1-H6), with log J(X) = sum_{i<j} log(sinh(d)/d), d = lambda_i - lambda_j,
   evaluated stably: log(0F1(;3/2;d^2/4)) for |d| < 1, else
   |d| - log 2 + log1p(-e^(-2|d|)) - log |d|.  SL constants relative to the
   convention H4 (dmu_SL = J(X) dX0 dR) follow from dmu_GL = n C_n ds dmu_SL
   for g = e^s g0. */
#include "internal.h"

void wk_lie_vol_SO(arb_t v, slong n, slong prec)
{
    /* prod_{k=2}^n 2 pi^(k/2) / Gamma(k/2) */
    slong k;
    arb_t pi, t, g;
    arb_init(pi); arb_init(t); arb_init(g);
    arb_const_pi(pi, prec + 16);
    arb_one(v);
    for (k = 2; k <= n; k++)
    {
        arb_set_ui(t, k);
        arb_mul_2exp_si(t, t, -1);
        arb_gamma(g, t, prec + 16);
        arb_pow(t, pi, t, prec + 16);
        arb_div(t, t, g, prec + 16);
        arb_mul_2exp_si(t, t, 1);
        arb_mul(v, v, t, prec + 16);
    }
    arb_set_round(v, v, prec);
    arb_clear(pi); arb_clear(t); arb_clear(g);
}

/* log(sinh(d)/d) */
static void log_sinhc(arb_t res, const arb_t d, slong prec)
{
    arb_t a, t;
    arb_init(a);
    arb_init(t);
    arb_abs(a, d);
    if (arf_cmpabs_2exp_si(arb_midref(a), 0) < 0 || !arb_is_positive(a))
    {
        /* sinh(d)/d = 0F1(; 3/2; d^2/4); log1p of (that - 1) ~ d^2/6 with
           2 log2(1/|d|) guard bits against the cancellation */
        slong wp = prec + 10;
        mag_t m;
        mag_init(m);
        arb_get_mag(m, a);
        if (!mag_is_zero(m) && mag_cmp_2exp_si(m, 0) < 0)
            wp += FLINT_MIN(2 * (slong) (-mag_get_d_log2_approx(m)) + 2, 4 * prec);
        mag_clear(m);
        arb_mul(t, a, a, wp);
        arb_mul_2exp_si(t, t, -2);
        arb_set_d(res, 1.5);
        arb_hypgeom_0f1(res, res, t, 0, wp);
        arb_sub_ui(res, res, 1, wp);
        arb_log1p(res, res, prec);
    }
    else
    {
        /* |d| - log 2 + log1p(-exp(-2|d|)) - log|d| */
        arb_mul_2exp_si(t, a, 1);
        arb_neg(t, t);
        arb_exp(t, t, prec);
        arb_neg(t, t);
        arb_log1p(t, t, prec);
        arb_add(res, a, t, prec);
        arb_const_log2(t, prec);
        arb_sub(res, res, t, prec);
        arb_log(t, a, prec);
        arb_sub(res, res, t, prec);
    }
    arb_clear(a);
    arb_clear(t);
}

/* log sinh(d), d > 0: d - log 2 + log1p(-exp(-2d)) */
static void log_sinh(arb_t res, const arb_t d, slong prec)
{
    arb_t t;
    arb_init(t);
    if (arf_cmpabs_2exp_si(arb_midref(d), 0) < 0)
    {
        arb_sinh(t, d, prec);
        arb_log(res, t, prec);
    }
    else
    {
        arb_mul_2exp_si(t, d, 1);
        arb_neg(t, t);
        arb_exp(t, t, prec);
        arb_neg(t, t);
        arb_log1p(t, t, prec);
        arb_add(res, d, t, prec);
        arb_const_log2(t, prec);
        arb_sub(res, res, t, prec);
    }
    arb_clear(t);
}

void wk_lie_log_J(arb_t res, arb_srcptr lambda, slong n, slong prec)
{
    slong i, j;
    arb_t d, t;
    arb_init(d);
    arb_init(t);
    arb_zero(res);
    for (i = 0; i < n; i++)
        for (j = i + 1; j < n; j++)
        {
            arb_sub(d, lambda + i, lambda + j, prec);
            log_sinhc(t, d, prec);
            arb_add(res, res, t, prec);
        }
    arb_clear(d);
    arb_clear(t);
}

wk_status wk_lie_haar_const(arb_t c, wk_lie_chart chart, wk_lie_group G, slong n, slong prec)
{
    arb_t v, t;
    wk_status st = WK_OK;
    if (n < 1)
        return wk_error(WK_E_DIM, "n = %ld: need n >= 1", (long) n);
    if (n > WK_LIE_MAX_N)
        return wk_error(WK_E_TOO_LARGE, "n = %ld > %d", (long) n, WK_LIE_MAX_N);
    arb_init(v);
    arb_init(t);
    wk_lie_vol_SO(v, n, prec + 16);
    switch (chart)
    {
        case WK_LIE_CHART_LEBESGUE:
            if (G == WK_LIE_SL)
                st = wk_error(WK_E_DOMAIN, "the Lebesgue chart describes GL+(n) only");
            arb_one(c);
            break;
        case WK_LIE_CHART_POLAR:
            /* C_n = 2^(n(n-1)/2) Vol(SO(n)); SL: 1 (H4) */
            if (G == WK_LIE_SL)
                arb_one(c);
            else
                arb_mul_2exp_si(c, v, n * (n - 1) / 2);
            break;
        case WK_LIE_CHART_SQRT:
            if (G == WK_LIE_SL)
                st = wk_error(WK_E_DOMAIN, "the square-root chart describes GL+(n) only");
            arb_mul_2exp_si(c, v, -n);
            break;
        case WK_LIE_CHART_IWASAWA:
            /* GL: Vol(SO(n)); SL: Vol/C_n = 2^(-n(n-1)/2) */
            if (G == WK_LIE_SL)
            {
                arb_one(c);
                arb_mul_2exp_si(c, c, -n * (n - 1) / 2);
            }
            else
                arb_set(c, v);
            break;
        case WK_LIE_CHART_CARTAN:
            /* GL: 2^(n(n-1)/2-(n-1)) Vol^2; SL: 2^-(n-1) Vol */
            if (G == WK_LIE_SL)
                arb_mul_2exp_si(c, v, -(n - 1));
            else
            {
                arb_mul(c, v, v, prec + 16);
                arb_mul_2exp_si(c, c, n * (n - 1) / 2 - (n - 1));
            }
            break;
        default:
            st = wk_error(WK_E_DOMAIN, "unknown chart");
    }
    arb_set_round(c, c, prec);
    arb_clear(v);
    arb_clear(t);
    return st;
}

/* eigenvalue enclosures of a symmetric (exact or ball) matrix */
static wk_status sym_eigenvalues(arb_ptr lam, const wk_lie_src_t X, slong prec);

wk_status wk_lie_eigvals_sym(arb_ptr lambda, const wk_lie_src_t S, slong prec)
{
    wk_status st;
    if ((st = _wk_lie_check_basic(S, prec)) != WK_OK)
        return st;
    if (S->q && !_wk_lie_src_is_symmetric(S))
        return wk_error(WK_E_DOMAIN, "matrix is not symmetric");
    return sym_eigenvalues(lambda, S, prec);
}

static wk_status sym_eigenvalues(arb_ptr lam, const wk_lie_src_t X, slong prec)
{
    slong n = wk_lie_src_nrows(X), w, cap = _wk_lie_prec_cap(prec);
    wk_status st = WK_OK;
    arb_mat_t B;
    _wk_lie_symdec_t D;
    arb_mat_init(B, n, n);
    _wk_lie_symdec_init(D, n);
    for (w = prec + 32; ; w *= 2)
    {
        int r;
        if (w > cap)
        {
            st = wk_error(WK_E_PRECISION, "precision cap reached");
            break;
        }
        wk_lie_src_get_arb(B, X, w + 8);
        if (!_wk_lie_symmetrize(B, w))
        {
            st = wk_error(WK_E_DOMAIN, "matrix is not symmetric");
            break;
        }
        r = _wk_lie_symdec_compute(D, B, w);
        if (r < 0)
        {
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            break;
        }
        if (r == 0)
        {
            mag_t s;
            slong i;
            int ok = 1;
            _arb_vec_set(lam, D->lam, n);
            mag_init(s);
            _wk_lie_mag_frobenius(s, B);
            mag_mul_2exp_si(s, s, -prec);
            for (i = 0; i < n; i++)
                if (mag_cmp(arb_radref(lam + i), s) > 0)
                    ok = 0;
            mag_clear(s);
            if (ok || !wk_lie_src_is_exact(X))
                break;
        }
    }
    arb_mat_clear(B);
    _wk_lie_symdec_clear(D);
    return st;
}

wk_status wk_lie_haar_logdensity_polar(arb_t res, const wk_lie_src_t X, wk_lie_group G, slong prec)
{
    wk_status st;
    slong n;
    arb_ptr lam;
    arb_t c;
    if ((st = _wk_lie_check_basic(X, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(X);
    if (!(X->q ? _wk_lie_src_is_symmetric(X) : 1))
        return wk_error(WK_E_DOMAIN, "X is not symmetric");
    lam = _arb_vec_init(n);
    arb_init(c);
    st = sym_eigenvalues(lam, X, prec);
    if (st == WK_OK && G == WK_LIE_SL)
    {
        slong i;
        arb_zero(c);
        for (i = 0; i < n; i++)
            arb_add(c, c, lam + i, prec);
        if (!arb_contains_zero(c))
            st = wk_error(WK_E_DOMAIN, "tr X != 0: not in Sym0(%ld)", (long) n);
    }
    if (st == WK_OK)
    {
        wk_lie_log_J(res, lam, n, prec + 16);
        wk_lie_haar_const(c, WK_LIE_CHART_POLAR, G, n, prec + 16);
        arb_log(c, c, prec + 16);
        arb_add(res, res, c, prec);
    }
    _arb_vec_clear(lam, n);
    arb_clear(c);
    return st;
}

wk_status wk_lie_haar_logdensity_sqrt(arb_t res, const wk_lie_src_t S, slong prec)
{
    wk_status st;
    slong n, w;
    arb_mat_t B, L;
    arb_t d, c;
    if ((st = _wk_lie_check_basic(S, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(S);
    arb_mat_init(B, n, n);
    arb_mat_init(L, n, n);
    arb_init(d);
    arb_init(c);
    w = prec + 32;
    wk_lie_src_get_arb(B, S, w);
    if (!_wk_lie_symmetrize(B, w))
        st = wk_error(WK_E_DOMAIN, "S is not symmetric");
    else if (!arb_mat_cho(L, B, w))
        st = wk_error(WK_E_DOMAIN, "S is not certified positive definite (Cholesky failed)");
    else
    {
        /* log det S = 2 sum log L_ii */
        slong i;
        arb_zero(d);
        for (i = 0; i < n; i++)
        {
            arb_log(c, arb_mat_entry(L, i, i), w);
            arb_add(d, d, c, w);
        }
        arb_mul_si(d, d, -(n + 1), w);         /* -(n+1)/2 log det S */
        wk_lie_haar_const(c, WK_LIE_CHART_SQRT, WK_LIE_GLPLUS, n, w);
        arb_log(c, c, w);
        arb_add(res, d, c, prec);
    }
    arb_mat_clear(B);
    arb_mat_clear(L);
    arb_clear(d);
    arb_clear(c);
    return st;
}

wk_status wk_lie_haar_logdensity_iwasawa(arb_t res, arb_srcptr a, slong n, wk_lie_group G, slong prec)
{
    slong i;
    arb_t t, c;
    if (n < 1)
        return wk_error(WK_E_DIM, "n = %ld: need n >= 1", (long) n);
    if (prec < WK_LIE_MIN_PREC)
        return _wk_lie_check_prec(prec);
    for (i = 0; i < n; i++)
        if (!arb_is_finite(a + i))
            return wk_error(WK_E_DOMAIN, "a_%ld is not finite", (long) i + 1);
    arb_init(t);
    arb_init(c);
    arb_zero(res);
    if (G == WK_LIE_GLPLUS)
    {
        /* Vol prod a_i^(n-2i) (i = 1..n) w.r.t. da dN dK */
        for (i = 0; i < n; i++)
        {
            if (!arb_is_positive(a + i))
            {
                arb_clear(t);
                arb_clear(c);
                return wk_error(WK_E_DOMAIN, "a_%ld is not > 0", (long) i + 1);
            }
            arb_log(t, a + i, prec + 16);
            arb_addmul_si(res, t, n - 2 * (i + 1), prec + 16);
        }
    }
    else
    {
        /* 2^(-n(n-1)/2) exp(sum (n+1-2i) t_i) w.r.t. dt_1..dt_{n-1} dN dK,
           t = (a_1..a_{n-1}) as logs, t_n = -sum */
        arb_t tn;
        arb_init(tn);
        for (i = 0; i < n - 1; i++)
        {
            arb_addmul_si(res, a + i, n + 1 - 2 * (i + 1), prec + 16);
            arb_sub(tn, tn, a + i, prec + 16);
        }
        arb_addmul_si(res, tn, n + 1 - 2 * n, prec + 16);
        arb_clear(tn);
    }
    wk_lie_haar_const(c, WK_LIE_CHART_IWASAWA, G, n, prec + 16);
    arb_log(c, c, prec + 16);
    arb_add(res, res, c, prec);
    arb_clear(t);
    arb_clear(c);
    return WK_OK;
}

wk_status wk_lie_haar_logdensity_cartan(arb_t res, arb_srcptr t, slong n, wk_lie_group G, slong prec)
{
    slong i, j, m = n;
    arb_ptr tt;
    arb_t d, c;
    wk_status st = WK_OK;
    if (n < 1)
        return wk_error(WK_E_DIM, "n = %ld: need n >= 1", (long) n);
    if (prec < WK_LIE_MIN_PREC)
        return _wk_lie_check_prec(prec);
    tt = _arb_vec_init(n);
    arb_init(d);
    arb_init(c);
    /* SL: t has n-1 free coordinates, t_n = -sum */
    if (G == WK_LIE_SL)
    {
        m = n - 1;
        for (i = 0; i < m; i++)
        {
            arb_set(tt + i, t + i);
            arb_sub(tt + n - 1, tt + n - 1, t + i, prec + 16);
        }
    }
    else
        _arb_vec_set(tt, t, n);
    for (i = 0; i < m; i++)
        if (!arb_is_finite(t + i))
            st = wk_error(WK_E_DOMAIN, "t_%ld is not finite", (long) i + 1);
    arb_zero(res);
    for (i = 0; i < n && st == WK_OK; i++)
        for (j = i + 1; j < n && st == WK_OK; j++)
        {
            arb_sub(d, tt + i, tt + j, prec + 16);
            if (!arb_is_positive(d))
                st = wk_error(WK_E_DOMAIN, "t_%ld - t_%ld is not > 0: need t_1 > ... > t_n",
                              (long) i + 1, (long) j + 1);
            else
            {
                log_sinh(c, d, prec + 16);
                arb_add(res, res, c, prec + 16);
            }
        }
    if (st == WK_OK)
    {
        wk_lie_haar_const(c, WK_LIE_CHART_CARTAN, G, n, prec + 16);
        arb_log(c, c, prec + 16);
        arb_add(res, res, c, prec);
    }
    _arb_vec_clear(tt, n);
    arb_clear(d);
    arb_clear(c);
    return st;
}

wk_status wk_lie_haar_logdensity_lebesgue(arb_t res, const wk_lie_src_t g, slong prec)
{
    wk_status st;
    slong n;
    if ((st = _wk_lie_check_basic(g, prec)) != WK_OK)
        return st;
    if ((st = _wk_lie_require_group(g, WK_LIE_GLPLUS, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(g);
    {
        arb_mat_t B;
        arb_t d;
        arb_mat_init(B, n, n);
        arb_init(d);
        wk_lie_src_get_arb(B, g, prec + 32);
        arb_mat_det(d, B, prec + 32);
        arb_log(d, d, prec + 32);
        arb_mul_si(res, d, -n, prec);
        arb_mat_clear(B);
        arb_clear(d);
    }
    return WK_OK;
}

wk_status wk_lie_haar_logdensity_at(arb_t res, wk_lie_chart chart, const wk_lie_src_t g,
                                    wk_lie_group G, slong prec)
{
    wk_status st;
    slong n, i;
    if ((st = _wk_lie_check_basic(g, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(g);
    switch (chart)
    {
        case WK_LIE_CHART_LEBESGUE:
            if (G == WK_LIE_SL)
                return wk_error(WK_E_DOMAIN, "the Lebesgue chart describes GL+(n) only");
            return wk_lie_haar_logdensity_lebesgue(res, g, prec);
        case WK_LIE_CHART_POLAR:
        {
            wk_lie_polar_t P;
            wk_lie_src_t xs;
            wk_lie_polar_init(P, n);
            st = wk_lie_polar(P, g, G, prec + 16);
            if (st == WK_OK)
            {
                wk_lie_src_arb(xs, &P->X);
                st = wk_lie_haar_logdensity_polar(res, xs, G, prec);
            }
            wk_lie_polar_clear(P);
            return st;
        }
        case WK_LIE_CHART_SQRT:
        {
            arb_mat_t B, S;
            wk_lie_src_t ss;
            if (G == WK_LIE_SL)
                return wk_error(WK_E_DOMAIN, "the square-root chart describes GL+(n) only");
            if ((st = _wk_lie_require_group(g, G, prec)) != WK_OK)
                return st;
            arb_mat_init(B, n, n);
            arb_mat_init(S, n, n);
            wk_lie_src_get_arb(B, g, prec + 32);
            _wk_lie_gram_rows(S, B, prec + 32);      /* S = g g^T */
            wk_lie_src_arb(ss, S);
            st = wk_lie_haar_logdensity_sqrt(res, ss, prec);
            arb_mat_clear(B);
            arb_mat_clear(S);
            return st;
        }
        case WK_LIE_CHART_IWASAWA:
        {
            wk_lie_iwasawa_t I_;
            wk_lie_iwasawa_init(I_, n);
            st = wk_lie_iwasawa(I_, g, G, prec + 16);
            if (st == WK_OK)
            {
                if (G == WK_LIE_SL)
                    for (i = 0; i < n; i++)
                        arb_log(I_->a + i, I_->a + i, prec + 16);
                st = wk_lie_haar_logdensity_iwasawa(res, I_->a, n, G, prec);
            }
            wk_lie_iwasawa_clear(I_);
            return st;
        }
        case WK_LIE_CHART_CARTAN:
        {
            arb_ptr sig = _arb_vec_init(n);
            if ((st = _wk_lie_require_group(g, G, prec)) == WK_OK)
                st = wk_lie_singular_values(sig, g, prec + 16);
            if (st == WK_OK)
            {
                for (i = 0; i < n; i++)
                    arb_log(sig + i, sig + i, prec + 16);
                st = wk_lie_haar_logdensity_cartan(res, sig, n, G, prec);
            }
            _arb_vec_clear(sig, n);
            return st;
        }
        default:
            return wk_error(WK_E_DOMAIN, "unknown chart");
    }
}

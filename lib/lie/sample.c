/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/sample.c: Haar sampling of SO(n) (Mezzadri, arXiv:math-ph/0609050:
   QR of a Gaussian matrix with positive diagonal R, then column 1 negated
   when det = -1), the deterministic SO(2) grid, and samplers on GL+(n) and
   SL(n) in the polar chart with importance weights (spec section 5). */
#include <math.h>
#include "internal.h"

wk_status wk_lie_sample_SO(arb_mat_t R, wk_rand_t st, slong prec)
{
    slong n = arb_mat_nrows(R), i, j, tries;
    wk_status s = WK_OK;
    if (n < 1 || arb_mat_ncols(R) != n)
        return wk_error(WK_E_DIM, "result must be square with n >= 1");
    if (n > WK_LIE_MAX_N)
        return wk_error(WK_E_TOO_LARGE, "n = %ld > %d", (long) n, WK_LIE_MAX_N);
    if ((s = _wk_lie_check_prec(prec)) != WK_OK)
        return s;
    if (n == 1)
    {
        arb_one(arb_mat_entry(R, 0, 0));
        return WK_OK;
    }
    if (n == 2)
    {
        /* theta uniform in [-pi, pi) */
        arb_t th, c, sn;
        arb_init(th); arb_init(c); arb_init(sn);
        arb_set_d(th, 2.0 * wk_rand_double(st) - 1.0);
        arb_const_pi(c, prec + 8);
        arb_mul(th, th, c, prec + 8);
        arb_sin_cos(sn, c, th, prec);
        arb_set(arb_mat_entry(R, 0, 0), c);
        arb_neg(arb_mat_entry(R, 0, 1), sn);
        arb_set(arb_mat_entry(R, 1, 0), sn);
        arb_set(arb_mat_entry(R, 1, 1), c);
        arb_clear(th); arb_clear(c); arb_clear(sn);
        return WK_OK;
    }
    {
        arb_mat_t Z, S, L, X, Zt;
        arb_t d;
        arb_mat_init(Z, n, n); arb_mat_init(S, n, n); arb_mat_init(L, n, n);
        arb_mat_init(X, n, n); arb_mat_init(Zt, n, n);
        arb_init(d);
        for (tries = 0; tries < 100; tries++)
        {
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++)
                    arb_set_d(arb_mat_entry(Z, i, j), wk_rand_normal(st));
            _wk_lie_gram(S, Z, prec + 16);
            arb_mat_det(d, Z, prec + 16);
            if (arb_contains_zero(d) || !arb_mat_cho(L, S, prec + 16))
                continue;
            /* Q = Z R^-1 with R = L^T: Q^T = L^-1 Z^T */
            arb_mat_transpose(Zt, Z);
            arb_mat_solve_tril(X, L, Zt, 0, prec + 16);
            arb_mat_transpose(R, X);
            if (arb_is_negative(d))
                for (i = 0; i < n; i++)
                    arb_neg(arb_mat_entry(R, i, 0), arb_mat_entry(R, i, 0));
            _wk_lie_clip_unit(R, prec);
            break;
        }
        if (tries == 100)
            s = wk_error(WK_E_INTERNAL, "no invertible Gaussian matrix in 100 tries");
        arb_mat_clear(Z); arb_mat_clear(S); arb_mat_clear(L);
        arb_mat_clear(X); arb_mat_clear(Zt);
        arb_clear(d);
    }
    return s;
}

wk_status wk_lie_so2_grid(arb_mat_t R, slong k, slong N, slong prec)
{
    arb_t th, c, sn;
    if (arb_mat_nrows(R) != 2 || arb_mat_ncols(R) != 2)
        return wk_error(WK_E_DIM, "result must be 2x2");
    if (N < 1 || k < 0 || k >= N)
        return wk_error(WK_E_DOMAIN, "need 0 <= k < N, got k = %ld, N = %ld", (long) k, (long) N);
    arb_init(th); arb_init(c); arb_init(sn);
    /* theta_k = 2 pi k / N */
    arb_const_pi(th, prec + 8);
    arb_mul_si(th, th, 2 * k, prec + 8);
    arb_div_si(th, th, N, prec + 8);
    arb_sin_cos(sn, c, th, prec);
    arb_set(arb_mat_entry(R, 0, 0), c);
    arb_neg(arb_mat_entry(R, 0, 1), sn);
    arb_set(arb_mat_entry(R, 1, 0), sn);
    arb_set(arb_mat_entry(R, 1, 1), c);
    arb_clear(th); arb_clear(c); arb_clear(sn);
    return WK_OK;
}

void wk_lie_sample_init(wk_lie_sample_t s, slong n)
{
    s->n = n;
    arb_mat_init(&s->g, n, n);
    arb_mat_init(&s->ginv, n, n);
    arb_mat_init(&s->X, n, n);
    arb_mat_init(&s->R, n, n);
    arb_init(&s->logw);
}

void wk_lie_sample_clear(wk_lie_sample_t s)
{
    arb_mat_clear(&s->g);
    arb_mat_clear(&s->ginv);
    arb_mat_clear(&s->X);
    arb_mat_clear(&s->R);
    arb_clear(&s->logw);
}

/* log(C J(X)) for symmetric ball X */
static wk_status log_CJ(arb_t res, const arb_mat_t X, wk_lie_group G, slong prec)
{
    wk_lie_src_t xs;
    wk_lie_src_arb(xs, X);
    return wk_lie_haar_logdensity_polar(res, xs, G, prec);
}

/* g = exp(X) R, g^-1 = R^T exp(-X) */
static void compose(wk_lie_sample_t s, slong prec)
{
    slong n = s->n;
    arb_mat_t E, Rt;
    arb_mat_init(E, n, n);
    arb_mat_init(Rt, n, n);
    arb_mat_exp(E, &s->X, prec);
    _wk_lie_symmetrize(E, prec);
    arb_mat_mul(&s->g, E, &s->R, prec);
    arb_mat_neg(E, &s->X);
    arb_mat_exp(E, E, prec);
    _wk_lie_symmetrize(E, prec);
    arb_mat_transpose(Rt, &s->R);
    arb_mat_mul(&s->ginv, Rt, E, prec);
    arb_mat_clear(E);
    arb_mat_clear(Rt);
}

wk_status wk_lie_sample_polar(wk_lie_sample_t s, wk_rand_t st, wk_lie_group G, double sigma2,
                              const arb_t alpha, slong prec)
{
    slong n = s->n, d, k;
    wk_status r;
    arb_ptr v;
    arb_t t, u;
    if (n < 1 || n > WK_LIE_MAX_N)
        return wk_error(n < 1 ? WK_E_DIM : WK_E_TOO_LARGE, "n = %ld out of range", (long) n);
    if ((r = _wk_lie_check_prec(prec)) != WK_OK)
        return r;
    if (!(sigma2 > 0) || !isfinite(sigma2))
        return wk_error(WK_E_DOMAIN, "sigma^2 = %g must be > 0", sigma2);
    d = wk_lie_p_dim(G, n);
    v = _arb_vec_init(FLINT_MAX(d, 1));
    arb_init(t);
    arb_init(u);
    /* v ~ N(0, sigma^2 I) in the orthonormal basis of p; X = hat(v)/2 */
    for (k = 0; k < d; k++)
        arb_set_d(v + k, sqrt(sigma2) * wk_rand_normal(st));
    r = wk_lie_hat_p(&s->X, v, d, G, alpha, prec + 16);
    if (r == WK_OK)
    {
        arb_mat_scalar_mul_2exp_si(&s->X, &s->X, -1);
        r = wk_lie_sample_SO(&s->R, st, prec + 16);
    }
    if (r == WK_OK)
    {
        compose(s, prec + 16);
        /* log w = log(C J(X)) - log q(X); q(X) dX = prod phi(v_k) dv,
           v = 2 vee_p(X): log q = sum log phi(v_k) + d log 2 + logjac */
        r = log_CJ(&s->logw, &s->X, G, prec + 16);
    }
    if (r == WK_OK)
    {
        arb_zero(t);
        for (k = 0; k < d; k++)
            arb_addmul(t, v + k, v + k, prec + 16);
        arb_set_d(u, sigma2);
        arb_div(t, t, u, prec + 16);
        arb_mul_2exp_si(t, t, -1);
        arb_add(&s->logw, &s->logw, t, prec + 16);      /* + sum v^2/(2 s^2) */
        arb_const_pi(t, prec + 16);
        arb_mul_2exp_si(t, t, 1);
        arb_mul(t, t, u, prec + 16);
        arb_log(t, t, prec + 16);
        arb_mul_si(t, t, d, prec + 16);
        arb_mul_2exp_si(t, t, -1);
        arb_add(&s->logw, &s->logw, t, prec + 16);      /* + (d/2) log(2 pi s^2) */
        arb_const_log2(t, prec + 16);
        arb_mul_si(t, t, d, prec + 16);
        arb_sub(&s->logw, &s->logw, t, prec + 16);      /* - d log 2 */
        wk_lie_vee_p_logjac(t, G, n, alpha, prec + 16);
        arb_sub(&s->logw, &s->logw, t, prec);           /* - log |dv/dX| */
    }
    _arb_vec_clear(v, FLINT_MAX(d, 1));
    arb_clear(t);
    arb_clear(u);
    return r;
}

wk_status wk_lie_sample_box(wk_lie_sample_t s, wk_rand_t st, wk_lie_group G, double half_width, slong prec)
{
    slong n = s->n, i, j, d;
    wk_status r;
    arb_t t;
    if (n < 1 || n > WK_LIE_MAX_N)
        return wk_error(n < 1 ? WK_E_DIM : WK_E_TOO_LARGE, "n = %ld out of range", (long) n);
    if ((r = _wk_lie_check_prec(prec)) != WK_OK)
        return r;
    if (!(half_width > 0) || !isfinite(half_width))
        return wk_error(WK_E_DOMAIN, "box half-width %g must be > 0", half_width);
    d = wk_lie_p_dim(G, n);
    arb_init(t);
    /* measure coordinates x_ij (i <= j; SL: x_nn = -sum) uniform in [-L, L] */
    arb_mat_zero(&s->X);
    for (i = 0; i < n; i++)
        for (j = i; j < n; j++)
        {
            if (G == WK_LIE_SL && i == n - 1 && j == n - 1)
                continue;
            arb_set_d(arb_mat_entry(&s->X, i, j), half_width * (2.0 * wk_rand_double(st) - 1.0));
            arb_set(arb_mat_entry(&s->X, j, i), arb_mat_entry(&s->X, i, j));
        }
    if (G == WK_LIE_SL)
        for (i = 0; i < n - 1; i++)
            arb_sub(arb_mat_entry(&s->X, n - 1, n - 1), arb_mat_entry(&s->X, n - 1, n - 1),
                    arb_mat_entry(&s->X, i, i), prec + 16);
    r = wk_lie_sample_SO(&s->R, st, prec + 16);
    if (r == WK_OK)
    {
        compose(s, prec + 16);
        r = log_CJ(&s->logw, &s->X, G, prec + 16);
    }
    if (r == WK_OK)
    {
        /* + log vol(B) = d log(2L) */
        arb_set_d(t, 2.0 * half_width);
        arb_log(t, t, prec + 16);
        arb_mul_si(t, t, d, prec + 16);
        arb_add(&s->logw, &s->logw, t, prec);
    }
    arb_clear(t);
    return r;
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/vee.c: "vee"/"hat" coordinates of gl(n) and sl(n) in the
   orthonormal basis of spec section 1 for <X, Y> = alpha tr(X^T Y)
   (n = 2 as the authors' code; n >= 3 the workbench choice: diagonal or h_k,
   symmetric off-diagonal, skew), and the Jacobian of the p-part against the
   measure coordinates dX. */
#include "internal.h"

slong wk_lie_algebra_dim(wk_lie_group G, slong n)
{
    return G == WK_LIE_SL ? n * n - 1 : n * n;
}

slong wk_lie_p_dim(wk_lie_group G, slong n)
{
    return n * (n + 1) / 2 - (G == WK_LIE_SL ? 1 : 0);
}

/* index of the first off-diagonal symmetric coordinate (n >= 3) */
static slong sym_start(wk_lie_group G, slong n) { return G == WK_LIE_SL ? n - 1 : n; }

static wk_status check_alpha(const arb_t alpha)
{
    if (!arb_is_finite(alpha) || !arb_is_positive(alpha))
        return wk_error(WK_E_DOMAIN, "alpha must be > 0");
    return WK_OK;
}

wk_status wk_lie_vee(arb_ptr v, const arb_mat_t X, wk_lie_group G, const arb_t alpha, slong prec)
{
    slong n = arb_mat_nrows(X), i, j, m;
    wk_status st;
    arb_t sa, sh, t, u;
    if ((st = _wk_lie_check_arb_mat(X, prec)) != WK_OK)
        return st;
    if ((st = check_alpha(alpha)) != WK_OK)
        return st;
    arb_init(sa); arb_init(sh); arb_init(t); arb_init(u);
    if (G == WK_LIE_SL)
    {
        arb_mat_trace(t, X, prec);
        if (!arb_contains_zero(t))
        {
            char * s = arb_get_str(t, 15, 0);
            st = wk_error(WK_E_DOMAIN, "tr X = %s != 0: not in sl(%ld)", s, (long) n);
            flint_free(s);
            goto cleanup;
        }
    }
    arb_sqrt(sa, alpha, prec);                 /* sqrt(alpha) */
    arb_mul_2exp_si(sh, alpha, -1);
    arb_sqrt(sh, sh, prec);                    /* sqrt(alpha/2) */
#define XE(i, j) arb_mat_entry(X, i, j)
    if (n == 1)
    {
        if (G == WK_LIE_GLPLUS)
            arb_mul(v, sa, XE(0, 0), prec);
    }
    else if (n == 2 && G == WK_LIE_GLPLUS)
    {
        arb_mul(v + 0, sa, XE(0, 0), prec);
        arb_add(t, XE(0, 1), XE(1, 0), prec);
        arb_mul(v + 1, sh, t, prec);
        arb_mul(v + 2, sa, XE(1, 1), prec);
        arb_sub(t, XE(1, 0), XE(0, 1), prec);
        arb_mul(v + 3, sh, t, prec);
    }
    else if (n == 2)
    {
        arb_add(t, XE(0, 1), XE(1, 0), prec);
        arb_mul(v + 0, sh, t, prec);
        arb_sub(t, XE(1, 0), XE(0, 1), prec);
        arb_mul(v + 1, sh, t, prec);
        arb_sub(t, XE(0, 0), XE(1, 1), prec);
        arb_mul(v + 2, sh, t, prec);
    }
    else
    {
        if (G == WK_LIE_GLPLUS)
            for (i = 0; i < n; i++)
                arb_mul(v + i, sa, XE(i, i), prec);
        else
            for (m = 1; m < n; m++)
            {
                /* <X, h_m> = sqrt(alpha) (sum_{i<=m} x_ii - m x_{m+1,m+1})/sqrt(m(m+1)) */
                arb_zero(t);
                for (i = 0; i < m; i++)
                    arb_add(t, t, XE(i, i), prec);
                arb_submul_ui(t, XE(m, m), m, prec);
                arb_set_ui(u, m * (m + 1));
                arb_rsqrt(u, u, prec);
                arb_mul(t, t, u, prec);
                arb_mul(v + m - 1, sa, t, prec);
            }
        m = sym_start(G, n);
        for (i = 0; i < n; i++)
            for (j = i + 1; j < n; j++, m++)
            {
                arb_add(t, XE(i, j), XE(j, i), prec);
                arb_mul(v + m, sh, t, prec);
            }
        for (i = 0; i < n; i++)
            for (j = i + 1; j < n; j++, m++)
            {
                arb_sub(t, XE(j, i), XE(i, j), prec);
                arb_mul(v + m, sh, t, prec);
            }
    }
#undef XE
cleanup:
    arb_clear(sa); arb_clear(sh); arb_clear(t); arb_clear(u);
    return st;
}

wk_status wk_lie_hat(arb_mat_t X, arb_srcptr v, slong len, wk_lie_group G, const arb_t alpha, slong prec)
{
    slong n = arb_mat_nrows(X), i, j, m, ms, mk;
    wk_status st;
    arb_t ia, ih, t, u;
    if (n < 1 || arb_mat_ncols(X) != n)
        return wk_error(WK_E_DIM, "result must be square with n >= 1");
    if (len != wk_lie_algebra_dim(G, n))
        return wk_error(WK_E_DIM, "vector has %ld coordinates, %s(%ld) has dimension %ld", (long) len,
                        G == WK_LIE_SL ? "sl" : "gl", (long) n, (long) wk_lie_algebra_dim(G, n));
    if ((st = check_alpha(alpha)) != WK_OK)
        return st;
    for (i = 0; i < len; i++)
        if (!arb_is_finite(v + i))
            return wk_error(WK_E_DOMAIN, "coordinate %ld is not finite", (long) i + 1);
    arb_init(ia); arb_init(ih); arb_init(t); arb_init(u);
    arb_rsqrt(ia, alpha, prec);                /* 1/sqrt(alpha) */
    arb_mul_2exp_si(ih, alpha, 1);
    arb_rsqrt(ih, ih, prec);                   /* 1/sqrt(2 alpha) */
    arb_mat_zero(X);
#define XE(i, j) arb_mat_entry(X, i, j)
    if (n == 1)
    {
        if (G == WK_LIE_GLPLUS)
            arb_mul(XE(0, 0), v, ia, prec);
    }
    else if (n == 2 && G == WK_LIE_GLPLUS)
    {
        arb_mul(XE(0, 0), v + 0, ia, prec);
        arb_mul(XE(1, 1), v + 2, ia, prec);
        arb_sub(t, v + 1, v + 3, prec);
        arb_mul(XE(0, 1), t, ih, prec);
        arb_add(t, v + 1, v + 3, prec);
        arb_mul(XE(1, 0), t, ih, prec);
    }
    else if (n == 2)
    {
        arb_sub(t, v + 0, v + 1, prec);
        arb_mul(XE(0, 1), t, ih, prec);
        arb_add(t, v + 0, v + 1, prec);
        arb_mul(XE(1, 0), t, ih, prec);
        arb_mul(XE(0, 0), v + 2, ih, prec);
        arb_neg(XE(1, 1), XE(0, 0));
    }
    else
    {
        if (G == WK_LIE_GLPLUS)
            for (i = 0; i < n; i++)
                arb_mul(XE(i, i), v + i, ia, prec);
        else
            for (m = 1; m < n; m++)
            {
                /* h_m = (sum_{i<=m} e_ii - m e_{m+1,m+1})/sqrt(alpha m(m+1)) */
                arb_set_ui(u, m * (m + 1));
                arb_rsqrt(u, u, prec);
                arb_mul(u, u, ia, prec);
                arb_mul(t, v + m - 1, u, prec);
                for (i = 0; i < m; i++)
                    arb_add(XE(i, i), XE(i, i), t, prec);
                arb_submul_ui(XE(m, m), t, m, prec);
            }
        ms = sym_start(G, n);
        mk = ms + n * (n - 1) / 2;
        for (i = 0; i < n; i++)
            for (j = i + 1; j < n; j++, ms++, mk++)
            {
                /* v_s (e_ij + e_ji)/sqrt(2a) + v_k (e_ji - e_ij)/sqrt(2a) */
                arb_sub(t, v + ms, v + mk, prec);
                arb_mul(XE(i, j), t, ih, prec);
                arb_add(t, v + ms, v + mk, prec);
                arb_mul(XE(j, i), t, ih, prec);
            }
    }
#undef XE
    arb_clear(ia); arb_clear(ih); arb_clear(t); arb_clear(u);
    return WK_OK;
}

/* positions of the p coordinates inside the vee vector */
static void p_positions(slong * pos, wk_lie_group G, slong n)
{
    slong i, k = 0, d = wk_lie_p_dim(G, n);
    if (n == 2 && G == WK_LIE_GLPLUS)
    {
        pos[0] = 0; pos[1] = 1; pos[2] = 2;
    }
    else if (n == 2)
    {
        pos[0] = 0; pos[1] = 2;
    }
    else
        for (i = 0; i < d; i++)
            pos[k++] = i;
}

wk_status wk_lie_hat_p(arb_mat_t X, arb_srcptr v, slong len, wk_lie_group G, const arb_t alpha, slong prec)
{
    slong n = arb_mat_nrows(X), d, D, i;
    slong * pos;
    arb_ptr full;
    wk_status st;
    if (n < 1 || arb_mat_ncols(X) != n)
        return wk_error(WK_E_DIM, "result must be square with n >= 1");
    d = wk_lie_p_dim(G, n);
    if (len != d)
        return wk_error(WK_E_DIM, "vector has %ld coordinates, p has dimension %ld", (long) len, (long) d);
    D = wk_lie_algebra_dim(G, n);
    pos = flint_malloc(sizeof(slong) * FLINT_MAX(d, 1));
    full = _arb_vec_init(FLINT_MAX(D, 1));
    p_positions(pos, G, n);
    for (i = 0; i < d; i++)
        arb_set(full + pos[i], v + i);
    st = wk_lie_hat(X, full, D, G, alpha, prec);
    flint_free(pos);
    _arb_vec_clear(full, FLINT_MAX(D, 1));
    return st;
}

wk_status wk_lie_vee_p(arb_ptr v, const arb_mat_t X, wk_lie_group G, const arb_t alpha, slong prec)
{
    slong n = arb_mat_nrows(X), d, D, i;
    slong * pos;
    arb_ptr full;
    wk_status st;
    if (n < 1 || arb_mat_ncols(X) != n)
        return wk_error(WK_E_DIM, "matrix must be square with n >= 1");
    d = wk_lie_p_dim(G, n);
    D = wk_lie_algebra_dim(G, n);
    pos = flint_malloc(sizeof(slong) * FLINT_MAX(d, 1));
    full = _arb_vec_init(FLINT_MAX(D, 1));
    p_positions(pos, G, n);
    st = wk_lie_vee(full, X, G, alpha, prec);
    if (st == WK_OK)
        for (i = 0; i < d; i++)
            arb_set(v + i, full + pos[i]);
    flint_free(pos);
    _arb_vec_clear(full, FLINT_MAX(D, 1));
    return st;
}

void wk_lie_vee_p_logjac(arb_t res, wk_lie_group G, slong n, const arb_t alpha, slong prec)
{
    /* d(vee_p) = alpha^(d/2) 2^(n(n-1)/4) [sqrt(n) for SL] dX */
    slong d = wk_lie_p_dim(G, n);
    arb_t t;
    arb_init(t);
    arb_log(res, alpha, prec);
    arb_mul_si(res, res, d, prec);
    arb_mul_2exp_si(res, res, -1);
    arb_const_log2(t, prec);
    arb_mul_si(t, t, n * (n - 1), prec);
    arb_mul_2exp_si(t, t, -2);
    arb_add(res, res, t, prec);
    if (G == WK_LIE_SL)
    {
        arb_set_si(t, n);
        arb_log(t, t, prec);
        arb_mul_2exp_si(t, t, -1);
        arb_add(res, res, t, prec);
    }
    arb_clear(t);
}

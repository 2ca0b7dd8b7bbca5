/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/funm.c: certified principal log and square root of a
   diagonalisable matrix (spec 3.8).  With approximate eigenvectors R (point)
   T = R^-1 A R = D + F holds exactly in ball arithmetic; by the resolvent
   forms log M = int_0^oo [(1+t)^-1 - (M+t)^-1] dt and
   M^(1/2) = (2/pi) int_0^oo [1 - s^2 (M+s^2)^-1] ds (Higham, Functions of
   Matrices, 2008, 11.1 and 6.x), with g = min_i dist(d_i, (-oo,0]) > f:
     ||log(D+F) - log D||  <= f/(1-f/g) sum_i int_0^oo |d_i+t|^-2 dt
                            = f/(1-f/g) sum_i acosc(Re d_i/|d_i|)/|d_i|,
     ||sqrt(D+F) - sqrt D|| <= f/(1-f/g) sum_i 1/(2 Re sqrt(d_i)).
   Repeated (semisimple) eigenvalues are fine; defective ones are not. */
#include "internal.h"

/* lower bound for dist(d, (-oo, 0]) */
static void dist_negaxis_lower(mag_t g, const acb_t d)
{
    if (arf_sgn(arb_midref(acb_realref(d))) >= 0)
    {
        arb_t t;
        arb_init(t);
        acb_abs(t, d, MAG_BITS);
        arb_get_mag_lower(g, t);
        arb_clear(t);
    }
    else
        arf_get_mag_lower(g, arb_midref(acb_imagref(d)));
}

int _wk_lie_funm(acb_mat_t F, acb_ptr eigs, const acb_mat_t A, _wk_lie_funm_kind fun, slong w)
{
    slong n = acb_mat_nrows(A), i, j;
    int res = 0;
    acb_mat_t R, Y, M, T;
    acb_ptr d;
    mag_t e, t, u, f, cond, gmin, S, delta;
    arb_t x, y;
    slong * parent;

    acb_mat_init(R, n, n); acb_mat_init(Y, n, n); acb_mat_init(M, n, n); acb_mat_init(T, n, n);
    d = _acb_vec_init(n);
    mag_init(e); mag_init(t); mag_init(u); mag_init(f); mag_init(cond);
    mag_init(gmin); mag_init(S); mag_init(delta);
    arb_init(x); arb_init(y);
    parent = flint_malloc(sizeof(slong) * n);

    if (_wk_lie_eig_approx(R, d, A, w) < 0) { res = -1; goto cleanup; }
    if (!acb_mat_approx_inv(Y, R, w)) { res = 1; goto cleanup; }
    acb_mat_get_mid(Y, Y);

    /* E = I - Y R, e = ||E||_F; R^-1 = (I - E)^-1 Y in Y +/- e/(1-e) ||Y||_F */
    acb_mat_mul(M, Y, R, w);
    acb_mat_neg(M, M);
    for (i = 0; i < n; i++)
        acb_add_ui(acb_mat_entry(M, i, i), acb_mat_entry(M, i, i), 1, w);
    acb_mat_bound_frobenius_norm(e, M);
    mag_one(t);
    mag_mul_2exp_si(t, t, -1);
    if (mag_cmp(e, t) >= 0) { res = 1; goto cleanup; }
    mag_one(t);
    mag_sub_lower(t, t, e);                    /* 1 - e (lower) */
    acb_mat_bound_frobenius_norm(u, Y);
    mag_div(u, u, t);                          /* ||R^-1||_F bound */
    acb_mat_bound_frobenius_norm(cond, R);
    mag_mul(cond, cond, u);
    mag_mul(u, u, e);                          /* e/(1-e) ||Y|| */
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            arb_add_error_mag(acb_realref(acb_mat_entry(Y, i, j)), u);
            arb_add_error_mag(acb_imagref(acb_mat_entry(Y, i, j)), u);
        }

    /* T = R^-1 A R */
    if (acb_mat_is_real(A))
        _wk_lie_acb_mat_mul_realleft(M, A, R, 0, w);
    else
        acb_mat_mul(M, A, R, w);
    acb_mat_mul(T, Y, M, w);
    mag_zero(f);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            if (i == j)
            {
                acb_get_mid(d + i, acb_mat_entry(T, i, i));
                mag_hypot(t, arb_radref(acb_realref(acb_mat_entry(T, i, i))),
                          arb_radref(acb_imagref(acb_mat_entry(T, i, i))));
            }
            else
                acb_get_mag(t, acb_mat_entry(T, i, j));
            mag_addmul(f, t, t);
        }
    mag_sqrt(f, f);
    if (!mag_is_finite(f)) { res = 1; goto cleanup; }

    /* eigenvalue enclosures: the disc around d_i; the k-th component of
       overlapping discs holds exactly as many eigenvalues as centres */
    if (eigs != NULL)
        for (i = 0; i < n; i++)
        {
            acb_set(eigs + i, d + i);
            acb_add_error_mag(eigs + i, f);
        }

    /* domain: every disc must avoid (-oo, 0] */
    mag_inf(gmin);
    for (i = 0; i < n; i++)
    {
        dist_negaxis_lower(t, d + i);
        mag_min(gmin, gmin, t);
    }
    mag_mul_2exp_si(t, f, 1);
    if (mag_cmp(gmin, t) <= 0)
    {
        /* is some eigenvalue certainly real and negative?  A disc that is
           alone in its component holds one eigenvalue; if the input is real
           and the mirrored disc meets no other disc, that eigenvalue is
           real. */
        res = 3;
        for (i = 0; i < n && res == 3; i++)
        {
            int alone = 1;
            acb_t c;
            acb_init(c);
            acb_set(c, d + i);
            acb_add_error_mag(c, f);
            if (!arb_is_negative(acb_realref(c)) || !arb_contains_zero(acb_imagref(c)))
                alone = 0;
            for (j = 0; j < n && alone; j++)
            {
                acb_t cj, cc;
                if (j == i) continue;
                acb_init(cj);
                acb_init(cc);
                acb_set(cj, d + j);
                acb_add_error_mag(cj, f);
                mag_mul_2exp_si(t, f, 1);
                acb_conj(cc, c);
                /* discs overlap iff |d_i - d_j| <= 2f; same for the mirror */
                if (acb_overlaps(cj, c) || acb_overlaps(cj, cc))
                    alone = 0;
                acb_clear(cj);
                acb_clear(cc);
            }
            if (alone && acb_mat_is_real(A))
                res = 2;
            acb_clear(c);
        }
        goto cleanup;
    }

    /* the bound */
    mag_div(t, f, gmin);
    mag_one(u);
    mag_sub_lower(u, u, t);
    mag_div(u, f, u);                          /* f/(1 - f/g) */
    mag_zero(S);
    for (i = 0; i < n; i++)
    {
        acb_t z;
        acb_init(z);
        acb_set(z, d + i);
        if (fun == _WK_LIE_FUNM_LOG)
        {
            acb_abs(x, z, 2 * MAG_BITS);
            arb_div(y, acb_realref(z), x, 2 * MAG_BITS);
            /* Re d/|d| in [-1, 1]; acosc is decreasing, so widening is safe */
            _wk_lie_acosc(y, y, 2 * MAG_BITS);
            arb_div(y, y, x, 2 * MAG_BITS);
        }
        else
        {
            acb_sqrt(z, z, 2 * MAG_BITS);
            arb_mul_2exp_si(y, acb_realref(z), 1);
            arb_inv(y, y, 2 * MAG_BITS);
        }
        arb_get_mag(t, y);
        if (!arb_is_finite(y)) mag_inf(t);
        mag_add(S, S, t);
        acb_clear(z);
    }
    mag_mul(delta, u, S);
    mag_mul(delta, delta, cond);
    if (!mag_is_finite(delta)) { res = 1; goto cleanup; }

    /* F = R diag(fun(d)) R^-1 + delta */
    for (j = 0; j < n; j++)
    {
        acb_t z;
        acb_init(z);
        if (fun == _WK_LIE_FUNM_LOG)
            acb_log(z, d + j, w);
        else
            acb_sqrt(z, d + j, w);
        for (i = 0; i < n; i++)
            acb_mul(acb_mat_entry(M, i, j), acb_mat_entry(R, i, j), z, w);
        acb_clear(z);
    }
    acb_mat_mul(F, M, Y, w);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            arb_add_error_mag(acb_realref(acb_mat_entry(F, i, j)), delta);
            arb_add_error_mag(acb_imagref(acb_mat_entry(F, i, j)), delta);
        }

cleanup:
    acb_mat_clear(R); acb_mat_clear(Y); acb_mat_clear(M); acb_mat_clear(T);
    _acb_vec_clear(d, n);
    mag_clear(e); mag_clear(t); mag_clear(u); mag_clear(f); mag_clear(cond);
    mag_clear(gmin); mag_clear(S); mag_clear(delta);
    arb_clear(x); arb_clear(y);
    flint_free(parent);
    return res;
}

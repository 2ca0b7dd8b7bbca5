/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/util.c: matrix arguments (exact or ball), the validation order of
   spec section 3.1, norms, symmetrisation and the condition estimate of 3.2. */
#include <math.h>
#include <string.h>
#include "internal.h"

void wk_lie_src_fmpq(wk_lie_src_t s, const fmpq_mat_t A) { s->q = A; s->b = NULL; }
void wk_lie_src_arb(wk_lie_src_t s, const arb_mat_t A) { s->q = NULL; s->b = A; }

slong wk_lie_src_nrows(const wk_lie_src_t s)
{
    return s->q ? fmpq_mat_nrows(s->q) : arb_mat_nrows(s->b);
}

slong wk_lie_src_ncols(const wk_lie_src_t s)
{
    return s->q ? fmpq_mat_ncols(s->q) : arb_mat_ncols(s->b);
}

int wk_lie_src_is_exact(const wk_lie_src_t s)
{
    return s->q != NULL || arb_mat_is_exact(s->b);
}

void wk_lie_src_get_arb(arb_mat_t B, const wk_lie_src_t s, slong prec)
{
    slong i, j;
    for (i = 0; i < arb_mat_nrows(B); i++)
        for (j = 0; j < arb_mat_ncols(B); j++)
            if (s->q)
                arb_set_fmpq(arb_mat_entry(B, i, j), fmpq_mat_entry(s->q, i, j), prec);
            else
                arb_set_round(arb_mat_entry(B, i, j), arb_mat_entry(s->b, i, j), prec);
}

const char * _wk_lie_group_name(wk_lie_group G)
{
    return G == WK_LIE_SL ? "SL" : "GL+";
}

wk_status _wk_lie_check_square(const wk_lie_src_t A)
{
    slong r = wk_lie_src_nrows(A), c = wk_lie_src_ncols(A);
    if (r != c)
        return wk_error(WK_E_DIM, "matrix is %ldx%ld, not square", (long) r, (long) c);
    if (r == 0)
        return wk_error(WK_E_DIM, "matrix is 0x0: need n >= 1");
    if (r > WK_LIE_MAX_N)
        return wk_error(WK_E_TOO_LARGE, "n = %ld > %d", (long) r, WK_LIE_MAX_N);
    return WK_OK;
}

wk_status _wk_lie_check_finite(const wk_lie_src_t A)
{
    slong i, j;
    if (A->q)
        return WK_OK;
    for (i = 0; i < arb_mat_nrows(A->b); i++)
        for (j = 0; j < arb_mat_ncols(A->b); j++)
            if (!arb_is_finite(arb_mat_entry(A->b, i, j)))
                return wk_error(WK_E_DOMAIN, "entry (%ld,%ld) is not finite",
                                (long) i + 1, (long) j + 1);
    return WK_OK;
}

wk_status _wk_lie_check_prec(slong prec)
{
    if (prec < WK_LIE_MIN_PREC)
        return wk_error(WK_E_PRECISION, "prec = %ld bits < %d", (long) prec, WK_LIE_MIN_PREC);
    if (prec > WK_LIE_MAX_PREC)
        return wk_error(WK_E_TOO_LARGE, "prec = %ld bits > %ld", (long) prec, (long) WK_LIE_MAX_PREC);
    return WK_OK;
}

wk_status _wk_lie_check_basic(const wk_lie_src_t A, slong prec)
{
    wk_status st;
    if ((st = _wk_lie_check_square(A)) != WK_OK) return st;
    if ((st = _wk_lie_check_finite(A)) != WK_OK) return st;
    return _wk_lie_check_prec(prec);
}

wk_status _wk_lie_check_arb_mat(const arb_mat_t A, slong prec)
{
    wk_lie_src_t s;
    wk_lie_src_arb(s, A);
    return _wk_lie_check_basic(s, prec);
}

void _wk_lie_mag_frobenius(mag_t res, const arb_mat_t A)
{
    slong i, j;
    mag_t t;
    mag_init(t);
    mag_zero(res);
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
        {
            arb_get_mag(t, arb_mat_entry(A, i, j));
            mag_addmul(res, t, t);
        }
    mag_sqrt(res, res);
    mag_clear(t);
}

double _wk_lie_mid_frobenius_d(const arb_mat_t A)
{
    slong i, j;
    double s = 0, m = 0, x;
    /* scaled to avoid overflow */
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
        {
            x = fabs(arf_get_d(arb_midref(arb_mat_entry(A, i, j)), ARF_RND_NEAR));
            if (x > m) m = x;
        }
    if (m == 0 || !isfinite(m))
        return m;
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
        {
            x = arf_get_d(arb_midref(arb_mat_entry(A, i, j)), ARF_RND_NEAR) / m;
            s += x * x;
        }
    return m * sqrt(s);
}

int _wk_lie_symmetrize(arb_mat_t A, slong prec)
{
    slong i, j, n = arb_mat_nrows(A);
    int ok = 1;
    arb_t t;
    arb_init(t);
    for (i = 0; i < n; i++)
        for (j = i + 1; j < n; j++)
        {
            if (!arb_intersection(t, arb_mat_entry(A, i, j), arb_mat_entry(A, j, i), prec))
            {
                ok = 0;
                arb_union(t, arb_mat_entry(A, i, j), arb_mat_entry(A, j, i), prec);
            }
            arb_set(arb_mat_entry(A, i, j), t);
            arb_set(arb_mat_entry(A, j, i), t);
        }
    arb_clear(t);
    return ok;
}

void _wk_lie_add_error_mag(arb_mat_t A, const mag_t r)
{
    slong i, j;
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
            arb_add_error_mag(arb_mat_entry(A, i, j), r);
}

void _wk_lie_max_rad(mag_t res, const arb_mat_t A)
{
    slong i, j;
    mag_zero(res);
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
            mag_max(res, res, arb_radref(arb_mat_entry(A, i, j)));
}

int _wk_lie_accurate(const arb_mat_t A, const mag_t scale, slong prec)
{
    mag_t r, s;
    int ok;
    mag_init(r);
    mag_init(s);
    _wk_lie_max_rad(r, A);
    mag_mul_2exp_si(s, scale, -prec);
    ok = mag_is_finite(r) && mag_cmp(r, s) <= 0;
    mag_clear(r);
    mag_clear(s);
    return ok;
}

void _wk_lie_transpose(arb_mat_t B, const arb_mat_t A)
{
    arb_mat_transpose(B, A);
}

/* S = A^T A: one dot product per pair i <= j, so S is exactly symmetric. */
void _wk_lie_gram(arb_mat_t S, const arb_mat_t A, slong prec)
{
    slong i, j, n = arb_mat_ncols(A), m = arb_mat_nrows(A);
    arb_mat_t T;
    arb_mat_init(T, n, m);
    arb_mat_transpose(T, A);
    for (i = 0; i < n; i++)
        for (j = i; j < n; j++)
        {
            arb_dot(arb_mat_entry(S, i, j), NULL, 0, T->rows[i], 1, T->rows[j], 1, m, prec);
            if (j != i)
                arb_set(arb_mat_entry(S, j, i), arb_mat_entry(S, i, j));
        }
    arb_mat_clear(T);
}

void _wk_lie_gram_rows(arb_mat_t S, const arb_mat_t A, slong prec)
{
    slong i, j, n = arb_mat_nrows(A), m = arb_mat_ncols(A);
    for (i = 0; i < n; i++)
        for (j = i; j < n; j++)
        {
            arb_dot(arb_mat_entry(S, i, j), NULL, 0, A->rows[i], 1, A->rows[j], 1, m, prec);
            if (j != i)
                arb_set(arb_mat_entry(S, j, i), arb_mat_entry(S, i, j));
        }
}

void _wk_lie_clip_unit(arb_mat_t A, slong prec)
{
    slong i, j;
    arb_t u, t;
    arb_init(u);
    arb_init(t);
    arb_zero_pm_one(u);
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
            if (arb_intersection(t, arb_mat_entry(A, i, j), u, prec))
                arb_swap(t, arb_mat_entry(A, i, j));
    arb_clear(u);
    arb_clear(t);
}

/* log2(||A||_F ||A^-1||_F) from an approximate inverse of mid(A); the
   precision grows until the estimate is well inside it. */
slong _wk_lie_log2_cond(const wk_lie_src_t A, slong maxprec)
{
    slong n = wk_lie_src_nrows(A), p, res = -1;
    arb_mat_t B, Bi;
    double a, b;
    arb_mat_init(B, n, n);
    arb_mat_init(Bi, n, n);
    for (p = 64; p <= maxprec; p *= 2)
    {
        wk_lie_src_get_arb(B, A, p);
        arb_mat_get_mid(B, B);
        if (arb_mat_approx_inv(Bi, B, p))
        {
            a = _wk_lie_mid_frobenius_d(B);
            b = _wk_lie_mid_frobenius_d(Bi);
            if (a > 0 && b > 0 && isfinite(a) && isfinite(b))
            {
                double l = log2(a) + log2(b);
                if (l < p - 24)
                {
                    res = (slong) ceil(l < 0 ? 0 : l);
                    break;
                }
            }
            else if (a > 0 && b > 0)
            {
                /* overflow in double: fall back to exponents */
                slong ea = 0, eb = 0, i, j;
                for (i = 0; i < n; i++)
                    for (j = 0; j < n; j++)
                    {
                        slong e1 = arf_abs_bound_lt_2exp_si(arb_midref(arb_mat_entry(B, i, j)));
                        slong e2 = arf_abs_bound_lt_2exp_si(arb_midref(arb_mat_entry(Bi, i, j)));
                        if (i + j == 0 || e1 > ea) ea = e1;
                        if (i + j == 0 || e2 > eb) eb = e2;
                    }
                if (ea + eb + 2 * FLINT_BIT_COUNT(n) < p - 24)
                {
                    res = FLINT_MAX(0, ea + eb + 2 * FLINT_BIT_COUNT(n));
                    break;
                }
            }
        }
        if (p > maxprec / 2)
            break;
    }
    arb_mat_clear(B);
    arb_mat_clear(Bi);
    return res;
}

void _wk_lie_mat_set_round(arb_mat_t B, const arb_mat_t A, slong prec)
{
    slong i, j;
    for (i = 0; i < arb_mat_nrows(A); i++)
        for (j = 0; j < arb_mat_ncols(A); j++)
            arb_set_round(arb_mat_entry(B, i, j), arb_mat_entry(A, i, j), prec);
}

int _wk_lie_src_is_symmetric(const wk_lie_src_t A)
{
    slong i, j, n = wk_lie_src_nrows(A);
    if (n != wk_lie_src_ncols(A))
        return 0;
    for (i = 0; i < n; i++)
        for (j = i + 1; j < n; j++)
            if (A->q ? !fmpq_equal(fmpq_mat_entry(A->q, i, j), fmpq_mat_entry(A->q, j, i))
                     : !arb_equal(arb_mat_entry(A->b, i, j), arb_mat_entry(A->b, j, i)))
                return 0;
    return 1;
}

void _wk_lie_acb_mat_get_real(arb_mat_t B, const acb_mat_t A)
{
    slong i, j;
    for (i = 0; i < acb_mat_nrows(A); i++)
        for (j = 0; j < acb_mat_ncols(A); j++)
            arb_set(arb_mat_entry(B, i, j), acb_realref(acb_mat_entry(A, i, j)));
}

/* C = A B with A real (zero imaginary parts): two real products instead of
   a complex one; approx: midpoints only */
void _wk_lie_acb_mat_mul_realleft(acb_mat_t C, const acb_mat_t A, const acb_mat_t B, int approx, slong prec)
{
    slong m = acb_mat_nrows(A), k = acb_mat_ncols(A), n = acb_mat_ncols(B), i, j;
    arb_mat_t Ar, Br, Bi, Cr, Ci;
    arb_mat_init(Ar, m, k);
    arb_mat_init(Br, k, n);
    arb_mat_init(Bi, k, n);
    arb_mat_init(Cr, m, n);
    arb_mat_init(Ci, m, n);
    for (i = 0; i < m; i++)
        for (j = 0; j < k; j++)
            arb_set(arb_mat_entry(Ar, i, j), acb_realref(acb_mat_entry(A, i, j)));
    for (i = 0; i < k; i++)
        for (j = 0; j < n; j++)
        {
            arb_set(arb_mat_entry(Br, i, j), acb_realref(acb_mat_entry(B, i, j)));
            arb_set(arb_mat_entry(Bi, i, j), acb_imagref(acb_mat_entry(B, i, j)));
        }
    if (approx)
    {
        arb_mat_approx_mul(Cr, Ar, Br, prec);
        arb_mat_approx_mul(Ci, Ar, Bi, prec);
    }
    else
    {
        arb_mat_mul(Cr, Ar, Br, prec);
        arb_mat_mul(Ci, Ar, Bi, prec);
    }
    for (i = 0; i < m; i++)
        for (j = 0; j < n; j++)
        {
            arb_swap(acb_realref(acb_mat_entry(C, i, j)), arb_mat_entry(Cr, i, j));
            arb_swap(acb_imagref(acb_mat_entry(C, i, j)), arb_mat_entry(Ci, i, j));
        }
    arb_mat_clear(Ar);
    arb_mat_clear(Br);
    arb_mat_clear(Bi);
    arb_mat_clear(Cr);
    arb_mat_clear(Ci);
}

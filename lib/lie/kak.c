/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/kak.c: singular values and the Cartan decomposition
   A = U1 diag(sigma) V^T (spec D3, 3.6): sigma^2 = eigenvalues of A^T A
   (certified enclosures, symdec.c); V = certified eigenvectors
   (acb_mat_eig_simple_vdhoeven_mourrain on our approximation), normalised
   (unit norm, largest entry positive, det V = +1 by negating column 1),
   U1 = A V diag(sigma)^-1. */
#include <math.h>
#include "internal.h"

void wk_lie_kak_init(wk_lie_kak_t R, slong n)
{
    R->n = n;
    R->unique = 0;
    R->wprec = 0;
    arb_mat_init(&R->U1, n, n);
    arb_mat_init(&R->V, n, n);
    R->sigma = _arb_vec_init(n);
}

void wk_lie_kak_clear(wk_lie_kak_t R)
{
    arb_mat_clear(&R->U1);
    arb_mat_clear(&R->V);
    _arb_vec_clear(R->sigma, R->n);
}

/* sigma (descending) from a decomposition of A^T A */
static void sigma_from_dec(arb_ptr sigma, const _wk_lie_symdec_t D, slong w)
{
    slong i, n = D->n;
    for (i = 0; i < n; i++)
        arb_sqrtpos(sigma + i, D->lam + (n - 1 - i), w);
}

static int sigma_accurate(arb_srcptr sigma, slong n, slong prec)
{
    slong i;
    int ok = 1;
    mag_t s, top;
    mag_init(s);
    mag_init(top);
    arb_get_mag(top, sigma);
    mag_mul_2exp_si(top, top, -prec);
    for (i = 0; i < n && ok; i++)
    {
        arb_get_mag_lower(s, sigma + i);
        mag_mul_2exp_si(s, s, -prec);
        if (!mag_is_zero(s))
            ok = mag_cmp(arb_radref(sigma + i), s) <= 0;
        else
            ok = mag_cmp(arb_radref(sigma + i), top) <= 0;
    }
    mag_clear(s);
    mag_clear(top);
    return ok;
}

wk_status wk_lie_singular_values(arb_ptr sigma, const wk_lie_src_t A, slong prec)
{
    wk_status st;
    slong n, lc, w, cap;
    int exact, have_prev = 0, failures = 0;
    arb_mat_t B, S;
    _wk_lie_symdec_t D;
    mag_t prev, cur;

    if ((st = _wk_lie_check_basic(A, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(A);
    cap = _wk_lie_prec_cap(prec);
    lc = _wk_lie_log2_cond(A, FLINT_MIN(cap, 4 * prec + 256));
    if (lc < 0)
        lc = prec / 2;    /* singular or nearly: absolute accuracy for the small ones */
    exact = wk_lie_src_is_exact(A);
    arb_mat_init(B, n, n);
    arb_mat_init(S, n, n);
    _wk_lie_symdec_init(D, n);
    mag_init(prev);
    mag_init(cur);
    for (w = prec + 2 * lc + 32; ; w = _wk_lie_next_prec(w, cap))
    {
        int r;
        slong i;
        if (w > cap)
        {
            st = _wk_lie_cap_error(cap, prec);
            break;
        }
        wk_lie_src_get_arb(B, A, w + 8);
        _wk_lie_gram(S, B, w);
        r = _wk_lie_symdec_compute(D, S, w);
        if (r < 0 || wk_interrupted())
        {
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            break;
        }
        if (r != 0)
        {
            if (!exact && ++failures >= 2)
            {
                st = wk_error(WK_E_PRECISION, "the input balls are too wide to certify the decomposition");
                break;
            }
            continue;
        }
        sigma_from_dec(sigma, D, w);
        if (sigma_accurate(sigma, n, prec))
            break;
        mag_zero(cur);
        for (i = 0; i < n; i++)
            mag_max(cur, cur, arb_radref(sigma + i));
        if (_wk_lie_stalled(prev, &have_prev, cur, exact))
            break;
    }
    arb_mat_clear(B);
    arb_mat_clear(S);
    _wk_lie_symdec_clear(D);
    mag_clear(prev);
    mag_clear(cur);
    return st;
}

/* certified eigenvectors of S for the approximations of D, normalised and
   ordered by descending eigenvalue; returns 1 on success */
static int kak_vectors(arb_mat_t V, const arb_mat_t S, const _wk_lie_symdec_t D, slong w)
{
    slong n = D->n, i, j, k;
    int ok;
    acb_mat_t Sc, Rc, Ra;
    acb_ptr E, Ea;
    arb_t t, nrm;
    arb_ptr v;

    acb_mat_init(Sc, n, n);
    acb_mat_init(Rc, n, n);
    acb_mat_init(Ra, n, n);
    E = _acb_vec_init(n);
    Ea = _acb_vec_init(n);
    arb_init(t);
    arb_init(nrm);
    v = _arb_vec_init(n);
    acb_mat_set_arb_mat(Sc, S);
    acb_mat_set_arb_mat(Ra, D->Q);
    for (i = 0; i < n; i++)
        acb_set_arb(Ea + i, D->d + i);
    ok = acb_mat_eig_simple_vdhoeven_mourrain(E, NULL, Rc, Sc, Ea, Ra, w);
    for (j = 0; j < n && ok; j++)
    {
        /* column with the j-th largest eigenvalue: d is ascending up to
           rounding, so order by the midpoints of d */
        slong col = 0, c2;
        {
            slong rank;
            for (c2 = 0; c2 < n; c2++)
            {
                rank = 0;
                for (k = 0; k < n; k++)
                    if (arf_cmp(arb_midref(D->d + k), arb_midref(D->d + c2)) > 0
                        || (arf_equal(arb_midref(D->d + k), arb_midref(D->d + c2)) && k < c2))
                        rank++;
                if (rank == j)
                {
                    col = c2;
                    break;
                }
            }
        }
        /* the largest |mid| entry (first one on near-ties) becomes positive */
        {
            double best = -1, x;
            slong kb = 0;
            for (k = 0; k < n; k++)
            {
                x = arf_get_d(arb_midref(acb_realref(acb_mat_entry(Rc, k, col))), ARF_RND_NEAR);
                x = fabs(x);
                if (x > best * (1 + 1e-9))
                {
                    best = x;
                    kb = k;
                }
            }
            for (k = 0; k < n; k++)
            {
                acb_t z;
                acb_init(z);
                acb_div(z, acb_mat_entry(Rc, k, col), acb_mat_entry(Rc, kb, col), w);
                arb_set(v + k, acb_realref(z));
                acb_clear(z);
            }
            arb_one(v + kb);
        }
        arb_zero(nrm);
        for (k = 0; k < n; k++)
            arb_addmul(nrm, v + k, v + k, w);
        arb_rsqrt(nrm, nrm, w);
        for (k = 0; k < n; k++)
            arb_mul(arb_mat_entry(V, k, j), v + k, nrm, w);
        if (!arb_is_finite(nrm))
            ok = 0;
    }
    if (ok)
    {
        arb_mat_det(t, V, w);
        if (arb_is_negative(t))
            for (k = 0; k < n; k++)
                arb_neg(arb_mat_entry(V, k, 0), arb_mat_entry(V, k, 0));
        else if (!arb_is_positive(t))
            ok = 0;
        _wk_lie_clip_unit(V, w);
    }
    acb_mat_clear(Sc);
    acb_mat_clear(Rc);
    acb_mat_clear(Ra);
    _acb_vec_clear(E, n);
    _acb_vec_clear(Ea, n);
    arb_clear(t);
    arb_clear(nrm);
    _arb_vec_clear(v, n);
    return ok;
}

wk_status wk_lie_cartan_kak(wk_lie_kak_t R, const wk_lie_src_t A, wk_lie_group G, slong prec)
{
    wk_status st;
    slong n, lc, w, cap, i, j;
    int exact, have_prev = 0, failures = 0;
    arb_mat_t B, S;
    _wk_lie_symdec_t D;
    mag_t prev, cur, one;

    if ((st = _wk_lie_check_basic(A, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(A);
    if (n != R->n)
        return wk_error(WK_E_DIM, "result has size %ld, matrix is %ldx%ld", (long) R->n, (long) n, (long) n);
    if ((st = _wk_lie_require_group(A, G, prec)) != WK_OK)
        return st;
    cap = _wk_lie_prec_cap(prec);
    lc = _wk_lie_log2_cond(A, cap);
    if (lc < 0)
        return wk_error(WK_E_PRECISION, "condition number above 2^%ld: precision cap reached", (long) cap);
    exact = wk_lie_src_is_exact(A);
    arb_mat_init(B, n, n);
    arb_mat_init(S, n, n);
    _wk_lie_symdec_init(D, n);
    mag_init(prev);
    mag_init(cur);
    mag_init(one);
    mag_one(one);
    for (w = prec + 2 * lc + 32; ; w = _wk_lie_next_prec(w, cap))
    {
        int r;
        if (w > cap)
        {
            st = _wk_lie_cap_error(cap, prec);
            break;
        }
        wk_lie_src_get_arb(B, A, w + 8);
        _wk_lie_gram(S, B, w);
        r = _wk_lie_symdec_compute(D, S, w);
        if (r < 0 || wk_interrupted())
        {
            st = wk_error(WK_E_INTERRUPT, "interrupted");
            break;
        }
        if (r != 0)
        {
            if (!exact && ++failures >= 2)
            {
                st = wk_error(WK_E_PRECISION, "the input balls are too wide to certify the decomposition");
                break;
            }
            continue;
        }
        sigma_from_dec(R->sigma, D, w);
        R->wprec = w;
        /* factors only when the sigma balls are pairwise disjoint */
        R->unique = 1;
        for (i = 0; i < n && R->unique; i++)
            for (j = i + 1; j < n; j++)
                if (arb_overlaps(R->sigma + i, R->sigma + j))
                    R->unique = 0;
        if (R->unique && kak_vectors(&R->V, S, D, w))
        {
            /* U1 = A V diag(sigma)^-1 */
            arb_mat_mul(&R->U1, B, &R->V, w);
            for (j = 0; j < n; j++)
                for (i = 0; i < n; i++)
                    arb_div(arb_mat_entry(&R->U1, i, j), arb_mat_entry(&R->U1, i, j), R->sigma + j, w);
            _wk_lie_clip_unit(&R->U1, w);
            if (sigma_accurate(R->sigma, n, prec) && _wk_lie_accurate(&R->U1, one, prec)
                && _wk_lie_accurate(&R->V, one, prec))
                break;
            _wk_lie_max_rad(cur, &R->U1);
        }
        else
        {
            if (R->unique)
                R->unique = 0;   /* vectors not certified: report sigma only */
            arb_mat_indeterminate(&R->U1);
            arb_mat_indeterminate(&R->V);
            if (sigma_accurate(R->sigma, n, prec))
                break;
            mag_zero(cur);
            for (i = 0; i < n; i++)
                mag_max(cur, cur, arb_radref(R->sigma + i));
        }
        if (_wk_lie_stalled(prev, &have_prev, cur, exact))
            break;
    }
    arb_mat_clear(B);
    arb_mat_clear(S);
    _wk_lie_symdec_clear(D);
    mag_clear(prev);
    mag_clear(cur);
    mag_clear(one);
    return st;
}

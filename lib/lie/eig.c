/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/eig.c: approximate eigendecomposition A R = R diag(E) of a general
   (real or complex) matrix at high precision: LAPACK zgeev in double, then
   first-order Newton corrections R <- R (I + W), W_ij = T_ij/(d_j - d_i),
   T = R^-1 A R, with precision doubling; strongly coupled groups (close or
   repeated eigenvalues) are re-solved by zgeev on their shifted block.
   Midpoints only: certification is in funm.c. */
#include <complex.h>
#include <math.h>
#include <lapacke.h>
#include "core/wk_lapack.h"  /* LAPACK is loaded on first use */
#include "internal.h"

static slong uf_find(slong * p, slong i)
{
    while (p[i] != i)
        i = p[i] = p[p[i]];
    return i;
}

static slong acb_mat_mid_exp_bound(const acb_mat_t A)
{
    slong i, j, e = WORD_MIN;
    for (i = 0; i < acb_mat_nrows(A); i++)
        for (j = 0; j < acb_mat_ncols(A); j++)
        {
            acb_srcptr z = acb_mat_entry(A, i, j);
            if (!arf_is_zero(arb_midref(acb_realref(z))))
                e = FLINT_MAX(e, arf_abs_bound_lt_2exp_si(arb_midref(acb_realref(z))));
            if (!arf_is_zero(arb_midref(acb_imagref(z))))
                e = FLINT_MAX(e, arf_abs_bound_lt_2exp_si(arb_midref(acb_imagref(z))));
        }
    return e;
}

/* zgeev on the k x k matrix B 2^-e; returns 1 on success */
static int zgeev_block(acb_mat_t V, acb_ptr ev, const acb_mat_t B, slong e)
{
    slong k = acb_mat_nrows(B), i, j;
    double complex * a = flint_malloc(sizeof(double complex) * k * k);
    double complex * vr = flint_malloc(sizeof(double complex) * k * k);
    double complex * wv = flint_malloc(sizeof(double complex) * k);
    arf_t t;
    lapack_int info;
    arf_init(t);
    for (i = 0; i < k; i++)
        for (j = 0; j < k; j++)
        {
            double re, im;
            arf_mul_2exp_si(t, arb_midref(acb_realref(acb_mat_entry(B, i, j))), -e);
            re = arf_get_d(t, ARF_RND_NEAR);
            arf_mul_2exp_si(t, arb_midref(acb_imagref(acb_mat_entry(B, i, j))), -e);
            im = arf_get_d(t, ARF_RND_NEAR);
            a[i * k + j] = re + im * I;
        }
    info = LAPACKE_zgeev(LAPACK_ROW_MAJOR, 'N', 'V', k, a, k, wv, NULL, k, vr, k);
    if (info == 0)
    {
        for (i = 0; i < k; i++)
        {
            acb_set_d_d(ev + i, creal(wv[i]), cimag(wv[i]));
            acb_mul_2exp_si(ev + i, ev + i, e);
            for (j = 0; j < k; j++)
                acb_set_d_d(acb_mat_entry(V, i, j), creal(vr[i * k + j]), cimag(vr[i * k + j]));
        }
        for (i = 0; i < k; i++)
            if (!acb_is_finite(ev + i))
                info = 1;
    }
    arf_clear(t);
    flint_free(a);
    flint_free(vr);
    flint_free(wv);
    return info == 0;
}

int _wk_lie_eig_approx(acb_mat_t R, acb_ptr E, const acb_mat_t A, slong w)
{
    slong n = acb_mat_nrows(A), i, j, e, iter, p, acc, g;
    int result = 1, real_input;
    acb_mat_t AR, T, Ri, W, Rn;
    acb_t num, den;
    arf_t eps_p, x;
    mag_t normA, emax, tm, tn;
    slong * parent, * members;

    if (n == 1)
    {
        acb_one(acb_mat_entry(R, 0, 0));
        acb_get_mid(E, acb_mat_entry(A, 0, 0));
        return 0;
    }
    e = acb_mat_mid_exp_bound(A);
    if (e == WORD_MIN)
    {
        acb_mat_one(R);
        for (i = 0; i < n; i++)
            acb_zero(E + i);
        return 0;
    }

    acb_mat_init(AR, n, n); acb_mat_init(T, n, n); acb_mat_init(Ri, n, n);
    acb_mat_init(W, n, n); acb_mat_init(Rn, n, n);
    acb_init(num); acb_init(den);
    arf_init(eps_p); arf_init(x);
    mag_init(normA); mag_init(emax); mag_init(tm); mag_init(tn);
    parent = flint_malloc(sizeof(slong) * n);
    members = flint_malloc(sizeof(slong) * n);

    real_input = acb_mat_is_real(A);
    acc = zgeev_block(R, E, A, e) ? 40 : 1;
    if (acc == 1)
        acb_mat_one(R);

    for (iter = 0; iter < 80; iter++)
    {
        int subsolved = 0;
        if (wk_interrupted()) { result = -1; break; }
        p = _wk_lie_next_level(acc, w);

        if (!acb_mat_approx_inv(Ri, R, p))
            break;
        if (real_input)
            _wk_lie_acb_mat_mul_realleft(AR, A, R, 1, p);
        else
            acb_mat_approx_mul(AR, A, R, p);
        acb_mat_approx_mul(T, Ri, AR, p);
        acb_mat_get_mid(T, T);

        mag_zero(normA);
        for (i = 0; i < n; i++)
        {
            acb_get_mag(tm, acb_mat_entry(T, i, i));
            mag_max(normA, normA, tm);
        }
        if (mag_is_zero(normA))
            mag_one(normA);
        arf_set_mag(eps_p, normA);
        arf_mul_2exp_si(eps_p, eps_p, -p + 40);

        /* converged at full precision when T is diagonal to 2^-(w-8) */
        if (p >= w + 16)
        {
            mag_t off, lim;
            mag_init(off);
            mag_init(lim);
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++)
                    if (i != j)
                    {
                        acb_get_mag(tm, acb_mat_entry(T, i, j));
                        mag_max(off, off, tm);
                    }
            mag_mul_2exp_si(lim, normA, -(w - 8));
            if (mag_cmp(off, lim) <= 0)
            {
                for (i = 0; i < n; i++)
                    acb_set(E + i, acb_mat_entry(T, i, i));
                mag_clear(off);
                mag_clear(lim);
                result = 0;
                break;
            }
            mag_clear(off);
            mag_clear(lim);
        }

        for (i = 0; i < n; i++)
            parent[i] = i;
        mag_zero(emax);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
            {
                acb_ptr wij = acb_mat_entry(W, i, j);
                int coupled = 1;
                if (i != j)
                {
                    acb_sub(den, acb_mat_entry(T, j, j), acb_mat_entry(T, i, i), p);
                    acb_get_mid(den, den);
                    acb_get_mag(tm, den);
                    arf_set_mag(x, tm);
                    coupled = arf_cmp(x, eps_p) <= 0;
                    if (!coupled)
                    {
                        acb_get_mag(tn, acb_mat_entry(T, i, j));
                        mag_mul_2exp_si(tn, tn, 8);
                        coupled = mag_cmp(tn, tm) >= 0;
                    }
                    if (coupled)
                    {
                        slong a = uf_find(parent, i), b = uf_find(parent, j);
                        if (a != b) parent[a] = b;
                    }
                }
                if (coupled)
                    acb_zero(wij);
                else
                {
                    acb_div(wij, acb_mat_entry(T, i, j), den, FLINT_MIN(p, FLINT_MAX(64, p - acc + 40)));
                    acb_get_mid(wij, wij);
                    acb_get_mag(tm, wij);
                    mag_max(emax, emax, tm);
                }
            }
        {
            slong pe = FLINT_MIN(p, FLINT_MAX(64, p - acc + 40));
            acb_mat_approx_mul(Rn, R, W, pe);
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++)
                {
                    acb_add(acb_mat_entry(R, i, j), acb_mat_entry(R, i, j), acb_mat_entry(Rn, i, j), p);
                    acb_get_mid(acb_mat_entry(R, i, j), acb_mat_entry(R, i, j));
                }
        }
        for (i = 0; i < n; i++)
            acb_set(E + i, acb_mat_entry(T, i, i));

        /* coupled groups with a non-degenerate block: re-solve in double */
        for (g = 0; g < n; g++)
        {
            slong k = 0, a, b, r, eb;
            if (uf_find(parent, g) != g)
                continue;
            for (i = 0; i < n; i++)
                if (uf_find(parent, i) == g)
                    members[k++] = i;
            if (k < 2)
                continue;
            {
                acb_mat_t B, V, Rg, Rg2;
                acb_t mu;
                acb_ptr ev;
                acb_init(mu);
                acb_mat_init(B, k, k); acb_mat_init(V, k, k);
                acb_mat_init(Rg, n, k); acb_mat_init(Rg2, n, k);
                ev = _acb_vec_init(k);
                for (a = 0; a < k; a++)
                    acb_add(mu, mu, acb_mat_entry(T, members[a], members[a]), p);
                acb_div_si(mu, mu, k, p);
                acb_get_mid(mu, mu);
                for (a = 0; a < k; a++)
                    for (b = 0; b < k; b++)
                    {
                        acb_set(acb_mat_entry(B, a, b), acb_mat_entry(T, members[a], members[b]));
                        if (a == b)
                            acb_sub(acb_mat_entry(B, a, b), acb_mat_entry(B, a, b), mu, p);
                    }
                acb_mat_get_mid(B, B);
                /* re-solve only for significant off-diagonal coupling */
                {
                    acb_mat_t Bo;
                    acb_mat_init(Bo, k, k);
                    acb_mat_set(Bo, B);
                    for (a = 0; a < k; a++)
                        acb_zero(acb_mat_entry(Bo, a, a));
                    eb = acb_mat_mid_exp_bound(Bo);
                    acb_mat_clear(Bo);
                }
                arf_one(x);
                if (eb != WORD_MIN)
                    arf_mul_2exp_si(x, x, eb);
                if (eb != WORD_MIN && arf_cmp(x, eps_p) > 0
                    && zgeev_block(V, ev, B, acb_mat_mid_exp_bound(B)))
                {
                    for (r = 0; r < n; r++)
                        for (a = 0; a < k; a++)
                            acb_set(acb_mat_entry(Rg, r, a), acb_mat_entry(R, r, members[a]));
                    acb_mat_approx_mul(Rg2, Rg, V, p);
                    for (r = 0; r < n; r++)
                        for (a = 0; a < k; a++)
                            acb_set(acb_mat_entry(R, r, members[a]), acb_mat_entry(Rg2, r, a));
                    for (a = 0; a < k; a++)
                        acb_add(E + members[a], mu, ev + a, p);
                    subsolved = 1;
                }
                acb_mat_clear(B); acb_mat_clear(V); acb_mat_clear(Rg); acb_mat_clear(Rg2);
                acb_clear(mu);
                _acb_vec_clear(ev, k);
            }
        }
        {
            slong newacc;
            if (mag_is_zero(emax))
                newacc = p - 8;     /* exact at this precision only */
            else
                newacc = (slong) FLINT_MIN((double) p - 8, -2.0 * mag_get_d_log2_approx(emax) - 2);
            if (subsolved)
                newacc = FLINT_MIN(newacc, FLINT_MAX(acc, 40));
            acc = FLINT_MAX(newacc, 1);
        }
        if (!subsolved && acc >= w - 24 && p >= FLINT_MIN(w, 2 * 40))
        {
            result = 0;
            break;
        }
    }
    for (i = 0; i < n; i++)
        acb_get_mid(E + i, E + i);
    acb_mat_get_mid(R, R);

    acb_mat_clear(AR); acb_mat_clear(T); acb_mat_clear(Ri);
    acb_mat_clear(W); acb_mat_clear(Rn);
    acb_clear(num); acb_clear(den);
    arf_clear(eps_p); arf_clear(x);
    mag_clear(normA); mag_clear(emax); mag_clear(tm); mag_clear(tn);
    flint_free(parent);
    flint_free(members);
    return result;
}

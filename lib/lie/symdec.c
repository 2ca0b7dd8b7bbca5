/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/symdec.c: certified functions of a symmetric ball matrix S (spec
   3.3-3.4).  With a point matrix Q of approximate eigenvectors,
   T = Q^-1 S Q = D + F (D diagonal, ||F||_2 <= f) holds exactly in ball
   arithmetic, and for the Stieltjes-type functions used here
       log M   = int_0^oo [(1+t)^-1 - (M+t)^-1] dt,
       M^(1/2) = (2/pi) int_0^oo [1 - s^2 (M+s^2)^-1] ds,
       M^(-1/2)= (2/pi) int_0^oo (M+s^2)^-1 ds,
       acosc(M)= int_0^oo (t^2 + 2tM + 1)^-1 dt   (acosc(c) = arccos c / sqrt(1-c^2)),
   the resolvent bound ||(D+F+t)^-1|| <= 1/(m+t-f), m = min d, gives
   ||fun(D+F) - fun(D)||_2 <= |fun(m-f) - fun(m)| (log, acosc), f/(sqrt(m-f)+sqrt(m))
   (sqrt) and f/(sqrt(m-f) sqrt(m) (sqrt(m-f)+sqrt(m))) (inverse sqrt).
   Eigenvalues: Bauer-Fike for D+F plus continuity in t (D + tF) put the k-th
   eigenvalue in the connected component of the k-th interval [d_i-f, d_i+f]. */
#include <stdlib.h>
#include "internal.h"

void _wk_lie_symdec_init(_wk_lie_symdec_t D, slong n)
{
    D->n = n;
    arb_mat_init(D->Q, n, n);
    arb_mat_init(D->Qinv, n, n);
    D->d = _arb_vec_init(n);
    D->lam = _arb_vec_init(n);
    mag_init(D->f);
    mag_init(D->cond);
}

void _wk_lie_symdec_clear(_wk_lie_symdec_t D)
{
    arb_mat_clear(D->Q);
    arb_mat_clear(D->Qinv);
    _arb_vec_clear(D->d, D->n);
    _arb_vec_clear(D->lam, D->n);
    mag_clear(D->f);
    mag_clear(D->cond);
}

static int cmp_arb_mid(const void * a, const void * b)
{
    return arf_cmp(arb_midref((arb_srcptr) a), arb_midref((arb_srcptr) b));
}

int _wk_lie_symdec_compute(_wk_lie_symdec_t D, const arb_mat_t S, slong w)
{
    slong n = D->n, i, j;
    int res;
    arb_mat_t G, T;
    mag_t r, t, eps;
    arb_ptr ds;

    res = _wk_lie_symeig_approx(D->Q, D->lam, S, w);
    if (res < 0)
        return -1;

    arb_mat_init(G, n, n);
    arb_mat_init(T, n, n);
    mag_init(r);
    mag_init(t);
    mag_init(eps);

    /* R = I - Q^T Q, r = ||R||_F */
    _wk_lie_gram(G, D->Q, w);
    for (i = 0; i < n; i++)
        arb_sub_ui(arb_mat_entry(G, i, i), arb_mat_entry(G, i, i), 1, w);
    _wk_lie_mag_frobenius(r, G);
    mag_one(t);
    mag_mul_2exp_si(t, t, -1);
    if (mag_cmp(r, t) >= 0)
    {
        res = 1;
        goto cleanup;
    }

    /* Q^-1 = (I - R)^-1 Q^T in Q^T +/- r/(1-r) sqrt(1+r) (2-norm, so entrywise);
       cond = sqrt(1+r)/sqrt(1-r) */
    {
        mag_t one_p, one_m;
        mag_init(one_p);
        mag_init(one_m);
        mag_one(one_p);
        mag_add(one_p, one_p, r);          /* 1 + r (upper) */
        mag_one(one_m);
        mag_sub_lower(one_m, one_m, r);    /* 1 - r (lower) */
        mag_sqrt(t, one_p);
        mag_div(eps, r, one_m);
        mag_mul(eps, eps, t);
        mag_rsqrt(D->cond, one_m);         /* upper bound of 1/sqrt(1-r) */
        mag_mul(D->cond, D->cond, t);
        mag_clear(one_p);
        mag_clear(one_m);
    }
    arb_mat_transpose(D->Qinv, D->Q);
    _wk_lie_add_error_mag(D->Qinv, eps);

    /* T = Q^-1 (S Q) */
    arb_mat_mul(G, S, D->Q, w);
    arb_mat_mul(T, D->Qinv, G, w);

    /* D = mid diag T; f >= ||T - D||_F */
    mag_zero(D->f);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            if (i == j)
            {
                arb_get_mid_arb(D->d + i, arb_mat_entry(T, i, i));
                mag_set(t, arb_radref(arb_mat_entry(T, i, i)));
            }
            else
                arb_get_mag(t, arb_mat_entry(T, i, j));
            mag_addmul(D->f, t, t);
        }
    mag_sqrt(D->f, D->f);
    if (!mag_is_finite(D->f))
    {
        res = 1;
        goto cleanup;
    }

    /* eigenvalue enclosures: components of the intervals [d_i - f, d_i + f] */
    ds = _arb_vec_init(n);
    _arb_vec_set(ds, D->d, n);
    qsort(ds, n, sizeof(arb_struct), cmp_arb_mid);
    {
        arb_t lo, hi, fb;
        arb_init(lo);
        arb_init(hi);
        arb_init(fb);
        arf_set_mag(arb_midref(fb), D->f);
        i = 0;
        while (i < n)
        {
            slong k = i;
            /* extend the component while the next interval meets it */
            while (k + 1 < n)
            {
                arf_t gap, two_f;
                int meets;
                arf_init(gap);
                arf_init(two_f);
                arf_sub(gap, arb_midref(ds + k + 1), arb_midref(ds + k), ARF_PREC_EXACT, ARF_RND_DOWN);
                arf_mul_2exp_si(two_f, arb_midref(fb), 1);
                meets = arf_cmp(gap, two_f) <= 0;
                arf_clear(gap);
                arf_clear(two_f);
                if (!meets)
                    break;
                k++;
            }
            arb_set(lo, ds + i);
            arb_set(hi, ds + k);
            arb_sub(lo, lo, fb, w);
            arb_add(hi, hi, fb, w);
            arb_union(lo, lo, hi, w);
            for (j = i; j <= k; j++)
                arb_set(D->lam + j, lo);
            i = k + 1;
        }
        arb_clear(lo);
        arb_clear(hi);
        arb_clear(fb);
    }
    _arb_vec_clear(ds, n);
    res = (res == 0) ? 0 : 0;   /* a non-converged approximation is fine if certified */

cleanup:
    arb_mat_clear(G);
    arb_mat_clear(T);
    mag_clear(r);
    mag_clear(t);
    mag_clear(eps);
    return res;
}

/* scalar function value on a ball */
static int eval_fun(arb_t y, const arb_t x, _wk_lie_symfun fun, slong prec)
{
    switch (fun)
    {
        case _WK_LIE_F_SQRT:
            if (!arb_is_nonnegative(x)) return 0;
            arb_sqrt(y, x, prec);
            break;
        case _WK_LIE_F_LOG:
            if (!arb_is_positive(x)) return 0;
            arb_log(y, x, prec);
            break;
        case _WK_LIE_F_INVSQRT:
            if (!arb_is_positive(x)) return 0;
            arb_rsqrt(y, x, prec);
            break;
        case _WK_LIE_F_ACOSC:
            _wk_lie_acosc(y, x, prec);
            break;
    }
    return arb_is_finite(y);
}

int _wk_lie_symdec_apply(arb_mat_t F, const _wk_lie_symdec_t D, _wk_lie_symfun fun, int symmetrize, slong w)
{
    slong n = D->n, i, j;
    int ok = 1;
    arb_t m, mf, a, b, c, fb;
    arb_mat_t QD;
    mag_t delta;

    arb_init(m); arb_init(mf); arb_init(a); arb_init(b); arb_init(c); arb_init(fb);
    arb_mat_init(QD, n, n);
    mag_init(delta);

    /* m = min d (exact), mf = m - f (exact lower end) */
    arb_set(m, D->d);
    for (i = 1; i < n; i++)
        if (arf_cmp(arb_midref(D->d + i), arb_midref(m)) < 0)
            arb_set(m, D->d + i);
    arf_set_mag(arb_midref(fb), D->f);
    arf_sub(arb_midref(mf), arb_midref(m), arb_midref(fb), ARF_PREC_EXACT, ARF_RND_DOWN);

    /* delta >= ||fun(D+F) - fun(D)||_2, in low precision (upper bounds):
       sqrt: f/(2 sqrt(m-f)); inverse sqrt: f/(2 (m-f)^(3/2));
       log: log(1 + f/(m-f)) <= f/(m-f);
       acosc: f |acosc'(m-f)|, acosc'(c) = -(1/3) 2F1(2,2;5/2;(1-c)/2),
       decreasing in magnitude as c grows. */
    {
        mag_t lo, t;
        mag_init(lo);
        mag_init(t);
        arf_get_mag_lower(lo, arb_midref(mf));
        switch (fun)
        {
            case _WK_LIE_F_SQRT:
                if (arf_sgn(arb_midref(mf)) <= 0) { ok = 0; break; }
                mag_sqrt_lower(t, lo);
                mag_mul_2exp_si(t, t, 1);
                mag_div(delta, D->f, t);
                break;
            case _WK_LIE_F_INVSQRT:
                if (arf_sgn(arb_midref(mf)) <= 0) { ok = 0; break; }
                mag_sqrt_lower(t, lo);
                mag_mul_lower(t, t, lo);
                mag_mul_2exp_si(t, t, 1);
                mag_div(delta, D->f, t);
                break;
            case _WK_LIE_F_LOG:
                if (arf_sgn(arb_midref(mf)) <= 0) { ok = 0; break; }
                mag_div(delta, D->f, lo);
                break;
            case _WK_LIE_F_ACOSC:
                arb_set_si(a, -1);
                if (arf_cmp(arb_midref(mf), arb_midref(a)) <= 0) { ok = 0; break; }
                {
                    /* z = (1 - (m-f))/2 exactly: near c = -1, z is within
                       2^-e of the singularity z = 1, so work with e more bits */
                    arb_t two, fh, z;
                    slong pz;
                    arf_t opc;
                    arb_init(two); arb_init(fh); arb_init(z);
                    arf_init(opc);
                    arf_add_ui(opc, arb_midref(mf), 1, ARF_PREC_EXACT, ARF_RND_DOWN);
                    pz = 2 * MAG_BITS + FLINT_MAX(0, -arf_abs_bound_lt_2exp_si(opc));
                    arf_clear(opc);
                    arb_set_ui(two, 2);
                    arb_set_d(fh, 2.5);
                    arb_sub_ui(z, mf, 1, ARF_PREC_EXACT);
                    arb_neg(z, z);
                    arb_mul_2exp_si(z, z, -1);
                    arb_hypgeom_2f1(c, two, two, fh, z, 0, pz);
                    arb_div_ui(c, c, 3, pz);
                    arb_get_mag(t, c);
                    mag_mul(delta, D->f, t);
                    if (!arb_is_finite(c)) ok = 0;
                    arb_clear(two); arb_clear(fh); arb_clear(z);
                }
                break;
        }
        if (!mag_is_finite(delta))
            ok = 0;
        mag_clear(lo);
        mag_clear(t);
    }
    if (ok)
    {
        /* F = Q diag(fun(d)) Q^-1 +/- delta cond */
        for (j = 0; j < n && ok; j++)
        {
            ok = eval_fun(a, D->d + j, fun, w);
            for (i = 0; i < n; i++)
                arb_mul(arb_mat_entry(QD, i, j), arb_mat_entry(D->Q, i, j), a, w);
        }
    }
    if (ok)
    {
        arb_mat_mul(F, QD, D->Qinv, w);
        mag_mul(delta, delta, D->cond);
        _wk_lie_add_error_mag(F, delta);
        if (symmetrize)
            _wk_lie_symmetrize(F, w);
    }

    arb_clear(m); arb_clear(mf); arb_clear(a); arb_clear(b); arb_clear(c); arb_clear(fb);
    arb_mat_clear(QD);
    mag_clear(delta);
    return ok ? 0 : 1;
}

/* acosc(c) = arccos(c)/sqrt(1-c^2) = 2F1(1, 1; 3/2; (1-c)/2), analytic for
   c in C \ (-oo, -1]; Arb's 2F1 handles balls around c = 1 and c > 1. */
void _wk_lie_acosc(arb_t res, const arb_t c, slong prec)
{
    arb_t a, cc, z;
    arb_init(a);
    arb_init(cc);
    arb_init(z);
    arb_one(a);
    arb_set_d(cc, 1.5);
    arb_sub_ui(z, c, 1, prec);
    arb_neg(z, z);
    arb_mul_2exp_si(z, z, -1);
    arb_hypgeom_2f1(res, a, a, cc, z, 0, prec);
    arb_clear(a);
    arb_clear(cc);
    arb_clear(z);
}

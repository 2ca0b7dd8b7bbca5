/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/hermite.c: certified principal log and square root of an exact
   rational matrix that need not be diagonalisable, as p(A) with p the
   Hermite interpolant of f on the spectrum counted with algebraic
   multiplicity (Higham, Functions of Matrices, 2008, Def. 1.4 and
   Thm. 1.12: any such p gives p(A) = f(A), since the minimal polynomial
   divides the characteristic one).  The eigenvalues are the certified roots
   of the irreducible factors of the characteristic polynomial over Q
   (distinct, so a divided difference of distinct points divides by a ball
   that excludes 0); confluent points use f^(k)/k!.  Newton form:
   p(A) = sum_k f[x_1..x_(k+1)] prod_(i<=k) (A - x_i I). */
#include <arb_fmpz_poly.h>
#include "internal.h"

/* f^(k)(x)/k! for the principal log (k >= 0) or square root */
static void taylor_coeff(acb_t res, const acb_t x, slong k, _wk_lie_funm_kind fun, slong prec)
{
    acb_t t;
    acb_init(t);
    if (fun == _WK_LIE_FUNM_LOG)
    {
        if (k == 0)
            acb_log(res, x, prec);
        else
        {
            /* (-1)^(k-1) / (k x^k) */
            acb_pow_ui(t, x, k, prec);
            acb_mul_ui(t, t, k, prec);
            acb_inv(res, t, prec);
            if (k % 2 == 0)
                acb_neg(res, res);
        }
    }
    else
    {
        /* binomial(1/2, k) sqrt(x) / x^k */
        arb_t b;
        slong m;
        arb_init(b);
        arb_one(b);
        for (m = 0; m < k; m++)
        {
            arb_mul_si(b, b, 2 * (0 - m) + 1, prec);    /* (1/2 - m) = (1 - 2m)/2 */
            arb_div_si(b, b, 2 * (m + 1), prec);
        }
        acb_sqrt(res, x, prec);
        acb_pow_ui(t, x, k, prec);
        acb_div(res, res, t, prec);
        acb_mul_arb(res, res, b, prec);
        arb_clear(b);
    }
    acb_clear(t);
}

int _wk_lie_funm_hermite(arb_mat_t F, const fmpq_mat_t A, _wk_lie_funm_kind fun, slong w)
{
    slong n = fmpq_mat_nrows(A), i, j, k, pos = 0;
    int res = 0;
    fmpz_poly_factor_t fac;
    acb_ptr x, c, roots;
    slong * grp;
    acb_mat_t Ac, P, T;
    acb_t t;

    fmpz_poly_factor_init(fac);
    _wk_lie_charpoly_factor(fac, A);
    x = _acb_vec_init(n);
    c = _acb_vec_init(n);
    grp = flint_malloc(sizeof(slong) * n);
    acb_mat_init(Ac, n, n);
    acb_mat_init(P, n, n);
    acb_mat_init(T, n, n);
    acb_init(t);

    /* points: each root of each irreducible factor, repeated by its multiplicity */
    for (i = 0; i < fac->num; i++)
    {
        slong d = fmpz_poly_degree(fac->p + i);
        roots = _acb_vec_init(d);
        arb_fmpz_poly_complex_roots(roots, fac->p + i, 0, w);
        for (j = 0; j < d; j++)
            for (k = 0; k < fac->exp[i] && pos < n; k++)
            {
                acb_set_round(x + pos, roots + j, w);
                grp[pos] = i * n + j;
                pos++;
            }
        _acb_vec_clear(roots, d);
    }
    if (pos != n)
    {
        res = 1;
        goto cleanup;
    }
    /* principal branches need every point off (-oo, 0] */
    for (i = 0; i < n; i++)
        if (arb_contains_zero(acb_imagref(x + i)) && !arb_is_positive(acb_realref(x + i)))
        {
            res = arb_is_zero(acb_imagref(x + i)) && arb_is_nonpositive(acb_realref(x + i)) ? 2 : 3;
            goto cleanup;
        }

    /* divided differences in place: after stage j, c[i] = f[x_(i-j) .. x_i] */
    for (i = 0; i < n; i++)
        taylor_coeff(c + i, x + i, 0, fun, w);
    for (j = 1; j < n; j++)
    {
        if (wk_interrupted())
        {
            res = -1;
            goto cleanup;
        }
        for (i = n - 1; i >= j; i--)
        {
            if (grp[i] == grp[i - j])
                taylor_coeff(c + i, x + i, j, fun, w);
            else
            {
                acb_sub(c + i, c + i, c + i - 1, w);
                acb_sub(t, x + i, x + i - j, w);
                acb_div(c + i, c + i, t, w);
            }
        }
    }

    /* p(A) = c_0 + (A - x_0)(c_1 + (A - x_1)(c_2 + ...)) by Horner */
    acb_mat_set_fmpq_mat(Ac, A, w);
    acb_mat_zero(P);
    for (i = 0; i < n; i++)
        acb_set(acb_mat_entry(P, i, i), c + n - 1);
    for (k = n - 2; k >= 0; k--)
    {
        acb_mat_set(T, Ac);
        for (i = 0; i < n; i++)
            acb_sub(acb_mat_entry(T, i, i), acb_mat_entry(T, i, i), x + k, w);
        acb_mat_mul(P, P, T, w);
        for (i = 0; i < n; i++)
            acb_add(acb_mat_entry(P, i, i), acb_mat_entry(P, i, i), c + k, w);
    }
    /* the exact result is real */
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            if (!arb_contains_zero(acb_imagref(acb_mat_entry(P, i, j))))
                res = 1;
            arb_set(arb_mat_entry(F, i, j), acb_realref(acb_mat_entry(P, i, j)));
        }
    if (!arb_mat_is_finite(F))
        res = 1;

cleanup:
    fmpz_poly_factor_clear(fac);
    _acb_vec_clear(x, n);
    _acb_vec_clear(c, n);
    flint_free(grp);
    acb_mat_clear(Ac);
    acb_mat_clear(P);
    acb_mat_clear(T);
    acb_clear(t);
    return res;
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/charpoly.c: exact spectral facts of a rational matrix: the
   factored characteristic polynomial over Q (FLINT's Zassenhaus
   factoring) and nonpositive real eigenvalues (Sturm sequences). */
#include <stdio.h>
#include <string.h>
#include <arb_fmpz_poly.h>
#include "internal.h"

void _wk_lie_charpoly_factor(fmpz_poly_factor_t fac, const fmpq_mat_t A)
{
    fmpq_poly_t cp;
    fmpz_poly_t p;
    fmpq_poly_init(cp);
    fmpz_poly_init(p);
    fmpq_mat_charpoly(cp, A);
    fmpq_poly_get_numerator(p, cp);
    fmpz_poly_primitive_part(p, p);
    fmpz_poly_factor(fac, p);
    fmpq_poly_clear(cp);
    fmpz_poly_clear(p);
}

slong _wk_lie_poly_num_neg_roots(const fmpz_poly_t p)
{
    slong len = fmpz_poly_length(p), nneg, npos;
    if (len <= 1)
        return 0;
    if (len == 2)
        return fmpz_sgn(p->coeffs + 0) == fmpz_sgn(p->coeffs + 1) ? 1 : 0;  /* root -c0/c1 < 0 */
    if (fmpz_is_zero(p->coeffs + 0))
        return 0;   /* irreducible of degree >= 2 never has root 0 */
    _fmpz_poly_num_real_roots_sturm(&nneg, &npos, p->coeffs, len);
    return nneg;
}

/* describes one nonpositive real eigenvalue of A in buf ("eigenvalue -1"),
   returns 1 if there is one */
int _wk_lie_exact_nonpos_eigenvalue(char * buf, size_t len, const fmpq_mat_t A)
{
    fmpz_poly_factor_t fac;
    slong i, k;
    int found = 0;
    fmpz_poly_factor_init(fac);
    _wk_lie_charpoly_factor(fac, A);
    for (i = 0; i < fac->num && !found; i++)
    {
        fmpz_poly_struct * p = fac->p + i;
        if (fmpz_poly_length(p) == 2)
        {
            fmpq_t r;
            fmpq_init(r);
            fmpq_set_fmpz_frac(r, p->coeffs + 0, p->coeffs + 1);
            fmpq_neg(r, r);
            if (fmpq_sgn(r) <= 0)
            {
                char * s = fmpq_get_str(NULL, 10, r);
                if (strlen(s) > 40)
                {
                    arb_t t;
                    flint_free(s);
                    arb_init(t);
                    arb_set_fmpq(t, r, 128);
                    s = arb_get_str(t, 15, ARB_STR_NO_RADIUS);
                    arb_clear(t);
                }
                snprintf(buf, len, "eigenvalue %s", s);
                flint_free(s);
                found = 1;
            }
            fmpq_clear(r);
        }
        else if (_wk_lie_poly_num_neg_roots(p) > 0)
        {
            slong d = fmpz_poly_degree(p);
            acb_ptr roots = _acb_vec_init(d);
            arb_fmpz_poly_complex_roots(roots, p, 0, 64);
            for (k = 0; k < d; k++)
                if (arb_is_zero(acb_imagref(roots + k)) && arb_is_negative(acb_realref(roots + k)))
                {
                    char * s = arb_get_str(acb_realref(roots + k), 15, ARB_STR_NO_RADIUS);
                    snprintf(buf, len, "eigenvalue %s", s);
                    flint_free(s);
                    break;
                }
            if (k == d)
                snprintf(buf, len, "a negative real eigenvalue");
            _acb_vec_clear(roots, d);
            found = 1;
        }
    }
    fmpz_poly_factor_clear(fac);
    return found;
}

/* 1 if A is diagonalisable over C: the squarefree part of the
   characteristic polynomial (product of its distinct irreducible factors)
   annihilates A */
int _wk_lie_exact_is_diagonalizable(const fmpq_mat_t A)
{
    slong n = fmpq_mat_nrows(A), i, k, d;
    int res;
    fmpz_poly_factor_t fac;
    fmpz_poly_t p;
    fmpz_mat_t Az, P, T;
    fmpz_t den, c;
    fmpz_poly_factor_init(fac);
    fmpz_poly_init(p);
    fmpz_mat_init(Az, n, n);
    fmpz_mat_init(P, n, n);
    fmpz_mat_init(T, n, n);
    fmpz_init(den);
    fmpz_init(c);
    _wk_lie_charpoly_factor(fac, A);
    fmpz_poly_one(p);
    for (i = 0; i < fac->num; i++)
        fmpz_poly_mul(p, p, fac->p + i);
    fmpq_mat_get_fmpz_mat_matwise(Az, den, A);
    /* den^d p(A) = sum_i p_i den^(d-i) Az^i by Horner */
    d = fmpz_poly_degree(p);
    fmpz_mat_zero(P);
    for (i = d; i >= 0; i--)
    {
        fmpz_mat_mul(T, Az, P);
        fmpz_mat_swap(T, P);
        fmpz_pow_ui(c, den, d - i);
        fmpz_mul(c, c, p->coeffs + i);
        for (k = 0; k < n; k++)
            fmpz_add(fmpz_mat_entry(P, k, k), fmpz_mat_entry(P, k, k), c);
    }
    res = fmpz_mat_is_zero(P);
    fmpz_poly_factor_clear(fac);
    fmpz_poly_clear(p);
    fmpz_mat_clear(Az);
    fmpz_mat_clear(P);
    fmpz_mat_clear(T);
    fmpz_clear(den);
    fmpz_clear(c);
    return res;
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/expimage.c: is A = exp(X) for a real X (in gl(n), or sl(n))?
   (spec 3.9).  Exact input: Culver's criterion (W. J. Culver, Proc. AMS 17
   (1966) 1146-1151): A invertible and, for every negative eigenvalue, Jordan
   blocks of each size occur an even number of times; block counts from
   ranks of p(A)^k over Q for the irreducible factors p of the
   characteristic polynomial.  SL(2): tr A > -2 or A = -I.  Ball input: the
   eigenvalue discs of funm.c. */
#include "internal.h"

/* rank of p(A)^k over Q for k = 0..m: r[k]; A = Az/den with Az integral */
static void ranks_of_powers(slong * r, const fmpz_poly_t p, slong m, const fmpz_mat_t Az, const fmpz_t den)
{
    slong n = fmpz_mat_nrows(Az), d = fmpz_poly_degree(p), i, k;
    fmpz_mat_t P, Q, T;
    fmpz_t c;
    fmpz_mat_init(P, n, n);
    fmpz_mat_init(Q, n, n);
    fmpz_mat_init(T, n, n);
    fmpz_init(c);
    /* den^d p(A) = sum_i p_i den^(d-i) Az^i, by Horner: P = Az P + p_i den^(d-i) I */
    fmpz_mat_zero(P);
    for (i = d; i >= 0; i--)
    {
        fmpz_mat_mul(T, Az, P);
        fmpz_mat_swap(T, P);
        fmpz_pow_ui(c, den, d - i);
        fmpz_mul(c, c, p->coeffs + i);
        for (k = 0; k < n; k++)
            fmpz_add(fmpz_mat_entry(P, k, k), fmpz_mat_entry(P, k, k), c);
        /* the Horner step multiplies the earlier terms by Az, not Az/den:
           compensated by the den powers above */
    }
    r[0] = n;
    fmpz_mat_one(Q);
    for (k = 1; k <= m; k++)
    {
        fmpz_mat_mul(T, Q, P);
        fmpz_mat_swap(T, Q);
        r[k] = fmpz_mat_rank(Q);
    }
    fmpz_mat_clear(P);
    fmpz_mat_clear(Q);
    fmpz_mat_clear(T);
    fmpz_clear(c);
}

/* Culver on an exact invertible A: 1 if a real log exists */
static int culver_exact(const fmpq_mat_t A)
{
    slong n = fmpq_mat_nrows(A), i, k;
    int ok = 1;
    fmpz_poly_factor_t fac;
    fmpz_mat_t Az;
    fmpz_t den;
    fmpz_poly_factor_init(fac);
    fmpz_mat_init(Az, n, n);
    fmpz_init(den);
    fmpq_mat_get_fmpz_mat_matwise(Az, den, A);
    _wk_lie_charpoly_factor(fac, A);
    for (i = 0; i < fac->num && ok; i++)
    {
        slong m = fac->exp[i], d = fmpz_poly_degree(fac->p + i);
        slong * r;
        if (_wk_lie_poly_num_neg_roots(fac->p + i) == 0)
            continue;
        r = flint_malloc(sizeof(slong) * (m + 2));
        ranks_of_powers(r, fac->p + i, m, Az, den);
        r[m + 1] = r[m];
        /* b_k = (r_{k-1} - r_k)/d = number of blocks of size >= k (per root);
           blocks of size exactly k: b_k - b_{k+1}, must be even */
        for (k = 1; k <= m && ok; k++)
        {
            slong bk = (r[k - 1] - r[k]) / d;
            slong bk1 = (k + 1 <= m) ? (r[k] - r[k + 1]) / d : 0;
            if ((bk - bk1) % 2 != 0)
                ok = 0;
        }
        flint_free(r);
    }
    fmpz_poly_factor_clear(fac);
    fmpz_mat_clear(Az);
    fmpz_clear(den);
    return ok;
}

wk_status wk_lie_in_exp_image(int * res, const wk_lie_src_t A, wk_lie_group G, slong prec)
{
    wk_status st;
    int in;
    slong n;
    *res = 0;
    if ((st = _wk_lie_check_basic(A, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(A);
    /* exp(g) lies in GL+(n), exp(sl(n)) in SL(n) */
    if ((st = wk_lie_in_group(&in, A, G, prec)) != WK_OK)
    {
        if (st != WK_E_UNDECIDED || G != WK_LIE_SL)
            return st;
        /* ball input consistent with SL: decide the log part below */
        wk_error_clear();
        in = 1;
    }
    if (!in)
        return WK_OK;
    if (A->q)
    {
        *res = culver_exact(A->q);
        return WK_OK;
    }
    /* balls */
    if (n == 1)
    {
        *res = 1;   /* in GL+(1) every element is an exp */
        return WK_OK;
    }
    if (n == 2)
    {
        /* A' = A/sqrt(det) in SL(2): in exp(sl(2)) iff tr A' > -2 or A' = -I */
        arb_t d, t;
        arb_mat_t B;
        slong w = prec + 32;
        arb_init(d);
        arb_init(t);
        arb_mat_init(B, 2, 2);
        wk_lie_src_get_arb(B, A, w);
        arb_mat_det(d, B, w);
        arb_sqrt(d, d, w);
        arb_mat_trace(t, B, w);
        arb_div(t, t, d, w);
        arb_add_ui(t, t, 2, w);
        if (arb_is_positive(t))
            *res = 1;
        else if (arb_is_negative(t))
            *res = 0;
        else if (arb_mat_is_exact(B) && arb_is_zero(t)
                 && arb_is_zero(arb_mat_entry(B, 0, 1)) && arb_is_zero(arb_mat_entry(B, 1, 0))
                 && arb_equal(arb_mat_entry(B, 0, 0), arb_mat_entry(B, 1, 1)))
            *res = 1;   /* -c I */
        else
            st = wk_error(WK_E_UNDECIDED, "tr = -2 cannot be excluded: exp-image membership undecided");
        arb_clear(d);
        arb_clear(t);
        arb_mat_clear(B);
        return st;
    }
    {
        slong w, cap = FLINT_MIN(_wk_lie_prec_cap(prec), 4 * prec + 256);
        acb_mat_t Ac, F;
        arb_mat_t B;
        int r = 3;
        acb_mat_init(Ac, n, n);
        acb_mat_init(F, n, n);
        arb_mat_init(B, n, n);
        for (w = prec + 32; w <= cap; w *= 2)
        {
            wk_lie_src_get_arb(B, A, w);
            acb_mat_set_arb_mat(Ac, B);
            r = _wk_lie_funm(F, NULL, Ac, _WK_LIE_FUNM_LOG, w);
            if (r == 0 || r == 2 || r < 0)
                break;
        }
        if (r == 0)
            *res = 1;
        else if (r == 2)
            *res = 0;
        else if (r < 0)
            st = wk_error(WK_E_INTERRUPT, "interrupted");
        else
            st = wk_error(WK_E_UNDECIDED, "an eigenvalue ball meets (-inf, 0] and is not a certified "
                                          "simple negative eigenvalue: exp-image membership undecided");
        acb_mat_clear(Ac);
        acb_mat_clear(F);
        arb_mat_clear(B);
        return st;
    }
}

wk_status wk_lie_exp_preimage(arb_mat_t X, wk_lie_loginfo_t info, const wk_lie_src_t A,
                              wk_lie_group G, slong prec)
{
    wk_status st;
    int in;
    slong n;
    if ((st = _wk_lie_check_basic(A, prec)) != WK_OK)
        return st;
    n = wk_lie_src_nrows(A);
    if (arb_mat_nrows(X) != n || arb_mat_ncols(X) != n)
        return wk_error(WK_E_DIM, "result is %ldx%ld, matrix is %ldx%ld", (long) arb_mat_nrows(X),
                        (long) arb_mat_ncols(X), (long) n, (long) n);
    if ((st = _wk_lie_require_group(A, G, prec)) != WK_OK)
        return st;
    if ((st = wk_lie_in_exp_image(&in, A, G, prec)) != WK_OK)
        return st;
    if (!in)
        return wk_error(WK_E_DOMAIN, "no real logarithm (Culver): not in exp(%s(%ld))",
                        G == WK_LIE_SL ? "sl" : "gl", (long) n);
    st = wk_lie_logm(X, info, A, prec);
    if (st == WK_E_DOMAIN && n == 2)
    {
        /* in the image without a principal log: A = -c I, X = log(c) I + pi J */
        arb_t c, pi;
        arb_init(c);
        arb_init(pi);
        wk_error_clear();
        wk_lie_src_get_arb(X, A, prec + 32);
        arb_neg(c, arb_mat_entry(X, 0, 0));
        arb_log(c, c, prec + 32);
        arb_const_pi(pi, prec + 32);
        arb_mat_zero(X);
        arb_set(arb_mat_entry(X, 0, 0), c);
        arb_set(arb_mat_entry(X, 1, 1), c);
        arb_neg(arb_mat_entry(X, 0, 1), pi);
        arb_set(arb_mat_entry(X, 1, 0), pi);
        if (info)
        {
            info->unique = 0;
            info->cert = WK_LIE_CERTIFIED;
            mag_zero(&info->residual);
        }
        st = WK_OK;
        arb_clear(c);
        arb_clear(pi);
    }
    else if (st == WK_E_DOMAIN)
        st = wk_error(WK_E_DOMAIN, "a real log exists (Culver) but no principal one; "
                                   "real logs through negative eigenvalues are built for n = 2 only");
    return st;
}

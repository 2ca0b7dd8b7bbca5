/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/euler.c: Euler products prod_m (1 - q^m)^{-e_m}: the
   Euler-transform recurrence n a_n = sum_{k=1}^n b_k a_{n-k},
   b_k = sum_{m | k} m e_m (logarithmic derivative), and a multimodular
   exponential exp(sum_k b_k q^k / k) with CRT for large orders. */
#include <string.h>
#include <flint/fmpz_vec.h>
#include "internal.h"
#include "ntt.h"

wk_status _wk_cyl_check_order(slong N, slong limit)
{
    if (N < 0)
        return wk_error(WK_E_DOMAIN, "truncation order must be a nonnegative integer");
    if (N > limit)
        return wk_error(WK_E_TOO_LARGE, "truncation order %ld exceeds the limit %ld",
                        (long) N, (long) limit);
    return WK_OK;
}

/* b[k] = sum_{m | k} m e[m] for 1 <= k <= N (a sieve), as fmpz */
static void log_derivative(fmpz *b, const slong *e, slong N)
{
    slong m, k;
    fmpz_t me;
    fmpz_init(me);
    for (k = 0; k <= N; k++)
        fmpz_zero(b + k);
    for (m = 1; m <= N; m++) {
        if (e[m] == 0)
            continue;
        fmpz_set_si(me, m);
        fmpz_mul_si(me, me, e[m]);
        for (k = m; k <= N; k += m)
            fmpz_add(b + k, b + k, me);
    }
    fmpz_clear(me);
}

wk_status _wk_cyl_euler_recurrence(fmpz *a, const slong *e, slong N)
{
    fmpz *b;
    slong n, k;

    b = _fmpz_vec_init(N + 1);
    log_derivative(b, e, N);
    fmpz_one(a);
    for (n = 1; n <= N; n++) {
        fmpz_zero(a + n);
        for (k = 1; k <= n; k++)
            fmpz_addmul(a + n, b + k, a + n - k);
        fmpz_divexact_ui(a + n, a + n, (ulong) n);
        if ((n & 63) == 0) {
            if (wk_interrupted()) {
                _fmpz_vec_clear(b, N + 1);
                return wk_error(WK_E_INTERRUPT, "interrupted");
            }
            if ((n & 1023) == 0)
                wk_progress("Euler product", (double) n * n, (double) N * N);
        }
    }
    _fmpz_vec_clear(b, N + 1);
    return WK_OK;
}

/* Multimodular exp: per prime p > N the series exp(sum_k b_k/k q^k) by NTT
   Newton iteration (its derivative is sum_k b_k q^{k-1}). */
static void exp_mod_p(ulong *out, slong n, const wk_cyl_ntt_struct *F, void *data)
{
    const fmpz *b = data;
    slong k;
    ulong *hd = flint_malloc(FLINT_MAX(n - 1, 1) * sizeof(ulong));
    for (k = 1; k < n; k++)
        hd[k - 1] = fmpz_fdiv_ui(b + k, F->p);
    _wk_cyl_ntt_exp_series(out, hd, n - 1, n, F);
    flint_free(hd);
}

wk_status _wk_cyl_euler_multimod(fmpz *res, const slong *e, slong N, const slong *bits)
{
    fmpz *b = _fmpz_vec_init(N + 1);
    wk_status st;
    log_derivative(b, e, N);
    st = _wk_cyl_series_multimod(res, N, bits, 0, _wk_cyl_ntt_lg(2 * (N + 1)), exp_mod_p, b,
                             "Euler product mod p");
    _fmpz_vec_clear(b, N + 1);
    return st;
}

#define WK_EULER_RECURRENCE_MAX 300
#define WK_EULER_DEN_WORK 100000000

/* prod_m (1 - q^m)^{e_m} mod q^n exactly, factor by factor (a difference
   with stride m per factor); used when its work is small */
static void euler_denominator(fmpz_poly_t den, const slong *e, slong N, slong deg)
{
    slong m, c, j, n = FLINT_MIN(deg, N) + 1;
    fmpz_poly_fit_length(den, n);
    _fmpz_vec_zero(den->coeffs, n);
    fmpz_one(den->coeffs);
    for (m = 1; m < n; m++)
        for (c = 0; c < e[m]; c++)
            for (j = n - 1; j >= m; j--)
                fmpz_sub(den->coeffs + j, den->coeffs + j, den->coeffs + j - m);
    _fmpz_poly_set_length(den, n);
    _fmpz_poly_normalise(den);
}

wk_status wk_cpp_euler_product(fmpz_poly_t res, const slong *e, slong N)
{
    slong m, *bits, deg = 0, count = 0;
    double work;
    wk_status st;

    st = _wk_cyl_check_order(N, WK_CPP_SERIES_MAX_N);
    if (st != WK_OK)
        return st;
    for (m = 1; m <= N; m++) {
        if (e[m] < 0)
            return wk_error(WK_E_DOMAIN, "exponents must be nonnegative (e[%ld] = %ld)",
                            (long) m, (long) e[m]);
        if (e[m] > (WORD(1) << 40))
            return wk_error(WK_E_TOO_LARGE, "exponent e[%ld] = %ld exceeds the limit %ld",
                            (long) m, (long) e[m], (long) (WORD(1) << 40));
    }
    st = _wk_cyl_series_bits(&bits, e, N);
    if (st != WK_OK)
        return st;
    for (m = 1, work = 0; m <= N; m++) {
        deg += (e[m] != 0) ? m * FLINT_MIN(e[m], N) : 0;
        deg = FLINT_MIN(deg, N + 1);
        count += FLINT_MIN(e[m], N);
    }
    work = (double) count * (double) (deg + 1);
    fmpz_poly_fit_length(res, N + 1);
    _fmpz_vec_zero(res->coeffs, N + 1);
    if (N <= WK_EULER_RECURRENCE_MAX)
        st = _wk_cyl_euler_recurrence(res->coeffs, e, N);
    else if (work <= WK_EULER_DEN_WORK) {
        /* a short denominator (finite products such as hook products) */
        fmpz_poly_t num, den;
        fmpz_poly_init(num);
        fmpz_poly_init(den);
        fmpz_poly_one(num);
        euler_denominator(den, e, N, deg);
        st = _wk_cyl_series_quotient_multimod(res->coeffs, N, num, den, bits, 1);
        fmpz_poly_clear(num);
        fmpz_poly_clear(den);
    } else
        st = _wk_cyl_euler_multimod(res->coeffs, e, N, bits);
    flint_free(bits);
    return _wk_cyl_series_finish(res, N, st);
}

wk_status _wk_cyl_series_finish(fmpz_poly_t res, slong N, wk_status st)
{
    if (st != WK_OK) {
        _fmpz_vec_zero(res->coeffs, N + 1);
        _fmpz_poly_set_length(res, 0);
        return st;
    }
    _fmpz_poly_set_length(res, N + 1);
    _fmpz_poly_normalise(res);
    return WK_OK;
}

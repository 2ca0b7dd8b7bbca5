/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/series.c: the generating function of cylindric partitions
   with a given profile, from Borodin's product (spec 2).  The main path
   rewrites the product with Jacobi's triple product
   (x;Q)_inf (Q/x;Q)_inf (Q;Q)_inf = sum_j (-1)^j Q^{j(j-1)/2} x^j, x = q^d,
   Q = q^T, as a quotient of sparse theta series (NOTES.md), and inverts the
   denominator modulo NTT primes. */
#include <flint/fmpz_vec.h>
#include <flint/ulong_extras.h>
#include "internal.h"
#include "ntt.h"

static void add_si(fmpz_poly_t a, slong ex, slong v)
{
    fmpz_t c;
    fmpz_init(c);
    fmpz_poly_get_coeff_fmpz(c, a, ex);
    if (v >= 0)
        fmpz_add_ui(c, c, (ulong) v);
    else
        fmpz_sub_ui(c, c, (ulong) -v);
    fmpz_poly_set_coeff_fmpz(a, ex, c);
    fmpz_clear(c);
}

/* theta_d = (q^d;q^T)(q^{T-d};q^T)(q^T;q^T) = sum_{j in Z} (-1)^j q^{T j(j-1)/2 + d j}
   modulo q^n, 0 < d < T.  The exponents grow with j >= 0 and with -j <= -1;
   they can coincide (T = 2d), hence the additions. */
static void theta_series(fmpz_poly_t th, slong T, slong d, slong n)
{
    slong j, ex;
    fmpz_poly_zero(th);
    for (j = 0; (ex = T * (j * (j - 1) / 2) + d * j) < n; j++)
        add_si(th, ex, (j & 1) ? -1 : 1);
    for (j = 1; (ex = T * (j * (j + 1) / 2) - d * j) < n; j++)
        add_si(th, ex, (j & 1) ? -1 : 1);
}

/* (q^s;q^s)_inf = sum_{j in Z} (-1)^j q^{s j(3j-1)/2} modulo q^n (Euler) */
static void eta_series(fmpz_poly_t et, slong s, slong n)
{
    slong j, ex;
    fmpz_poly_zero(et);
    fmpz_poly_set_coeff_si(et, 0, 1);
    for (j = 1;; j++) {
        ex = s * (j * (3 * j - 1) / 2);
        if (ex >= n)
            break;
        fmpz_poly_set_coeff_si(et, ex, (j & 1) ? -1 : 1);
        ex = s * (j * (3 * j + 1) / 2);
        if (ex < n)
            fmpz_poly_set_coeff_si(et, ex, (j & 1) ? -1 : 1);
    }
}

static void mul_power(fmpz_poly_t acc, const fmpz_poly_t a, slong e, slong n)
{
    fmpz_poly_t t;
    if (e <= 0)
        return;
    fmpz_poly_init(t);
    if (e == 1)
        fmpz_poly_set(t, a);
    else
        fmpz_poly_pow_trunc(t, a, e, n);
    fmpz_poly_mullow(acc, acc, t, n);
    fmpz_poly_clear(t);
}

/* Borodin's product mod q^n as num/den with
   den = (q^{T/2};q^{T/2})^{f(T/2)} prod_{0<d<T/2} theta_d^{f(d)}  [times (q^T;q^T) if E = 0]
   num = (q^T;q^T)^{E-1},  E = sum_{0<d<T/2} f(d) + f(T/2)
   (pairing d with T - d, f(d) = f(T - d); (q^{T/2};q^T) = (q^{T/2};q^{T/2})/(q^T;q^T)). */
static void theta_quotient(fmpz_poly_t num, fmpz_poly_t den, const slong *f, slong T, slong n)
{
    slong d, E = 0;
    fmpz_poly_t a;

    fmpz_poly_init(a);
    fmpz_poly_one(den);
    fmpz_poly_one(num);
    for (d = 1; 2 * d < T; d++) {
        if (f[d - 1] == 0)
            continue;
        E += f[d - 1];
        theta_series(a, T, d, n);
        mul_power(den, a, f[d - 1], n);
    }
    if (T % 2 == 0 && f[T / 2 - 1] > 0) {
        E += f[T / 2 - 1];
        eta_series(a, T / 2, n);
        mul_power(den, a, f[T / 2 - 1], n);
    }
    eta_series(a, T, n);
    if (E == 0)
        fmpz_poly_mullow(den, den, a, n);
    else
        mul_power(num, a, E - 1, n);
    fmpz_poly_clear(a);
}

/* number of sparse factors of the theta quotient: small means small
   coefficients in num and den */
static slong theta_factor_count(const slong *f, slong T)
{
    slong d, E = 0;
    for (d = 1; 2 * d <= T; d++)
        E += f[d - 1];
    return E;
}

#define WK_THETA_MAX_FACTORS 48

/* check profile and N, compute exponents and bounds; *e and *bits are
   allocated on success */
static wk_status series_prepare(slong **e, slong **bits, const slong *w, slong T, slong N)
{
    wk_status st = wk_cpp_profile_check(w, T);
    if (st != WK_OK)
        return st;
    st = _wk_cyl_check_order(N, WK_CPP_SERIES_MAX_N);
    if (st != WK_OK)
        return st;
    *e = flint_malloc((N + 1) * sizeof(slong));
    wk_cpp_borodin_exponents(*e, w, T, N);
    st = _wk_cyl_series_bits(bits, *e, N);
    if (st != WK_OK)
        flint_free(*e);
    return st;
}

static wk_status series_multimod(fmpz *res, const slong *w, slong T, slong N,
                                 const slong *e, const slong *bits);

#define WK_SERIES_EULER_MAX 300
enum { SERIES_AUTO, SERIES_EULER, SERIES_MULTIMOD };

/* the three entry points: check, bound, run the chosen algorithm */
static wk_status series_run(fmpz_poly_t res, const slong *w, slong T, slong N, int algo)
{
    slong *e, *bits;
    wk_status st = series_prepare(&e, &bits, w, T, N);
    if (st != WK_OK)
        return st;
    fmpz_poly_fit_length(res, N + 1);
    _fmpz_vec_zero(res->coeffs, N + 1);
    if (algo == SERIES_EULER || (algo == SERIES_AUTO && N <= WK_SERIES_EULER_MAX))
        st = _wk_cyl_euler_recurrence(res->coeffs, e, N);
    else
        st = series_multimod(res->coeffs, w, T, N, e, bits);
    flint_free(e);
    flint_free(bits);
    return _wk_cyl_series_finish(res, N, st);
}

wk_status wk_cpp_series(fmpz_poly_t res, const slong *w, slong T, slong N)
{
    return series_run(res, w, T, N, SERIES_AUTO);
}

wk_status wk_cpp_series_euler(fmpz_poly_t res, const slong *w, slong T, slong N)
{
    return series_run(res, w, T, N, SERIES_EULER);
}

wk_status wk_cpp_series_multimod(fmpz_poly_t res, const slong *w, slong T, slong N)
{
    return series_run(res, w, T, N, SERIES_MULTIMOD);
}

static wk_status series_multimod(fmpz *res, const slong *w, slong T, slong N,
                                 const slong *e, const slong *bits)
{
    slong *f = flint_malloc(FLINT_MAX(T - 1, 1) * sizeof(slong));
    wk_status st;

    wk_cpp_borodin_f(f, w, T);
    if (theta_factor_count(f, T) <= WK_THETA_MAX_FACTORS) {
        fmpz_poly_t num, den;
        fmpz_poly_init(num);
        fmpz_poly_init(den);
        theta_quotient(num, den, f, T, N + 1);
        st = _wk_cyl_series_quotient_multimod(res, N, num, den, bits, 1);
        fmpz_poly_clear(num);
        fmpz_poly_clear(den);
    } else {
        st = _wk_cyl_euler_multimod(res, e, N, bits);
    }
    flint_free(f);
    return st;
}

wk_status wk_cpp_series_nmod(nmod_poly_t res, const slong *w, slong T, slong N)
{
    slong *f;
    fmpz_poly_t num, den;
    nmod_poly_t a, b;
    wk_status st = wk_cpp_profile_check(w, T);

    if (st != WK_OK)
        return st;
    st = _wk_cyl_check_order(N, WK_CPP_SERIES_MAX_N);
    if (st != WK_OK)
        return st;
    if (!n_is_prime(res->mod.n))
        return wk_error(WK_E_DOMAIN, "modulus must be a prime (got %lu)", (unsigned long) res->mod.n);
    f = flint_malloc(FLINT_MAX(T - 1, 1) * sizeof(slong));
    wk_cpp_borodin_f(f, w, T);
    fmpz_poly_init(num);
    fmpz_poly_init(den);
    nmod_poly_init_mod(a, res->mod);
    nmod_poly_init_mod(b, res->mod);
    if (theta_factor_count(f, T) <= WK_THETA_MAX_FACTORS) {
        theta_quotient(num, den, f, T, N + 1);
        fmpz_poly_get_nmod_poly(a, num);
        fmpz_poly_get_nmod_poly(b, den);
    } else if (res->mod.n > (ulong) N) {
        /* exp(sum_k b_k q^k / k), b_k = sum_{m | k} m e_m, modulo p > N */
        slong m, k;
        slong *e = flint_malloc((N + 1) * sizeof(slong));
        wk_cpp_borodin_exponents(e, w, T, N);
        nmod_poly_fit_length(a, N + 1);
        for (k = 0; k <= N; k++)
            a->coeffs[k] = 0;
        a->length = N + 1;
        for (m = 1; m <= N; m++)
            for (k = m; k <= N && e[m] != 0; k += m)
                a->coeffs[k] = nmod_add(a->coeffs[k], nmod_mul(m % res->mod.n, e[m] % res->mod.n, res->mod), res->mod);
        for (k = 1; k <= N; k++)
            a->coeffs[k] = nmod_mul(a->coeffs[k], n_invmod(k, res->mod.n), res->mod);
        _nmod_poly_normalise(a);
        nmod_poly_exp_series(res, a, N + 1);
        flint_free(e);
        goto done;
    } else {
        /* den = prod (1 - q^m)^{e_m} factor by factor modulo a small p */
        slong m, j, c;
        slong *e = flint_malloc((N + 1) * sizeof(slong));
        wk_cpp_borodin_exponents(e, w, T, N);
        nmod_poly_one(a);
        nmod_poly_fit_length(b, N + 1);
        b->coeffs[0] = 1;
        for (j = 1; j <= N; j++)
            b->coeffs[j] = 0;
        b->length = N + 1;
        for (m = 1; m <= N && st == WK_OK; m++) {
            for (c = 0; c < e[m] % (slong) res->mod.n; c++)   /* (1 - q^m)^p = 1 - q^{mp} mod p */
                for (j = N; j >= m; j--)
                    b->coeffs[j] = nmod_sub(b->coeffs[j], b->coeffs[j - m], b->mod);
            for (c = 0; c < e[m] / (slong) res->mod.n; c++) {
                slong mp = m * (slong) res->mod.n;
                for (j = N; j >= mp; j--)
                    b->coeffs[j] = nmod_sub(b->coeffs[j], b->coeffs[j - mp], b->mod);
            }
            if ((m & 255) == 0 && wk_interrupted())
                st = wk_error(WK_E_INTERRUPT, "interrupted");
        }
        _nmod_poly_normalise(b);
        flint_free(e);
    }
    if (st == WK_OK)
        nmod_poly_div_series(res, a, b, N + 1);
done:
    nmod_poly_clear(a);
    nmod_poly_clear(b);
    fmpz_poly_clear(num);
    fmpz_poly_clear(den);
    flint_free(f);
    return st;
}

wk_status wk_cpp_coeff(fmpz_t c, const slong *w, slong T, slong n)
{
    fmpz_poly_t s;
    wk_status st;
    fmpz_poly_init(s);
    st = wk_cpp_series(s, w, T, n);
    if (st == WK_OK)
        fmpz_poly_get_coeff_fmpz(c, s, n);
    fmpz_poly_clear(s);
    return st;
}

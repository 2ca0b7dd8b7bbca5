/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/multimod.c: exact power series from their images modulo
   NTT primes: a driver that runs a per-prime computation, keeps for each
   coefficient only the residues its size bound needs, and recovers the
   integers with FLINT's fmpz_multi_CRT_ui; and its use for quotients
   num/den of series with small coefficients. */
#include <string.h>
#include <flint/fmpz_vec.h>
#include "internal.h"
#include "ntt.h"

/* bits of the NTT primes used when counting how many a coefficient needs:
   each prime exceeds 2^61.99 */
#define WK_PRIME_BITS 61

wk_status _wk_cyl_series_multimod(fmpz *res, slong N, const slong *bits, int sign, int lgmax,
                              _wk_cyl_modular_fn fn, void *data, const char *what)
{
    slong n = N + 1, K, i, k;
    slong *kneed, *start;
    ulong *primes, **resid, *r;
    wk_status st = WK_OK;

    kneed = flint_malloc(n * sizeof(slong));
    for (k = 0; k < n; k++)
        kneed[k] = (bits[k] + 1 + (sign != 0)) / WK_PRIME_BITS + 1;
    K = kneed[N];
    primes = flint_malloc(K * sizeof(ulong));
    _wk_cyl_ntt_primes(primes, K);
    /* prime i serves the coefficients k >= start[i] */
    start = flint_malloc(K * sizeof(slong));
    for (i = 0, k = 0; i < K; i++) {
        while (kneed[k] <= i)
            k++;
        start[i] = k;
    }
    resid = flint_calloc(K, sizeof(ulong *));
    for (i = 0; i < K; i++)
        resid[i] = flint_malloc((n - start[i]) * sizeof(ulong));

    for (i = 0; i < K && st == WK_OK; i++) {
        wk_cyl_ntt_struct F;
        ulong *out = flint_malloc(n * sizeof(ulong));
        _wk_cyl_ntt_init(&F, primes[i], lgmax);
        fn(out, n, &F, data);
        memcpy(resid[i], out + start[i], (n - start[i]) * sizeof(ulong));
        _wk_cyl_ntt_clear(&F);
        flint_free(out);
        if (wk_interrupted())
            st = wk_error(WK_E_INTERRUPT, "interrupted");
        wk_progress(what, (double) (i + 1), (double) K + 1);
    }

    /* CRT, one comb for each run of coefficients needing the same primes */
    r = flint_malloc(K * sizeof(ulong));
    for (k = 0; st == WK_OK && k < n;) {
        slong k0 = k, kk = kneed[k0];
        fmpz_comb_t comb;
        fmpz_comb_temp_t ctemp;
        fmpz_comb_init(comb, primes, kk);
        fmpz_comb_temp_init(ctemp, comb);
        for (; k < n && kneed[k] == kk; k++) {
            for (i = 0; i < kk; i++)
                r[i] = resid[i][k - start[i]];
            fmpz_multi_CRT_ui(res + k, r, comb, ctemp, sign != 0);
            if ((k & 4095) == 0 && wk_interrupted())
                break;
        }
        fmpz_comb_temp_clear(ctemp);
        fmpz_comb_clear(comb);
        if (wk_interrupted())
            st = wk_error(WK_E_INTERRUPT, "interrupted");
    }
    wk_progress_done();
    flint_free(r);
    for (i = 0; i < K; i++)
        flint_free(resid[i]);
    flint_free(resid);
    flint_free(primes);
    flint_free(start);
    flint_free(kneed);
    return st;
}

/* ---- num/den ------------------------------------------------------------- */

typedef struct {
    const fmpz_poly_struct *num, *den;
} quotient_data;

static void reduce(ulong *out, const fmpz_poly_struct *a, slong n, ulong p)
{
    slong i, len = FLINT_MIN(a->length, n);
    for (i = 0; i < len; i++)
        out[i] = fmpz_fdiv_ui(a->coeffs + i, p);
    for (; i < n; i++)
        out[i] = 0;
}

static void quotient_mod_p(ulong *out, slong n, const wk_cyl_ntt_struct *F, void *vdata)
{
    quotient_data *d = vdata;
    slong dlen = FLINT_MIN(d->den->length, n);
    ulong *den = flint_malloc(FLINT_MAX(dlen, 1) * sizeof(ulong));

    reduce(den, d->den, dlen, F->p);
    if (fmpz_poly_is_one(d->num))
        _wk_cyl_ntt_inv_series(out, den, dlen, n, F);
    else {
        slong nlen = FLINT_MIN(d->num->length, n);
        ulong *num = flint_malloc(FLINT_MAX(nlen, 1) * sizeof(ulong));
        reduce(num, d->num, nlen, F->p);
        _wk_cyl_ntt_div_series(out, num, nlen, den, dlen, n, F);
        flint_free(num);
    }
    flint_free(den);
}

wk_status _wk_cyl_series_quotient_multimod(fmpz *res, slong N, const fmpz_poly_t num,
                                       const fmpz_poly_t den, const slong *bits, int nonneg)
{
    quotient_data d;
    d.num = num;
    d.den = den;
    return _wk_cyl_series_multimod(res, N, bits, !nonneg, _wk_cyl_ntt_lg(N + 1), quotient_mod_p, &d,
                               "series mod p");
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/multimod.c: exact power series from their images modulo
   NTT primes: a driver that runs a per-prime computation, keeps for each
   coefficient only the residues its size bound needs, and recovers the
   integers with FLINT's fmpz_multi_CRT_ui; and its use for quotients
   num/den of series with small coefficients. */
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include <flint/fmpz_vec.h>
#include "internal.h"
#include "ntt.h"

/* bits of the NTT primes used when counting how many a coefficient needs:
   each prime exceeds 2^61.99 */
#define WK_PRIME_BITS 61

/* below this length a prime takes a few milliseconds: threads cost more
   than they save (spin-up, and contention on a loaded machine) */
#define WK_PARALLEL_MIN_N 40000

wk_status _wk_cyl_series_multimod(fmpz *res, slong N, const slong *bits, int sign, int lgmax,
                              _wk_cyl_modular_fn fn, void *data, const char *what)
{
    slong n = N + 1, K, i, k;
    slong *kneed, *start;
    ulong *primes, **resid;
    int stop = 0;
    slong done = 0;

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

    /* the primes are independent: one per thread at a time (OpenMP); errors
       and progress are reported from the calling thread only (wk_error's
       buffer is thread-local) */
#pragma omp parallel for schedule(dynamic, 1) if(n >= WK_PARALLEL_MIN_N)
    for (i = 0; i < K; i++) {
        wk_cyl_ntt_struct F;
        ulong *out;
        int halt;
#pragma omp atomic read
        halt = stop;
        if (halt)
            continue;
        out = flint_malloc(n * sizeof(ulong));
        _wk_cyl_ntt_init(&F, primes[i], lgmax);
        fn(out, n, &F, data);
        memcpy(resid[i], out + start[i], (n - start[i]) * sizeof(ulong));
        _wk_cyl_ntt_clear(&F);
        flint_free(out);
        if (wk_interrupted()) {
#pragma omp atomic write
            stop = 1;
        }
#pragma omp atomic
        done++;
#ifdef _OPENMP
        if (omp_get_thread_num() == 0)
#endif
            wk_progress(what, (double) done, (double) K + 1);
    }

    /* CRT, one comb for each run of coefficients needing the same primes */
    for (k = 0; !stop && k < n;) {
        slong k0 = k, k1, kk = kneed[k0];
        fmpz_comb_t comb;
        fmpz_comb_init(comb, primes, kk);
        for (k1 = k0; k1 < n && kneed[k1] == kk; k1++)
            ;
#pragma omp parallel if(n >= WK_PARALLEL_MIN_N)
        {
            fmpz_comb_temp_t ctemp;
            ulong *r = flint_malloc(kk * sizeof(ulong));
            slong j, c;
            fmpz_comb_temp_init(ctemp, comb);
#pragma omp for schedule(static)
            for (j = k0; j < k1; j++) {
                int halt;
#pragma omp atomic read
                halt = stop;
                if (halt)
                    continue;
                for (c = 0; c < kk; c++)
                    r[c] = resid[c][j - start[c]];
                fmpz_multi_CRT_ui(res + j, r, comb, ctemp, sign != 0);
                if ((j & 4095) == 0 && wk_interrupted()) {
#pragma omp atomic write
                    stop = 1;
                }
            }
            fmpz_comb_temp_clear(ctemp);
            flint_free(r);
        }
        fmpz_comb_clear(comb);
        k = k1;
    }
    wk_progress_done();
#ifdef _OPENMP
    /* FLINT keeps caches per thread (fmpz blocks, prime tables).  The
       workers belong to the calling thread's OpenMP pool and end with it (the
       wk interpreter runs on its own thread), so they release theirs now;
       fmpz values they made and others still hold are freed by FLINT's
       cross-thread count when those are cleared. */
#pragma omp parallel if(n >= WK_PARALLEL_MIN_N)
    {
        if (omp_get_thread_num() != 0)
            flint_cleanup();
    }
#endif
    for (i = 0; i < K; i++)
        flint_free(resid[i]);
    flint_free(resid);
    flint_free(primes);
    flint_free(start);
    flint_free(kneed);
    if (stop || wk_interrupted())
        return wk_error(WK_E_INTERRUPT, "interrupted");
    return WK_OK;
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

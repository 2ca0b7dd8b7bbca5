/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   wk_lambdadet_asm_count: A_n = prod_{k=0}^{n-1} (3k+1)!/(n+k)! (Zeilberger's
   theorem; spec 1), evaluated through the exponent of every prime. */
#include <math.h>
#include <stdlib.h>
#include <flint/fmpz_vec.h>
#include "wk_lambdadet.h"

/* m! appears in the numerator for k with 3k+1 >= m and in the denominator
   for k with n+k >= m, so A_n = prod_m m^{c_m} with c_m below. */
static slong count_exponent(slong n, slong m)
{
    slong den = FLINT_MIN(n, FLINT_MAX(0, m - n));
    slong num = FLINT_MIN(n, (m - 1 + 2) / 3);   /* ceil((m-1)/3) */
    return den - num;
}

wk_status wk_lambdadet_asm_count(fmpz_t res, slong n)
{
    slong m, top, p, np, npalloc, i;
    double bits = 0;
    slong *spf, *ex;
    fmpz *pw;

    if (n < 0)
        return wk_error(WK_E_DOMAIN, "n = %ld is negative; ASMs exist for n >= 0", (long) n);
    if (n <= 1) { fmpz_one(res); return WK_OK; }
    /* log2 A_n ~ 0.377 n^2: reject hopeless n before any O(n) work */
    if (n > 100000)
        return wk_error(WK_E_TOO_LARGE, "A_n has about %.3g bits (n = %ld); limit is %ld bits",
                        0.37744 * (double) n * (double) n, (long) n, (long) WK_LAMBDADET_COUNT_MAX_BITS);
    top = 3 * n - 2;
    for (m = 2; m <= top; m++)
        bits += (double) count_exponent(n, m) * log2((double) m);
    if (bits > (double) WK_LAMBDADET_COUNT_MAX_BITS)
        return wk_error(WK_E_TOO_LARGE, "A_n has about %.0f bits (n = %ld); limit is %ld bits",
                        bits, (long) n, (long) WK_LAMBDADET_COUNT_MAX_BITS);

    /* smallest-prime-factor sieve, then the exponent of every prime */
    spf = flint_calloc(top + 1, sizeof(slong));
    ex = flint_calloc(top + 1, sizeof(slong));
    for (m = 2; m <= top; m++)
        if (spf[m] == 0)
            for (i = m; i <= top; i += m)
                if (spf[i] == 0) spf[i] = m;
    for (m = 2; m <= top; m++) {
        slong c = count_exponent(n, m), q = m;
        if (c == 0) continue;
        while (q > 1) { p = spf[q]; q /= p; ex[p] += c; }
    }
    np = 0;
    for (p = 2; p <= top; p++)
        if (ex[p] != 0) np++;
    npalloc = FLINT_MAX(np, 1);
    pw = _fmpz_vec_init(npalloc);
    np = 0;
    for (p = 2; p <= top; p++) {
        if (ex[p] < 0) {   /* A_n is an integer: cannot happen */
            _fmpz_vec_clear(pw, npalloc);
            flint_free(spf); flint_free(ex);
            return wk_error(WK_E_INTERNAL, "prime %ld has exponent %ld in A_%ld", (long) p, (long) ex[p], (long) n);
        }
        if (ex[p] > 0) { fmpz_set_ui(pw + np, p); fmpz_pow_ui(pw + np, pw + np, ex[p]); np++; }
    }
    /* balanced product tree */
    for (i = 1; i < np; i *= 2) {
        slong j;
        for (j = 0; j + i < np; j += 2 * i)
            fmpz_mul(pw + j, pw + j, pw + j + i);
    }
    if (np == 0) fmpz_one(res); else fmpz_set(res, pw);
    _fmpz_vec_clear(pw, npalloc);
    flint_free(spf); flint_free(ex);
    return WK_OK;
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/bound.c: rigorous upper bounds for the coefficients of
   Z(q) = prod_m (1 - q^m)^{-e_m}, e_m >= 0 (saddle-point style bound
   [q^n] Z <= Z(x) x^{-n} for 0 < x < 1, evaluated with Arb's mag_t), used to
   choose how many primes each coefficient needs in the multimodular series. */
#include <math.h>
#include <mag.h>
#include "internal.h"

/* Upper bound for S = sum_{m=1}^{n} e_m log(1/(1 - exp(-t m))), t = k/2^20 a
   dyadic number (so t m is exact in a double).  Terms with t m > 40 are
   bounded together by their geometric tail. */
static double log_z_upper(const slong *e, slong n, slong emax, double t)
{
    mag_t S, y, q, s1, s, term;
    slong m, M;
    double res;

    mag_init(S); mag_init(y); mag_init(q); mag_init(s1); mag_init(s); mag_init(term);
    M = (slong) ceil(40.0 / t);
    if (M > n)
        M = n;
    for (m = 1; m <= M; m++) {
        double tm = t * (double) m;
        if (e[m] == 0)
            continue;
        mag_set_d_lower(s, tm);               /* s <= t m */
        mag_expinv(y, s);                     /* y >= exp(-t m) */
        if (tm < 1.0) {
            /* 1 - e^{-s} >= s/(1+s): y/(1-y) <= y (1+s)/s */
            mag_set_d(s1, 1.0 + tm);
            mag_set_d_lower(q, tm);
            mag_mul(s1, s1, y);
            mag_div(q, s1, q);
        } else {
            mag_one(s1);
            mag_sub_lower(term, s1, y);       /* <= 1 - exp(-t m) */
            mag_div(q, y, term);
        }
        mag_log1p(term, q);                   /* >= log(1/(1 - e^{-tm})) */
        mag_mul_ui(term, term, (ulong) e[m]);
        mag_add(S, S, term);
    }
    if (M < n) {
        /* sum_{m>M} e_m y_m/(1-y_m) <= emax y_{M+1} / ((1 - y_{M+1})(1 - e^{-t})),
           with y_{M+1} <= e^{-40} < 4.3e-18 and 1 - e^{-t} >= t/(1+t) */
        mag_set_d(term, 4.3e-18 * 2.0 * (1.0 + t) / t);
        mag_mul_ui(term, term, (ulong) FLINT_MAX(emax, 1));
        mag_add(S, S, term);
    }
    res = mag_get_d(S);
    mag_clear(S); mag_clear(y); mag_clear(q); mag_clear(s1); mag_clear(s); mag_clear(term);
    return res;
}

void _wk_cyl_euler_bits(slong *bits, const slong *e, slong N)
{
    slong j, J, n, m, emax = 0, prev;
    slong *grid;
    double *bound, esum;

    bits[0] = 1;
    if (N == 0)
        return;
    for (m = 1; m <= N; m++)
        emax = FLINT_MAX(emax, e[m]);
    J = FLINT_MIN(N, 32);
    grid = flint_malloc((J + 1) * sizeof(slong));
    bound = flint_malloc((J + 1) * sizeof(double));
    for (j = 1; j <= J; j++) {
        double r = (double) j / J;
        grid[j] = (slong) ceil(N * r * r);
        if (grid[j] < 1)
            grid[j] = 1;
        if (j == J)
            grid[j] = N;
    }
    for (j = 1, m = 0, esum = 0; j <= J; j++) {
        slong nj = grid[j];
        double t, ebar, S, b;
        for (; m < nj; m++)
            esum += (double) e[m + 1];
        ebar = esum / nj;
        /* minimise ebar pi^2/(6t) + n t */
        t = ebar > 0 ? M_PI * sqrt(ebar / (6.0 * nj)) : 1.0;
        t = FLINT_MIN(FLINT_MAX(t, 1e-6), 20.0);
        t = ceil(t * 1048576.0) / 1048576.0;
        S = log_z_upper(e, nj, emax, t);
        /* log2(Z(x) x^{-n}) <= (S + n t)/log 2, with slack for the doubles */
        b = (S + (double) nj * t) * 1.4426950408889634 * (1.0 + 1e-12);
        bound[j] = isfinite(b) ? ceil(b) + 2.0 : 1e18;
    }
    /* bits[n] = min over grid points >= n: a suffix minimum, nondecreasing */
    prev = WORD_MAX;
    for (j = J, n = N; j >= 1; j--) {
        slong lo = (j > 1) ? grid[j - 1] : 0;
        slong b = bound[j] > 1e17 ? WORD_MAX / 4 : (slong) bound[j];
        prev = FLINT_MIN(prev, FLINT_MAX(b, 1));
        for (; n > lo; n--)
            bits[n] = prev;
    }
    for (; n >= 1; n--)
        bits[n] = prev;
    flint_free(grid);
    flint_free(bound);
}

double _wk_cyl_series_bytes(const slong *bits, slong N)
{
    double s = 0;
    slong n;
    for (n = 0; n <= N; n++)
        s += 8.0 * (bits[n] / 64 + 2);
    return s;
}

wk_status _wk_cyl_series_bits(slong **bits, const slong *e, slong N)
{
    double bytes;
    *bits = flint_malloc((N + 1) * sizeof(slong));
    _wk_cyl_euler_bits(*bits, e, N);
    bytes = _wk_cyl_series_bytes(*bits, N);
    if (bytes > (double) WK_CPP_SERIES_MAX_BYTES) {
        flint_free(*bits);
        *bits = NULL;
        return wk_error(WK_E_TOO_LARGE,
                        "the series to order %ld needs about %.0f MB, over the limit %ld MB",
                        (long) N, bytes / 1048576.0, (long) (WK_CPP_SERIES_MAX_BYTES >> 20));
    }
    return WK_OK;
}

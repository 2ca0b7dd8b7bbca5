/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/rpp_series.c: reverse plane partitions of a shape, by the
   hook product prod_{cells} 1/(1 - q^{h}) (Stanley EC2 7.22.1; Borodin's
   product with mu^0 empty, spec 1-2), and plane partitions in an a x b
   rectangle (MacMahon's prod (1 - q^n)^{-n} when unbounded). */
#include "internal.h"

wk_status wk_cpp_rpp_series(fmpz_poly_t res, const wk_partition_t lam, slong N)
{
    slong i, j, *e;
    wk_partition_t c;
    wk_status st = wk_partition_check_vec(lam->parts, lam->length);

    if (st != WK_OK)
        return st;
    st = _wk_cyl_check_order(N, WK_CPP_SERIES_MAX_N);
    if (st != WK_OK)
        return st;
    if (wk_partition_size(lam) > WORD(100000000))
        return wk_error(WK_E_TOO_LARGE, "shape with %ld cells exceeds the limit %ld",
                        (long) wk_partition_size(lam), (long) WORD(100000000));
    e = flint_calloc(N + 1, sizeof(slong));
    wk_partition_init(c);
    wk_partition_conjugate(c, lam);
    /* hook of (i, j) = (lam_i - j - 1) + (lam'_j - i - 1) + 1 */
    for (i = 0; i < lam->length; i++)
        for (j = 0; j < lam->parts[i]; j++) {
            slong h = lam->parts[i] - j + c->parts[j] - i - 1;
            if (h <= N)
                e[h]++;
        }
    wk_partition_clear(c);
    st = wk_cpp_euler_product(res, e, N);
    flint_free(e);
    return st;
}

wk_status wk_cpp_plane_partition_series(fmpz_poly_t res, slong a, slong b, slong N)
{
    slong n, *e;
    wk_status st = _wk_cyl_check_order(N, WK_CPP_SERIES_MAX_N);

    if (st != WK_OK)
        return st;
    /* a side longer than N does not constrain the coefficients up to q^N */
    if (a < 0 || a > N)
        a = N + 1;
    if (b < 0 || b > N)
        b = N + 1;
    e = flint_calloc(N + 1, sizeof(slong));
    /* cells of hook n in the a x b rectangle: i + j = a + b - 1 - n */
    for (n = 1; n <= N && n <= a + b - 1; n++)
        e[n] = FLINT_MIN(FLINT_MIN(n, a), FLINT_MIN(b, a + b - n));
    st = wk_cpp_euler_product(res, e, N);
    flint_free(e);
    return st;
}

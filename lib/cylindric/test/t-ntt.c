/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the NTT layer (lib/cylindric/ntt.c) against FLINT's nmod_poly:
   truncated products, series inverse and exponential, random lengths. */
#include <string.h>
#include <flint/nmod_poly.h>
#include <flint/ulong_extras.h>
#include "wk_cylindric.h"
#include "cylindric/ntt.h"
#include "tap.h"

int main(int argc, char **argv)
{
    flint_rand_t st;
    ulong primes[3];
    slong iter, reps;
    int ok_prime = 1, ok_mul = 1, ok_inv = 1, ok_exp = 1, ok_div = 1;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 1);
    reps = 40 * tap_multiplier();

    _wk_cyl_ntt_primes(primes, 3);
    for (iter = 0; iter < 3; iter++)
        if (!n_is_prime(primes[iter]) || primes[iter] >= (UWORD(1) << 62)
            || (primes[iter] - 1) % (UWORD(1) << 30) != 0
            || (iter > 0 && primes[iter] >= primes[iter - 1]))
            ok_prime = 0;
    TAP_OK(ok_prime, "NTT primes are primes c 2^30 + 1 below 2^62, decreasing");

    for (iter = 0; iter < reps; iter++) {
        ulong p = primes[iter % 3];
        slong alen = 1 + n_randint(st, iter < reps / 2 ? 40 : 5000);
        slong blen = 1 + n_randint(st, iter < reps / 2 ? 40 : 5000);
        slong n = 1 + n_randint(st, alen + blen + 5);
        wk_cyl_ntt_struct F, Fm, Fn;
        nmod_poly_t A, B, C, G;
        ulong *a, *b, *c, *g;
        slong i;

        /* each operation gets the smallest tables its documentation allows */
        _wk_cyl_ntt_init(&F, p, _wk_cyl_ntt_lg(2 * n));
        _wk_cyl_ntt_init(&Fm, p, _wk_cyl_ntt_lg(FLINT_MIN(alen, n) + FLINT_MIN(blen, n) - 1));
        _wk_cyl_ntt_init(&Fn, p, _wk_cyl_ntt_lg(n));
        nmod_poly_init(A, p); nmod_poly_init(B, p); nmod_poly_init(C, p); nmod_poly_init(G, p);
        nmod_poly_randtest(A, st, alen);
        nmod_poly_randtest(B, st, blen);
        nmod_poly_set_coeff_ui(A, 0, 1 + n_randint(st, p - 1));  /* invertible, nonzero */
        a = flint_calloc(alen + n, sizeof(ulong));
        b = flint_calloc(blen + n, sizeof(ulong));
        c = flint_calloc(n + 1, sizeof(ulong));
        g = flint_calloc(n + 1, sizeof(ulong));
        for (i = 0; i < A->length; i++) a[i] = A->coeffs[i];
        for (i = 0; i < B->length; i++) b[i] = B->coeffs[i];

        _wk_cyl_ntt_mullow(c, a, alen, b, blen, n, &Fm);
        nmod_poly_mullow(C, A, B, n);
        for (i = 0; i < n; i++)
            if (c[i] != nmod_poly_get_coeff_ui(C, i)) ok_mul = 0;

        _wk_cyl_ntt_inv_series(g, a, alen, n, &Fn);
        nmod_poly_inv_series(G, A, n);
        for (i = 0; i < n; i++)
            if (g[i] != nmod_poly_get_coeff_ui(G, i)) ok_inv = 0;

        nmod_poly_div_series(G, B, A, n);
        _wk_cyl_ntt_div_series(g, b, blen, a, alen, n, &Fn);
        for (i = 0; i < n; i++)
            if (g[i] != nmod_poly_get_coeff_ui(G, i)) ok_div = 0;

        /* exp(h) with h' = b: FLINT wants h itself */
        {
            nmod_poly_t H;
            nmod_poly_init(H, p);
            for (i = 0; i + 1 < n && i < blen; i++)
                nmod_poly_set_coeff_ui(H, i + 1, n_mulmod2_preinv(b[i], n_invmod(i + 1, p), p, F.pinv));
            nmod_poly_exp_series(G, H, n);
            _wk_cyl_ntt_exp_series(g, b, blen, n, &F);
            for (i = 0; i < n; i++)
                if (g[i] != nmod_poly_get_coeff_ui(G, i)) ok_exp = 0;
            nmod_poly_clear(H);
        }
        flint_free(a); flint_free(b); flint_free(c); flint_free(g);
        nmod_poly_clear(A); nmod_poly_clear(B); nmod_poly_clear(C); nmod_poly_clear(G);
        _wk_cyl_ntt_clear(&F);
        _wk_cyl_ntt_clear(&Fm);
        _wk_cyl_ntt_clear(&Fn);
    }
    TAP_OK(ok_mul, "NTT truncated products agree with nmod_poly_mullow (%ld cases)", (long) reps);
    TAP_OK(ok_inv, "NTT Newton inverse agrees with nmod_poly_inv_series");
    TAP_OK(ok_div, "NTT Karp-Markstein division agrees with nmod_poly_div_series");
    TAP_OK(ok_exp, "NTT Newton exponential agrees with nmod_poly_exp_series");
    flint_randclear(st);
    flint_cleanup_master();   /* FLINT's fmpz cache, for valgrind */
    return tap_done();
}

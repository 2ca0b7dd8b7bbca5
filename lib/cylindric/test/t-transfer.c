/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Borodin's identity (spec 2, spec 10.1): for every profile necklace with
   T <= TMAX the product-side series equals the transfer-matrix count of
   cylindric partitions to q^QMAX.  TMAX, QMAX default to 6 and 20 (make
   check); WK_CYLINDRIC_TMAX / WK_CYLINDRIC_QMAX raise them (check-papers:
   8 and 16 or 20).  Also: enumeration (wk_cpp_list) against the count. */
#include <stdlib.h>
#include <string.h>
#include "wk_cylindric.h"
#include "tap.h"

static slong env_or(const char *name, slong dflt)
{
    const char *s = getenv(name);
    return (s && *s) ? atol(s) : dflt;
}

/* w (T bits of x, most significant first) is the smallest of its rotations */
static int is_necklace(ulong x, slong T)
{
    slong r;
    ulong mask = (T == 64) ? ~UWORD(0) : ((UWORD(1) << T) - 1);
    for (r = 1; r < T; r++) {
        ulong y = ((x << r) | (x >> (T - r))) & mask;
        if (y < x)
            return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    slong TMAX = env_or("WK_CYLINDRIC_TMAX", 6), QMAX = env_or("WK_CYLINDRIC_QMAX", 20);
    slong T, count = 0, bad = 0;
    slong w[64];

    tap_init(argc, argv);
    for (T = 1; T <= TMAX; T++) {
        ulong x;
        for (x = 0; x < (UWORD(1) << T); x++) {
            fmpz_poly_t a, b;
            slong i;
            if (!is_necklace(x, T))
                continue;
            for (i = 0; i < T; i++)
                w[i] = (x >> (T - 1 - i)) & 1;
            fmpz_poly_init(a);
            fmpz_poly_init(b);
            if (wk_cpp_series(a, w, T, QMAX) != WK_OK
                || wk_cpp_count_transfer(b, w, T, QMAX, 0) != WK_OK || !fmpz_poly_equal(a, b)) {
                char *s = wk_cpp_profile_get_str(w, T);
                tap_diag("profile %s: Borodin and transfer count differ", s);
                flint_free(s);
                bad++;
            }
            count++;
            fmpz_poly_clear(a);
            fmpz_poly_clear(b);
        }
    }
    TAP_OK(bad == 0, "Borodin's product = transfer count for all %ld necklaces with T <= %ld to q^%ld",
           (long) count, (long) TMAX, (long) QMAX);

    /* the count is not vacuous: a profile with a known different series */
    {
        slong v[4] = {1, 0, 1, 0}, u[4] = {1, 1, 0, 0};
        fmpz_poly_t a, b;
        fmpz_poly_init(a);
        fmpz_poly_init(b);
        wk_cpp_count_transfer(a, v, 4, 12, 0);
        wk_cpp_count_transfer(b, u, 4, 12, 0);
        TAP_OK(!fmpz_poly_equal(a, b) && fmpz_poly_length(a) == 13,
               "transfer counts of 1010 and 1100 differ (as the spec's vectors do)");
        fmpz_poly_clear(a);
        fmpz_poly_clear(b);
    }

    /* enumeration: every listed object is a CPP of the right size, all are
       distinct, and there are as many as the count says */
    {
        static const char *profiles[] = {"10", "1100", "1010", "11010", "110100", "111", "0"};
        slong pi, n, ok = 1, total = 0;
        for (pi = 0; pi < 7; pi++) {
            slong *v, TT;
            fmpz_poly_t c;
            wk_cpp_profile_set_str(&v, &TT, profiles[pi]);
            fmpz_poly_init(c);
            wk_cpp_count_transfer(c, v, TT, 8, 0);
            for (n = 0; n <= 8; n++) {
                wk_cpp_list_t L;
                slong i, j;
                fmpz_t e;
                fmpz_init(e);
                wk_cpp_list_init(L);
                if (wk_cpp_list(L, v, TT, n, -1) != WK_OK)
                    ok = 0;
                fmpz_poly_get_coeff_fmpz(e, c, n);
                if (!fmpz_equal_si(e, L->length))
                    ok = 0;
                for (i = 0; i < L->length; i++) {
                    if (wk_cpp_check_seq(v, TT, L->entries[i].mu, TT + 1, WK_CPP_STRICT) != WK_OK
                        || wk_cpp_size(L->entries + i) != n)
                        ok = 0;
                    for (j = 0; j < i; j++)
                        if (wk_cpp_equal(L->entries + i, L->entries + j))
                            ok = 0;
                }
                total += L->length;
                wk_cpp_list_clear(L);
                fmpz_clear(e);
            }
            fmpz_poly_clear(c);
            flint_free(v);
        }
        TAP_OK(ok, "cpp_list: %ld objects, all valid, distinct, as many as counted", (long) total);
    }

    /* the guard */
    {
        slong v[2] = {1, 0};
        wk_cpp_list_t L;
        wk_cpp_list_init(L);
        TAP_OK(wk_cpp_list(L, v, 2, 30, 1000) == WK_E_TOO_LARGE
               && strcmp(wk_error_msg(), "5604 objects exceed the limit 1000") == 0,
               "cpp_list past its limit: %s", wk_error_msg());
        wk_cpp_list_clear(L);
    }
    flint_cleanup_master();   /* FLINT's fmpz cache, for valgrind */
    return tap_done();
}

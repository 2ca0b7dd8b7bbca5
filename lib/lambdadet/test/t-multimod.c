/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of the multimodular det_lambda (multimod.c), both kernels (portable
   scalar, AVX2 when the CPU has it): against the transfer evaluation (n <= 9),
   against the fraction-free integer condensation (n = 20..36), identities at
   n >= 40 where wk_lambdadet_ldet itself is multimodular (transpose, column
   reversal, diagonal scaling, all-ones), big entries (the non-vectorised
   reduction), zero border entries (the bound), and exactly zero minors (every
   prime fails: the caller's exact fallback). */
#include "helpers.h"
#include "tap.h"
#include "../internal.h"

static int both_kernels(fmpq_t a, const fmpq_mat_t M, const fmpq_t lam, int *r1, int *r2)
{
    fmpq_t b;
    int ok;
    fmpq_init(b);
    *r1 = _wk_lambdadet_ldet_multimod(a, M, lam, 1);
    *r2 = _wk_lambdadet_ldet_multimod(b, M, lam, 2);
    ok = (*r1 == *r2) && (*r1 != 1 || fmpq_equal(a, b));
    fmpq_clear(b);
    return ok;
}

/* entries with numerators of about nb bits and denominators of about db bits */
static void mat_rand_bits(fmpq_mat_t M, flint_rand_t st, slong nb, slong db)
{
    slong i, j;
    fmpz_t u, v;
    fmpz_init(u); fmpz_init(v);
    for (i = 0; i < fmpq_mat_nrows(M); i++)
        for (j = 0; j < fmpq_mat_ncols(M); j++) {
            do fmpz_randtest_not_zero(u, st, nb); while (fmpz_is_zero(u));
            fmpz_randtest_unsigned(v, st, db);
            fmpz_add_ui(v, v, 1);
            fmpq_set_fmpz_frac(fmpq_mat_entry(M, i, j), u, v);
        }
    fmpz_clear(u); fmpz_clear(v);
}

int main(int argc, char **argv)
{
    fmpq_mat_t M, T;
    fmpq_t lam, a, b, c;
    wk_rand_t rs;
    flint_rand_t fst;
    slong n, i, j, it, reps = 4 * tap_multiplier();
    int r1, r2;

    tap_init(argc, argv);
    wk_rand_init(rs, tap_seed());
    flint_randinit(fst);
    _flint_rand_init_gmp(fst);
    flint_randseed(fst, tap_seed(), 7 * tap_seed() + 1);
    fmpq_mat_init(M, 0, 0); fmpq_mat_init(T, 0, 0);
    fmpq_init(lam); fmpq_init(a); fmpq_init(b); fmpq_init(c);
    tap_diag("AVX2 kernel %s", _wk_lambdadet_multimod_have_avx2() ? "available" : "not available (both runs use the scalar one)");

    /* spec 6 vectors that have n >= 3, no interior zero, lambda not 0, -1 */
    {
        struct { const char *m, *lam, *want; } v[] = {
            {"1,2,3;4,5,6;7,8,10", "1", "3083/5"}, {"1,2,3;4,5,6;7,8,10", "2", "11634/5"},
            {"2,1,0,3;1,1,2,1;0,3,1,1;1,0,2,2", "1/2", "1091/16"},
            {"1,1,1,1;1,2,3,4;1,3,6,10;1,4,10,20", "1", "10655/3"},
            {"1/2,3,-1;2,-1/3,4;5,1,2/7", "-3/4", "8177/192"},
        };
        for (i = 0; i < (slong) (sizeof v / sizeof v[0]); i++) {
            mat_from_str(M, v[i].m);
            fmpq_set_str(lam, v[i].lam, 10); fmpq_canonicalise(lam);
            TAP_OK(both_kernels(a, M, lam, &r1, &r2) && r1 == 1 && q_is(a, v[i].want),
                   "multimodular ldet([%s], %s) = %s (both kernels)", v[i].m, v[i].lam, v[i].want);
        }
    }

    /* random small matrices against the transfer evaluation.  Random entries
       of mixed signs have exactly zero lambda-minors now and then: then every
       prime fails and the result is 0 (the caller's exact fallback); a
       result must agree with the transfer evaluation. */
    for (n = 3; n <= 9; n++) {
        int ok = 1, okb = 1, okz = 1;
        slong zero = 0;
        for (it = 0; it < reps; it++) {
            fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
            mat_rand(M, rs, 30, 7, 1);
            q_rand(lam, rs, 9, 5);
            if (fmpq_is_zero(lam)) fmpq_set_si(lam, 2, 3);
            if (fmpz_equal_si(fmpq_numref(lam), -1) && fmpz_is_one(fmpq_denref(lam))) fmpq_set_si(lam, -3, 2);
            if (!both_kernels(a, M, lam, &r1, &r2) || r1 < 0
                || wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK || (r1 == 1 && !fmpq_equal(a, b))) ok = 0;
            zero += (r1 == 0);
            /* zeros on the border only */
            for (i = 0; i < n; i++) {
                if (wk_rand_ulong(rs, 3) == 0) fmpq_zero(fmpq_mat_entry(M, i, 0));
                if (wk_rand_ulong(rs, 3) == 0) fmpq_zero(fmpq_mat_entry(M, 0, i));
                if (wk_rand_ulong(rs, 3) == 0) fmpq_zero(fmpq_mat_entry(M, n - 1, i));
            }
            if (!both_kernels(a, M, lam, &r1, &r2) || r1 < 0
                || wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK || (r1 == 1 && !fmpq_equal(a, b))) okz = 0;
            zero += (r1 == 0);
            /* big entries (80-bit numerators, 60-bit denominators) and a big lambda */
            if (n > 7) continue;
            mat_rand_bits(M, fst, 80, 60);
            fmpz_randtest_not_zero(fmpq_numref(lam), fst, 70);
            fmpz_randtest_unsigned(fmpq_denref(lam), fst, 55);
            fmpz_add_ui(fmpq_denref(lam), fmpq_denref(lam), 2);
            fmpq_canonicalise(lam);
            if (!both_kernels(a, M, lam, &r1, &r2) || r1 != 1
                || wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK || !fmpq_equal(a, b)) okb = 0;
        }
        TAP_OK(ok && zero < reps, "n = %ld: multimodular (both kernels) = transfer, random rational M and lambda (%ld with a zero minor)", n, zero);
        TAP_OK(okz, "n = %ld: zeros on the border: multimodular = transfer", n);
        if (n <= 7) TAP_OK(okb, "n = %ld: 80-bit entries, big lambda: multimodular = transfer", n);
    }

    /* entries sharing a few primes (powers of 2 and 3 over powers of 2 and 5):
       the common denominator is built per prime from row and column patterns */
    {
        int ok = 1;
        for (n = 3; n <= 9; n++)
            for (it = 0; it < 2; it++) {
                fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
                for (i = 0; i < n * n; i++) {
                    slong a = (slong) ((UWORD(1) << wk_rand_ulong(rs, 6)) * n_pow(3, wk_rand_ulong(rs, 4)));
                    slong d = (slong) ((UWORD(1) << wk_rand_ulong(rs, 5)) * n_pow(5, wk_rand_ulong(rs, 3)));
                    fmpq_set_si(M->entries + i, wk_rand_ulong(rs, 2) ? a : -a, d);
                }
                fmpq_set_si(lam, 4, 25);
                if (!both_kernels(a, M, lam, &r1, &r2) || r1 < 0
                    || wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK || (r1 == 1 && !fmpq_equal(a, b))) ok = 0;
            }
        TAP_OK(ok, "entries 2^a 3^b / (2^c 5^d), lambda = 4/25: multimodular = transfer (n = 3..9)");
    }

    /* medium sizes against the fraction-free integer condensation (n < 40 in
       wk_lambdadet_ldet); positive entries and lambda: no zero minor */
    for (n = 20; n <= 28; n += 8) {
        int ok = 1;
        for (it = 0; it < 2; it++) {
            fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
            for (i = 0; i < n * n; i++)
                fmpq_set_si(M->entries + i, 1 + wk_rand_ulong(rs, 40), it == 0 ? 1 : 1 + wk_rand_ulong(rs, 6));
            fmpq_set_si(lam, 1 + wk_rand_ulong(rs, 7), 1 + wk_rand_ulong(rs, 3));
            if (!both_kernels(a, M, lam, &r1, &r2) || r1 != 1
                || wk_lambdadet_ldet(b, M, lam) != WK_OK || !fmpq_equal(a, b)) ok = 0;
        }
        TAP_OK(ok, "n = %ld: multimodular = fraction-free condensation (integer and rational M)", n);
    }

    /* n >= 40: wk_lambdadet_ldet is multimodular; identities with other
       inputs (positive entries and lambda: no zero minor, no slow fallback) */
    {
        slong N;
        int okt = 1, okr = 1, oks = 1, oko = 1;
        n = 41; N = n * (n - 1) / 2;
        fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
        fmpq_mat_clear(T); fmpq_mat_init(T, n, n);
        for (i = 0; i < n * n; i++)
            fmpq_set_si(M->entries + i, 1 + wk_rand_ulong(rs, 12), 1 + wk_rand_ulong(rs, 3));
        fmpq_set_si(lam, 5, 3);
        wk_lambdadet_ldet(a, M, lam);
        fmpq_mat_transpose(T, M);
        if (wk_lambdadet_ldet(b, T, lam) != WK_OK || !fmpq_equal(a, b)) okt = 0;
        for (i = 0; i < n; i++) for (j = 0; j < n; j++)
            fmpq_set(fmpq_mat_entry(T, i, j), fmpq_mat_entry(M, i, n - 1 - j));
        wk_lambdadet_ldet(b, T, lam);
        fmpq_inv(c, lam);
        wk_lambdadet_ldet(T->entries, M, c);          /* scratch: det_{1/lam}(M) */
        fmpq_pow_si(c, lam, N); fmpq_mul(c, c, T->entries);
        if (!fmpq_equal(b, c)) okr = 0;
        {
            fmpq_t d, dd;
            fmpq_init(d); fmpq_init(dd); fmpq_one(dd);
            for (i = 0; i < n; i++) {
                q_rand(d, rs, 6, 4); if (fmpq_is_zero(d)) fmpq_one(d);
                fmpq_mul(dd, dd, d);
                for (j = 0; j < n; j++) fmpq_mul(fmpq_mat_entry(T, i, j), fmpq_mat_entry(M, i, j), d);
            }
            for (j = 0; j < n; j++) {
                q_rand(d, rs, 6, 4); if (fmpq_is_zero(d)) fmpq_one(d);
                fmpq_mul(dd, dd, d);
                for (i = 0; i < n; i++) fmpq_mul(fmpq_mat_entry(T, i, j), fmpq_mat_entry(T, i, j), d);
            }
            wk_lambdadet_ldet(b, T, lam);
            fmpq_mul(c, a, dd);
            if (!fmpq_equal(b, c)) oks = 0;
            fmpq_clear(d); fmpq_clear(dd);
        }
        for (i = 0; i < n * n; i++) fmpq_one(T->entries + i);
        fmpq_set_si(lam, 7, 4);
        wk_lambdadet_ldet(b, T, lam);
        fmpq_set_si(c, 11, 4); fmpq_pow_si(c, c, N);
        if (!fmpq_equal(b, c)) oko = 0;
        TAP_OK(okt, "n = 41: det_lambda(M^T) = det_lambda(M) (multimodular)");
        TAP_OK(okr, "n = 41: det_lambda(M J) = lambda^{n(n-1)/2} det_{1/lambda}(M) (multimodular)");
        TAP_OK(oks, "n = 41: det_lambda(D M E) = det D det E det_lambda(M) (multimodular)");
        TAP_OK(oko, "n = 41: det_{7/4}(all ones) = (11/4)^{n(n-1)/2} (multimodular)");
    }

    /* exactly zero lambda-minors: X^(2) = 1*1 + 1*(1*(-1)) = 0 at lambda = 1.
       Inside the pyramid they are repaired (exact value of the block); as the
       centre minor, divisor of the last step, every prime fails (0: the
       caller's exact fallback). */
    {
        int okf = 1, okc = 1;
        for (n = 6; n <= 9; n++) {
            fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
            for (i = 0; i < n * n; i++) fmpq_set_si(M->entries + i, 1 + wk_rand_ulong(rs, 9), 1);
            fmpq_set_si(fmpq_mat_entry(M, 1, 2), 1, 1); fmpq_set_si(fmpq_mat_entry(M, 1, 3), 1, 1);
            fmpq_set_si(fmpq_mat_entry(M, 2, 2), -1, 1); fmpq_set_si(fmpq_mat_entry(M, 2, 3), 1, 1);
            fmpq_one(lam);
            if (!both_kernels(a, M, lam, &r1, &r2) || r1 != 1
                || wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK || !fmpq_equal(a, b)) okf = 0;
        }
        /* entries in {1, -1, 2}: many zero minors */
        for (n = 6; n <= 9; n++) {
            static const slong vals[] = {1, -1, 2};
            fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
            for (i = 0; i < n * n; i++) fmpq_set_si(M->entries + i, vals[wk_rand_ulong(rs, 3)], 1);
            fmpq_set_si(lam, n % 2 ? 1 : 2, 1);
            if (!both_kernels(a, M, lam, &r1, &r2) || r1 < 0
                || wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK || (r1 == 1 && !fmpq_equal(a, b))) okf = 0;
        }
        TAP_OK(okf, "zero lambda-minors inside the pyramid: repaired, multimodular = transfer");
        n = 4;
        for (it = 0; it < 3; it++) {
            /* the centre 2x2 block [1, 1; -1, 1] has det_1 = 0 */
            fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
            for (i = 0; i < n * n; i++) fmpq_set_si(M->entries + i, 1 + wk_rand_ulong(rs, 9), 1);
            fmpq_set_si(fmpq_mat_entry(M, 1, 1), 1, 1); fmpq_set_si(fmpq_mat_entry(M, 1, 2), 1, 1);
            fmpq_set_si(fmpq_mat_entry(M, 2, 1), -1, 1); fmpq_set_si(fmpq_mat_entry(M, 2, 2), 1, 1);
            fmpq_one(lam);
            if (!both_kernels(a, M, lam, &r1, &r2) || r1 != 0) okc = 0;
            if (wk_lambdadet_ldet(a, M, lam) != WK_OK || wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK
                || !fmpq_equal(a, b)) okc = 0;
        }
        TAP_OK(okc, "zero centre minor: every prime fails (the caller's eps fallback); ldet = transfer");
    }

    fmpq_mat_clear(M); fmpq_mat_clear(T);
    fmpq_clear(lam); fmpq_clear(a); fmpq_clear(b); fmpq_clear(c);
    wk_rand_clear(rs);
    flint_randclear(fst);
    return tap_done();
}

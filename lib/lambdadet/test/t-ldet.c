/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of numeric det_lambda and det_{p,r}: spec 6 vectors, condensation vs
   the transfer evaluation on random exact matrices (also with zero minors),
   the identities of spec 2, the condensation array, and spec 7's bad input. */
#include "helpers.h"
#include "tap.h"

static void block(fmpq_mat_t B, const fmpq_mat_t M, slong i0, slong j0, slong k)
{
    slong i, j;
    fmpq_mat_clear(B); fmpq_mat_init(B, k, k);
    for (i = 0; i < k; i++) for (j = 0; j < k; j++)
        fmpq_set(fmpq_mat_entry(B, i, j), fmpq_mat_entry(M, i0 + i, j0 + j));
}

int main(int argc, char **argv)
{
    fmpq_mat_t M, P, R, T;
    fmpq_t lam, a, b, c;
    wk_rand_t rs;
    slong n, i, j, it, reps = 12 * tap_multiplier();
    wk_status st;

    tap_init(argc, argv);
    wk_rand_init(rs, tap_seed());
    fmpq_mat_init(M, 0, 0); fmpq_mat_init(P, 0, 0); fmpq_mat_init(R, 0, 0); fmpq_mat_init(T, 0, 0);
    fmpq_init(lam); fmpq_init(a); fmpq_init(b); fmpq_init(c);

    /* ---- spec 6 public vectors ---- */
    {
        struct { const char *m, *lam, *want; } v[] = {
            {"1,2;3,4", "1", "10"}, {"1,2;3,4", "-1", "-2"},
            {"1,2,3;4,5,6;7,8,10", "1", "3083/5"}, {"1,2,3;4,5,6;7,8,10", "2", "11634/5"},
            {"1,2,3;4,5,6;7,8,10", "-1", "-3"},
            {"2,1,0,3;1,1,2,1;0,3,1,1;1,0,2,2", "1/2", "1091/16"},
            {"1,1,1,1;1,2,3,4;1,3,6,10;1,4,10,20", "1", "10655/3"},
            {"1,1,1,1;1,2,3,4;1,3,6,10;1,4,10,20", "-1", "1"},
            {"1/2,3,-1;2,-1/3,4;5,1,2/7", "-3/4", "8177/192"},
            {"2,1,3,1;1,1,1,5;4,-1,1,2;1,2,3,1", "1", "-1"},
            {"1,2,3,4;2,1,1,1;3,1,1,2;4,1,2,1", "-1", "7"},
            {"1,2,3;4,0,6;7,8,9", "-1", "60"},
        };
        for (i = 0; i < (slong) (sizeof v / sizeof v[0]); i++) {
            mat_from_str(M, v[i].m);
            fmpq_set_str(lam, v[i].lam, 10); fmpq_canonicalise(lam);
            st = wk_lambdadet_ldet(a, M, lam);
            TAP_OK(st == WK_OK && q_is(a, v[i].want), "ldet([%s], %s) = %s", v[i].m, v[i].lam, v[i].want);
            st = wk_lambdadet_ldet_transfer(b, M, lam);
            TAP_OK(st == WK_OK && q_is(b, v[i].want), "transfer: ldet([%s], %s) = %s", v[i].m, v[i].lam, v[i].want);
        }
        /* the same zero-minor matrix at lambda = -1 through the condensation array
           (Dodgson condensation with the eps fallback), not fmpq_mat_det */
        {
            wk_lambdadet_pyramid_t X;
            wk_lambdadet_pyramid_init(X);
            mat_from_str(M, "1,2,3,4;2,1,1,1;3,1,1,2;4,1,2,1");
            fmpq_set_si(lam, -1, 1);
            st = wk_lambdadet_pyramid(X, M, lam);
            TAP_OK(st == WK_OK && q_is(fmpq_mat_entry(X->levels + 4, 0, 0), "7"), "Dodgson condensation through a zero minor gives 7");
            mat_from_str(M, "1,2,3;4,0,6;7,8,9");
            st = wk_lambdadet_pyramid(X, M, lam);
            TAP_OK(st == WK_OK && q_is(fmpq_mat_entry(X->levels + 3, 0, 0), "60"), "Dodgson condensation with an interior zero gives 60");
            wk_lambdadet_pyramid_clear(X);
        }
    }
    /* multi vectors */
    {
        mat_from_str(M, "5,2;2,8"); mat_from_str(P, "3/4"); fmpq_mat_clear(R); fmpq_mat_init(R, 0, 0);
        TAP_OK(wk_lambdadet_ldet_multi(a, M, P, R) == WK_OK && q_is(a, "43"), "ldet_multi([5,2;2,8], [3/4], []) = 43");
        mat_from_str(M, "8,-1,3,6; 6,-2,-3,3; -3,-4/3,1,-2/3; 3,-1,2/3,3");
        mat_from_str(P, "5/2,1/4,3; 1/4,3,1; 5,5/3,5/3"); mat_from_str(R, "-5,1; 1/4,4");
        TAP_OK(wk_lambdadet_ldet_multi(a, M, P, R) == WK_OK && q_is(a, "-62315/864"), "ldet_multi 4x4 = -62315/864");
        TAP_OK(wk_lambdadet_ldet_multi_transfer(b, M, P, R) == WK_OK && q_is(b, "-62315/864"), "multi transfer 4x4 = -62315/864");
        mat_from_str(M, "2,4,2;9,4,3;7,8,3"); mat_from_str(P, "5/3,5/3;5/3,5/3"); mat_from_str(R, "3/5");
        fmpq_set_si(lam, 5, 3);
        TAP_OK(wk_lambdadet_ldet_multi(a, M, P, R) == WK_OK && q_is(a, "57688/27")
               && wk_lambdadet_ldet(b, M, lam) == WK_OK && fmpq_equal(a, b), "ldet_multi(M, 5/3, 3/5) = ldet(M, 5/3) = 57688/27");
    }

    /* ---- condensation vs transfer on random matrices ---- */
    for (n = 0; n <= 8; n++) {
        int ok = 1, okm = 1, okp = 1, okz = 1;
        for (it = 0; it < reps; it++) {
            fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
            mat_rand(M, rs, 9, 4, 1);
            q_rand(lam, rs, 5, 3);
            if (wk_lambdadet_ldet(a, M, lam) != WK_OK || wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK
                || !fmpq_equal(a, b)) ok = 0;
            /* multi with random site weights */
            fmpq_mat_clear(P); fmpq_mat_init(P, FLINT_MAX(n - 1, 0), FLINT_MAX(n - 1, 0));
            fmpq_mat_clear(R); fmpq_mat_init(R, FLINT_MAX(n - 2, 0), FLINT_MAX(n - 2, 0));
            mat_rand(P, rs, 4, 3, 0); mat_rand(R, rs, 4, 3, 0);
            st = wk_lambdadet_ldet_multi(a, M, P, R);
            if (st != WK_OK || wk_lambdadet_ldet_multi_transfer(b, M, P, R) != WK_OK || !fmpq_equal(a, b)) okm = 0;
            /* small entries in {-2..2}: many zero minors; interior zeros are poles */
            mat_rand(M, rs, 2, 1, 0);
            q_rand(lam, rs, 2, 2);
            {
                wk_status s1 = wk_lambdadet_ldet(a, M, lam), s2 = wk_lambdadet_ldet_transfer(b, M, lam);
                if (s1 != s2 || (s1 == WK_OK && !fmpq_equal(a, b))) okz = 0;
                if (s1 != WK_OK && s1 != WK_E_DOMAIN) okz = 0;
                s1 = wk_lambdadet_ldet_multi(a, M, P, R); s2 = wk_lambdadet_ldet_multi_transfer(b, M, P, R);
                if (s1 != s2 || (s1 == WK_OK && !fmpq_equal(a, b))) okz = 0;
            }
            /* entries in {1, 2, -1} with lambda = -1/2, 1/2, -2: zero minors, no poles */
            for (i = 0; i < n; i++) for (j = 0; j < n; j++) {
                static const slong vals[] = {1, 2, -1, 1, 2};
                fmpq_set_si(fmpq_mat_entry(M, i, j), vals[wk_rand_ulong(rs, 5)], 1);
            }
            {
                static const slong ln[] = {-1, 1, -2, 1, -1}, ld[] = {2, 2, 1, 1, 3};
                slong q = wk_rand_ulong(rs, 5);
                fmpq_set_si(lam, ln[q], ld[q]);
            }
            if (wk_lambdadet_ldet(a, M, lam) != WK_OK || wk_lambdadet_ldet_transfer(b, M, lam) != WK_OK
                || !fmpq_equal(a, b)) okp = 0;
        }
        TAP_OK(ok, "n = %ld: condensation = transfer (random rational M, lambda)", n);
        TAP_OK(okm, "n = %ld: multi condensation = multi transfer (random p, r)", n);
        TAP_OK(okz, "n = %ld: entries in -2..2: same value or same pole error both ways", n);
        TAP_OK(okp, "n = %ld: entries 1, 2, -1 (zero minors): condensation = transfer", n);
    }
    /* degenerate parameters with interior zeros: ldet_multi decides by transfer */
    {
        mat_from_str(M, "1,2,3;4,0,6;7,8,9");
        mat_from_str(P, "1,1;1,1"); mat_from_str(R, "-1");
        /* r22 = -1 kills every term with m22^-1: det_{p,r} is the 3x3 sum without the -1 ASM */
        st = wk_lambdadet_ldet_multi(a, M, P, R);
        /* by hand: terms of the spec-3 n = 3 example at p = 1, r22 = -1 */
        fmpq_set_si(b, 1 * 0 * 9 + 1 * 6 * 8 + 2 * 4 * 9 + (-1) * 2 * 6 * 7 + (-1) * 3 * 4 * 8 + (-1) * 3 * 0 * 7, 1);
        TAP_OK(st == WK_OK && fmpq_equal(a, b), "r22 = -1: interior zero is no pole (value %ld)", fmpz_get_si(fmpq_numref(b)));
        mat_from_str(R, "2");
        st = wk_lambdadet_ldet_multi(a, M, P, R);
        TAP_OK(st == WK_E_DOMAIN && strcmp(wk_error_msg(), "pole: interior entry (2,2) is zero; det_{p,r} has a term with m22^-1") == 0,
               "generic r: %s", wk_error_msg());
        mat_from_str(P, "0,0;0,0"); mat_from_str(R, "5");
        st = wk_lambdadet_ldet_multi(a, M, P, R);
        TAP_OK(st == WK_OK && q_is(a, "0"), "p = 0: only the identity term, 1*0*9 = 0");
    }

    /* ---- identities (spec 2) ---- */
    for (n = 1; n <= 7; n++) {
        int ok1 = 1, ok0 = 1, okt = 1, okr = 1, oks = 1, oko = 1;
        slong N = n * (n - 1) / 2;
        for (it = 0; it < reps / 2 + 1; it++) {
            fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
            mat_rand(M, rs, 9, 3, 1);
            q_rand(lam, rs, 6, 4);
            if (fmpq_is_zero(lam)) fmpq_one(lam);
            /* lambda = -1 by the transfer equals det; lambda = 0 by condensation array */
            fmpq_set_si(c, -1, 1);
            fmpq_mat_det(a, M);
            if (wk_lambdadet_ldet_transfer(b, M, c) != WK_OK || !fmpq_equal(a, b)) ok1 = 0;
            fmpq_zero(c);
            fmpq_one(a); for (i = 0; i < n; i++) fmpq_mul(a, a, fmpq_mat_entry(M, i, i));
            if (wk_lambdadet_ldet_transfer(b, M, c) != WK_OK || !fmpq_equal(a, b)) ok0 = 0;
            /* transpose */
            fmpq_mat_clear(T); fmpq_mat_init(T, n, n); fmpq_mat_transpose(T, M);
            wk_lambdadet_ldet(a, M, lam); wk_lambdadet_ldet(b, T, lam);
            if (!fmpq_equal(a, b)) okt = 0;
            /* column reversal: det_lam(MJ) = lam^N det_{1/lam}(M) */
            for (i = 0; i < n; i++) for (j = 0; j < n; j++)
                fmpq_set(fmpq_mat_entry(T, i, j), fmpq_mat_entry(M, i, n - 1 - j));
            wk_lambdadet_ldet(a, T, lam);
            fmpq_inv(c, lam); wk_lambdadet_ldet(b, M, c);
            fmpq_pow_si(c, lam, N); fmpq_mul(b, b, c);
            if (!fmpq_equal(a, b)) okr = 0;
            /* diagonal scaling: det_lam(D M E) = det D det E det_lam(M) */
            {
                fmpq_t d, e, dd;
                fmpq_init(d); fmpq_init(e); fmpq_init(dd);
                fmpq_one(dd);
                for (i = 0; i < n; i++) {
                    q_rand(d, rs, 5, 3); if (fmpq_is_zero(d)) fmpq_one(d);
                    fmpq_mul(dd, dd, d);
                    for (j = 0; j < n; j++) fmpq_mul(fmpq_mat_entry(T, i, j), fmpq_mat_entry(M, i, j), d);
                }
                for (j = 0; j < n; j++) {
                    q_rand(e, rs, 5, 3); if (fmpq_is_zero(e)) fmpq_one(e);
                    fmpq_mul(dd, dd, e);
                    for (i = 0; i < n; i++) fmpq_mul(fmpq_mat_entry(T, i, j), fmpq_mat_entry(T, i, j), e);
                }
                wk_lambdadet_ldet(a, T, lam); wk_lambdadet_ldet(b, M, lam); fmpq_mul(b, b, dd);
                if (!fmpq_equal(a, b)) oks = 0;
                fmpq_clear(d); fmpq_clear(e); fmpq_clear(dd);
            }
            /* all-ones: (1 + lambda)^N */
            for (i = 0; i < n; i++) for (j = 0; j < n; j++) fmpq_one(fmpq_mat_entry(T, i, j));
            wk_lambdadet_ldet(a, T, lam);
            fmpq_add_si(c, lam, 1); fmpq_pow_si(b, c, N);
            if (!fmpq_equal(a, b)) oko = 0;
        }
        TAP_OK(ok1, "n = %ld: transfer at lambda = -1 is det", n);
        TAP_OK(ok0, "n = %ld: transfer at lambda = 0 is the diagonal product", n);
        TAP_OK(okt, "n = %ld: det_lambda(M^T) = det_lambda(M)", n);
        TAP_OK(okr, "n = %ld: det_lambda(M J) = lambda^{n(n-1)/2} det_{1/lambda}(M)", n);
        TAP_OK(oks, "n = %ld: det_lambda(D M E) = det D det E det_lambda(M)", n);
        TAP_OK(oko, "n = %ld: det_lambda(all ones) = (1 + lambda)^{n(n-1)/2}", n);
    }
    {
        fmpq_mat_clear(M); fmpq_mat_init(M, 9, 9);
        for (i = 0; i < 81; i++) fmpq_one(M->entries + i);
        fmpq_one(lam);
        fmpq_set_si(b, 1, 1); fmpz_mul_2exp(fmpq_numref(b), fmpq_numref(b), 36);
        TAP_OK(wk_lambdadet_ldet(a, M, lam) == WK_OK && fmpq_equal(a, b), "det_1(all-ones 9x9) = 2^36");
    }

    /* ---- the condensation array: each X^(k)_ij is the lambda-minor of its block ---- */
    for (n = 1; n <= 6; n++) {
        wk_lambdadet_pyramid_t X;
        int ok = 1, k;
        wk_lambdadet_pyramid_init(X);
        for (it = 0; it < 3; it++) {
            fmpq_mat_clear(M); fmpq_mat_init(M, n, n);
            mat_rand(M, rs, 3, 2, 1);
            q_rand(lam, rs, 3, 2);
            if (wk_lambdadet_pyramid(X, M, lam) != WK_OK || X->n != n) { ok = 0; continue; }
            for (k = 0; k <= n; k++)
                for (i = 0; i + k <= n; i++)
                    for (j = 0; j + k <= n; j++) {
                        if (k == 0) { if (!fmpq_is_one(fmpq_mat_entry(X->levels, i, j))) ok = 0; continue; }
                        if (i + k > n || j + k > n) continue;
                        if (i + k == n + 1) continue;
                        block(T, M, i, j, k);
                        wk_lambdadet_ldet_transfer(a, T, lam);
                        if (!fmpq_equal(a, fmpq_mat_entry(X->levels + k, i, j))) ok = 0;
                    }
            /* multi array: top equals ldet_multi */
            fmpq_mat_clear(P); fmpq_mat_init(P, FLINT_MAX(n - 1, 0), FLINT_MAX(n - 1, 0));
            fmpq_mat_clear(R); fmpq_mat_init(R, FLINT_MAX(n - 2, 0), FLINT_MAX(n - 2, 0));
            mat_rand(P, rs, 3, 2, 1); mat_rand(R, rs, 3, 2, 1);
            if (wk_lambdadet_pyramid_multi(X, M, P, R) != WK_OK
                || wk_lambdadet_ldet_multi_transfer(a, M, P, R) != WK_OK
                || !fmpq_equal(a, fmpq_mat_entry(X->levels + n, 0, 0))) ok = 0;
        }
        TAP_OK(ok, "n = %ld: condensation array entries are the lambda-minors of the blocks", n);
        wk_lambdadet_pyramid_clear(X);
    }

    /* ---- bad input (spec 7) ---- */
    fmpq_mat_clear(M); fmpq_mat_init(M, 2, 3);
    fmpq_one(lam);
    TAP_OK(wk_lambdadet_ldet(a, M, lam) == WK_E_DIM && strcmp(wk_error_msg(), "matrix is 2x3, not square") == 0, "%s", wk_error_msg());
    TAP_OK(wk_lambdadet_ldet_transfer(a, M, lam) == WK_E_DIM, "transfer: non-square");
    mat_from_str(M, "1,2,3;4,0,6;7,8,9");
    TAP_OK(wk_lambdadet_ldet(a, M, lam) == WK_E_DOMAIN
           && strcmp(wk_error_msg(), "pole: interior entry (2,2) is zero; det_lambda has a term with m22^-1 (lambda = 1)") == 0, "%s", wk_error_msg());
    TAP_OK(wk_lambdadet_ldet_transfer(a, M, lam) == WK_E_DOMAIN
           && strcmp(wk_error_msg(), "pole: interior entry (2,2) is zero; det_lambda has a term with m22^-1 (lambda = 1)") == 0, "transfer: %s", wk_error_msg());
    fmpq_zero(lam);
    TAP_OK(wk_lambdadet_ldet(a, M, lam) == WK_OK && q_is(a, "0"), "lambda = 0 with interior zero: diagonal product 0");
    mat_from_str(M, "0,2,3;4,5,6;7,8,0"); fmpq_set_si(lam, 3, 1);
    TAP_OK(wk_lambdadet_ldet(a, M, lam) == WK_OK && wk_lambdadet_ldet_transfer(b, M, lam) == WK_OK && fmpq_equal(a, b), "border zeros are fine");
    mat_from_str(M, "1,2,3,4;5,6,7,8;9,10,0,12;13,14,15,16"); fmpq_set_si(lam, -2, 3);
    TAP_OK(wk_lambdadet_ldet(a, M, lam) == WK_E_DOMAIN && strstr(wk_error_msg(), "(3,3)") && strstr(wk_error_msg(), "m33^-1 (lambda = -2/3)"), "%s", wk_error_msg());
    {
        wk_lambdadet_pyramid_t X;
        wk_lambdadet_pyramid_init(X);
        TAP_OK(wk_lambdadet_pyramid(X, M, lam) == WK_E_DOMAIN && X->n == -1, "pyramid: pole, array left empty");
        wk_lambdadet_pyramid_clear(X);
    }
    mat_from_str(P, "1,2;3,4"); mat_from_str(R, "1");
    TAP_OK(wk_lambdadet_ldet_multi(a, M, P, R) == WK_E_DIM && strcmp(wk_error_msg(), "p must be 3x3 for a 4x4 matrix, got 2x2") == 0, "%s", wk_error_msg());
    mat_from_str(P, "1,2;3,4;5,6");
    TAP_OK(wk_lambdadet_ldet_multi(a, M, P, R) == WK_E_DIM && strcmp(wk_error_msg(), "p must be 3x3 for a 4x4 matrix, got 3x2") == 0, "%s", wk_error_msg());
    mat_from_str(P, "1,2,3;3,4,5;5,6,7");
    TAP_OK(wk_lambdadet_ldet_multi(a, M, P, R) == WK_E_DIM && strcmp(wk_error_msg(), "r must be 2x2 for a 4x4 matrix, got 1x1") == 0, "%s", wk_error_msg());
    TAP_OK(wk_lambdadet_ldet_multi_transfer(a, M, P, R) == WK_E_DIM, "multi transfer: r size");
    fmpq_mat_clear(M); fmpq_mat_init(M, 17, 17);
    TAP_OK(wk_lambdadet_ldet_transfer(a, M, lam) == WK_E_TOO_LARGE, "transfer guard: %s", wk_error_msg());
    fmpq_mat_clear(M); fmpq_mat_init(M, 0, 0);
    TAP_OK(wk_lambdadet_ldet(a, M, lam) == WK_OK && fmpq_is_one(a), "det_lambda of the 0x0 matrix is 1");
    mat_from_str(M, "-7/3");
    TAP_OK(wk_lambdadet_ldet(a, M, lam) == WK_OK && q_is(a, "-7/3"), "1x1: the entry");
    /* interrupt */
    fmpq_mat_clear(M); fmpq_mat_init(M, 12, 12); mat_rand(M, rs, 9, 3, 1); fmpq_set_si(lam, 2, 1);
    wk_interrupt_flag = 1;
    TAP_OK(wk_lambdadet_ldet(a, M, lam) == WK_E_INTERRUPT, "ldet honours the interrupt flag");
    TAP_OK(wk_lambdadet_ldet_transfer(a, M, lam) == WK_E_INTERRUPT, "transfer honours the interrupt flag");
    wk_interrupt_flag = 0;

    fmpq_mat_clear(M); fmpq_mat_clear(P); fmpq_mat_clear(R); fmpq_mat_clear(T);
    fmpq_clear(lam); fmpq_clear(a); fmpq_clear(b); fmpq_clear(c);
    wk_rand_clear(rs);
    return tap_done();
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of wk_lie_in_group: exact decisions by fmpq_mat_det, the ball rules
   of spec 3.1 and the membership rows of section 9 with their messages. */
#include "helpers.h"

static void exact_case(const char * what, const slong * num, const slong * den, slong n,
                       wk_lie_group G, int expect)
{
    fmpq_mat_t A;
    wk_lie_src_t s;
    int res = -1;
    wk_status st;
    th_fmpq_mat(A, n, n, num, den);
    wk_lie_src_fmpq(s, A);
    st = wk_lie_in_group(&res, s, G, 64);
    TAP_OK(st == WK_OK && res == expect, "%s: in %s = %d", what, G == WK_LIE_SL ? "SL" : "GL+", res);
    fmpq_mat_clear(A);
}

int main(int argc, char ** argv)
{
    slong i;
    tap_init(argc, argv);
    {
        slong a[] = {1, 2, 3, 4}, b[] = {1, 2, 2, 4}, c[] = {3, 1, -2, 5}, d[] = {2, 0, 0, 1}, dd[] = {1, 1, 1, 2};
        slong e[] = {-2, 3, 0, -1}, ed[] = {1, 2, 1, 2};
        exact_case("[[1,2],[3,4]] (det -2)", a, NULL, 2, WK_LIE_GLPLUS, 0);
        exact_case("[[1,2],[2,4]] (singular)", b, NULL, 2, WK_LIE_GLPLUS, 0);
        exact_case("P1 (det 17)", c, NULL, 2, WK_LIE_GLPLUS, 1);
        exact_case("P1 (det 17)", c, NULL, 2, WK_LIE_SL, 0);
        exact_case("diag(2, 1/2)", d, dd, 2, WK_LIE_SL, 1);
        exact_case("P3 [[-2,3/2],[0,-1/2]]", e, ed, 2, WK_LIE_SL, 1);
        exact_case("P3", e, ed, 2, WK_LIE_GLPLUS, 1);
    }
    /* [[1 + 10^-30, 0], [0, 1]] is rejected for SL, exactly */
    {
        fmpq_mat_t A;
        wk_lie_src_t s;
        int res = -1;
        fmpz_t p;
        fmpz_init(p);
        fmpq_mat_init(A, 2, 2);
        fmpz_ui_pow_ui(p, 10, 30);
        fmpq_set_fmpz_frac(fmpq_mat_entry(A, 0, 0), p, p);
        fmpz_add_ui(fmpq_numref(fmpq_mat_entry(A, 0, 0)), fmpq_numref(fmpq_mat_entry(A, 0, 0)), 1);
        fmpq_set_fmpz_frac(fmpq_mat_entry(A, 0, 0), fmpq_numref(fmpq_mat_entry(A, 0, 0)), p);
        fmpq_one(fmpq_mat_entry(A, 1, 1));
        wk_lie_src_fmpq(s, A);
        TAP_OK(wk_lie_in_group(&res, s, WK_LIE_SL, 64) == WK_OK && res == 0,
               "[[1+10^-30,0],[0,1]] is not in SL(2)");
        TAP_OK(wk_lie_in_group(&res, s, WK_LIE_GLPLUS, 64) == WK_OK && res == 1,
               "[[1+10^-30,0],[0,1]] is in GL+(2)");
        fmpq_mat_clear(A);
        fmpz_clear(p);
    }
    /* ball rules */
    {
        arb_mat_t B;
        wk_lie_src_t s;
        int res = -1;
        wk_status st;
        arb_mat_init(B, 2, 2);
        arb_mat_one(B);
        wk_lie_src_arb(s, B);
        TAP_OK(wk_lie_in_group(&res, s, WK_LIE_SL, 64) == WK_OK && res == 1, "exact ball identity is in SL");
        arb_add_error_2exp_si(arb_mat_entry(B, 0, 0), -60);
        st = wk_lie_in_group(&res, s, WK_LIE_GLPLUS, 64);
        TAP_OK(st == WK_OK && res == 1, "ball det > 0 decides GL+");
        st = wk_lie_in_group(&res, s, WK_LIE_SL, 64);
        TAP_OK(st == WK_E_UNDECIDED, "ball det containing 1: SL undecided (%s)", wk_error_msg());
        /* det ball meeting 0 */
        arb_mat_zero(B);
        arb_set_si(arb_mat_entry(B, 0, 0), 1);
        arb_zero_pm_one(arb_mat_entry(B, 1, 1));
        arb_mul_2exp_si(arb_mat_entry(B, 1, 1), arb_mat_entry(B, 1, 1), -40);
        st = wk_lie_in_group(&res, s, WK_LIE_GLPLUS, 64);
        TAP_OK(st == WK_E_UNDECIDED && strstr(wk_error_msg(), "contains 0"),
               "ball det meeting 0: E_UNDECIDED (%s)", wk_error_msg());
        /* det ball excluding 1 */
        arb_set_si(arb_mat_entry(B, 1, 1), 2);
        arb_add_error_2exp_si(arb_mat_entry(B, 1, 1), -40);
        st = wk_lie_in_group(&res, s, WK_LIE_SL, 64);
        TAP_OK(st == WK_OK && res == 0, "ball det excluding 1: not in SL");
        arb_mat_clear(B);
    }
    /* random exact matrices: det sign agrees with ball det at high precision */
    {
        flint_rand_t st;
        int agree = 1;
        flint_randinit(st);
        flint_randseed(st, tap_seed(), 1);
        for (i = 0; i < 30 * tap_multiplier(); i++)
        {
            slong n = 1 + n_randint(st, 5), j, k;
            fmpq_mat_t A;
            arb_mat_t B;
            wk_lie_src_t s1, s2;
            int r1, r2;
            fmpq_mat_init(A, n, n);
            arb_mat_init(B, n, n);
            for (j = 0; j < n; j++)
                for (k = 0; k < n; k++)
                    fmpq_set_si(fmpq_mat_entry(A, j, k), (slong) n_randint(st, 7) - 3, 1 + n_randint(st, 4));
            arb_mat_set_fmpq_mat(B, A, 30);    /* dyadic or rounded: a genuine ball */
            wk_lie_src_fmpq(s1, A);
            wk_lie_src_arb(s2, B);
            if (wk_lie_in_group(&r1, s1, WK_LIE_GLPLUS, 64) != WK_OK)
                agree = 0;
            if (wk_lie_in_group(&r2, s2, WK_LIE_GLPLUS, 64) == WK_OK && r1 != r2)
                agree = 0;
            fmpq_mat_clear(A);
            arb_mat_clear(B);
        }
        TAP_OK(agree, "exact and ball decisions never contradict");
        flint_randclear(st);
    }
    flint_cleanup();
    return tap_done();
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Every row of spec section 9 (bad input -> error) across the module's
   entry points, with the status mapping documented in wk_lie.h and
   messages that name the offending quantity (and never start with a
   function name). */
#include <math.h>
#include "helpers.h"

static int msg_ok(void)
{
    const char * m = wk_error_msg();
    return m[0] != 0 && strncmp(m, "wk_", 3) != 0 && strstr(m, "wk_lie") == NULL;
}

int main(int argc, char ** argv)
{
    slong prec = 64;
    wk_status s;
    int res;
    tap_init(argc, argv);

    /* non-square and 0 x 0: E_SHAPE -> WK_E_DIM */
    {
        fmpq_mat_t A, Z;
        arb_mat_t L, B;
        arb_ptr sg = _arb_vec_init(3);
        wk_lie_src_t src, zs;
        wk_lie_polar_t P;
        wk_lie_iwasawa_t I_;
        wk_lie_kak_t K;
        fmpq_mat_init(A, 2, 3);
        fmpq_mat_init(Z, 0, 0);
        arb_mat_init(L, 2, 2);
        arb_mat_init(B, 0, 0);
        wk_lie_src_fmpq(src, A);
        wk_lie_src_fmpq(zs, Z);
        wk_lie_polar_init(P, 2);
        wk_lie_iwasawa_init(I_, 2);
        wk_lie_kak_init(K, 2);
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, prec);
        TAP_OK(s == WK_E_DIM && msg_ok() && strstr(wk_error_msg(), "2x3"), "polar 2x3: E_SHAPE (%s)", wk_error_msg());
        TAP_OK(wk_lie_in_group(&res, src, WK_LIE_SL, prec) == WK_E_DIM, "in_SL 2x3: E_SHAPE");
        TAP_OK(wk_lie_iwasawa(I_, src, WK_LIE_GLPLUS, prec) == WK_E_DIM, "iwasawa 2x3: E_SHAPE");
        TAP_OK(wk_lie_cartan_kak(K, src, WK_LIE_GLPLUS, prec) == WK_E_DIM, "cartan_kak 2x3: E_SHAPE");
        TAP_OK(wk_lie_singular_values(sg, src, prec) == WK_E_DIM, "singular_values 2x3: E_SHAPE");
        TAP_OK(wk_lie_logm(L, NULL, src, prec) == WK_E_DIM, "logm 2x3: E_SHAPE");
        TAP_OK(wk_lie_expm(L, src, prec) == WK_E_DIM, "expm 2x3: E_SHAPE");
        TAP_OK(wk_lie_chart_log(L, NULL, src, WK_LIE_GLPLUS, prec) == WK_E_DIM, "chart_log 2x3: E_SHAPE");
        TAP_OK(wk_lie_in_exp_image(&res, src, WK_LIE_SL, prec) == WK_E_DIM, "in_exp_image 2x3: E_SHAPE");
        s = wk_lie_polar(P, zs, WK_LIE_GLPLUS, prec);
        TAP_OK(s == WK_E_DIM && msg_ok() && strstr(wk_error_msg(), "0x0"), "polar 0x0: E_SHAPE (%s)", wk_error_msg());
        TAP_OK(wk_lie_logm(L, NULL, zs, prec) == WK_E_DIM, "logm 0x0: E_SHAPE");
        TAP_OK(wk_lie_in_group(&res, zs, WK_LIE_GLPLUS, prec) == WK_E_DIM, "in_GLplus 0x0: E_SHAPE");
        /* result of the wrong size */
        {
            fmpq_mat_t A3;
            wk_lie_src_t s3;
            fmpq_mat_init(A3, 3, 3);
            fmpq_mat_one(A3);
            wk_lie_src_fmpq(s3, A3);
            TAP_OK(wk_lie_polar(P, s3, WK_LIE_GLPLUS, prec) == WK_E_DIM, "polar into a 2x2 result from 3x3: WK_E_DIM");
            fmpq_mat_clear(A3);
        }
        wk_lie_polar_clear(P);
        wk_lie_iwasawa_clear(I_);
        wk_lie_kak_clear(K);
        fmpq_mat_clear(A);
        fmpq_mat_clear(Z);
        arb_mat_clear(L);
        arb_mat_clear(B);
        _arb_vec_clear(sg, 3);
    }
    /* NaN / +-Inf: E_NONFINITE -> WK_E_DOMAIN */
    {
        arb_mat_t B, L;
        wk_lie_src_t src;
        wk_lie_polar_t P;
        arb_mat_init(B, 2, 2);
        arb_mat_init(L, 2, 2);
        arb_mat_one(B);
        arb_indeterminate(arb_mat_entry(B, 0, 1));
        wk_lie_src_arb(src, B);
        wk_lie_polar_init(P, 2);
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, prec);
        TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "entry (1,2) is not finite") && msg_ok(),
               "NaN entry: E_NONFINITE (%s)", wk_error_msg());
        arb_pos_inf(arb_mat_entry(B, 0, 1));
        TAP_OK(wk_lie_logm(L, NULL, src, prec) == WK_E_DOMAIN && strstr(wk_error_msg(), "not finite"), "+Inf entry: E_NONFINITE (logm)");
        arb_neg_inf(arb_mat_entry(B, 0, 1));
        TAP_OK(wk_lie_expm(L, src, prec) == WK_E_DOMAIN, "-Inf entry: E_NONFINITE (expm)");
        TAP_OK(wk_lie_in_group(&res, src, WK_LIE_GLPLUS, prec) == WK_E_DOMAIN, "-Inf entry: E_NONFINITE (in_GLplus)");
        wk_lie_polar_clear(P);
        arb_mat_clear(B);
        arb_mat_clear(L);
    }
    /* prec < 16: E_PRECISION */
    {
        slong a[] = {3, 1, -2, 5};
        fmpq_mat_t A;
        wk_lie_src_t src;
        wk_lie_polar_t P;
        th_fmpq_mat(A, 2, 2, a, NULL);
        wk_lie_src_fmpq(src, A);
        wk_lie_polar_init(P, 2);
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, 8);
        TAP_OK(s == WK_E_PRECISION && strstr(wk_error_msg(), "prec = 8") && msg_ok(), "prec 8: E_PRECISION (%s)", wk_error_msg());
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, WORD(1) << 40);
        TAP_OK(s == WK_E_TOO_LARGE, "prec 2^40: WK_E_TOO_LARGE (%s)", wk_error_msg());
        wk_lie_polar_clear(P);
        fmpq_mat_clear(A);
    }
    /* target unreachable below the cap: condition number 2^20000 */
    {
        fmpq_mat_t A;
        wk_lie_src_t src;
        wk_lie_polar_t P;
        fmpq_mat_init(A, 2, 2);
        fmpq_set_si(fmpq_mat_entry(A, 0, 0), 1, 1);
        fmpz_one(fmpq_numref(fmpq_mat_entry(A, 1, 1)));
        fmpz_mul_2exp(fmpq_numref(fmpq_mat_entry(A, 1, 1)), fmpq_numref(fmpq_mat_entry(A, 1, 1)), 20000);
        wk_lie_src_fmpq(src, A);
        wk_lie_polar_init(P, 2);
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, 64);
        TAP_OK(s == WK_E_PRECISION && msg_ok(), "condition 2^20000 at 64 bits: E_PRECISION (%s)", wk_error_msg());
        wk_lie_polar_clear(P);
        fmpq_mat_clear(A);
    }
    /* det <= 0 for GL+: E_NOT_IN_GROUP -> WK_E_DOMAIN */
    {
        slong a[] = {1, 2, 3, 4}, b[] = {1, 2, 2, 4};
        fmpq_mat_t A;
        wk_lie_src_t src;
        wk_lie_polar_t P;
        wk_lie_iwasawa_t I_;
        arb_mat_t Y;
        th_fmpq_mat(A, 2, 2, a, NULL);
        wk_lie_src_fmpq(src, A);
        wk_lie_polar_init(P, 2);
        wk_lie_iwasawa_init(I_, 2);
        arb_mat_init(Y, 2, 2);
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, prec);
        TAP_OK(s == WK_E_DOMAIN && strcmp(wk_error_msg(), "det = -2 <= 0: not in GL+(2)") == 0,
               "[[1,2],[3,4]]: \"%s\"", wk_error_msg());
        TAP_OK(wk_lie_iwasawa(I_, src, WK_LIE_GLPLUS, prec) == WK_E_DOMAIN, "iwasawa [[1,2],[3,4]]: E_NOT_IN_GROUP");
        TAP_OK(wk_lie_chart_log(Y, NULL, src, WK_LIE_GLPLUS, prec) == WK_E_DOMAIN, "chart_log [[1,2],[3,4]]: E_NOT_IN_GROUP");
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 2, 2, b, NULL);
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, prec);
        TAP_OK(s == WK_E_DOMAIN && strcmp(wk_error_msg(), "det = 0 <= 0: not in GL+(2)") == 0,
               "singular [[1,2],[2,4]]: \"%s\"", wk_error_msg());
        wk_lie_polar_clear(P);
        wk_lie_iwasawa_clear(I_);
        arb_mat_clear(Y);
        fmpq_mat_clear(A);
    }
    /* det != 1 for SL, exact: [[1 + 10^-30, 0], [0, 1]] */
    {
        fmpq_mat_t A;
        fmpz_t p;
        wk_lie_src_t src;
        wk_lie_polar_t P;
        fmpz_init(p);
        fmpq_mat_init(A, 2, 2);
        fmpz_ui_pow_ui(p, 10, 30);
        fmpz_add_ui(fmpq_numref(fmpq_mat_entry(A, 0, 0)), p, 1);
        fmpz_set(fmpq_denref(fmpq_mat_entry(A, 0, 0)), p);
        fmpq_one(fmpq_mat_entry(A, 1, 1));
        wk_lie_src_fmpq(src, A);
        wk_lie_polar_init(P, 2);
        s = wk_lie_polar(P, src, WK_LIE_SL, prec);
        TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "!= 1: not in SL(2)") && msg_ok(),
               "[[1+10^-30,0],[0,1]]: E_NOT_IN_GROUP (%s)", wk_error_msg());
        wk_lie_polar_clear(P);
        fmpq_mat_clear(A);
        fmpz_clear(p);
    }
    /* ball input: det ball meets 0 (GL+) -> E_UNDECIDED; excludes 1 (SL) -> not in group */
    {
        arb_mat_t B;
        wk_lie_src_t src;
        wk_lie_polar_t P;
        arb_mat_init(B, 2, 2);
        arb_set_si(arb_mat_entry(B, 0, 0), 1);
        arb_set_si(arb_mat_entry(B, 0, 1), 2);
        arb_set_si(arb_mat_entry(B, 1, 0), 2);
        arb_set_si(arb_mat_entry(B, 1, 1), 4);
        arb_add_error_2exp_si(arb_mat_entry(B, 1, 1), -30);
        wk_lie_src_arb(src, B);
        wk_lie_polar_init(P, 2);
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, prec);
        TAP_OK(s == WK_E_UNDECIDED && strstr(wk_error_msg(), "contains 0") && msg_ok(),
               "ball det meeting 0: E_UNDECIDED (%s)", wk_error_msg());
        arb_set_si(arb_mat_entry(B, 0, 1), 0);
        arb_set_si(arb_mat_entry(B, 1, 0), 0);
        arb_set_si(arb_mat_entry(B, 1, 1), 3);
        arb_add_error_2exp_si(arb_mat_entry(B, 1, 1), -30);
        s = wk_lie_polar(P, src, WK_LIE_SL, prec);
        TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "not in SL(2)"), "ball det excluding 1: E_NOT_IN_GROUP (%s)", wk_error_msg());
        wk_lie_polar_clear(P);
        arb_mat_clear(B);
    }
    /* principal log with an eigenvalue on (-oo, 0]: E_NO_LOG */
    {
        slong a[] = {-1, 0, 0, -2}, z[] = {0, 1, 0, 0};
        fmpq_mat_t A;
        arb_mat_t L;
        wk_lie_src_t src;
        th_fmpq_mat(A, 2, 2, a, NULL);
        arb_mat_init(L, 2, 2);
        wk_lie_src_fmpq(src, A);
        s = wk_lie_logm(L, NULL, src, prec);
        TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "no principal log") && msg_ok(),
               "[[-1,0],[0,-2]]: E_NO_LOG (%s)", wk_error_msg());
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 2, 2, z, NULL);
        s = wk_lie_logm(L, NULL, src, prec);
        TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "eigenvalue 0"), "nilpotent: eigenvalue 0, E_NO_LOG (%s)", wk_error_msg());
        fmpq_mat_clear(A);
        arb_mat_clear(L);
    }
    /* exp-preimage in sl(2) for tr < -2 or J2(-1): E_NOT_IN_EXP_IMAGE */
    {
        slong a[] = {-2, 0, 0, -1}, ad[] = {1, 1, 1, 2}, j[] = {-1, 1, 0, -1};
        fmpq_mat_t A;
        arb_mat_t X;
        wk_lie_src_t src;
        th_fmpq_mat(A, 2, 2, a, ad);
        arb_mat_init(X, 2, 2);
        wk_lie_src_fmpq(src, A);
        s = wk_lie_exp_preimage(X, NULL, src, WK_LIE_SL, prec);
        TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "not in exp(sl(2))") && msg_ok(),
               "diag(-2,-1/2): E_NOT_IN_EXP_IMAGE (%s)", wk_error_msg());
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 2, 2, j, NULL);
        s = wk_lie_exp_preimage(X, NULL, src, WK_LIE_SL, prec);
        TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "not in exp(sl(2))"), "J2(-1): E_NOT_IN_EXP_IMAGE (%s)", wk_error_msg());
        fmpq_mat_clear(A);
        arb_mat_clear(X);
    }
    /* very wide balls: a prompt WK_E_PRECISION (or a valid wide enclosure) */
    {
        arb_mat_t B;
        wk_lie_src_t src;
        wk_lie_polar_t P;
        slong i, j;
        arb_mat_init(B, 3, 3);
        arb_mat_one(B);
        for (i = 0; i < 3; i++)
            for (j = 0; j < 3; j++)
                arb_add_error_2exp_si(arb_mat_entry(B, i, j), -4);
        wk_lie_src_arb(src, B);
        wk_lie_polar_init(P, 3);
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, 64);
        TAP_OK((s == WK_E_PRECISION && strstr(wk_error_msg(), "too wide")) || s == WK_E_UNDECIDED
               || (s == WK_OK && arb_contains_zero(arb_mat_entry(&P->X, 0, 1))),
               "I +- 1/16: wide balls give E_PRECISION, E_UNDECIDED or a wide enclosure (%d: %s)", s, wk_error_msg());
        wk_lie_polar_clear(P);
        arb_mat_clear(B);
    }
    /* size guard */
    {
        fmpq_mat_t A;
        wk_lie_src_t src;
        fmpq_mat_init(A, 600, 600);
        wk_lie_src_fmpq(src, A);
        TAP_OK(wk_lie_in_group(&res, src, WK_LIE_GLPLUS, prec) == WK_E_TOO_LARGE, "n = 600: WK_E_TOO_LARGE (%s)", wk_error_msg());
        fmpq_mat_clear(A);
    }
    /* interrupts are honoured */
    {
        slong a[] = {3, 1, -2, 5};
        fmpq_mat_t A;
        wk_lie_src_t src;
        wk_lie_polar_t P;
        th_fmpq_mat(A, 2, 2, a, NULL);
        wk_lie_src_fmpq(src, A);
        wk_lie_polar_init(P, 2);
        wk_interrupt_flag = 1;
        s = wk_lie_polar(P, src, WK_LIE_GLPLUS, prec);
        wk_interrupt_flag = 0;
        TAP_OK(s == WK_E_INTERRUPT, "interrupt flag: WK_E_INTERRUPT");
        wk_lie_polar_clear(P);
        fmpq_mat_clear(A);
    }
    flint_cleanup();
    return tap_done();
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of wk_lie_expm, wk_lie_logm, wk_lie_sqrtm: public vectors P1 (logm),
   P7, P8, P9; exp(logm A) = A with arb_mat_exp; logm of A^T A against
   2 X of the polar decomposition (a different algorithm); the 2 x 2 closed
   form against the n >= 3 path on diag(A, 1); sqrtm(A)^2 = A; defective
   matrices (closed form for 2 x 2, residual-verified for n >= 3); no log. */
#include "helpers.h"

static int th_contains_q(const arb_t x, slong p, slong q)
{
    fmpq_t r;
    int res;
    fmpq_init(r);
    fmpq_set_si(r, p, q);
    res = arb_contains_fmpq(x, r);
    fmpq_clear(r);
    return res;
}

static wk_status logm_fmpq(arb_mat_t L, wk_lie_loginfo_t info, const fmpq_mat_t A, slong prec)
{
    wk_lie_src_t s;
    wk_lie_src_fmpq(s, A);
    return wk_lie_logm(L, info, s, prec);
}

int main(int argc, char ** argv)
{
    slong prec = th_bits(30), iter;
    wk_lie_loginfo_t info;
    flint_rand_t st;
    tap_init(argc, argv);
    wk_lie_loginfo_init(info);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 5);

    /* P1 principal logm */
    {
        slong a[] = {3, 1, -2, 5};
        fmpq_mat_t A;
        arb_mat_t L;
        th_fmpq_mat(A, 2, 2, a, NULL);
        arb_mat_init(L, 2, 2);
        TAP_OK(logm_fmpq(L, info, A, prec) == WK_OK && info->cert == WK_LIE_CERTIFIED
            && th_check_dec(arb_mat_entry(L, 0, 0), "1.17162800890124388595268482773")
            && th_check_dec(arb_mat_entry(L, 0, 1), "0.244978663126864154172082481211")
            && th_check_dec(arb_mat_entry(L, 1, 0), "-0.489957326253728308344164962423")
            && th_check_dec(arb_mat_entry(L, 1, 1), "1.66158533515497219429684979015"), "P1 principal logm to 30 digits");
        arb_mat_clear(L);
        fmpq_mat_clear(A);
    }
    /* P8 expm */
    {
        slong x[] = {1, -2, 3, -1};
        fmpq_mat_t X;
        arb_mat_t E;
        wk_lie_src_t s;
        th_fmpq_mat(X, 2, 2, x, NULL);
        arb_mat_init(E, 2, 2);
        wk_lie_src_fmpq(s, X);
        TAP_OK(wk_lie_expm(E, s, prec) == WK_OK
            && th_check_dec(arb_mat_entry(E, 0, 0), "-0.265427968581467603678127445611")
            && th_check_dec(arb_mat_entry(E, 0, 1), "-0.703689815751397980761487681340")
            && th_check_dec(arb_mat_entry(E, 1, 0), "1.05553472362709697114223152201")
            && th_check_dec(arb_mat_entry(E, 1, 1), "-0.969117784332865584439615126951"), "P8 expm to 30 digits");
        arb_mat_clear(E);
        fmpq_mat_clear(X);
    }
    /* P7: logm(expm [[0,-4],[4,0]]) has angle 4 - 2 pi */
    {
        slong x[] = {0, -4, 4, 0};
        fmpq_mat_t X;
        arb_mat_t E, L;
        wk_lie_src_t s;
        th_fmpq_mat(X, 2, 2, x, NULL);
        arb_mat_init(E, 2, 2);
        arb_mat_init(L, 2, 2);
        wk_lie_src_fmpq(s, X);
        wk_lie_expm(E, s, prec + 20);
        wk_lie_src_arb(s, E);
        TAP_OK(wk_lie_logm(L, info, s, prec) == WK_OK
            && th_check_dec(arb_mat_entry(L, 0, 1), "2.28318530717958647692528676656")
            && th_check_dec(arb_mat_entry(L, 1, 0), "-2.28318530717958647692528676656")
            && arb_contains_zero(arb_mat_entry(L, 0, 0)), "P7 logm(expm X) to 30 digits");
        arb_mat_clear(E);
        arb_mat_clear(L);
        fmpq_mat_clear(X);
    }
    /* P9 (4 x 4 skew) */
    {
        slong x[] = {0, 1, 2, 3, -1, 0, 4, 5, -2, -4, 0, 6, -3, -5, -6, 0};
        fmpq_mat_t X;
        arb_mat_t E, L;
        wk_lie_src_t s;
        th_fmpq_mat(X, 4, 4, x, NULL);
        arb_mat_init(E, 4, 4);
        arb_mat_init(L, 4, 4);
        wk_lie_src_fmpq(s, X);
        wk_lie_expm(E, s, prec + 20);
        wk_lie_src_arb(s, E);
        TAP_OK(wk_lie_logm(L, info, s, prec) == WK_OK
            && arb_contains_zero(arb_mat_entry(L, 0, 0))
            && th_check_dec(arb_mat_entry(L, 0, 1), "0.375669575748170773210790482791")
            && th_check_dec(arb_mat_entry(L, 0, 2), "-1.25638286868998215538740510747")
            && th_check_dec(arb_mat_entry(L, 0, 3), "-0.526409407026577787739734729437"), "P9 logm(expm X) row 1 to 30 digits");
        arb_mat_clear(E);
        arb_mat_clear(L);
        fmpq_mat_clear(X);
    }
    /* random: exp(logm A) = A, A = exp(Y) for small random Y (no negative
       eigenvalues); sqrtm(A)^2 = A */
    {
        int ok = 1, oks = 1;
        for (iter = 0; iter < 15 * tap_multiplier(); iter++)
        {
            slong n = 1 + n_randint(st, 6), i, j, p = 64 + n_randint(st, 200);
            fmpq_mat_t Y;
            arb_mat_t A, L, E, S2;
            wk_lie_src_t s;
            fmpq_mat_init(Y, n, n);
            arb_mat_init(A, n, n); arb_mat_init(L, n, n); arb_mat_init(E, n, n); arb_mat_init(S2, n, n);
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++)
                    fmpq_set_si(fmpq_mat_entry(Y, i, j), (slong) n_randint(st, 9) - 4, 2 + n_randint(st, 4));
            wk_lie_src_fmpq(s, Y);
            wk_lie_expm(A, s, p + 30);
            wk_lie_src_arb(s, A);
            if (wk_lie_logm(L, info, s, p) != WK_OK)
                ok = 0;
            else
            {
                arb_mat_exp(E, L, p + 30);
                ok = ok && th_overlaps(E, A);
            }
            if (wk_lie_sqrtm(L, s, p) != WK_OK)
                oks = 0;
            else
            {
                arb_mat_mul(S2, L, L, p + 30);
                oks = oks && th_overlaps(S2, A);
            }
            fmpq_mat_clear(Y);
            arb_mat_clear(A); arb_mat_clear(L); arb_mat_clear(E); arb_mat_clear(S2);
        }
        TAP_OK(ok, "exp(logm(A)) = A on random A = exp(Y)");
        TAP_OK(oks, "sqrtm(A)^2 = A on random A");
    }
    /* logm(A^T A) = 2 X from polar (symmetric, different algorithm) */
    {
        int ok = 1;
        for (iter = 0; iter < 8 * tap_multiplier(); iter++)
        {
            slong n = 2 + n_randint(st, 5), i, j;
            fmpq_mat_t A, S, At;
            arb_mat_t L;
            wk_lie_polar_t P;
            wk_lie_src_t s;
            fmpq_t d;
            fmpq_mat_init(A, n, n); fmpq_mat_init(S, n, n); fmpq_mat_init(At, n, n);
            fmpq_init(d);
            do
            {
                for (i = 0; i < n; i++)
                    for (j = 0; j < n; j++)
                        fmpq_set_si(fmpq_mat_entry(A, i, j), (slong) n_randint(st, 9) - 4, 1 + n_randint(st, 3));
                fmpq_mat_det(d, A);
            } while (fmpq_sgn(d) <= 0);
            fmpq_mat_transpose(At, A);
            fmpq_mat_mul(S, At, A);
            arb_mat_init(L, n, n);
            wk_lie_polar_init(P, n);
            wk_lie_src_fmpq(s, A);
            wk_lie_polar(P, s, WK_LIE_GLPLUS, 120);
            arb_mat_scalar_mul_2exp_si(&P->X, &P->X, 1);
            if (logm_fmpq(L, info, S, 120) != WK_OK || !th_overlaps(L, &P->X))
                ok = 0;
            wk_lie_polar_clear(P);
            arb_mat_clear(L);
            fmpq_mat_clear(A); fmpq_mat_clear(S); fmpq_mat_clear(At);
            fmpq_clear(d);
        }
        TAP_OK(ok, "logm(A^T A) = 2 X(polar A) on random A");
    }
    /* 2 x 2 closed form against the general path on diag(A, 1) */
    {
        int ok = 1;
        for (iter = 0; iter < 10 * tap_multiplier(); iter++)
        {
            fmpq_mat_t A, A3;
            arb_mat_t L, L3;
            slong i, j;
            fmpq_mat_init(A, 2, 2);
            fmpq_mat_init(A3, 3, 3);
            arb_mat_init(L, 2, 2);
            arb_mat_init(L3, 3, 3);
            for (;;)
            {
                char buf[8];
                for (i = 0; i < 2; i++)
                    for (j = 0; j < 2; j++)
                        fmpq_set_si(fmpq_mat_entry(A, i, j), (slong) n_randint(st, 11) - 5, 1 + n_randint(st, 3));
                (void) buf;
                if (logm_fmpq(L, info, A, 100) == WK_OK)
                    break;
            }
            for (i = 0; i < 2; i++)
                for (j = 0; j < 2; j++)
                    fmpq_set(fmpq_mat_entry(A3, i, j), fmpq_mat_entry(A, i, j));
            fmpq_one(fmpq_mat_entry(A3, 2, 2));
            if (logm_fmpq(L3, info, A3, 100) != WK_OK)
                ok = 0;
            else
                for (i = 0; i < 2; i++)
                    for (j = 0; j < 2; j++)
                    {
                        /* a defective A gives a residual-verified point value */
                        if (info->cert == WK_LIE_RESIDUAL_VERIFIED)
                            arb_add_error_2exp_si(arb_mat_entry(L3, i, j), -90);
                        ok = ok && arb_overlaps(arb_mat_entry(L, i, j), arb_mat_entry(L3, i, j));
                    }
            fmpq_mat_clear(A); fmpq_mat_clear(A3);
            arb_mat_clear(L); arb_mat_clear(L3);
        }
        TAP_OK(ok, "2 x 2 closed form agrees with the eigen-decomposition path");
    }
    /* defective: J2(1) closed form gives log = N exactly; J3(2) residual-verified */
    {
        slong j2[] = {1, 1, 0, 1}, j3[] = {2, 1, 0, 0, 2, 1, 0, 0, 2};
        fmpq_mat_t A;
        arb_mat_t L, E, Ab;
        th_fmpq_mat(A, 2, 2, j2, NULL);
        arb_mat_init(L, 2, 2);
        TAP_OK(logm_fmpq(L, info, A, 100) == WK_OK && info->cert == WK_LIE_CERTIFIED
               && arb_contains_si(arb_mat_entry(L, 0, 1), 1) && arb_contains_zero(arb_mat_entry(L, 0, 0))
               && th_log2_maxrad(L) < -90, "J2(1): log = [[0,1],[0,0]], certified");
        arb_mat_clear(L);
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 3, 3, j3, NULL);
        arb_mat_init(L, 3, 3);
        arb_mat_init(E, 3, 3);
        arb_mat_init(Ab, 3, 3);
        /* exact J3(2): the Hermite interpolant on the exact spectrum is certified;
           the exact log is log 2 I + N/2 - N^2/8 */
        {
            arb_t l2;
            arb_init(l2);
            arb_const_log2(l2, 200);
            TAP_OK(logm_fmpq(L, info, A, 100) == WK_OK && info->cert == WK_LIE_CERTIFIED
                   && arb_overlaps(l2, arb_mat_entry(L, 0, 0)) && th_contains_q(arb_mat_entry(L, 0, 1), 1, 2)
                   && th_contains_q(arb_mat_entry(L, 0, 2), -1, 8) && arb_contains_zero(arb_mat_entry(L, 2, 0))
                   && th_log2_maxrad(L) < -95,
                   "exact J3(2): certified log log 2 I + N/2 - N^2/8 (Hermite)");
            TAP_OK(logm_fmpq(L, NULL, A, 100) == WK_OK && arb_overlaps(l2, arb_mat_entry(L, 1, 1)),
                   "exact J3(2) without info: certified too");
            /* the same matrix as balls (no exact spectrum): residual-verified */
            arb_mat_set_fmpq_mat(Ab, A, 200);
            {
                wk_lie_src_t s;
                wk_lie_src_arb(s, Ab);
                TAP_OK(wk_lie_logm(L, info, s, 100) == WK_OK && info->cert == WK_LIE_RESIDUAL_VERIFIED
                       && mag_cmp_2exp_si(&info->residual, -100) < 0,
                       "J3(2) as balls: residual-verified log, residual < 2^-100");
                arb_add_error_2exp_si(l2, -90);
                TAP_OK(arb_contains(l2, arb_mat_entry(L, 0, 0)) && fabs(arf_get_d(arb_midref(arb_mat_entry(L, 0, 1)), ARF_RND_NEAR) - 0.5) < 1e-25
                       && fabs(arf_get_d(arb_midref(arb_mat_entry(L, 0, 2)), ARF_RND_NEAR) + 0.125) < 1e-25,
                       "J3(2) as balls: value agrees with log 2 I + N/2 - N^2/8");
                TAP_OK(wk_lie_logm(L, NULL, s, 100) == WK_E_PRECISION, "J3(2) as balls without info: WK_E_PRECISION");
            }
            arb_clear(l2);
        }
        /* exact defective with complex eigenvalues 1 +- 2i (two 2-blocks): exp(logm(A)) = A */
        {
            slong c4[] = {1, 2, 0, 0, -2, 1, 0, 0, 1, 0, 1, 2, 0, 1, -2, 1};
            fmpq_mat_t C;
            arb_mat_t LC, EC, AC;
            th_fmpq_mat(C, 4, 4, c4, NULL);
            arb_mat_init(LC, 4, 4);
            arb_mat_init(EC, 4, 4);
            arb_mat_init(AC, 4, 4);
            TAP_OK(logm_fmpq(LC, info, C, 128) == WK_OK && info->cert == WK_LIE_CERTIFIED
                   && (arb_mat_exp(EC, LC, 200), arb_mat_set_fmpq_mat(AC, C, 200), 1)
                   && th_overlaps(EC, AC) && th_log2_maxrad(LC) < -120,
                   "exact defective, eigenvalues 1 +- 2i: certified log, exp(L) contains A");
            fmpq_mat_clear(C);
            arb_mat_clear(LC);
            arb_mat_clear(EC);
            arb_mat_clear(AC);
        }
        arb_mat_clear(L);
        arb_mat_clear(E);
        arb_mat_clear(Ab);
        fmpq_mat_clear(A);
    }
    /* semisimple repeated eigenvalues, n >= 3: certified */
    {
        slong d[] = {2, 0, 0, 0, 2, 0, 0, 0, 3}, p[] = {1, 2, 0, 0, 1, 1, 1, 0, 1};
        fmpq_mat_t D, P, Pi, A;
        arb_mat_t L, E, Ab;
        th_fmpq_mat(D, 3, 3, d, NULL);
        th_fmpq_mat(P, 3, 3, p, NULL);
        fmpq_mat_init(Pi, 3, 3);
        fmpq_mat_init(A, 3, 3);
        fmpq_mat_inv(Pi, P);
        fmpq_mat_mul(A, P, D);
        fmpq_mat_mul(A, A, Pi);
        arb_mat_init(L, 3, 3);
        arb_mat_init(E, 3, 3);
        arb_mat_init(Ab, 3, 3);
        arb_mat_set_fmpq_mat(Ab, A, 300);
        TAP_OK(logm_fmpq(L, info, A, 100) == WK_OK && info->cert == WK_LIE_CERTIFIED,
               "P diag(2,2,3) P^-1: certified log with a repeated eigenvalue");
        arb_mat_exp(E, L, 200);
        TAP_OK(th_overlaps(E, Ab), "... and exp(log A) = A");
        arb_mat_clear(L); arb_mat_clear(E); arb_mat_clear(Ab);
        fmpq_mat_clear(D); fmpq_mat_clear(P); fmpq_mat_clear(Pi); fmpq_mat_clear(A);
    }
    /* no principal log */
    {
        slong a[] = {-1, 0, 0, -2}, b[] = {0, -1, 0, 1, 0, 0, 0, 0, -3};
        fmpq_mat_t A;
        arb_mat_t L;
        wk_status s;
        th_fmpq_mat(A, 2, 2, a, NULL);
        arb_mat_init(L, 2, 2);
        s = logm_fmpq(L, info, A, 100);
        TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "eigenvalue -1") && strstr(wk_error_msg(), "no principal log"),
               "[[-1,0],[0,-2]]: E_NO_LOG (%s)", wk_error_msg());
        arb_mat_clear(L);
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 3, 3, b, NULL);
        arb_mat_init(L, 3, 3);
        s = logm_fmpq(L, info, A, 100);
        TAP_OK(s == WK_E_DOMAIN, "eigenvalue -3 (3 x 3): E_NO_LOG (%s)", wk_error_msg());
        /* the same as balls: a certified simple negative eigenvalue */
        {
            arb_mat_t B;
            wk_lie_src_t bs;
            arb_mat_init(B, 3, 3);
            arb_mat_set_fmpq_mat(B, A, 100);
            arb_add_error_2exp_si(arb_mat_entry(B, 0, 0), -80);
            wk_lie_src_arb(bs, B);
            s = wk_lie_logm(L, info, bs, 100);
            TAP_OK(s == WK_E_DOMAIN, "ball with eigenvalue -3: E_NO_LOG (%s)", wk_error_msg());
            /* an eigenvalue ball touching 0 */
            arb_mat_one(B);
            arb_zero_pm_one(arb_mat_entry(B, 2, 2));
            arb_mul_2exp_si(arb_mat_entry(B, 2, 2), arb_mat_entry(B, 2, 2), -30);
            s = wk_lie_logm(L, info, bs, 100);
            TAP_OK(s == WK_E_UNDECIDED, "eigenvalue ball meeting 0: E_UNDECIDED (%s)", wk_error_msg());
            arb_mat_clear(B);
        }
        arb_mat_clear(L);
        fmpq_mat_clear(A);
    }
    wk_lie_loginfo_clear(info);
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of wk_lie_in_exp_image and wk_lie_exp_preimage (spec 3.9): Culver
   on exact input against the SL(2) trace criterion (tr > -2 or A = -I) on
   random integer SL(2) matrices; P3, P4, P11; exp(X) for random X in sl(2)
   (balls) is in the image; preimages with exp(X) = A; E_NOT_IN_EXP_IMAGE. */
#include "helpers.h"

static int in_image(const fmpq_mat_t A, wk_lie_group G, wk_status * st)
{
    wk_lie_src_t s;
    int r = -1;
    wk_lie_src_fmpq(s, A);
    *st = wk_lie_in_exp_image(&r, s, G, 64);
    return r;
}

int main(int argc, char ** argv)
{
    slong iter;
    flint_rand_t st;
    wk_status s;
    wk_lie_loginfo_t info;
    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 23);
    wk_lie_loginfo_init(info);
    /* random integer SL(2): Culver (exact path) = trace criterion */
    {
        int ok = 1;
        slong nin = 0, nout = 0;
        for (iter = 0; iter < 200 * tap_multiplier(); iter++)
        {
            slong a, b, c, d, tr;
            fmpq_mat_t A;
            int r, crit;
            /* a d - b c = 1 with small entries */
            do
            {
                a = (slong) n_randint(st, 9) - 4;
                b = (slong) n_randint(st, 9) - 4;
                c = (slong) n_randint(st, 9) - 4;
                d = (slong) n_randint(st, 9) - 4;
                if (n_randint(st, 4) == 0) { b = 0; c = 0; a = -1; d = -1; }
                if (n_randint(st, 4) == 0 && a != 0 && (1 + b * c) % a == 0) d = (1 + b * c) / a;
            } while (a * d - b * c != 1);
            fmpq_mat_init(A, 2, 2);
            fmpq_set_si(fmpq_mat_entry(A, 0, 0), a, 1);
            fmpq_set_si(fmpq_mat_entry(A, 0, 1), b, 1);
            fmpq_set_si(fmpq_mat_entry(A, 1, 0), c, 1);
            fmpq_set_si(fmpq_mat_entry(A, 1, 1), d, 1);
            tr = a + d;
            crit = (tr > -2) || (a == -1 && d == -1 && b == 0 && c == 0);
            r = in_image(A, WK_LIE_SL, &s);
            if (s != WK_OK || r != crit)
                ok = 0;
            if (crit) nin++; else nout++;
            fmpq_mat_clear(A);
        }
        TAP_OK(ok && nin > 0 && nout > 0, "Culver = SL(2) trace criterion (%ld in, %ld out)", nin, nout);
    }
    {
        slong p3[] = {-2, 3, 0, -1}, p3d[] = {1, 2, 1, 2};
        slong p4[] = {1, 2, 3, 0, 1, 4, 5, 6, 0};
        slong m1[] = {-1, 0, 0, -1}, j2[] = {-1, 1, 0, -1}, dd[] = {-1, 0, 0, -2};
        fmpq_mat_t A;
        th_fmpq_mat(A, 2, 2, p3, p3d);
        TAP_OK(in_image(A, WK_LIE_SL, &s) == 0 && s == WK_OK, "P3 (tr -5/2) is not in exp(sl(2))");
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 3, 3, p4, NULL);
        TAP_OK(in_image(A, WK_LIE_SL, &s) == 0 && s == WK_OK, "P4 is in SL(3) but not in exp(sl(3))");
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 2, 2, m1, NULL);
        TAP_OK(in_image(A, WK_LIE_SL, &s) == 1, "P11: -I_2 is in exp(sl(2))");
        {
            arb_mat_t X, E, B;
            wk_lie_src_t src;
            arb_mat_init(X, 2, 2);
            arb_mat_init(E, 2, 2);
            arb_mat_init(B, 2, 2);
            wk_lie_src_fmpq(src, A);
            TAP_OK(wk_lie_exp_preimage(X, info, src, WK_LIE_SL, 100) == WK_OK && info->unique == 0,
                   "-I_2: preimage pi [[0,-1],[1,0]], unique = 0");
            arb_mat_exp(E, X, 140);
            arb_mat_set_fmpq_mat(B, A, 140);
            TAP_OK(th_overlaps(E, B), "... exp(X) = -I");
            arb_mat_clear(X);
            arb_mat_clear(E);
            arb_mat_clear(B);
        }
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 2, 2, j2, NULL);
        TAP_OK(in_image(A, WK_LIE_SL, &s) == 0, "J2(-1) is not in exp(sl(2))");
        {
            arb_mat_t X;
            wk_lie_src_t src;
            arb_mat_init(X, 2, 2);
            wk_lie_src_fmpq(src, A);
            s = wk_lie_exp_preimage(X, info, src, WK_LIE_SL, 100);
            TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "not in exp(sl(2))"),
                   "J2(-1): E_NOT_IN_EXP_IMAGE (%s)", wk_error_msg());
            arb_mat_clear(X);
        }
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 2, 2, p3, p3d);
        {
            arb_mat_t X;
            wk_lie_src_t src;
            arb_mat_init(X, 2, 2);
            wk_lie_src_fmpq(src, A);
            s = wk_lie_exp_preimage(X, info, src, WK_LIE_SL, 100);
            TAP_OK(s == WK_E_DOMAIN && strstr(wk_error_msg(), "not in exp(sl(2))"),
                   "tr < -2: E_NOT_IN_EXP_IMAGE (%s)", wk_error_msg());
            arb_mat_clear(X);
        }
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 2, 2, dd, NULL);
        TAP_OK(in_image(A, WK_LIE_GLPLUS, &s) == 0 && s == WK_OK, "diag(-1,-2): not in exp(gl(2))");
        fmpq_mat_clear(A);
    }
    /* P11: J2(-1) + J2(-1), conjugated: a real log exists, no principal log */
    {
        slong j[] = {-1, 1, 0, 0, 0, -1, 0, 0, 0, 0, -1, 1, 0, 0, 0, -1};
        slong p[] = {1, 2, 0, 1, 0, 1, 1, 0, 1, 0, 1, 2, 0, 1, 0, 1};
        fmpq_mat_t J, P, Pi, A;
        arb_mat_t L;
        wk_lie_src_t src;
        th_fmpq_mat(J, 4, 4, j, NULL);
        th_fmpq_mat(P, 4, 4, p, NULL);
        fmpq_mat_init(Pi, 4, 4);
        fmpq_mat_init(A, 4, 4);
        fmpq_mat_inv(Pi, P);
        fmpq_mat_mul(A, P, J);
        fmpq_mat_mul(A, A, Pi);
        TAP_OK(in_image(A, WK_LIE_SL, &s) == 1 && s == WK_OK, "P11: J2(-1)+J2(-1) (conjugated) is in exp(sl(4))");
        arb_mat_init(L, 4, 4);
        wk_lie_src_fmpq(src, A);
        TAP_OK(wk_lie_logm(L, info, src, 64) == WK_E_DOMAIN, "... but has no principal log (%s)", wk_error_msg());
        /* J2(-1) + J3(-1) + J1(-1) (det 1): blocks of sizes 1, 2, 3 once each */
        {
            slong k[36] = {0}, i;
            fmpq_mat_t K6;
            for (i = 0; i < 6; i++)
                k[i * 6 + i] = -1;
            k[0 * 6 + 1] = 1;
            k[2 * 6 + 3] = 1;
            k[3 * 6 + 4] = 1;
            th_fmpq_mat(K6, 6, 6, k, NULL);
            TAP_OK(in_image(K6, WK_LIE_SL, &s) == 0 && s == WK_OK, "J2(-1)+J3(-1)+J1(-1) is not in exp(sl(6))");
            /* J2(-1) + J2(-1) + J1(-1) + J1(-1): even counts */
            k[3 * 6 + 4] = 0;
            k[2 * 6 + 3] = 1;
            fmpq_mat_clear(K6);
            th_fmpq_mat(K6, 6, 6, k, NULL);
            TAP_OK(in_image(K6, WK_LIE_SL, &s) == 1 && s == WK_OK, "J2(-1)+J2(-1)+J1(-1)+J1(-1) is in exp(sl(6))");
            fmpq_mat_clear(K6);
        }
        arb_mat_clear(L);
        fmpq_mat_clear(J); fmpq_mat_clear(P); fmpq_mat_clear(Pi); fmpq_mat_clear(A);
    }
    /* balls: exp(X) for random X in sl(2) is in the image (tr exp X >= -2) */
    {
        int ok = 1;
        for (iter = 0; iter < 40 * tap_multiplier(); iter++)
        {
            arb_mat_t X, E;
            wk_lie_src_t src;
            int r;
            wk_status s2;
            arb_mat_init(X, 2, 2);
            arb_mat_init(E, 2, 2);
            arb_set_si(arb_mat_entry(X, 0, 0), (slong) n_randint(st, 21) - 10);
            arb_set_si(arb_mat_entry(X, 0, 1), (slong) n_randint(st, 21) - 10);
            arb_set_si(arb_mat_entry(X, 1, 0), (slong) n_randint(st, 21) - 10);
            arb_neg(arb_mat_entry(X, 1, 1), arb_mat_entry(X, 0, 0));
            arb_mat_scalar_div_si(X, X, 4, 200);
            arb_mat_exp(E, X, 200);
            wk_lie_src_arb(src, E);
            s2 = wk_lie_in_exp_image(&r, src, WK_LIE_SL, 100);
            /* tr exp X = -2 happens only at isolated X; undecided is allowed there */
            if (!(s2 == WK_E_UNDECIDED || (s2 == WK_OK && r == 1)))
                ok = 0;
            arb_mat_clear(X);
            arb_mat_clear(E);
        }
        TAP_OK(ok, "ball exp(X), X in sl(2): in the image (or undecided at tr = -2)");
    }
    /* balls, n = 3: a certified simple negative eigenvalue */
    {
        slong a[] = {-2, 0, 0, 0, 1, 1, 0, 0, 3};
        fmpq_mat_t A;
        arb_mat_t B;
        wk_lie_src_t src;
        int r = -1;
        th_fmpq_mat(A, 3, 3, a, NULL);
        arb_mat_init(B, 3, 3);
        arb_mat_set_fmpq_mat(B, A, 100);
        arb_add_error_2exp_si(arb_mat_entry(B, 0, 1), -60);
        wk_lie_src_arb(src, B);
        s = wk_lie_in_exp_image(&r, src, WK_LIE_GLPLUS, 100);
        TAP_OK(s == WK_OK && r == 0, "ball with a simple eigenvalue -2: not in the image");
        arb_mat_clear(B);
        fmpq_mat_clear(A);
    }
    wk_lie_loginfo_clear(info);
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}

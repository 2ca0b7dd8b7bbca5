/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of wk_lie_log_SO (spec 3.7): log_SO(exp K) = K for random skew K
   with angles < pi (exp by arb_mat_exp), exp(log U) = U for exact rational
   rotations (Cayley), P9, angle pi exactly (exact eigenspace over Q;
   unique = 0), -I_2 = exp(pi J) (P11), a ball rotation by pi
   (residual-verified), angles near pi, and the 2 x 2 atan2 branch. */
#include "helpers.h"

static void cayley(fmpq_mat_t Q, flint_rand_t st, slong n, slong range)
{
    slong i, j;
    fmpq_mat_t S, I1, I2;
    fmpq_mat_init(S, n, n);
    fmpq_mat_init(I1, n, n);
    fmpq_mat_init(I2, n, n);
    for (i = 0; i < n; i++)
        for (j = i + 1; j < n; j++)
        {
            fmpq_set_si(fmpq_mat_entry(S, i, j), (slong) n_randint(st, 2 * range + 1) - range, 1 + n_randint(st, 3));
            fmpq_neg(fmpq_mat_entry(S, j, i), fmpq_mat_entry(S, i, j));
        }
    fmpq_mat_one(I1);
    fmpq_mat_sub(I1, I1, S);
    fmpq_mat_one(I2);
    fmpq_mat_add(I2, I2, S);
    fmpq_mat_inv(I1, I1);
    fmpq_mat_mul(Q, I1, I2);
    fmpq_mat_clear(S);
    fmpq_mat_clear(I1);
    fmpq_mat_clear(I2);
}

int main(int argc, char ** argv)
{
    slong iter, prec = 120;
    wk_lie_loginfo_t info;
    flint_rand_t st;
    tap_init(argc, argv);
    wk_lie_loginfo_init(info);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 9);

    /* random skew K with spectral norm < pi: log_SO(exp K) = K */
    {
        int ok = 1;
        for (iter = 0; iter < 12 * tap_multiplier(); iter++)
        {
            slong n = 2 + n_randint(st, 5), i, j;
            arb_mat_t K, U, K2;
            wk_lie_src_t s;
            arb_mat_init(K, n, n);
            arb_mat_init(U, n, n);
            arb_mat_init(K2, n, n);
            for (i = 0; i < n; i++)
                for (j = i + 1; j < n; j++)
                {
                    /* entries in [-0.45, 0.45]: ||K||_2 <= ||K||_F < pi for n <= 6 */
                    arb_set_si(arb_mat_entry(K, i, j), (slong) n_randint(st, 91) - 45);
                    arb_div_ui(arb_mat_entry(K, i, j), arb_mat_entry(K, i, j), 100, prec + 64);
                    arb_neg(arb_mat_entry(K, j, i), arb_mat_entry(K, i, j));
                }
            arb_mat_exp(U, K, prec + 64);
            wk_lie_src_arb(s, U);
            if (wk_lie_log_SO(K2, info, s, prec) != WK_OK || !th_overlaps(K, K2) || !info->unique)
                ok = 0;
            arb_mat_clear(K);
            arb_mat_clear(U);
            arb_mat_clear(K2);
        }
        TAP_OK(ok, "log_SO(exp K) = K for random skew K with angles < pi");
    }
    /* exact rational rotations */
    {
        int ok = 1;
        for (iter = 0; iter < 10 * tap_multiplier(); iter++)
        {
            slong n = 2 + n_randint(st, 4);
            fmpq_mat_t Q;
            arb_mat_t K, E, Qb;
            wk_lie_src_t s;
            fmpq_mat_init(Q, n, n);
            cayley(Q, st, n, 4);
            arb_mat_init(K, n, n);
            arb_mat_init(E, n, n);
            arb_mat_init(Qb, n, n);
            arb_mat_set_fmpq_mat(Qb, Q, prec + 64);
            wk_lie_src_fmpq(s, Q);
            if (wk_lie_log_SO(K, info, s, prec) != WK_OK)
                ok = 0;
            else
            {
                arb_mat_exp(E, K, prec + 32);
                ok = ok && th_overlaps(E, Qb);
            }
            fmpq_mat_clear(Q);
            arb_mat_clear(K);
            arb_mat_clear(E);
            arb_mat_clear(Qb);
        }
        TAP_OK(ok, "exp(log_SO U) = U for exact rational rotations");
    }
    /* P9 through log_SO */
    {
        slong x[] = {0, 1, 2, 3, -1, 0, 4, 5, -2, -4, 0, 6, -3, -5, -6, 0};
        fmpq_mat_t X;
        arb_mat_t U, K;
        wk_lie_src_t s;
        th_fmpq_mat(X, 4, 4, x, NULL);
        arb_mat_init(U, 4, 4);
        arb_mat_init(K, 4, 4);
        wk_lie_src_fmpq(s, X);
        wk_lie_expm(U, s, th_bits(30) + 32);
        wk_lie_src_arb(s, U);
        TAP_OK(wk_lie_log_SO(K, info, s, th_bits(30)) == WK_OK
            && th_check_dec(arb_mat_entry(K, 0, 1), "0.375669575748170773210790482791")
            && th_check_dec(arb_mat_entry(K, 0, 2), "-1.25638286868998215538740510747")
            && th_check_dec(arb_mat_entry(K, 0, 3), "-0.526409407026577787739734729437"), "P9 log_SO row 1 to 30 digits");
        arb_mat_clear(U);
        arb_mat_clear(K);
        fmpq_mat_clear(X);
    }
    /* angle pi exactly: diag(-1, -1, 1) and a conjugate, exact */
    {
        slong d[] = {-1, 0, 0, 0, -1, 0, 0, 0, 1};
        fmpq_mat_t D, Q, Qt, A;
        arb_mat_t K, E, Ab;
        wk_lie_src_t s;
        arb_t pi;
        th_fmpq_mat(D, 3, 3, d, NULL);
        fmpq_mat_init(Q, 3, 3);
        fmpq_mat_init(Qt, 3, 3);
        fmpq_mat_init(A, 3, 3);
        arb_mat_init(K, 3, 3);
        arb_mat_init(E, 3, 3);
        arb_mat_init(Ab, 3, 3);
        arb_init(pi);
        arb_const_pi(pi, 200);
        wk_lie_src_fmpq(s, D);
        TAP_OK(wk_lie_log_SO(K, info, s, prec) == WK_OK && info->unique == 0 && info->cert == WK_LIE_CERTIFIED
               && arb_overlaps(arb_mat_entry(K, 1, 0), pi) && arb_contains_zero(arb_mat_entry(K, 2, 0)),
               "diag(-1,-1,1): K = pi (e2 e1^T - e1 e2^T), unique = 0");
        cayley(Q, st, 3, 3);
        fmpq_mat_transpose(Qt, Q);
        fmpq_mat_mul(A, Q, D);
        fmpq_mat_mul(A, A, Qt);
        wk_lie_src_fmpq(s, A);
        arb_mat_set_fmpq_mat(Ab, A, 300);
        TAP_OK(wk_lie_log_SO(K, info, s, prec) == WK_OK && info->unique == 0, "conjugated rotation by pi: a log, unique = 0");
        arb_mat_exp(E, K, prec + 32);
        TAP_OK(th_overlaps(E, Ab) && th_log2_maxrad(K) < -prec + 8, "... certified, exp(K) = U");
        /* the same rotation as a ball: residual-verified */
        arb_mat_set_fmpq_mat(Ab, A, prec + 64);
        arb_add_error_2exp_si(arb_mat_entry(Ab, 0, 0), -prec - 40);
        wk_lie_src_arb(s, Ab);
        TAP_OK(wk_lie_log_SO(K, info, s, prec) == WK_OK && info->unique == 0
               && info->cert == WK_LIE_RESIDUAL_VERIFIED && mag_cmp_2exp_si(&info->residual, -prec) < 0,
               "ball rotation by pi: residual-verified canonical log");
        fmpq_mat_clear(D); fmpq_mat_clear(Q); fmpq_mat_clear(Qt); fmpq_mat_clear(A);
        arb_mat_clear(K); arb_mat_clear(E); arb_mat_clear(Ab);
        arb_clear(pi);
    }
    /* -I_2: K = pi [[0,-1],[1,0]] (P11) */
    {
        slong m[] = {-1, 0, 0, -1};
        fmpq_mat_t A;
        arb_mat_t K;
        wk_lie_src_t s;
        arb_t pi;
        th_fmpq_mat(A, 2, 2, m, NULL);
        arb_mat_init(K, 2, 2);
        arb_init(pi);
        arb_const_pi(pi, 200);
        wk_lie_src_fmpq(s, A);
        TAP_OK(wk_lie_log_SO(K, info, s, prec) == WK_OK && info->unique == 0
               && arb_overlaps(arb_mat_entry(K, 1, 0), pi) && arb_overlaps(arb_mat_entry(K, 1, 0), pi)
               && th_log2_maxrad(K) < -prec, "-I_2: K = pi [[0,-1],[1,0]], unique = 0");
        arb_mat_clear(K);
        arb_clear(pi);
        fmpq_mat_clear(A);
    }
    /* near pi: angle pi - 2^-40 in a 3 x 3 rotation, certified and unique */
    {
        arb_mat_t K, U, K2;
        wk_lie_src_t s;
        arb_t th;
        arb_mat_init(K, 3, 3);
        arb_mat_init(U, 3, 3);
        arb_mat_init(K2, 3, 3);
        arb_init(th);
        arb_const_pi(th, 400);
        arb_sub_ui(th, th, 0, 400);
        arb_set_round(th, th, 400);
        {
            arb_t e;
            arb_init(e);
            arb_one(e);
            arb_mul_2exp_si(e, e, -40);
            arb_sub(th, th, e, 400);
            arb_clear(e);
        }
        arb_set(arb_mat_entry(K, 1, 0), th);
        arb_neg(arb_mat_entry(K, 0, 1), th);
        arb_mat_exp(U, K, 400);
        wk_lie_src_arb(s, U);
        TAP_OK(wk_lie_log_SO(K2, info, s, prec) == WK_OK && info->unique == 1 && info->cert == WK_LIE_CERTIFIED
               && th_overlaps(K, K2), "angle pi - 2^-40: certified, unique");
        arb_mat_clear(K);
        arb_mat_clear(U);
        arb_mat_clear(K2);
        arb_clear(th);
    }
    /* not in SO(n) */
    {
        slong a[] = {0, 1, 1, 0}, b[] = {1, 1, 0, 1};
        fmpq_mat_t A;
        arb_mat_t K;
        wk_lie_src_t s;
        th_fmpq_mat(A, 2, 2, a, NULL);
        arb_mat_init(K, 2, 2);
        wk_lie_src_fmpq(s, A);
        TAP_OK(wk_lie_log_SO(K, info, s, prec) == WK_E_DOMAIN && strstr(wk_error_msg(), "not in SO(2)"),
               "reflection: not in SO(2) (%s)", wk_error_msg());
        fmpq_mat_clear(A);
        th_fmpq_mat(A, 2, 2, b, NULL);
        TAP_OK(wk_lie_log_SO(K, info, s, prec) == WK_E_DOMAIN, "shear: not in SO(2) (%s)", wk_error_msg());
        fmpq_mat_clear(A);
        arb_mat_clear(K);
    }
    wk_lie_loginfo_clear(info);
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}

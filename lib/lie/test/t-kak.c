/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of wk_lie_singular_values and wk_lie_cartan_kak: public vectors
   P1, P2, P4, P5, P6 (Hilbert(4)), P10; sum sigma^2 = ||A||_F^2 and
   prod sigma = |det A| (exact over Q); reconstruction U1 diag(sigma) V^T = A,
   U1, V in SO(n); V diagonalises X of the polar decomposition with eigenvalues
   log sigma (identity 5); repeated sigma -> unique = 0. */
#include "helpers.h"

static wk_status sv_fmpq(arb_ptr s, const fmpq_mat_t A, slong prec)
{
    wk_lie_src_t src;
    wk_lie_src_fmpq(src, A);
    return wk_lie_singular_values(s, src, prec);
}

int main(int argc, char ** argv)
{
    slong prec = th_bits(30), iter;
    flint_rand_t st;
    arb_ptr s = _arb_vec_init(4);
    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 17);
    {
        slong a[] = {3, 1, -2, 5};
        fmpq_mat_t A;
        th_fmpq_mat(A, 2, 2, a, NULL);
        TAP_OK(sv_fmpq(s, A, prec) == WK_OK && th_check_dec(s + 0, "5.39003586140866043214041099749")
               && th_check_dec(s + 1, "3.15396788390887073573123732875"), "P1 sigma to 30 digits");
        fmpq_mat_clear(A);
    }
    {
        slong a[] = {1000000, 1000001, 999999, 1000000};
        fmpq_mat_t A;
        th_fmpq_mat(A, 2, 2, a, NULL);
        TAP_OK(sv_fmpq(s, A, prec) == WK_OK && th_check_dec(s + 0, "2000000.00000049999999999987500")
               && th_check_dec(s + 1, "4.99999999999875000000000062500e-7"), "P2 sigma to 30 digits");
        fmpq_mat_clear(A);
    }
    {
        slong a[] = {1, 2, 3, 0, 1, 4, 5, 6, 0};
        fmpq_mat_t A;
        th_fmpq_mat(A, 3, 3, a, NULL);
        TAP_OK(sv_fmpq(s, A, prec) == WK_OK && th_check_dec(s + 0, "8.27883923049978428523531201589")
               && th_check_dec(s + 1, "4.84357296660860535595066818826")
               && th_check_dec(s + 2, "0.0249381770796012875225341167272"), "P4 sigma to 30 digits");
        fmpq_mat_clear(A);
    }
    {
        fmpz_t p;
        fmpq_mat_t A;
        fmpz_init(p);
        fmpq_mat_init(A, 2, 2);
        fmpq_one(fmpq_mat_entry(A, 0, 0));
        fmpq_one(fmpq_mat_entry(A, 0, 1));
        fmpq_one(fmpq_mat_entry(A, 1, 0));
        fmpz_ui_pow_ui(p, 10, 20);
        fmpz_add_ui(fmpq_numref(fmpq_mat_entry(A, 1, 1)), p, 1);
        fmpz_set(fmpq_denref(fmpq_mat_entry(A, 1, 1)), p);
        TAP_OK(sv_fmpq(s, A, prec) == WK_OK && th_check_dec(s + 0, "2.00000000000000000000500000000")
               && th_check_dec(s + 1, "4.99999999999999999998750000000e-21"), "P5 sigma to 30 digits");
        fmpq_mat_clear(A);
        fmpz_clear(p);
    }
    {
        /* Hilbert(4) */
        fmpq_mat_t A;
        slong i, j;
        fmpq_mat_init(A, 4, 4);
        for (i = 0; i < 4; i++)
            for (j = 0; j < 4; j++)
                fmpq_set_si(fmpq_mat_entry(A, i, j), 1, i + j + 1);
        TAP_OK(sv_fmpq(s, A, prec) == WK_OK && th_check_dec(s + 3, "9.67023040225868855538606462325e-5"),
               "P6 Hilbert(4) sigma_4 to 30 digits");
        fmpq_mat_clear(A);
    }
    {
        /* P10 [[1,2,3],[4,5,6],[7,8,9 - 10^-15]] */
        fmpq_mat_t A;
        fmpz_t p;
        slong a[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        th_fmpq_mat(A, 3, 3, a, NULL);
        fmpz_init(p);
        fmpz_ui_pow_ui(p, 10, 15);
        fmpz_mul_ui(fmpq_numref(fmpq_mat_entry(A, 2, 2)), p, 9);
        fmpz_sub_ui(fmpq_numref(fmpq_mat_entry(A, 2, 2)), fmpq_numref(fmpq_mat_entry(A, 2, 2)), 1);
        fmpz_set(fmpq_denref(fmpq_mat_entry(A, 2, 2)), p);
        TAP_OK(sv_fmpq(s, A, prec) == WK_OK && th_check_dec(s + 2, "1.66666666666666634259259259259e-16"),
               "P10 sigma_3 to 30 digits");
        fmpq_mat_clear(A);
        fmpz_clear(p);
    }
    /* random: exact sum sigma^2 and prod sigma; KAK reconstruction */
    {
        int ok1 = 1, ok2 = 1, ok3 = 1;
        slong nuniq = 0;
        for (iter = 0; iter < 20 * tap_multiplier(); iter++)
        {
            slong n = 1 + n_randint(st, 5), i, j, p = 64 + n_randint(st, 300);
            fmpq_mat_t A;
            fmpq_t d, f;
            arb_mat_t B, T, D;
            arb_t x, y;
            arb_ptr sg;
            wk_lie_kak_t R;
            wk_lie_polar_t P;
            wk_lie_src_t src;
            fmpq_mat_init(A, n, n);
            fmpq_init(d);
            fmpq_init(f);
            do
            {
                for (i = 0; i < n; i++)
                    for (j = 0; j < n; j++)
                        fmpq_set_si(fmpq_mat_entry(A, i, j), (slong) n_randint(st, 19) - 9, 1 + n_randint(st, 5));
                fmpq_mat_det(d, A);
            } while (fmpq_sgn(d) <= 0);
            sg = _arb_vec_init(n);
            arb_init(x);
            arb_init(y);
            arb_mat_init(B, n, n);
            arb_mat_init(T, n, n);
            arb_mat_init(D, n, n);
            if (sv_fmpq(sg, A, p) != WK_OK)
                ok1 = 0;
            else
            {
                fmpq_zero(f);
                for (i = 0; i < n; i++)
                    for (j = 0; j < n; j++)
                        fmpq_addmul(f, fmpq_mat_entry(A, i, j), fmpq_mat_entry(A, i, j));
                arb_zero(x);
                for (i = 0; i < n; i++)
                    arb_addmul(x, sg + i, sg + i, p + 32);
                arb_set_fmpq(y, f, p + 32);
                ok1 = ok1 && arb_overlaps(x, y);
                arb_one(x);
                for (i = 0; i < n; i++)
                    arb_mul(x, x, sg + i, p + 32);
                arb_set_fmpq(y, d, p + 32);
                ok1 = ok1 && arb_overlaps(x, y);
                for (i = 0; i + 1 < n; i++)
                    ok1 = ok1 && !arb_lt(sg + i, sg + i + 1);
            }
            wk_lie_kak_init(R, n);
            wk_lie_src_fmpq(src, A);
            if (wk_lie_cartan_kak(R, src, WK_LIE_GLPLUS, p) != WK_OK)
                ok2 = 0;
            else if (R->unique)
            {
                nuniq++;
                arb_mat_set_fmpq_mat(B, A, p + 64);
                for (i = 0; i < n; i++)
                    for (j = 0; j < n; j++)
                        arb_mul(arb_mat_entry(D, i, j), arb_mat_entry(&R->U1, i, j), R->sigma + j, p + 32);
                arb_mat_transpose(T, &R->V);
                arb_mat_mul(T, D, T, p + 32);
                ok2 = ok2 && th_overlaps(T, B);
                arb_mat_det(x, &R->U1, p + 32);
                arb_mat_det(y, &R->V, p + 32);
                ok2 = ok2 && arb_contains_si(x, 1) && arb_contains_si(y, 1);
                /* identity 5: X = V diag(log sigma) V^T */
                wk_lie_polar_init(P, n);
                wk_lie_polar(P, src, WK_LIE_GLPLUS, p);
                for (i = 0; i < n; i++)
                    for (j = 0; j < n; j++)
                    {
                        arb_log(x, R->sigma + j, p + 32);
                        arb_mul(arb_mat_entry(D, i, j), arb_mat_entry(&R->V, i, j), x, p + 32);
                    }
                arb_mat_transpose(T, &R->V);
                arb_mat_mul(T, D, T, p + 32);
                ok3 = ok3 && th_overlaps(T, &P->X);
                wk_lie_polar_clear(P);
            }
            wk_lie_kak_clear(R);
            _arb_vec_clear(sg, n);
            arb_clear(x);
            arb_clear(y);
            arb_mat_clear(B);
            arb_mat_clear(T);
            arb_mat_clear(D);
            fmpq_mat_clear(A);
            fmpq_clear(d);
            fmpq_clear(f);
        }
        TAP_OK(ok1, "sum sigma^2 = ||A||_F^2, prod sigma = det A (exact), sigma descending");
        TAP_OK(ok2 && nuniq >= 10 * tap_multiplier(), "KAK: U1 diag(sigma) V^T = A with U1, V in SO(n) (%ld factored)", nuniq);
        TAP_OK(ok3, "identity 5: X(polar) = V diag(log sigma) V^T");
    }
    /* repeated singular values: sigma only */
    {
        slong a[] = {2, 0, 0, 0, 2, 0, 0, 0, 1};
        fmpq_mat_t A;
        wk_lie_kak_t R;
        wk_lie_src_t src;
        th_fmpq_mat(A, 3, 3, a, NULL);
        wk_lie_kak_init(R, 3);
        wk_lie_src_fmpq(src, A);
        TAP_OK(wk_lie_cartan_kak(R, src, WK_LIE_GLPLUS, 100) == WK_OK && R->unique == 0
               && arb_contains_si(R->sigma + 0, 2) && arb_contains_si(R->sigma + 2, 1),
               "diag(2,2,1): sigma = (2,2,1), unique = 0");
        wk_lie_kak_clear(R);
        fmpq_mat_clear(A);
    }
    /* normalisation: largest entry of each column of V positive */
    {
        slong a[] = {3, 1, -2, 5};
        fmpq_mat_t A;
        wk_lie_kak_t R;
        wk_lie_src_t src;
        slong j;
        int ok = 1;
        th_fmpq_mat(A, 2, 2, a, NULL);
        wk_lie_kak_init(R, 2);
        wk_lie_src_fmpq(src, A);
        ok = wk_lie_cartan_kak(R, src, WK_LIE_GLPLUS, 100) == WK_OK && R->unique;
        for (j = 1; j < 2 && ok; j++)
        {
            arb_t m0, m1;
            arb_init(m0);
            arb_init(m1);
            arb_abs(m0, arb_mat_entry(&R->V, 0, j));
            arb_abs(m1, arb_mat_entry(&R->V, 1, j));
            ok = arb_is_positive(arb_gt(m0, m1) ? arb_mat_entry(&R->V, 0, j) : arb_mat_entry(&R->V, 1, j));
            arb_clear(m0);
            arb_clear(m1);
        }
        TAP_OK(ok, "P1 KAK: columns of V (after the first) have their largest entry positive");
        wk_lie_kak_clear(R);
        fmpq_mat_clear(A);
    }
    _arb_vec_clear(s, 4);
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}

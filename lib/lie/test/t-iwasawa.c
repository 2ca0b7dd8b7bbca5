/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of wk_lie_iwasawa: public vectors P1 (a, N12 = -7/13) and P4 (a);
   a_k^2 = det(G_k)/det(G_{k-1}) for the leading minors G_k of A^T A computed
   exactly over Q (an independent formula); K diag(a) N = A; K^T K = I;
   prod a_i = det A; a_1 = |A e_1|. */
#include "helpers.h"

static wk_status iw_fmpq(wk_lie_iwasawa_t I_, const fmpq_mat_t A, wk_lie_group G, slong prec)
{
    wk_lie_src_t s;
    wk_lie_src_fmpq(s, A);
    return wk_lie_iwasawa(I_, s, G, prec);
}

/* a_k from exact Gram minors */
static int gram_minor_check(const wk_lie_iwasawa_t I_, const fmpq_mat_t A, slong prec)
{
    slong n = fmpq_mat_nrows(A), k, i, j;
    int ok = 1;
    fmpq_mat_t At, S, Gk;
    fmpq_t dk, dprev, r;
    arb_t a;
    fmpq_mat_init(At, n, n);
    fmpq_mat_init(S, n, n);
    fmpq_init(dk);
    fmpq_init(dprev);
    fmpq_init(r);
    arb_init(a);
    fmpq_mat_transpose(At, A);
    fmpq_mat_mul(S, At, A);
    fmpq_one(dprev);
    for (k = 1; k <= n; k++)
    {
        fmpq_mat_init(Gk, k, k);
        for (i = 0; i < k; i++)
            for (j = 0; j < k; j++)
                fmpq_set(fmpq_mat_entry(Gk, i, j), fmpq_mat_entry(S, i, j));
        fmpq_mat_det(dk, Gk);
        fmpq_div(r, dk, dprev);
        arb_set_fmpq(a, r, prec + 64);
        arb_sqrt(a, a, prec + 64);
        ok = ok && arb_overlaps(a, I_->a + k - 1);
        fmpq_swap(dk, dprev);
        fmpq_mat_clear(Gk);
    }
    fmpq_mat_clear(At);
    fmpq_mat_clear(S);
    fmpq_clear(dk);
    fmpq_clear(dprev);
    fmpq_clear(r);
    arb_clear(a);
    return ok;
}

static int identities(const wk_lie_iwasawa_t I_, const fmpq_mat_t A, slong prec)
{
    slong n = I_->n, i, j;
    int ok = 1;
    arb_mat_t B, T, D;
    arb_t d, p;
    arb_mat_init(B, n, n);
    arb_mat_init(T, n, n);
    arb_mat_init(D, n, n);
    arb_init(d);
    arb_init(p);
    arb_mat_set_fmpq_mat(B, A, prec + 64);
    /* K diag(a) N = A */
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            arb_mul(arb_mat_entry(D, i, j), arb_mat_entry(&I_->N, i, j), I_->a + i, prec + 32);
    arb_mat_mul(T, &I_->K, D, prec + 32);
    ok = ok && th_overlaps(T, B);
    /* K^T K = I, det K = 1 */
    arb_mat_transpose(T, &I_->K);
    arb_mat_mul(T, T, &I_->K, prec + 32);
    arb_mat_one(D);
    ok = ok && th_overlaps(T, D);
    arb_mat_det(d, &I_->K, prec + 32);
    ok = ok && arb_contains_si(d, 1);
    /* N unit upper triangular */
    for (i = 0; i < n; i++)
    {
        ok = ok && arb_is_one(arb_mat_entry(&I_->N, i, i));
        for (j = 0; j < i; j++)
            ok = ok && arb_is_zero(arb_mat_entry(&I_->N, i, j));
    }
    /* prod a = det A */
    arb_one(p);
    for (i = 0; i < n; i++)
        arb_mul(p, p, I_->a + i, prec + 32);
    arb_mat_det(d, B, prec + 32);
    ok = ok && arb_overlaps(p, d);
    /* a_1 = |A e_1| */
    arb_zero(d);
    for (i = 0; i < n; i++)
        arb_addmul(d, arb_mat_entry(B, i, 0), arb_mat_entry(B, i, 0), prec + 32);
    arb_sqrt(d, d, prec + 32);
    ok = ok && arb_overlaps(d, I_->a);
    arb_mat_clear(B);
    arb_mat_clear(T);
    arb_mat_clear(D);
    arb_clear(d);
    arb_clear(p);
    return ok;
}

int main(int argc, char ** argv)
{
    slong prec = th_bits(30), iter;
    flint_rand_t st;
    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 13);
    {
        slong a[] = {3, 1, -2, 5};
        fmpq_mat_t A;
        wk_lie_iwasawa_t I_;
        arb_t r;
        arb_init(r);
        th_fmpq_mat(A, 2, 2, a, NULL);
        wk_lie_iwasawa_init(I_, 2);
        TAP_OK(iw_fmpq(I_, A, WK_LIE_GLPLUS, prec) == WK_OK
            && th_check_dec(I_->a + 0, "3.60555127546398929311922126747")
            && th_check_dec(I_->a + 1, "4.71495166791444753715590473438"), "P1 a to 30 digits");
        arb_set_si(r, -7);
        arb_div_si(r, r, 13, prec + 64);
        TAP_OK(arb_overlaps(arb_mat_entry(&I_->N, 0, 1), r) && th_log2_maxrad(&I_->N) < -prec + 4, "P1 N12 = -7/13");
        wk_lie_iwasawa_clear(I_);
        fmpq_mat_clear(A);
        arb_clear(r);
    }
    {
        slong a[] = {1, 2, 3, 0, 1, 4, 5, 6, 0};
        fmpq_mat_t A;
        wk_lie_iwasawa_t I_;
        th_fmpq_mat(A, 3, 3, a, NULL);
        wk_lie_iwasawa_init(I_, 3);
        TAP_OK(iw_fmpq(I_, A, WK_LIE_SL, prec) == WK_OK
            && th_check_dec(I_->a + 0, "5.09901951359278483002822410902")
            && th_check_dec(I_->a + 1, "1.27097781860448508167826356251")
            && th_check_dec(I_->a + 2, "0.154303349962091910261094462764"), "P4 a to 30 digits");
        TAP_OK(identities(I_, A, prec), "P4 identities");
        wk_lie_iwasawa_clear(I_);
        fmpq_mat_clear(A);
    }
    {
        int ok1 = 1, ok2 = 1, ok3 = 1;
        for (iter = 0; iter < 30 * tap_multiplier(); iter++)
        {
            slong n = 1 + n_randint(st, 6), i, j, p = 64 + n_randint(st, 400);
            fmpq_mat_t A;
            fmpq_t d;
            wk_lie_iwasawa_t I_;
            fmpq_mat_init(A, n, n);
            fmpq_init(d);
            do
            {
                for (i = 0; i < n; i++)
                    for (j = 0; j < n; j++)
                        fmpq_set_si(fmpq_mat_entry(A, i, j), (slong) n_randint(st, 19) - 9, 1 + n_randint(st, 5));
                fmpq_mat_det(d, A);
            } while (fmpq_sgn(d) <= 0);
            wk_lie_iwasawa_init(I_, n);
            if (iw_fmpq(I_, A, WK_LIE_GLPLUS, p) != WK_OK)
                ok1 = ok2 = 0;
            else
            {
                wk_lie_iwasawa_t J_;
                arb_mat_t B;
                wk_lie_src_t bs;
                ok1 = ok1 && gram_minor_check(I_, A, p);
                ok2 = ok2 && identities(I_, A, p);
                /* the same matrix as (non-exact) balls takes the Cholesky path */
                wk_lie_iwasawa_init(J_, n);
                arb_mat_init(B, n, n);
                arb_mat_set_fmpq_mat(B, A, p + 200);
                arb_add_error_2exp_si(arb_mat_entry(B, 0, 0), -p - 180);
                wk_lie_src_arb(bs, B);
                if (wk_lie_iwasawa(J_, bs, WK_LIE_GLPLUS, p) != WK_OK)
                    ok3 = 0;
                else
                {
                    ok3 = ok3 && th_overlaps(&I_->K, &J_->K) && th_overlaps(&I_->N, &J_->N);
                    for (i = 0; i < n; i++)
                        ok3 = ok3 && arb_overlaps(I_->a + i, J_->a + i);
                    ok3 = ok3 && th_log2_maxrad(&J_->K) < -p + 2;
                }
                wk_lie_iwasawa_clear(J_);
                arb_mat_clear(B);
            }
            wk_lie_iwasawa_clear(I_);
            fmpq_mat_clear(A);
            fmpq_clear(d);
        }
        TAP_OK(ok1, "a_k^2 = det G_k / det G_{k-1} (exact Gram minors)");
        TAP_OK(ok3, "ball input (Cholesky path) agrees with the exact LDL^T path");
        TAP_OK(ok2, "K diag(a) N = A, K in SO(n), prod a = det A, a_1 = |A e_1|");
    }
    flint_randclear(st);
    flint_cleanup();
    return tap_done();
}

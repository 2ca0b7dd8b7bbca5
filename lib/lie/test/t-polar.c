/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of wk_lie_polar: public vectors P1, P2, P3, P5 (spec section 8) and
   the identities of section 7 checked with independent routines
   (arb_mat_exp for exp X, arb_mat_inv, products): A = U e^X = e^Xl U,
   e^{2X} = A^T A, U^T U = I, polar(kA) = (kU, X), polar(Ak) = (Uk, k^T X k),
   polar(A^-1) = (U^T, -Xl), det A = e^{tr X}; ball input; clusters. */
#include "helpers.h"

static wk_status polar_fmpq(wk_lie_polar_t P, const fmpq_mat_t A, wk_lie_group G, slong prec)
{
    wk_lie_src_t s;
    wk_lie_src_fmpq(s, A);
    return wk_lie_polar(P, s, G, prec);
}

/* checks the identities of one decomposition; A as balls */
static int identities_ok(const wk_lie_polar_t P, const arb_mat_t A, slong prec, double * lerr)
{
    slong n = P->n, i;
    int ok = 1;
    arb_mat_t E, T, T2;
    arb_t d, t;
    arb_mat_init(E, n, n);
    arb_mat_init(T, n, n);
    arb_mat_init(T2, n, n);
    arb_init(d);
    arb_init(t);
    /* A = U exp(X) */
    arb_mat_exp(E, &P->X, prec + 32);
    arb_mat_mul(T, &P->U, E, prec + 32);
    ok = ok && th_overlaps(T, A);
    *lerr = th_log2_maxrad(T);
    /* A = exp(Xl) U */
    arb_mat_exp(E, &P->Xl, prec + 32);
    arb_mat_mul(T, E, &P->U, prec + 32);
    ok = ok && th_overlaps(T, A);
    /* H = exp(X), Hl = exp(Xl) */
    ok = ok && th_overlaps(E, &P->Hl);
    arb_mat_exp(E, &P->X, prec + 32);
    ok = ok && th_overlaps(E, &P->H);
    /* exp(2X) = A^T A */
    arb_mat_mul(T, E, E, prec + 32);
    arb_mat_transpose(T2, A);
    arb_mat_mul(T2, T2, A, prec + 32);
    ok = ok && th_overlaps(T, T2);
    /* U^T U = I, det U = 1 */
    arb_mat_transpose(T, &P->U);
    arb_mat_mul(T, T, &P->U, prec + 32);
    arb_mat_one(T2);
    ok = ok && th_overlaps(T, T2);
    arb_mat_det(d, &P->U, prec + 32);
    ok = ok && arb_contains_si(d, 1);
    /* det A = exp(tr X) */
    arb_mat_det(d, A, prec + 32);
    arb_mat_trace(t, &P->X, prec + 32);
    arb_exp(t, t, prec + 32);
    ok = ok && arb_overlaps(d, t);
    /* symmetric X, Xl */
    arb_mat_transpose(T, &P->X);
    ok = ok && th_overlaps(T, &P->X);
    for (i = 0; i < n; i++)
        ok = ok && arb_is_finite(arb_mat_entry(&P->X, i, i));
    arb_mat_clear(E);
    arb_mat_clear(T);
    arb_mat_clear(T2);
    arb_clear(d);
    arb_clear(t);
    return ok;
}

static void test_vectors(void)
{
    fmpq_mat_t A;
    wk_lie_polar_t P;
    slong prec = th_bits(30);
    {
        slong a[] = {3, 1, -2, 5};
        th_fmpq_mat(A, 2, 2, a, NULL);
        wk_lie_polar_init(P, 2);
        TAP_OK(polar_fmpq(P, A, WK_LIE_GLPLUS, prec) == WK_OK, "P1 polar succeeds");
        TAP_OK(th_check_dec(arb_mat_entry(&P->U, 0, 0), "0.936329177569044511547577898766")
            && th_check_dec(arb_mat_entry(&P->U, 0, 1), "0.351123441588391691830341712037")
            && th_check_dec(arb_mat_entry(&P->U, 1, 0), "-0.351123441588391691830341712037")
            && th_check_dec(arb_mat_entry(&P->U, 1, 1), "0.936329177569044511547577898766"), "P1 U to 30 digits");
        TAP_OK(th_check_dec(arb_mat_entry(&P->X, 0, 0), "1.23428295303155276739033213202")
            && th_check_dec(arb_mat_entry(&P->X, 0, 1), "-0.196348620457828755252468652059")
            && th_check_dec(arb_mat_entry(&P->X, 1, 0), "-0.196348620457828755252468652059")
            && th_check_dec(arb_mat_entry(&P->X, 1, 1), "1.59893039102466331285920248585"), "P1 X to 30 digits");
        TAP_OK(th_check_dec(arb_mat_entry(&P->Xl, 0, 0), "1.15013354426391187228213128114")
            && th_check_dec(arb_mat_entry(&P->Xl, 0, 1), "-0.0280498029225469650360669502942")
            && th_check_dec(arb_mat_entry(&P->Xl, 1, 0), "-0.0280498029225469650360669502942")
            && th_check_dec(arb_mat_entry(&P->Xl, 1, 1), "1.68307979979230420796740333673"), "P1 Xl to 30 digits");
        wk_lie_polar_clear(P);
        fmpq_mat_clear(A);
    }
    {
        /* P2 [[10^6, 10^6+1], [10^6-1, 10^6]], cond 4e12, in SL(2) */
        slong a[] = {1000000, 1000001, 999999, 1000000};
        arb_t t;
        arb_init(t);
        th_fmpq_mat(A, 2, 2, a, NULL);
        wk_lie_polar_init(P, 2);
        TAP_OK(polar_fmpq(P, A, WK_LIE_SL, prec) == WK_OK, "P2 polar succeeds in SL(2)");
        arb_neg(t, arb_mat_entry(&P->X, 1, 1));
        TAP_OK(th_check_dec(arb_mat_entry(&P->X, 0, 0), "-1.45086577385172150846559239619e-5")
            && th_check_dec(t, "-1.45086577385172150846559239619e-5")
            && th_check_dec(arb_mat_entry(&P->X, 0, 1), "14.5086577385172150846559239619"), "P2 X to 30 digits");
        arb_mat_trace(t, &P->X, prec);
        TAP_OK(arb_contains_zero(t), "P2 tr X contains 0 (SL)");
        arb_clear(t);
        wk_lie_polar_clear(P);
        fmpq_mat_clear(A);
    }
    {
        /* P3 [[-2, 3/2], [0, -1/2]] */
        slong a[] = {-2, 3, 0, -1}, d[] = {1, 2, 1, 2};
        th_fmpq_mat(A, 2, 2, a, d);
        wk_lie_polar_init(P, 2);
        TAP_OK(polar_fmpq(P, A, WK_LIE_SL, prec) == WK_OK, "P3 polar succeeds");
        TAP_OK(th_check_dec(arb_mat_entry(&P->U, 0, 0), "-0.857492925712544186893257776110")
            && th_check_dec(arb_mat_entry(&P->U, 0, 1), "0.514495755427526512135954665666")
            && th_check_dec(arb_mat_entry(&P->U, 1, 0), "-0.514495755427526512135954665666")
            && th_check_dec(arb_mat_entry(&P->U, 1, 1), "-0.857492925712544186893257776110"), "P3 U to 30 digits");
        TAP_OK(th_check_dec(arb_mat_entry(&P->Xl, 0, 0), "0.896045967989050350207001630657")
            && th_check_dec(arb_mat_entry(&P->Xl, 0, 1), "-0.224011491997262587551750407664")
            && th_check_dec(arb_mat_entry(&P->Xl, 1, 1), "-0.896045967989050350207001630657"), "P3 Xl to 30 digits");
        wk_lie_polar_clear(P);
        fmpq_mat_clear(A);
    }
    {
        /* P5 [[1, 1], [1, 1 + 10^-20]], cond 4e20 */
        fmpz_t p;
        fmpz_init(p);
        fmpq_mat_init(A, 2, 2);
        fmpq_one(fmpq_mat_entry(A, 0, 0));
        fmpq_one(fmpq_mat_entry(A, 0, 1));
        fmpq_one(fmpq_mat_entry(A, 1, 0));
        fmpz_ui_pow_ui(p, 10, 20);
        fmpz_add_ui(fmpq_numref(fmpq_mat_entry(A, 1, 1)), p, 1);
        fmpz_set(fmpq_denref(fmpq_mat_entry(A, 1, 1)), p);
        wk_lie_polar_init(P, 2);
        TAP_OK(polar_fmpq(P, A, WK_LIE_GLPLUS, prec) == WK_OK, "P5 polar succeeds");
        TAP_OK(th_check_dec(arb_mat_entry(&P->X, 0, 0), "-23.0258509299404568402985095374")
            && th_check_dec(arb_mat_entry(&P->X, 0, 1), "23.7189981105004021495996466683")
            && th_check_dec(arb_mat_entry(&P->X, 1, 1), "-23.0258509299404568400613195563"), "P5 X to 30 digits");
        wk_lie_polar_clear(P);
        fmpq_mat_clear(A);
        fmpz_clear(p);
    }
}

static void random_rational(fmpq_mat_t A, flint_rand_t st, slong n)
{
    slong i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            fmpq_set_si(fmpq_mat_entry(A, i, j), (slong) n_randint(st, 19) - 9, 1 + n_randint(st, 6));
}

static void test_random(void)
{
    flint_rand_t st;
    slong iter, ok_all = 1, fail_at = -1;
    double worst = -1e9;
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 7);
    for (iter = 0; iter < 40 * tap_multiplier(); iter++)
    {
        slong n = 1 + n_randint(st, 6), prec = 64 + n_randint(st, 300);
        fmpq_mat_t A;
        arb_mat_t B;
        wk_lie_polar_t P;
        wk_status s;
        double lerr;
        fmpq_t d;
        fmpq_mat_init(A, n, n);
        fmpq_init(d);
        do
        {
            random_rational(A, st, n);
            fmpq_mat_det(d, A);
        } while (fmpq_sgn(d) <= 0);
        arb_mat_init(B, n, n);
        arb_mat_set_fmpq_mat(B, A, prec + 64);
        wk_lie_polar_init(P, n);
        s = polar_fmpq(P, A, WK_LIE_GLPLUS, prec);
        if (s != WK_OK || !identities_ok(P, B, prec, &lerr))
        {
            ok_all = 0;
            if (fail_at < 0) fail_at = iter;
        }
        else if (lerr + prec > worst)
            worst = lerr + prec;
        wk_lie_polar_clear(P);
        arb_mat_clear(B);
        fmpq_mat_clear(A);
        fmpq_clear(d);
    }
    TAP_OK(ok_all, "section 7 identities 1, 4 on random rational matrices (first failure %ld)", fail_at);
    TAP_OK(worst < 16, "reconstruction U e^X = A to the working precision (worst excess %.1f bits)", worst);
    flint_randclear(st);
}

/* polar(kA) = (kU, X), polar(Ak) = (Uk, k^T X k), polar(A^-1) = (U^T, -Xl) */
static void test_equivariance(void)
{
    flint_rand_t st;
    slong iter, n, prec = 128;
    int ok1 = 1, ok2 = 1, ok3 = 1;
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 11);
    for (iter = 0; iter < 10 * tap_multiplier(); iter++)
    {
        fmpq_mat_t A, Q;
        arb_mat_t B, K, KA, AK, Ai, T, T2;
        wk_lie_polar_t P, Pk;
        wk_lie_src_t s;
        fmpq_t d;
        slong i, j;
        n = 2 + n_randint(st, 4);
        fmpq_mat_init(A, n, n);
        fmpq_mat_init(Q, n, n);
        fmpq_init(d);
        do
        {
            random_rational(A, st, n);
            fmpq_mat_det(d, A);
        } while (fmpq_sgn(d) <= 0);
        /* a rational rotation k: Cayley transform of a random skew S,
           k = (I - S)^-1 (I + S) */
        {
            fmpq_mat_t S, I1, I2;
            fmpq_mat_init(S, n, n);
            fmpq_mat_init(I1, n, n);
            fmpq_mat_init(I2, n, n);
            for (i = 0; i < n; i++)
                for (j = i + 1; j < n; j++)
                {
                    fmpq_set_si(fmpq_mat_entry(S, i, j), (slong) n_randint(st, 7) - 3, 1 + n_randint(st, 3));
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
        arb_mat_init(B, n, n); arb_mat_init(K, n, n); arb_mat_init(KA, n, n);
        arb_mat_init(AK, n, n); arb_mat_init(Ai, n, n); arb_mat_init(T, n, n); arb_mat_init(T2, n, n);
        arb_mat_set_fmpq_mat(B, A, prec + 64);
        arb_mat_set_fmpq_mat(K, Q, prec + 64);
        wk_lie_polar_init(P, n);
        wk_lie_polar_init(Pk, n);
        polar_fmpq(P, A, WK_LIE_GLPLUS, prec);
        {
            fmpq_mat_t KAq;
            fmpq_mat_init(KAq, n, n);
            /* kA exactly */
            fmpq_mat_mul(KAq, Q, A);
            polar_fmpq(Pk, KAq, WK_LIE_GLPLUS, prec);
            arb_mat_mul(T, K, &P->U, prec);
            ok1 = ok1 && th_overlaps(T, &Pk->U) && th_overlaps(&P->X, &Pk->X);
            /* Ak exactly */
            fmpq_mat_mul(KAq, A, Q);
            polar_fmpq(Pk, KAq, WK_LIE_GLPLUS, prec);
            arb_mat_mul(T, &P->U, K, prec);
            ok2 = ok2 && th_overlaps(T, &Pk->U);
            arb_mat_transpose(T, K);
            arb_mat_mul(T, T, &P->X, prec);
            arb_mat_mul(T, T, K, prec);
            ok2 = ok2 && th_overlaps(T, &Pk->X);
            /* A^-1 exactly */
            fmpq_mat_inv(KAq, A);
            polar_fmpq(Pk, KAq, WK_LIE_GLPLUS, prec);
            arb_mat_transpose(T, &P->U);
            arb_mat_neg(T2, &P->Xl);
            ok3 = ok3 && th_overlaps(T, &Pk->U) && th_overlaps(T2, &Pk->X);
            fmpq_mat_clear(KAq);
        }
        (void) s;
        wk_lie_polar_clear(P);
        wk_lie_polar_clear(Pk);
        arb_mat_clear(B); arb_mat_clear(K); arb_mat_clear(KA);
        arb_mat_clear(AK); arb_mat_clear(Ai); arb_mat_clear(T); arb_mat_clear(T2);
        fmpq_mat_clear(A);
        fmpq_mat_clear(Q);
        fmpq_clear(d);
    }
    TAP_OK(ok1, "identity 2: polar(kA) = (kU, X)");
    TAP_OK(ok2, "identity 2: polar(Ak) = (Uk, k^T X k)");
    TAP_OK(ok3, "identity 3: polar(A^-1) = (U^T, -Xl)");
    flint_randclear(st);
}

/* ball input: the result contains the polar factors of a point inside */
static void test_ball_and_clusters(void)
{
    slong n = 3, i, j, prec = 100;
    arb_mat_t B, C;
    wk_lie_src_t s;
    wk_lie_polar_t P, Q;
    slong a[] = {2, 1, 0, -1, 3, 1, 1, -2, 4};
    fmpq_mat_t A;
    double lerr;
    th_fmpq_mat(A, 3, 3, a, NULL);
    arb_mat_init(B, n, n);
    arb_mat_init(C, n, n);
    arb_mat_set_fmpq_mat(B, A, 200);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            arb_add_error_2exp_si(arb_mat_entry(B, i, j), -70);
    wk_lie_src_arb(s, B);
    wk_lie_polar_init(P, n);
    wk_lie_polar_init(Q, n);
    TAP_OK(wk_lie_polar(P, s, WK_LIE_GLPLUS, prec) == WK_OK, "ball input (radius 2^-70) accepted");
    polar_fmpq(Q, A, WK_LIE_GLPLUS, prec);
    TAP_OK(th_overlaps(&P->U, &Q->U) && th_overlaps(&P->X, &Q->X) && th_log2_maxrad(&P->X) < -55,
           "ball result contains the midpoint's factors, radius ~ input radius (2^%.1f)", th_log2_maxrad(&P->X));
    fmpq_mat_clear(A);
    /* identity and a rotation: H = I, X = 0 (eigenvalue clusters) */
    {
        fmpq_mat_t I3;
        fmpq_mat_init(I3, 3, 3);
        fmpq_mat_one(I3);
        TAP_OK(polar_fmpq(Q, I3, WK_LIE_SL, prec) == WK_OK && arb_mat_contains_fmpq_mat(&Q->U, I3)
               && th_log2_maxrad(&Q->X) < -prec, "polar(I) = (I, 0)");
        fmpq_mat_zero(I3);
        /* rational rotation [[2,-1,2],[2,2,-1],[-1,2,2]]/3 */
        {
            slong r[] = {2, -1, 2, 2, 2, -1, -1, 2, 2}, d3[] = {3, 3, 3, 3, 3, 3, 3, 3, 3};
            fmpq_mat_t R;
            th_fmpq_mat(R, 3, 3, r, d3);
            TAP_OK(polar_fmpq(Q, R, WK_LIE_SL, prec) == WK_OK && arb_mat_contains_fmpq_mat(&Q->U, R)
                   && th_log2_maxrad(&Q->X) < -prec, "polar(rotation) = (rotation, 0)");
            fmpq_mat_clear(R);
        }
        /* diag(2, 2, 1/4) in SL(3): repeated singular values */
        fmpq_set_si(fmpq_mat_entry(I3, 0, 0), 2, 1);
        fmpq_set_si(fmpq_mat_entry(I3, 1, 1), 2, 1);
        fmpq_set_si(fmpq_mat_entry(I3, 2, 2), 1, 4);
        arb_mat_set_fmpq_mat(C, I3, 300);
        TAP_OK(polar_fmpq(Q, I3, WK_LIE_SL, prec) == WK_OK && identities_ok(Q, C, prec, &lerr),
               "diag(2,2,1/4): repeated singular values");
        fmpq_mat_clear(I3);
    }
    /* n = 1 */
    {
        fmpq_mat_t A1;
        wk_lie_polar_t P1;
        arb_t l;
        fmpq_mat_init(A1, 1, 1);
        fmpq_set_si(fmpq_mat_entry(A1, 0, 0), 7, 3);
        wk_lie_polar_init(P1, 1);
        arb_init(l);
        arb_set_si(l, 7);
        arb_div_si(l, l, 3, 200);
        arb_log(l, l, 200);
        TAP_OK(polar_fmpq(P1, A1, WK_LIE_GLPLUS, 80) == WK_OK && arb_is_one(arb_mat_entry(&P1->U, 0, 0)) == 0
               && arb_contains_si(arb_mat_entry(&P1->U, 0, 0), 1) && arb_overlaps(arb_mat_entry(&P1->X, 0, 0), l),
               "n = 1: U = 1, X = log a");
        arb_clear(l);
        wk_lie_polar_clear(P1);
        fmpq_mat_clear(A1);
    }
    wk_lie_polar_clear(P);
    wk_lie_polar_clear(Q);
    arb_mat_clear(B);
    arb_mat_clear(C);
}

/* a larger case: n = 12 at 256 bits, reconstruction */
static void test_large(void)
{
    flint_rand_t st;
    slong n = 12, prec = 256;
    fmpq_mat_t A;
    arb_mat_t B;
    wk_lie_polar_t P;
    fmpq_t d;
    double lerr;
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 3);
    fmpq_mat_init(A, n, n);
    fmpq_init(d);
    do
    {
        random_rational(A, st, n);
        fmpq_mat_det(d, A);
    } while (fmpq_sgn(d) <= 0);
    arb_mat_init(B, n, n);
    arb_mat_set_fmpq_mat(B, A, prec + 64);
    wk_lie_polar_init(P, n);
    TAP_OK(polar_fmpq(P, A, WK_LIE_GLPLUS, prec) == WK_OK && identities_ok(P, B, prec, &lerr),
           "n = 12 at 256 bits: identities hold");
    wk_lie_polar_clear(P);
    arb_mat_clear(B);
    fmpq_mat_clear(A);
    fmpq_clear(d);
    flint_randclear(st);
}

int main(int argc, char ** argv)
{
    tap_init(argc, argv);
    test_vectors();
    test_random();
    test_equivariance();
    test_ball_and_clusters();
    test_large();
    flint_cleanup();
    return tap_done();
}

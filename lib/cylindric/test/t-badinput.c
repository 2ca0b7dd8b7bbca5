/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Bad input (spec 8): every row gets the status and the exact message the
   spec describes; size guards name the size and the limit; a raised
   interrupt flag stops the long computations with WK_E_INTERRUPT (and,
   under the sanitizers, without leaks). */
#include <string.h>
#include "wk_cylindric.h"
#include "tap.h"

static int msg_is(wk_status got, wk_status want, const char *msg)
{
    return got == want && strcmp(wk_error_msg(), msg) == 0;
}

static int msg_starts(wk_status got, wk_status want, const char *prefix)
{
    return got == want && strncmp(wk_error_msg(), prefix, strlen(prefix)) == 0;
}

static void setp(wk_partition_t p, slong a, slong b)
{
    slong v[2];
    v[0] = a;
    v[1] = b;
    wk_partition_set_vec(p, v, 2);
}

int main(int argc, char **argv)
{
    fmpz_poly_t a;
    slong *w, T;
    wk_status st;

    tap_init(argc, argv);
    fmpz_poly_init(a);

    /* profiles */
    {
        slong v[3] = {1, 2, 0};
        TAP_OK(msg_is(wk_cpp_series(a, v, 3, 5), WK_E_DOMAIN,
                      "profile entries must be 0 or 1 (got 2 at position 2)"),
               "letter 2: %s", wk_error_msg());
        TAP_OK(msg_is(wk_cpp_profile_set_str(&w, &T, "1201"), WK_E_DOMAIN,
                      "profile entries must be 0 or 1 (got 2 at position 2)"),
               "string \"1201\": %s", wk_error_msg());
        TAP_OK(msg_is(wk_cpp_profile_set_str(&w, &T, "10x"), WK_E_DOMAIN,
                      "profile entries must be 0 or 1 (got 'x' at position 3)"),
               "string \"10x\": %s", wk_error_msg());
        TAP_OK(msg_is(wk_cpp_series(a, v, 0, 5), WK_E_DOMAIN, "profile must be non-empty"),
               "empty profile: %s", wk_error_msg());
        TAP_OK(msg_is(wk_cpp_profile_set_str(&w, &T, ""), WK_E_DOMAIN, "profile must be non-empty"),
               "empty string: %s", wk_error_msg());
    }
    /* compositions */
    {
        slong c[3] = {1, -1, 2};
        TAP_OK(msg_is(wk_cpp_gk_to_word(&w, &T, c, 0), WK_E_DOMAIN, "profile must be non-empty"),
               "empty composition: %s", wk_error_msg());
        TAP_OK(msg_is(wk_cpp_gk_to_word(&w, &T, c, 3), WK_E_DOMAIN,
                      "composition entries must be nonnegative integers"),
               "negative composition part: %s", wk_error_msg());
        c[1] = WORD(1) << 40;
        TAP_OK(msg_starts(wk_cpp_gk_to_word(&w, &T, c, 3), WK_E_TOO_LARGE,
                          "composition gives a profile longer than the limit"),
               "huge composition part: %s", wk_error_msg());
        {
            slong z[3] = {0, 0, 0};
            TAP_OK(msg_is(wk_cpp_word_to_gk(&w, &T, NULL, z, 3), WK_E_DOMAIN,
                          "profile has no entry 1, so it is not of the form w(c)"),
                   "word_to_gk(000): %s", wk_error_msg());
        }
    }
    /* truncation order */
    {
        slong v[2] = {1, 0};
        TAP_OK(msg_is(wk_cpp_series(a, v, 2, -1), WK_E_DOMAIN,
                      "truncation order must be a nonnegative integer"),
               "N = -1: %s", wk_error_msg());
        TAP_OK(msg_is(wk_cpp_series(a, v, 2, WORD(20000000)), WK_E_TOO_LARGE,
                      "truncation order 20000000 exceeds the limit 10000000"),
               "N past the guard: %s", wk_error_msg());
        {
            /* a long balanced profile: the result itself would be too big */
            slong u[400], i;
            for (i = 0; i < 400; i++)
                u[i] = i & 1;
            st = wk_cpp_series(a, u, 400, WORD(5000000));
            TAP_OK(msg_starts(st, WK_E_TOO_LARGE, "the series to order 5000000 needs about "),
                   "memory guard: %s", wk_error_msg());
        }
        TAP_OK(msg_is(wk_cpp_count_transfer(a, v, 2, 500, 0), WK_E_TOO_LARGE,
                      "truncation order 500 exceeds the limit 120"),
               "transfer count past its guard: %s", wk_error_msg());
        TAP_OK(msg_starts(wk_cpp_count_transfer(a, v, 2, 70, 0), WK_E_TOO_LARGE,
                          "the transfer count to q^70 starts from "),
               "transfer count with too many starts: %s", wk_error_msg());
    }
    /* a composite modulus */
    {
        slong v[2] = {1, 0};
        nmod_poly_t c;
        nmod_poly_init(c, 4);
        TAP_OK(msg_is(wk_cpp_series_nmod(c, v, 2, 5), WK_E_DOMAIN, "modulus must be a prime (got 4)"),
               "series mod 4: %s", wk_error_msg());
        nmod_poly_clear(c);
    }
    /* not a cylindric partition */
    {
        slong v[2] = {1, 0}, two = 2, one = 1;
        wk_partition_struct mu[5];
        wk_cpp_t pi;
        int i;
        for (i = 0; i < 5; i++)
            wk_partition_init(mu + i);
        wk_cpp_init(pi);
        wk_partition_set_vec(mu + 0, &two, 1);
        wk_partition_set_vec(mu + 1, &one, 1);
        wk_partition_set_vec(mu + 2, &two, 1);
        TAP_OK(msg_is(wk_cpp_set(pi, v, 2, mu, 3), WK_E_DOMAIN,
                      "not a cylindric partition with profile 10: step 1 (up) needs (1)/(2) to be a horizontal strip"),
               "step 1 fails: %s", wk_error_msg());
        TAP_OK(msg_is(wk_cpp_qt_weight_fmpq(NULL, v, 2, mu, 3, WK_CPP_CONTAINMENT, NULL, NULL), WK_E_DOMAIN,
                      "not a cylindric partition with profile 10: step 1 (up) needs (1)/(2) to be a horizontal strip"),
               "cpp_qt_weight checks before computing: %s", wk_error_msg());
        wk_partition_set_vec(mu + 1, &two, 1);
        wk_partition_set_vec(mu + 2, &one, 1);
        TAP_OK(msg_is(wk_cpp_set(pi, v, 2, mu, 3), WK_E_DOMAIN,
                      "not a cylindric partition with profile 10: mu^2 = (1) differs from mu^0 = (2)"),
               "mu^T != mu^0: %s", wk_error_msg());
        TAP_OK(msg_is(wk_cpp_set(pi, v, 2, mu, 5), WK_E_DIM,
                      "a cylindric partition with profile 10 is a list of 3 partitions mu^0..mu^2, got 5"),
               "wrong length: %s", wk_error_msg());
        {
            slong bad[2] = {1, 3};
            wk_partition_struct keep = mu[1];
            mu[1].parts = bad;          /* a struct that is not a partition */
            mu[1].length = 2;
            TAP_OK(msg_is(wk_cpp_set(pi, v, 2, mu, 3), WK_E_DOMAIN,
                          "mu^1: partition (1,3) is not weakly decreasing (part 2 is 3, part 1 is 1)"),
                   "a slice that is not a partition: %s", wk_error_msg());
            mu[1] = keep;
        }
        TAP_OK(pi->T == 0, "the object is untouched after the failures");
        wk_cpp_clear(pi);
        for (i = 0; i < 5; i++)
            wk_partition_clear(mu + i);
    }
    /* partitions */
    {
        slong p1[3] = {1, 3, 0}, p2[2] = {2, -1};
        wk_partition_t p;
        wk_partition_init(p);
        TAP_OK(msg_is(wk_partition_set_vec(p, p1, 3), WK_E_DOMAIN,
                      "partition (1,3,0) is not weakly decreasing (part 2 is 3, part 1 is 1)"),
               "not weakly decreasing: %s", wk_error_msg());
        TAP_OK(msg_is(wk_partition_set_vec(p, p2, 2), WK_E_DOMAIN,
                      "partition (2,-1) has a negative part (part 2 is -1)"),
               "negative part: %s", wk_error_msg());
        TAP_OK(wk_cpp_rpp_series(a, p, 5) == WK_OK && fmpz_poly_is_one(a),
               "the empty shape (p unchanged by the failures) has the series 1");
        wk_partition_clear(p);
    }
    /* growth rules */
    {
        wk_partition_t rho, mu, nu, lam;
        slong m;
        wk_partition_init(rho); wk_partition_init(mu); wk_partition_init(nu); wk_partition_init(lam);
        setp(rho, 2, 0);
        setp(mu, 1, 1);
        setp(nu, 3, 0);
        TAP_OK(msg_is(wk_growth_forward(lam, rho, mu, nu, 0), WK_E_DOMAIN, "mu/rho is not a horizontal strip"),
               "growth_forward, mu/rho: %s", wk_error_msg());
        setp(mu, 2, 1);
        setp(nu, 1, 1);
        TAP_OK(msg_is(wk_growth_forward(lam, rho, mu, nu, 0), WK_E_DOMAIN, "nu/rho is not a horizontal strip"),
               "growth_forward, nu/rho: %s", wk_error_msg());
        setp(nu, 3, 0);
        TAP_OK(msg_is(wk_growth_forward(lam, rho, mu, nu, -1), WK_E_DOMAIN, "m must be nonnegative (got -1)"),
               "growth_forward, m < 0: %s", wk_error_msg());
        setp(lam, 2, 2);
        setp(mu, 1, 1);
        setp(nu, 2, 1);
        TAP_OK(msg_is(wk_growth_backward(rho, &m, lam, mu, nu), WK_E_DOMAIN, "lam/mu is not a horizontal strip"),
               "growth_backward, lam/mu: %s", wk_error_msg());
        wk_partition_clear(rho); wk_partition_clear(mu); wk_partition_clear(nu); wk_partition_clear(lam);
    }
    /* RSK */
    {
        slong A[4] = {1, 0, -1, 2};
        wk_tableau_t P, Q;
        wk_tableau_init(P);
        wk_tableau_init(Q);
        TAP_OK(msg_is(wk_rsk(P, Q, A, 2, 2), WK_E_DOMAIN, "matrix entries must be nonnegative (entry (2,1) is -1)"),
               "rsk with a negative entry: %s", wk_error_msg());
        wk_tableau_clear(P);
        wk_tableau_clear(Q);
    }
    /* fillings */
    {
        slong v[4] = {1, 1, 0, 0};
        wk_fill_struct e[2] = {{2, 1, 0, 1}, {0, 1, 0, 1}};
        wk_filling_t F;
        wk_cpp_t pi;
        wk_partition_t kappa;
        wk_filling_init(F);
        wk_cpp_init(pi);
        wk_partition_init(kappa);
        wk_filling_set(F, e, 1);
        TAP_OK(msg_is(wk_rpp_from_filling(pi, v, 4, F), WK_E_DOMAIN,
                      "filling entry (2,1) is not a cell of profile 1100 (needs i < j, w_i = 1, w_j = 0)"),
               "RPP filling off the shape: %s", wk_error_msg());
        e[0].p = 2; e[0].z = 1;
        wk_filling_set(F, e, 1);
        TAP_OK(msg_is(wk_cpp_from_filling(pi, v, 4, kappa, F), WK_E_DOMAIN,
                      "filling key (2,1,0) does not pair a 1 with a 0 of profile 1100"),
               "cylindric filling key: %s", wk_error_msg());
        e[1] = e[0];
        TAP_OK(msg_is(wk_filling_set(F, e, 2), WK_E_DOMAIN, "filling has two entries for (2,1,0)"),
               "duplicate key: %s", wk_error_msg());
        e[0].p = 0; e[0].z = 2; e[0].n = WORD(1) << 40;
        wk_filling_set(F, e, 1);
        TAP_OK(msg_starts(wk_cpp_from_filling(pi, v, 4, kappa, F), WK_E_TOO_LARGE,
                          "the cylindric bijection needs more than 10000000 exchanges"),
               "a meeting count out of reach: %s", wk_error_msg());
        wk_filling_clear(F);
        wk_cpp_clear(pi);
        wk_partition_clear(kappa);
    }
    /* RPPs */
    {
        slong sh[2] = {2, 2}, e1[4] = {1, 0, 2, 3}, e2[4] = {1, 2, 0, 3};
        wk_partition_t lam;
        wk_cpp_t r;
        wk_filling_t F;
        wk_partition_init(lam);
        wk_cpp_init(r);
        wk_filling_init(F);
        wk_partition_set_vec(lam, sh, 2);
        TAP_OK(msg_is(wk_rpp_set_rows(r, lam, e1), WK_E_DOMAIN,
                      "not a reverse plane partition: row 1 decreases at column 2"),
               "RPP rows: %s", wk_error_msg());
        TAP_OK(msg_is(wk_rpp_set_rows(r, lam, e2), WK_E_DOMAIN,
                      "not a reverse plane partition: column 1 decreases at row 2"),
               "RPP columns: %s", wk_error_msg());
        {
            slong v[2] = {1, 0}, one = 1;
            wk_partition_struct mu[3];
            int i;
            for (i = 0; i < 3; i++) {
                wk_partition_init(mu + i);
                wk_partition_set_vec(mu + i, &one, 1);
            }
            wk_cpp_set(r, v, 2, mu, 3);
            TAP_OK(msg_is(wk_rpp_to_filling(F, r), WK_E_DOMAIN,
                          "not a reverse plane partition: mu^0 = (1) is not empty"),
                   "RPP filling of a CPP with mu^0 != (): %s", wk_error_msg());
            for (i = 0; i < 3; i++)
                wk_partition_clear(mu + i);
        }
        wk_filling_clear(F);
        wk_cpp_clear(r);
        wk_partition_clear(lam);
    }
    /* (q,t) at q = 1 and the list guard are in t-qt and t-transfer; the
       symbolic series guard: */
    {
        fmpz_mpoly_ctx_t ctx;
        wk_qt_series_t S;
        slong v[2] = {1, 0};
        fmpz_mpoly_ctx_init(ctx, 2, ORD_LEX);
        wk_qt_series_init(S, ctx);
        TAP_OK(msg_is(wk_cpp_qt_series(S, v, 2, 100, ctx), WK_E_TOO_LARGE,
                      "truncation order 100 exceeds the limit 40"),
               "symbolic (q,t) series past its guard: %s", wk_error_msg());
        wk_qt_series_clear(S, ctx);
        fmpz_mpoly_ctx_clear(ctx);
    }
    /* a weight too big to expand or to evaluate */
    {
        slong v[2] = {1, 0}, big = 10000;
        wk_partition_struct mu[3];
        fmpz_mpoly_ctx_t ctx;
        fmpz_mpoly_t num, den;
        fmpq_t q, t, r;
        int i;
        for (i = 0; i < 3; i++)
            wk_partition_init(mu + i);
        wk_partition_set_vec(mu + 1, &big, 1);
        fmpz_mpoly_ctx_init(ctx, 2, ORD_LEX);
        fmpz_mpoly_init(num, ctx);
        fmpz_mpoly_init(den, ctx);
        TAP_OK(msg_is(wk_cpp_qt_weight(num, den, v, 2, mu, 3, WK_CPP_STRICT, ctx), WK_E_TOO_LARGE,
                      "the expanded (q,t) weight has degree at least 40000, over the limit 20000"),
               "(q,t) weight of ((),(10000),()): %s", wk_error_msg());
        fmpq_init(q); fmpq_init(t); fmpq_init(r);
        fmpq_set_si(q, 1, 3);
        fmpq_set_si(t, 2, 5);
        TAP_OK(msg_starts(wk_cpp_qt_weight_fmpq(r, v, 2, mu, 3, WK_CPP_STRICT, q, t), WK_E_TOO_LARGE,
                          "the (q,t) weight at this point needs about "),
               "and at q = 1/3, t = 2/5: %s", wk_error_msg());
        big = WORD(1) << 31;
        wk_partition_set_vec(mu + 1, &big, 1);
        TAP_OK(msg_is(wk_cpp_qt_weight_fmpq(r, v, 2, mu, 3, WK_CPP_STRICT, q, t), WK_E_TOO_LARGE,
                      "the (q,t) weight of partitions with more than 1000000 cells exceeds the limit"),
               "and of ((),(2^31),()): %s", wk_error_msg());
        fmpq_clear(q); fmpq_clear(t); fmpq_clear(r);
        fmpz_mpoly_clear(num, ctx);
        fmpz_mpoly_clear(den, ctx);
        fmpz_mpoly_ctx_clear(ctx);
        for (i = 0; i < 3; i++)
            wk_partition_clear(mu + i);
    }
    /* interrupts */
    {
        slong v[6] = {1, 1, 0, 1, 0, 0};
        wk_cpp_list_t L;
        wk_interrupt_flag = 1;
        TAP_OK(wk_cpp_series_multimod(a, v, 6, 3000) == WK_E_INTERRUPT && a->length == 0,
               "interrupt stops the multimodular series");
        TAP_OK(wk_cpp_series_euler(a, v, 6, 3000) == WK_E_INTERRUPT, "interrupt stops the recurrence");
        TAP_OK(wk_cpp_count_transfer(a, v, 6, 20, 0) == WK_E_INTERRUPT, "interrupt stops the transfer count");
        wk_cpp_list_init(L);
        wk_interrupt_flag = 0;
        /* the count inside cpp_list must not be interrupted for this check:
           interrupt only the enumeration through a big list */
        wk_interrupt_flag = 1;
        TAP_OK(wk_cpp_list(L, v, 6, 14, -1) == WK_E_INTERRUPT && L->length == 0, "interrupt stops cpp_list");
        wk_interrupt_flag = 0;
        wk_cpp_list_clear(L);
    }
    fmpz_poly_clear(a);
    flint_cleanup_master();   /* FLINT's fmpz cache, for valgrind */
    return tap_done();
}

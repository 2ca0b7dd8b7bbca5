/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of Schreier-Sims: orders and membership against closure enumeration
   for random small groups, and the deterministic verification against the
   known orders of the standard groups (formulae, and the Mathieu group
   orders of the ATLAS). */
#include <stdio.h>
#include <stdlib.h>
#include "wk_groups.h"
#include "brute.h"
#include "tap.h"

static void rand_perm(wk_perm_t p, slong n, flint_rand_t st)
{
    slong i;
    wk_perm_one(p, n);
    for (i = n - 1; i > 0; i--) {
        slong j = n_randint(st, i + 1);
        wk_pt t = p->v[i];
        p->v[i] = p->v[j];
        p->v[j] = t;
    }
}

/* the same generators without the constructor's known order, so that the
   order comes from the deterministic verification */
static int fresh_order(fmpz_t o, wk_group_struct * G)
{
    slong i, ng = wk_group_ngens(G);
    wk_perm_struct * g = malloc((ng ? ng : 1) * sizeof(wk_perm_struct));
    wk_group_struct * H;
    int ok;
    for (i = 0; i < ng; i++) { wk_perm_init(g + i, 0); wk_group_gen(g + i, G, i); }
    ok = wk_group_permgroup(&H, g, ng, wk_group_degree(G)) == WK_OK && wk_group_order(o, H) == WK_OK;
    if (ok) wk_group_clear(H);
    for (i = 0; i < ng; i++) wk_perm_clear(g + i);
    free(g);
    return ok;
}

static int check_known(wk_group_struct * G, const fmpz_t want, const char * what)
{
    fmpz_t a, b;
    int ok;
    fmpz_init(a); fmpz_init(b);
    ok = wk_group_order(a, G) == WK_OK && fresh_order(b, G) && fmpz_equal(a, want) && fmpz_equal(b, want);
    if (!ok) {
        printf("# %s: ", what); fmpz_print(a); printf(" / "); fmpz_print(b);
        printf(" want "); fmpz_print(want); printf("\n");
    }
    fmpz_clear(a); fmpz_clear(b);
    return ok;
}

int main(int argc, char ** argv)
{
    flint_rand_t st;
    wk_rand_t wr;
    slong iter, i, n;
    fmpz_t o, w, t;
    int ok, okm;
    wk_group_struct * G, * H;

    tap_init(argc, argv);
    flint_randinit(st);
    flint_randseed(st, tap_seed(), 7);
    wk_rand_init(wr, tap_seed());
    fmpz_init(o); fmpz_init(w); fmpz_init(t);

    /* random groups of degree <= 8 against closure */
    ok = okm = 1;
    for (iter = 0; iter < 60 * tap_multiplier(); iter++) {
        wk_perm_struct g[3];
        slong ng = 1 + n_randint(st, 3), x;
        bset S;
        n = 2 + n_randint(st, 7);
        for (i = 0; i < ng; i++) {
            wk_perm_init(g + i, 0);
            rand_perm(g + i, n, st);
            /* sometimes stay inside a point stabiliser or a block system */
            if (iter % 3 == 1 && n > 2) {
                slong j;
                for (j = 0; j < n; j++) if (g[i].v[j] == 0) break;
                g[i].v[j] = g[i].v[0];
                g[i].v[0] = 0;
            }
            if (iter % 3 == 2 && n % 2 == 0) {
                /* permute pairs {2j, 2j+1} */
                wk_perm_t q;
                wk_perm_init(q, 0);
                rand_perm(q, n / 2, st);
                for (x = 0; x < n; x++) g[i].v[x] = 2 * q->v[x / 2] + (x % 2);
                wk_perm_clear(q);
            }
        }
        wk_group_permgroup(&G, g, ng, n);
        wk_group_order(o, G);
        brute_elements(&S, G);
        if (!fmpz_equal_si(o, S.len)) { ok = 0; printf("# order mismatch at iteration %ld\n", (long) iter); }
        for (i = 0; i < 20; i++) {
            int in;
            wk_perm_t p;
            wk_perm_init(p, 0);
            rand_perm(p, n, st);
            wk_group_contains(&in, G, p);
            if (in != (brute_index(&S, p) >= 0)) okm = 0;
            wk_group_random(p, G, wr);
            wk_group_contains(&in, G, p);
            if (!in || brute_index(&S, p) < 0) okm = 0;
            wk_perm_clear(p);
        }
        bset_clear(&S);
        wk_group_clear(G);
        for (i = 0; i < ng; i++) wk_perm_clear(g + i);
    }
    TAP_OK(ok, "orders of random groups of degree <= 8 equal closure sizes");
    TAP_OK(okm, "membership and random elements agree with closure");

    /* the standard groups, with and without their known orders */
    ok = 1;
    for (n = 1; n <= 12; n++) {
        fmpz_fac_ui(w, n);
        wk_group_symmetric(&G, n);
        ok &= check_known(G, w, "symmetric");
        wk_group_clear(G);
        if (n >= 2) fmpz_divexact_ui(w, w, 2);
        wk_group_alternating(&G, n);
        ok &= check_known(G, w, "alternating");
        wk_group_clear(G);
        fmpz_set_ui(w, n);
        wk_group_cyclic(&G, n);
        ok &= check_known(G, w, "cyclic");
        wk_group_clear(G);
        fmpz_set_ui(w, 2 * n);
        wk_group_dihedral(&G, n);
        ok &= check_known(G, w, "dihedral");
        wk_group_clear(G);
        fmpz_set_ui(w, 4 * n);
        wk_group_quaternion(&G, 4 * n);
        ok &= check_known(G, w, "quaternion");
        wk_group_clear(G);
    }
    TAP_OK(ok, "S_n, A_n, C_n, D_n (order 2n), Q_4m for n <= 12");
    {
        static const slong mn[5] = { 11, 12, 22, 23, 24 };
        static const ulong mo[5] = { 7920, 95040, 443520, 10200960, 244823040 };
        ok = 1;
        for (i = 0; i < 5; i++) {
            fmpz_set_ui(w, mo[i]);
            wk_group_mathieu(&G, mn[i]);
            ok &= check_known(G, w, "mathieu");
            wk_group_clear(G);
        }
        TAP_OK(ok, "Mathieu groups M11, M12, M22, M23, M24 have the ATLAS orders");
    }
    {
        static const slong pq[][2] = { {2,2},{2,3},{2,4},{2,5},{2,7},{2,8},{2,9},{2,11},{2,13},{2,16},
                                       {2,25},{2,27},{2,31},{2,49},{2,64},{3,2},{3,3},{3,4},{3,5},{4,2},{4,3},{5,2} };
        ok = 1;
        for (i = 0; i < (slong) (sizeof pq / sizeof pq[0]); i++) {
            slong d = pq[i][0], q = pq[i][1], j;
            /* q^(d(d-1)/2) prod_{j=2}^d (q^j - 1) / gcd(d, q-1) */
            fmpz_set_ui(w, q);
            fmpz_pow_ui(w, w, d * (d - 1) / 2);
            for (j = 2; j <= d; j++) {
                fmpz_set_ui(t, q);
                fmpz_pow_ui(t, t, j);
                fmpz_sub_ui(t, t, 1);
                fmpz_mul(w, w, t);
            }
            fmpz_divexact_ui(w, w, n_gcd(d, q - 1));
            if (wk_group_psl(&G, d, q) != WK_OK) { ok = 0; continue; }
            ok &= check_known(G, w, "psl");
            wk_group_clear(G);
        }
        TAP_OK(ok, "PSL(d,q) orders for 22 pairs (d,q)");
    }
    {
        wk_group_struct * A, * B;
        ok = 1;
        wk_group_symmetric(&A, 3);
        wk_group_symmetric(&B, 4);
        wk_group_wreath(&G, A, B);
        fmpz_set_ui(w, 6 * 6 * 6 * 6 * 24);
        ok &= check_known(G, w, "S3 wr S4") && wk_group_degree(G) == 12;
        wk_group_clear(G);
        wk_group_wreath(&G, B, A);
        fmpz_set_ui(w, 24 * 24 * 24 * 6);
        ok &= check_known(G, w, "S4 wr S3");
        wk_group_clear(G);
        {
            wk_group_struct * L[3];
            L[0] = A; L[1] = B; L[2] = A;
            wk_group_direct(&G, L, 3);
            fmpz_set_ui(w, 6 * 24 * 6);
            ok &= check_known(G, w, "S3 x S4 x S3") && wk_group_degree(G) == 10;
            wk_group_clear(G);
        }
        wk_group_clear(A);
        wk_group_clear(B);
        TAP_OK(ok, "wreath and direct products");
    }

    /* larger degrees: S_60 and PSL(2,997) from their generators only */
    {
        wk_perm_struct g[2];
        wk_perm_init(g, 0); wk_perm_init(g + 1, 0);
        wk_group_symmetric(&H, 60);
        wk_group_gen(g, H, 0);
        wk_group_gen(g + 1, H, 1);
        wk_group_clear(H);
        wk_group_permgroup(&G, g, 2, 0);
        fmpz_fac_ui(w, 60);
        TAP_OK(wk_group_order(o, G) == WK_OK && fmpz_equal(o, w), "S_60 from two generators");
        {
            wk_perm_t p;
            int in;
            wk_perm_init(p, 0);
            wk_perm_set_str(p, "(1,2)(3,60,4)");
            wk_group_contains(&in, G, p);
            TAP_OK(in, "membership in S_60");
            wk_perm_clear(p);
        }
        wk_group_clear(G);
        wk_perm_clear(g); wk_perm_clear(g + 1);
    }
    {
        slong k, base[64], olen[64];
        wk_group_psl(&H, 2, 997);
        /* rebuild without the known order */
        {
            slong ng = wk_group_ngens(H);
            wk_perm_struct * g = malloc(ng * sizeof(wk_perm_struct));
            for (i = 0; i < ng; i++) { wk_perm_init(g + i, 0); wk_group_gen(g + i, H, i); }
            wk_group_permgroup(&G, g, ng, 0);
            for (i = 0; i < ng; i++) wk_perm_clear(g + i);
            free(g);
        }
        fmpz_set_ui(w, 997);
        fmpz_mul_ui(w, w, 997 * 997 - 1);
        fmpz_divexact_ui(w, w, 2);
        TAP_OK(wk_group_order(o, G) == WK_OK && fmpz_equal(o, w) && wk_group_degree(G) == 998,
               "PSL(2,997) on 998 points");
        wk_group_base(&k, base, olen, G);
        fmpz_one(t);
        for (i = 0; i < k; i++) fmpz_mul_ui(t, t, olen[i]);
        TAP_OK(fmpz_equal(t, w) && k == 3, "base of length 3, basic orbit lengths multiply to the order");
        wk_group_clear(G);
        wk_group_clear(H);
    }

    fmpz_clear(o); fmpz_clear(w); fmpz_clear(t);
    wk_rand_clear(wr);
    flint_randclear(st);
    return tap_done();
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-group.c: the group N from a monomial action and irreps: orders,
   known fusion rules and K-action (spec 2.3), sector counts of random abelian
   actions, and the spec 9 errors for bad irreps. */
#include <complex.h>
#include <math.h>
#include <string.h>
#include "wk_xsff.h"
#include "tap.h"

static const double complex W3 = -0.5 + 0.86602540378443864676 * I;

/* N = <A, B, C> of the torus chain on L = 3 sites (27 states) */
static void torus_gens(slong *pA, double complex *phA, slong *pB, slong *pC)
{
    slong s, i;
    for (s = 0; s < 27; s++) {
        slong d[3], sum = 0, t, nb = 0, nc = 0, p = 1;
        for (i = 0, t = s; i < 3; i++) { d[i] = t % 3; t /= 3; sum += d[i]; }
        for (i = 0; i < 3; i++) { nb += ((d[i] + 1) % 3) * p; nc += ((3 - d[i]) % 3) * p; p *= 3; }
        pA[s] = s; phA[s] = cpow(W3, sum % 3);
        pB[s] = nb; pC[s] = nc;
    }
}

static double complex wpow(int k) { k = ((k % 3) + 3) % 3; return k == 0 ? 1 : (k == 1 ? W3 : conj(W3)); }

/* adds the six irreps; if bad, rho([0,1])(C) is wrong */
static wk_status add_irreps(wk_xsff_group_t G, int bad, int skip)
{
    static const int uv[4][2] = {{0, 1}, {1, 0}, {1, 1}, {1, 2}};
    double complex one[3] = {1, 1, 1}, m1[3] = {1, 1, -1}, mats[12];
    slong i;
    wk_status st = WK_OK;
    if (skip != 0) st = wk_xsff_group_add_irrep(G, "(0,+)", 1, one);
    if (!st && skip != 1) st = wk_xsff_group_add_irrep(G, "(0,-)", 1, m1);
    for (i = 0; i < 4 && !st; i++) {
        char nm[8];
        int u = uv[i][0], v = uv[i][1];
        snprintf(nm, sizeof nm, "[%d,%d]", u, v);
        memset(mats, 0, sizeof mats);
        mats[0] = wpow(u); mats[3] = wpow(-u);
        mats[4] = wpow(v); mats[7] = wpow(-v);
        mats[9] = 1; mats[10] = 1;
        if (bad && i == 0) { mats[8] = 1; mats[9] = 0; mats[10] = 0; mats[11] = -1; }
        if (skip != 2 + i) st = wk_xsff_group_add_irrep(G, nm, 2, mats);
    }
    return st;
}

int main(int argc, char **argv)
{
    wk_rand_t r;
    slong pA[27], pB[27], pC[27];
    double complex phA[27];
    wk_xsff_group_t G;
    tap_init(argc, argv);
    wk_rand_init(r, tap_seed());
    torus_gens(pA, phA, pB, pC);

    /* the torus-chain group */
    wk_xsff_group_init(G, 27);
    wk_xsff_group_add_gen(G, "A", pA, phA);
    wk_xsff_group_add_gen(G, "B", pB, NULL);
    wk_xsff_group_add_gen(G, "C", pC, NULL);
    add_irreps(G, 0, -1);
    TAP_OK(wk_xsff_group_setup(G) == WK_OK, "torus-chain N set up (%s)", wk_error_msg());
    TAP_OK(G->order == 18 && G->complete, "|N| = 18 = (Z3 x Z3):Z2, irreps complete");
    TAP_OK(G->trivial == 0, "trivial irrep found");
    {
        /* [0,1] x [0,1] = (0,+) + (0,-) + [0,1];  [0,1] x [1,0] = [1,1] + [1,2] */
        static const slong e1[6] = {1, 1, 1, 0, 0, 0}, e2[6] = {0, 0, 0, 0, 1, 1};
        int ok = G->fusion != NULL;
        slong c;
        for (c = 0; c < 6 && ok; c++) {
            if (G->fusion[(2 * 6 + 2) * 6 + c] != e1[c]) ok = 0;
            if (G->fusion[(2 * 6 + 3) * 6 + c] != e2[c]) ok = 0;
        }
        TAP_OK(ok, "fusion [0,1]x[0,1] = (0,+)+(0,-)+[0,1], [0,1]x[1,0] = [1,1]+[1,2]");
    }
    {
        static const slong kp[6] = {0, 1, 2, 3, 5, 4};
        int ok = G->kperm != NULL;
        slong a;
        for (a = 0; a < 6 && ok; a++) if (G->kperm[a] != kp[a]) ok = 0;
        TAP_OK(ok, "complex conjugation K: (u,v) -> (u,-v) pairs [1,1] <-> [1,2] only");
        ok = G->dual != NULL;
        for (a = 0; a < 6 && ok; a++) if (G->dual[a] != a) ok = 0;
        TAP_OK(ok, "every irrep of (Z3 x Z3):Z2 is self-dual");
    }
    {
        /* words act as the group elements they name */
        char w[64];
        wk_xsff_group_word(w, sizeof w, G, 0);
        TAP_OK(strcmp(w, "1") == 0, "word of the identity is 1");
    }
    wk_xsff_group_clear(G);

    /* spec 9: irreps that do not form a representation */
    wk_xsff_group_init(G, 27);
    wk_xsff_group_add_gen(G, "A", pA, phA);
    wk_xsff_group_add_gen(G, "B", pB, NULL);
    wk_xsff_group_add_gen(G, "C", pC, NULL);
    add_irreps(G, 1, -1);
    TAP_OK(wk_xsff_group_setup(G) == WK_E_DOMAIN
           && strstr(wk_error_msg(), "rho('[0,1]') is not a homomorphism (rho(a)rho(b) != rho(ab) for a=") != NULL,
           "bad irrep: %s", wk_error_msg());
    wk_xsff_group_clear(G);

    /* incomplete irreps: accepted by the group, refused by the sectors (spec 9) */
    wk_xsff_group_init(G, 27);
    wk_xsff_group_add_gen(G, "A", pA, phA);
    wk_xsff_group_add_gen(G, "B", pB, NULL);
    wk_xsff_group_add_gen(G, "C", pC, NULL);
    add_irreps(G, 0, 5);
    TAP_OK(wk_xsff_group_setup(G) == WK_OK && !G->complete && G->order == 18, "incomplete irreps: N still has order 18");
    wk_xsff_group_clear(G);

    /* reducible and equivalent irreps, non-unitary matrices, non-permutations */
    {
        slong perm[4] = {1, 0, 3, 2}, bad[4] = {0, 0, 1, 2};
        double complex two[4] = {1, 0, 0, 1}, one = 1, nu = 2;
        wk_xsff_group_init(G, 4);
        TAP_OK(wk_xsff_group_add_gen(G, "X", bad, NULL) == WK_E_DOMAIN, "non-permutation refused: %s", wk_error_msg());
        wk_xsff_group_add_gen(G, "X", perm, NULL);
        TAP_OK(wk_xsff_group_add_irrep(G, "n", 1, &nu) == WK_E_DOMAIN, "non-unitary refused: %s", wk_error_msg());
        wk_xsff_group_add_irrep(G, "r", 2, two);
        TAP_OK(wk_xsff_group_setup(G) == WK_E_DOMAIN && strstr(wk_error_msg(), "not irreducible"),
               "reducible refused: %s", wk_error_msg());
        wk_xsff_group_clear(G);
        wk_xsff_group_init(G, 4);
        wk_xsff_group_add_gen(G, "X", perm, NULL);
        wk_xsff_group_add_irrep(G, "a", 1, &one);
        wk_xsff_group_add_irrep(G, "b", 1, &one);
        TAP_OK(wk_xsff_group_setup(G) == WK_E_DOMAIN && strstr(wk_error_msg(), "are equivalent"),
               "equivalent irreps refused: %s", wk_error_msg());
        wk_xsff_group_clear(G);
    }

    /* random abelian actions Z_n1 x Z_n2 by charges: sectors count the charges */
    {
        slong it, nit = 10 * tap_multiplier();
        int ok = 1;
        for (it = 0; it < nit; it++) {
            slong n1 = 1 + wk_rand_ulong(r, 4), n2 = 1 + wk_rand_ulong(r, 3), D = 5 + wk_rand_ulong(r, 60), s, a, b;
            slong *q1 = flint_malloc(D * sizeof(slong)), *q2 = flint_malloc(D * sizeof(slong)), *id = flint_malloc(D * sizeof(slong));
            double complex *ph1 = flint_malloc(D * sizeof(double complex)), *ph2 = flint_malloc(D * sizeof(double complex));
            wk_xsff_model_t m;
            wk_xsff_sectors_t S;
            for (s = 0; s < D; s++) {
                q1[s] = wk_rand_ulong(r, n1); q2[s] = wk_rand_ulong(r, n2); id[s] = s;
                ph1[s] = cexp(2 * M_PI * I * q1[s] / n1); ph2[s] = cexp(2 * M_PI * I * q2[s] / n2);
            }
            wk_xsff_model_init(m);
            m->dim = D; m->kind = WK_XSFF_FINITE;
            wk_xsff_group_init(m->N, D);
            wk_xsff_group_add_gen(m->N, "g1", id, ph1);
            wk_xsff_group_add_gen(m->N, "g2", id, ph2);
            for (a = 0; a < n1; a++)
                for (b = 0; b < n2; b++) {
                    double complex mm[2] = {cexp(2 * M_PI * I * a / n1), cexp(2 * M_PI * I * b / n2)};
                    char nm[48];
                    snprintf(nm, sizeof nm, "%ld,%ld", (long) a, (long) b);
                    wk_xsff_group_add_irrep(m->N, nm, 1, mm);
                }
            if (wk_xsff_group_setup(m->N) != WK_OK || m->N->order != n1 * n2) ok = 0;
            wk_xsff_sectors_init(S);
            if (ok && wk_xsff_sectors_build(S, m) == WK_OK) {
                for (a = 0; a < n1; a++)
                    for (b = 0; b < n2; b++) {
                        slong cnt = 0;
                        for (s = 0; s < D; s++) cnt += (q1[s] == a && q2[s] == b);
                        if (S->info->R[a * n2 + b] != cnt) ok = 0;
                    }
            } else ok = 0;
            wk_xsff_sectors_clear(S);
            wk_xsff_model_clear(m);
            flint_free(q1); flint_free(q2); flint_free(id); flint_free(ph1); flint_free(ph2);
        }
        TAP_OK(ok, "random Z_n1 x Z_n2 charges: |N| = n1 n2 and R_(a,b) = number of states of charge (a,b)");
    }
    wk_rand_clear(r);
    return tap_done();
}

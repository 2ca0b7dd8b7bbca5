/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of Clifford theory (Isaacs ch. 6) and of characters over a central
   character: restrictions recomputed exactly, orbit and inertia identities
   |orbit| |I| = |G|, sum e^2 = |I:N|, e^2 <= |I:N| (spec claim 4.5), and
   sum chi(1)^2 over lambda = |G/Z|. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_groups.h"
#include "tap.h"

static slong order_si(wk_group_struct * G)
{
    fmpz_t o;
    slong r;
    fmpz_init(o);
    wk_group_order(o, G);
    r = fmpz_get_si(o);
    fmpz_clear(o);
    return r;
}

static wk_group_struct * from_strings(const char ** s, slong ng, wk_group_struct * G)
{
    wk_perm_struct p[8];
    wk_group_struct * H;
    slong i;
    memset(p, 0, sizeof p);
    for (i = 0; i < ng; i++) { wk_perm_init(p + i, 0); wk_perm_set_str(p + i, s[i]); }
    if (G) wk_group_subgroup(&H, G, p, ng);
    else wk_group_permgroup(&H, p, ng, 0);
    for (i = 0; i < ng; i++) wk_perm_clear(p + i);
    return H;
}

static int check(wk_group_struct * N, wk_group_struct * G, const char * what)
{
    wk_clifford_t cf;
    slong i, j, t, o, oG = order_si(G), oN = order_si(N);
    int ok;
    wk_classfun_t chi, res;
    wk_cyc_struct * c;
    wk_clifford_init(cf);
    ok = wk_group_clifford(cf, N, G) == WK_OK;
    if (!ok) { printf("# %s: %s\n", what, wk_error_msg()); wk_clifford_clear(cf); return 0; }
    /* generators permute Irr(N), preserving degrees */
    for (j = 0; j < cf->ngens && ok; j++) {
        char * seen = calloc(cf->rN, 1);
        for (t = 0; t < cf->rN; t++) {
            slong u = cf->action[j * cf->rN + t];
            if (seen[u] || wk_group_irr_degree(N, u) != wk_group_irr_degree(N, t)) ok = 0;
            seen[u] = 1;
        }
        free(seen);
    }
    /* orbits, inertia groups */
    for (o = 0; o < cf->norbits && ok; o++) {
        slong len = cf->orbit_start[o + 1] - cf->orbit_start[o], oI = order_si(cf->inertia[o]);
        int sub;
        if (len * oI != oG) ok = 0;
        wk_group_is_subgroup(&sub, N, cf->inertia[o]);
        if (!sub) ok = 0;
        wk_group_is_subgroup(&sub, cf->inertia[o], G);
        if (!sub) ok = 0;
        for (t = cf->orbit_start[o]; t < cf->orbit_start[o + 1]; t++)
            if (cf->orbit_of[cf->orbit_elts[t]] != o) ok = 0;
        /* the inertia group fixes theta: its orbit under I is a singleton */
        if (ok) {
            wk_clifford_t ci;
            slong th = cf->orbit_elts[cf->orbit_start[o]];
            wk_clifford_init(ci);
            if (wk_group_clifford(ci, N, cf->inertia[o]) != WK_OK) ok = 0;
            else if (ci->orbit_start[ci->orbit_of[th] + 1] - ci->orbit_start[ci->orbit_of[th]] != 1) ok = 0;
            wk_clifford_clear(ci);
        }
        /* sum of e^2 over the characters over the orbit is |I:N|, each e^2 <= |I:N| */
        {
            slong s = 0;
            for (i = 0; i < cf->rG; i++)
                if (cf->irr_orbit[i] == o) {
                    s += cf->irr_e[i] * cf->irr_e[i];
                    if (cf->irr_e[i] * cf->irr_e[i] > oI / oN) ok = 0;
                }
            if (s != oI / oN) ok = 0;
        }
    }
    if (!ok) printf("# %s: orbits or inertia groups\n", what);
    /* restrictions recomputed exactly */
    wk_classfun_init(chi, G);
    wk_classfun_init(res, N);
    c = malloc(cf->rN * sizeof(wk_cyc_struct));
    for (t = 0; t < cf->rN; t++) wk_cyc_init(c + t);
    for (i = 0; i < cf->rG && ok; i++) {
        wk_classfun_irr(chi, G, i);
        wk_classfun_restrict(res, chi, N);
        wk_classfun_decompose(c, res);
        for (t = 0; t < cf->rN; t++) {
            wk_cyc_t w;
            wk_cyc_init(w);
            wk_cyc_set_si(w, cf->orbit_of[t] == cf->irr_orbit[i] ? cf->irr_e[i] : 0);
            if (!wk_cyc_equal(w, c + t)) ok = 0;
            wk_cyc_clear(w);
        }
    }
    if (!ok) printf("# %s: restrictions\n", what);
    for (t = 0; t < cf->rN; t++) wk_cyc_clear(c + t);
    free(c);
    wk_classfun_clear(chi);
    wk_classfun_clear(res);
    wk_clifford_clear(cf);
    return ok;
}

/* characters over each lambda in Irr(Z): sum chi(1)^2 = |G/Z|, a partition of Irr(G) */
static int check_over(wk_group_struct * G, wk_group_struct * Z, slong * nover)
{
    slong rZ, i, j, cnt, * idx, * seen, rG, oG = order_si(G), oZ = order_si(Z), tot = 0;
    wk_classfun_t lam;
    int ok = 1;
    wk_group_chartable(G);
    wk_group_chartable(Z);
    rZ = wk_group_nclasses(Z);
    rG = wk_group_nclasses(G);
    idx = malloc(rG * sizeof(slong));
    seen = calloc(rG, sizeof(slong));
    wk_classfun_init(lam, Z);
    for (i = 0; i < rZ && ok; i++) {
        slong s = 0;
        wk_classfun_irr(lam, Z, i);
        if (wk_group_irr_over(idx, &cnt, G, lam) != WK_OK) { ok = 0; break; }
        for (j = 0; j < cnt; j++) {
            s += wk_group_irr_degree(G, idx[j]) * wk_group_irr_degree(G, idx[j]);
            seen[idx[j]]++;
        }
        if (s != oG / oZ) ok = 0;
        if (i == rZ - 1) *nover = cnt;
        tot += cnt;
    }
    for (i = 0; i < rG; i++) if (seen[i] != 1) ok = 0;
    wk_classfun_clear(lam);
    free(idx);
    free(seen);
    return ok && tot == rG;
}

int main(int argc, char ** argv)
{
    wk_group_struct * G, * N, * Z;
    int ok;

    tap_init(argc, argv);

    wk_group_symmetric(&G, 4);
    {
        const char * v4[2] = { "(1,2)(3,4)", "(1,3)(2,4)" };
        const char * a4[2] = { "(1,2,3)", "(2,3,4)" };
        N = from_strings(v4, 2, G);
        TAP_OK(check(N, G, "V4 in S4"), "V4 normal in S4: orbits, inertia groups, restrictions");
        wk_group_clear(N);
        N = from_strings(a4, 2, G);
        TAP_OK(check(N, G, "A4 in S4"), "A4 normal in S4");
        wk_group_clear(N);
        TAP_OK(check(G, G, "S4 in S4"), "N = G: singleton orbits, e = 1");
        N = from_strings(NULL, 0, G);
        TAP_OK(check(N, G, "1 in S4"), "N = 1: Res chi = chi(1) 1");
        wk_group_clear(N);
    }
    wk_group_clear(G);

    wk_group_symmetric(&G, 5);
    {
        const char * a5[2] = { "(1,2,3)", "(1,2,3,4,5)" };
        N = from_strings(a5, 2, G);
        TAP_OK(check(N, G, "A5 in S5"), "A5 normal in S5 (fused 3-dimensional characters)");
        wk_group_clear(N);
    }
    wk_group_clear(G);

    /* (C3 x C3) : C4 and its normal C3 x C3 */
    {
        wk_group_struct * C3[2], * H;
        wk_perm_struct phi[2];
        wk_group_cyclic(C3, 3);
        wk_group_cyclic(C3 + 1, 3);
        wk_group_direct(&N, C3, 2);
        wk_group_cyclic(&H, 4);
        wk_perm_init(phi, 0); wk_perm_init(phi + 1, 0);
        wk_perm_set_str(phi, "(4,5,6)");
        wk_perm_set_str(phi + 1, "(1,3,2)");
        wk_group_semidirect(&G, N, H, phi);
        {
            wk_perm_struct g[2];
            wk_group_struct * NN;
            wk_perm_init(g, 0); wk_perm_init(g + 1, 0);
            wk_group_gen(g, G, 0);
            wk_group_gen(g + 1, G, 1);
            wk_group_subgroup(&NN, G, g, 2);
            ok = check(NN, G, "C3xC3 in (C3xC3):C4");
            {
                wk_clifford_t cf;
                slong o, n4 = 0, n1 = 0;
                wk_clifford_init(cf);
                wk_group_clifford(cf, NN, G);
                for (o = 0; o < cf->norbits; o++) {
                    slong len = cf->orbit_start[o + 1] - cf->orbit_start[o];
                    if (len == 4) n4++;
                    if (len == 1) n1++;
                }
                ok = ok && n4 == 2 && n1 == 1;
                wk_clifford_clear(cf);
            }
            TAP_OK(ok, "(C3xC3):C4: C4 permutes the 8 non-trivial characters of C3xC3 in two orbits of 4");
            wk_group_clear(NN);
            wk_perm_clear(g); wk_perm_clear(g + 1);
        }
        wk_perm_clear(phi); wk_perm_clear(phi + 1);
        wk_group_clear(G); wk_group_clear(N); wk_group_clear(H);
        wk_group_clear(C3[0]); wk_group_clear(C3[1]);
    }

    /* SL(2,3) (generators from GAP) with Q8 and the centre */
    {
        const char * sl[2] = { "(1,6,2,3)(4,7,8,5)", "(3,4,5)(6,8,7)" };
        slong nov = 0;
        G = from_strings(sl, 2, NULL);
        wk_group_derived_subgroup(&N, G);
        TAP_OK(order_si(N) == 8 && check(N, G, "Q8 in SL(2,3)"), "Q8 normal in SL(2,3): the 2-dim character of Q8 extends");
        wk_group_clear(N);
        wk_group_centre(&Z, G);
        TAP_OK(check(Z, G, "Z in SL(2,3)"), "centre of SL(2,3)");
        ok = check_over(G, Z, &nov);
        TAP_OK(ok && nov == 3, "SL(2,3) over the faithful character of Z: three characters, sum of squares 12 = |G/Z|");
        wk_group_clear(Z);
        wk_group_clear(G);
    }
    wk_group_quaternion(&G, 8);
    {
        slong nov = 0;
        wk_group_centre(&Z, G);
        TAP_OK(check_over(G, Z, &nov) && nov == 1, "Q8 over the non-trivial character of Z: only the degree-2 character");
        wk_group_clear(Z);
    }
    wk_group_clear(G);
    /* Q16 x C3: a cyclic centre of order 6 */
    {
        wk_group_struct * L[2];
        slong nov = 0;
        wk_group_quaternion(L, 16);
        wk_group_cyclic(L + 1, 3);
        wk_group_direct(&G, L, 2);
        wk_group_centre(&Z, G);
        TAP_OK(order_si(Z) == 6 && check_over(G, Z, &nov), "Q16 x C3 over each character of its centre C6");
        TAP_OK(check(Z, G, "Z in Q16 x C3"), "Clifford data for the centre of Q16 x C3");
        wk_group_clear(Z);
        wk_group_clear(G);
        wk_group_clear(L[0]); wk_group_clear(L[1]);
    }

    /* errors */
    wk_group_symmetric(&G, 4);
    {
        const char * s2[1] = { "(1,2)" };
        wk_classfun_t lam;
        slong idx[8], cnt;
        N = from_strings(s2, 1, G);
        {
            wk_clifford_t cf;
            wk_clifford_init(cf);
            TAP_OK(wk_group_clifford(cf, N, G) == WK_E_DOMAIN
                   && strcmp(wk_error_msg(), "argument 1 is not a normal subgroup of argument 2") == 0,
                   "clifford: subgroup not normal");
            wk_clifford_clear(cf);
        }
        wk_classfun_init(lam, N);
        wk_classfun_irr(lam, N, 1);
        TAP_OK(wk_group_irr_over(idx, &cnt, G, lam) == WK_E_DOMAIN
               && strcmp(wk_error_msg(), "argument 2 is not a central subgroup of G") == 0, "irr_over: not central");
        wk_classfun_clear(lam);
        wk_group_clear(N);
    }
    wk_group_clear(G);
    wk_group_quaternion(&G, 8);
    {
        wk_classfun_t lam;
        slong idx[8], cnt;
        wk_group_centre(&Z, G);
        wk_classfun_init(lam, Z);
        wk_classfun_permutation_character(lam, Z);  /* the regular-like character: not linear */
        TAP_OK(wk_group_irr_over(idx, &cnt, G, lam) == WK_E_DOMAIN
               && strcmp(wk_error_msg(), "lambda is not a linear character of Z") == 0, "irr_over: lambda not linear");
        wk_classfun_clear(lam);
        wk_group_clear(Z);
    }
    wk_group_clear(G);
    return tap_done();
}

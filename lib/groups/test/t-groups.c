/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of subgroup constructions against brute force: centralisers,
   normalisers, centre, derived subgroup, quotients; semidirect products and
   their error messages; small generating sets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_groups.h"
#include "brute.h"
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

/* x^-1 y x as raw arrays */
static void rconj(wk_pt * r, const wk_pt * y, const wk_pt * x, slong n)
{
    slong i;
    wk_pt * xi = malloc(n * sizeof(wk_pt));
    for (i = 0; i < n; i++) xi[x[i]] = (wk_pt) i;
    for (i = 0; i < n; i++) r[i] = x[y[xi[i]]];
    free(xi);
}

static int commute(const wk_pt * a, const wk_pt * b, slong n)
{
    slong i;
    for (i = 0; i < n; i++) if (a[b[i]] != b[a[i]]) return 0;
    return 1;
}

static int str_is(const char * got, const char * want)
{
    int ok = strcmp(got, want) == 0;
    if (!ok) tap_diag("got '%s', want '%s'", got, want);
    return ok;
}

static int str_starts(const char * got, const char * a, const char * b)
{
    int ok = strncmp(got, a, strlen(a)) == 0 && strlen(got) >= strlen(b)
             && strcmp(got + strlen(got) - strlen(b), b) == 0;
    if (!ok) tap_diag("got '%s'", got);
    return ok;
}

int main(int argc, char ** argv)
{
    wk_rand_t st;
    wk_group_struct * G, * H, * C, * N, * Q;
    slong iter, i, j, n;
    int ok, in;
    bset S;

    tap_init(argc, argv);
    wk_rand_init(st, tap_seed());

    /* centralisers of random elements (and of permutations outside G) */
    {
        wk_group_struct * Gs[3];
        wk_group_symmetric(Gs, 5);
        wk_group_mathieu(Gs + 1, 11);
        wk_group_dihedral(Gs + 2, 6);
        ok = 1;
        for (i = 0; i < 3; i++) {
            G = Gs[i];
            n = wk_group_degree(G);
            brute_elements(&S, G);
            for (iter = 0; iter < 5; iter++) {
                wk_perm_t g, c;
                slong cnt = 0, x;
                wk_perm_init(g, 0); wk_perm_init(c, 0);
                if (iter < 4) wk_group_random(g, G, st);
                else {
                    /* a permutation of the points that need not lie in G */
                    wk_perm_one(g, n);
                    for (x = n - 1; x > 0; x--) {
                        slong y = wk_rand_ulong(st, x + 1);
                        wk_pt t = g->v[x]; g->v[x] = g->v[y]; g->v[y] = t;
                    }
                }
                for (x = 0; x < S.len; x++) cnt += commute(S.e + x * n, g->v, n);
                wk_group_centralizer(&C, G, g);
                if (order_si(C) != cnt) ok = 0;
                for (j = 0; j < wk_group_ngens(C); j++) {
                    wk_group_gen(c, C, j);
                    wk_group_contains(&in, G, c);
                    if (!in || !commute(c->v, g->v, n)) ok = 0;
                }
                wk_group_clear(C);
                wk_perm_clear(g); wk_perm_clear(c);
            }
            bset_clear(&S);
            wk_group_clear(G);
        }
        TAP_OK(ok, "centralisers: orders and generators against brute force (S5, M11, D12)");
    }

    /* normalisers, centre, derived subgroup in S5 and SL(2,3) x C2 */
    {
        wk_group_symmetric(&G, 5);
        n = 5;
        brute_elements(&S, G);
        ok = 1;
        for (iter = 0; iter < 6; iter++) {
            wk_perm_struct g[2];
            bset Hs;
            slong cnt = 0, x, y;
            wk_pt * t = malloc(n * sizeof(wk_pt));
            wk_perm_init(g, 0); wk_perm_init(g + 1, 0);
            wk_group_random(g, G, st);
            wk_group_random(g + 1, G, st);
            wk_group_subgroup(&H, G, g, 1 + (iter % 2));
            brute_elements(&Hs, H);
            for (x = 0; x < S.len; x++) {
                int norm = 1;
                for (y = 0; y < Hs.len && norm; y++) {
                    rconj(t, Hs.e + y * n, S.e + x * n, n);
                    if (bset_find(&Hs, t) < 0) norm = 0;
                }
                cnt += norm;
            }
            wk_group_normalizer(&N, G, H);
            if (order_si(N) != cnt) ok = 0;
            wk_group_is_normal(&in, H, N);
            if (!in) ok = 0;
            wk_group_clear(N);
            bset_clear(&Hs);
            wk_group_clear(H);
            wk_perm_clear(g); wk_perm_clear(g + 1);
            free(t);
        }
        TAP_OK(ok, "normalisers of random subgroups of S5 against brute force");
        bset_clear(&S);
        wk_group_clear(G);
    }
    {
        const char * s[3] = { "(1,6,2,3)(4,7,8,5)", "(3,4,5)(6,8,7)", "(9,10)" };  /* SL(2,3) x C2 */
        wk_perm_struct g[3];
        slong cntz = 0, x, y;
        bset D;
        for (i = 0; i < 3; i++) { wk_perm_init(g + i, 0); wk_perm_set_str(g + i, s[i]); }
        wk_group_permgroup(&G, g, 3, 0);
        n = wk_group_degree(G);
        brute_elements(&S, G);
        for (x = 0; x < S.len; x++) {
            int cen = 1;
            for (y = 0; y < S.len && cen; y++) cen = commute(S.e + x * n, S.e + y * n, n);
            cntz += cen;
        }
        wk_group_centre(&C, G);
        TAP_OK(order_si(C) == cntz && cntz == 4, "centre of SL(2,3) x C2 has order 4");
        /* derived subgroup by closure of all commutators */
        bset_init(&D, n);
        {
            wk_pt * c = malloc(n * sizeof(wk_pt)), * ai = malloc(n * sizeof(wk_pt)), * bi = malloc(n * sizeof(wk_pt));
            slong q, z;
            for (x = 0; x < S.len; x++)
                for (y = 0; y < S.len; y++) {
                    const wk_pt * a = S.e + x * n, * b = S.e + y * n;
                    for (z = 0; z < n; z++) { ai[a[z]] = (wk_pt) z; bi[b[z]] = (wk_pt) z; }
                    for (z = 0; z < n; z++) c[z] = b[a[bi[ai[z]]]];
                    bset_add(&D, c);
                }
            for (q = 0; q < D.len; q++)
                for (x = 0; x < D.len; x++) {
                    for (z = 0; z < n; z++) c[z] = D.e[x * n + D.e[q * n + z]];
                    bset_add(&D, c);
                }
            free(c); free(ai); free(bi);
        }
        wk_group_derived_subgroup(&H, G);
        TAP_OK(order_si(H) == D.len && D.len == 8, "derived subgroup of SL(2,3) x C2 is Q8 (order 8)");
        bset_clear(&D);
        /* G/Z: SL(2,3) x C2 / Z = A4 */
        ok = wk_group_quotient(&Q, G, C) == WK_OK && order_si(Q) == 12 && wk_group_degree(Q) == 12
             && wk_group_chartable(Q) == WK_OK && wk_group_nclasses(Q) == 4 && wk_group_irr_degree(Q, 3) == 3;
        TAP_OK(ok, "(SL(2,3) x C2)/Z = A4: order 12, degrees [1,1,1,3]");
        if (ok) wk_group_clear(Q);
        TAP_OK(wk_group_quotient(&Q, G, H) == WK_OK && order_si(Q) == 6 && wk_group_is_abelian(Q),
               "abelianisation has order 6");
        wk_group_clear(Q);
        wk_group_clear(H);
        /* a non-normal subgroup */
        wk_perm_set_str(g, "(1,2)");
        {
            wk_group_struct * K;
            wk_perm_struct kg[1];
            wk_perm_init(kg, 0);
            wk_perm_set_str(kg, "(1,6,2,3)(4,7,8,5)");
            wk_group_subgroup(&K, G, kg, 1);
            TAP_OK(wk_group_quotient(&Q, G, K) == WK_E_DOMAIN
                   && str_is(wk_error_msg(), "argument 2 is not a normal subgroup of G"), "quotient by a non-normal subgroup");
            wk_perm_set_str(kg, "(1,2)");
            TAP_OK(wk_group_subgroup(&H, G, kg, 1) == WK_E_DOMAIN
                   && str_is(wk_error_msg(), "generator 1 is not an element of the group"), "subgroup: generator not in G");
            wk_perm_clear(kg);
            wk_group_clear(K);
        }
        wk_group_clear(C);
        bset_clear(&S);
        wk_group_clear(G);
        for (i = 0; i < 3; i++) wk_perm_clear(g + i);
    }

    /* semidirect products */
    {
        wk_perm_struct phi[3];
        wk_group_struct * Q8, * C3, * C4, * C2, * C3b[2], * V;
        for (i = 0; i < 3; i++) wk_perm_init(phi + i, 0);
        wk_group_quaternion(&Q8, 8);
        wk_group_cyclic(&C3, 3);
        /* Q8 : C3 with C3 permuting i, j, k cyclically: Q8 = <a, x> in its
           regular action; a -> x, x -> a x (an automorphism of order 3) */
        {
            wk_perm_t a, x, ax;
            wk_perm_init(a, 0); wk_perm_init(x, 0); wk_perm_init(ax, 0);
            wk_group_gen(a, Q8, 0);
            wk_group_gen(x, Q8, 1);
            wk_perm_mul(ax, a, x);
            wk_perm_set(phi, x);
            wk_perm_set(phi + 1, ax);
            ok = wk_group_semidirect(&G, Q8, C3, phi) == WK_OK && order_si(G) == 24 && wk_group_chartable(G) == WK_OK
                 && wk_group_nclasses(G) == 7 && wk_group_irr_degree(G, 6) == 3 && wk_group_irr_degree(G, 5) == 2;
            TAP_OK(ok, "Q8 : C3 = SL(2,3): order 24, 7 classes, degrees up to 3");
            if (ok) wk_group_clear(G);
            wk_perm_clear(a); wk_perm_clear(x); wk_perm_clear(ax);
        }
        /* errors */
        wk_group_cyclic(&C4, 4);
        wk_group_cyclic(&C2, 2);
        wk_perm_set_str(phi, "(1,3)(2,4)");    /* a -> a^2: relation a^4 = 1 kept, not bijective */
        TAP_OK(wk_group_semidirect(&G, C4, C2, phi) == WK_E_DOMAIN
               && str_is(wk_error_msg(), "phi(h1) is not bijective (image of order 2 in N of order 4)"),
               "semidirect: an endomorphism that is not bijective");
        wk_group_cyclic(C3b, 3);
        wk_group_cyclic(C3b + 1, 3);
        wk_group_direct(&V, C3b, 2);           /* C3 x C3 = <(1,2,3), (4,5,6)> */
        wk_perm_set_str(phi, "(4,5,6)");
        wk_perm_set_str(phi + 1, "(1,2)");     /* not in N */
        TAP_OK(wk_group_semidirect(&G, V, C2, phi) == WK_E_DOMAIN
               && str_is(wk_error_msg(), "phi(h1): image 2 is not in N"), "semidirect: image not in N");
        wk_perm_set_str(phi + 1, "(4,5,6)");   /* a -> b, b -> b: not injective */
        TAP_OK(wk_group_semidirect(&G, V, C2, phi) == WK_E_DOMAIN
               && str_starts(wk_error_msg(), "phi(h1) is not bijective", ""), "semidirect: not bijective");
        wk_perm_set_str(phi, "(1,2,3)(4,5,6)");  /* a -> ab, b -> b: bijective */
        wk_perm_set_str(phi + 1, "(4,5,6)");
        TAP_OK(wk_group_semidirect(&G, V, C3, phi) == WK_OK && order_si(G) == 27 && !wk_group_is_abelian(G),
               "(C3 x C3) : C3 (Heisenberg group of order 27)");
        wk_group_clear(G);
        wk_perm_set_str(phi, "(4,5,6)");       /* a -> b, b -> a^-1: order 4, but H = C2 */
        wk_perm_set_str(phi + 1, "(1,3,2)");
        TAP_OK(wk_group_semidirect(&G, V, C2, phi) == WK_E_DOMAIN
               && str_is(wk_error_msg(), "phi is not a homomorphism H -> Aut(N) (order check: 36 != 9*2)"),
               "semidirect: phi is not a homomorphism (order check)");
        /* a map that breaks a relation: S3 = <(1,2,3), (1,2)>, (1,2,3) -> (1,2) */
        {
            wk_group_struct * S3;
            wk_group_symmetric(&S3, 3);
            wk_perm_set_str(phi, "(1,2)");
            wk_perm_set_str(phi + 1, "(1,2)");
            TAP_OK(wk_group_semidirect(&G, S3, C2, phi) == WK_E_DOMAIN
                   && str_starts(wk_error_msg(), "phi(h1) does not preserve the relations of N (relator ",
                                 "maps to a non-identity)"), "semidirect: relations not preserved");
            wk_group_clear(S3);
        }
        wk_group_clear(Q8); wk_group_clear(C3); wk_group_clear(C4); wk_group_clear(C2);
        wk_group_clear(C3b[0]); wk_group_clear(C3b[1]); wk_group_clear(V);
        for (i = 0; i < 3; i++) wk_perm_clear(phi + i);
    }

    /* cyclic extensions <N, x>: Q8, D8 from C4; C4 from C2; Q12 from C6 */
    {
        wk_group_struct * C4, * C2, * C6, * E;
        wk_perm_t inv, n0, id;
        slong ind[8];
        wk_perm_init(inv, 0); wk_perm_init(n0, 0); wk_perm_init(id, 0);
        wk_group_cyclic(&C4, 4);
        wk_perm_set_str(inv, "(1,4,3,2)");     /* a -> a^-1 */
        wk_perm_set_str(n0, "(1,3)(2,4)");     /* a^2 */
        ok = wk_group_cyclic_extension(&E, C4, inv, 2, n0) == WK_OK && order_si(E) == 8 && !wk_group_is_abelian(E)
             && wk_group_fs_indicators(ind, E) == WK_OK && ind[4] == -1;
        TAP_OK(ok, "C4 . C2 with x^2 = a^2, a^x = a^-1 is Q8 (FS -1)");
        if (ok) wk_group_clear(E);
        ok = wk_group_cyclic_extension(&E, C4, inv, 2, NULL) == WK_OK && order_si(E) == 8
             && wk_group_fs_indicators(ind, E) == WK_OK && ind[4] == 1;
        TAP_OK(ok, "C4 : C2 with a^x = a^-1 is D8 (FS +1)");
        if (ok) wk_group_clear(E);
        wk_perm_set_str(n0, "(1,2,3,4)");
        TAP_OK(wk_group_cyclic_extension(&E, C4, inv, 2, n0) == WK_E_DOMAIN
               && str_is(wk_error_msg(), "alpha does not fix n0"), "cyclic extension: alpha must fix n0");
        TAP_OK(wk_group_cyclic_extension(&E, C4, inv, 3, NULL) == WK_E_DOMAIN
               && str_is(wk_error_msg(), "alpha^3 is not conjugation by n0"), "cyclic extension: alpha^m = conjugation by n0");
        wk_group_cyclic(&C2, 2);
        wk_perm_set_str(id, "(1,2)");
        ok = wk_group_cyclic_extension(&E, C2, id, 2, id) == WK_OK && order_si(E) == 4 && wk_group_is_abelian(E)
             && wk_group_classes(E) == WK_OK && wk_group_class_elt_order(E, 3) == 4;
        TAP_OK(ok, "C2 . C2 with x^2 = the generator is C4");
        if (ok) wk_group_clear(E);
        wk_group_cyclic(&C6, 6);
        wk_perm_set_str(inv, "(1,6,5,4,3,2)");
        wk_perm_set_str(n0, "(1,4)(2,5)(3,6)");
        ok = wk_group_cyclic_extension(&E, C6, inv, 2, n0) == WK_OK && order_si(E) == 12
             && wk_group_chartable(E) == WK_OK && wk_group_nclasses(E) == 6 && wk_group_conductor(E) == 4;
        TAP_OK(ok, "C6 . C2 with x^2 = a^3, a^x = a^-1 is C3 : C4 (conductor 4)");
        if (ok) wk_group_clear(E);
        wk_group_clear(C4); wk_group_clear(C2); wk_group_clear(C6);
        wk_perm_clear(inv); wk_perm_clear(n0); wk_perm_clear(id);
    }

    /* small generating sets */
    {
        wk_perm_struct * gg;
        slong ng;
        fmpz_t o;
        fmpz_init(o);
        wk_group_mathieu(&G, 24);
        wk_group_small_gens(&gg, &ng, G);
        ok = ng <= 3 && wk_group_permgroup(&H, gg, ng, 24) == WK_OK && wk_group_order(o, H) == WK_OK
             && fmpz_equal_ui(o, 244823040);
        TAP_OK(ok, "a small generating set of M24 generates M24");
        if (ok) wk_group_clear(H);
        for (i = 0; i < ng; i++) wk_perm_clear(gg + i);
        flint_free(gg);
        wk_group_clear(G);
        fmpz_clear(o);
    }

    /* constructor argument errors */
    TAP_OK(wk_group_cyclic(&G, 0) == WK_E_DOMAIN && str_is(wk_error_msg(), "n must be a positive integer, got 0"),
           "cyclic(0)");
    TAP_OK(wk_group_dihedral(&G, -3) == WK_E_DOMAIN && str_is(wk_error_msg(), "n must be a positive integer, got -3"),
           "dihedral(-3)");
    TAP_OK(wk_group_quaternion(&G, 6) == WK_E_DOMAIN, "quaternion(6): %s", wk_error_msg());
    TAP_OK(wk_group_psl(&G, 2, 6) == WK_E_DOMAIN && str_is(wk_error_msg(), "q must be a prime power, got 6"), "psl(2,6)");
    TAP_OK(wk_group_mathieu(&G, 10) == WK_E_DOMAIN
           && str_is(wk_error_msg(), "n must be 11, 12, 22, 23 or 24, got 10"), "mathieu(10)");
    wk_rand_clear(st);
    return tap_done();
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Tests of embeddings N -> G up to conjugacy: counts against brute force
   (all generator tuples, validity by closure of the graph subgroup in N x G,
   orbits under conjugation), conjugacy classes of subgroups against GAP's
   counts, and Q8 containing no C2 x C2 (spec claim 4.2). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_groups.h"
#include <flint/fmpz_vec.h>
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

/* number of G-conjugacy classes of tuples (g_1..g_t) such that x_i -> g_i
   extends to an injective homomorphism, by brute force; t <= 2 */
static slong brute_embeddings(const wk_perm_struct * x, slong t, wk_group_struct * N, wk_group_struct * G)
{
    bset S;
    slong nG = wk_group_degree(G), nN = wk_group_degree(N), oN = order_si(N), M, a, b, valid = 0, i, y;
    slong * idx, * parent;
    wk_pt * tup;
    brute_elements(&S, G);
    M = (t == 1) ? S.len : S.len * S.len;
    idx = malloc(M * sizeof(slong));
    parent = malloc(M * sizeof(slong));
    for (a = 0; a < M; a++) {
        slong g1 = (t == 1) ? a : a / S.len, g2 = (t == 1) ? 0 : a % S.len;
        wk_perm_struct d[2];
        wk_group_struct * D, * I;
        idx[a] = 0;
        for (i = 0; i < t; i++) {
            const wk_pt * g = S.e + (i == 0 ? g1 : g2) * nG;
            wk_perm_init(d + i, nN + nG);
            for (y = 0; y < nN; y++) d[i].v[y] = y < x[i].n ? x[i].v[y] : (wk_pt) y;
            for (y = 0; y < nG; y++) d[i].v[nN + y] = nN + g[y];
        }
        /* graph subgroup of order |N| and image of order |N| */
        wk_group_permgroup(&D, d, t, nN + nG);
        if (order_si(D) == oN) {
            wk_perm_struct e[2];
            for (i = 0; i < t; i++) {
                wk_perm_init(e + i, nG);
                memcpy(e[i].v, S.e + (i == 0 ? g1 : g2) * nG, nG * sizeof(wk_pt));
            }
            wk_group_permgroup(&I, e, t, nG);
            if (order_si(I) == oN) { idx[a] = 1; valid++; }
            wk_group_clear(I);
            for (i = 0; i < t; i++) wk_perm_clear(e + i);
        }
        wk_group_clear(D);
        for (i = 0; i < t; i++) wk_perm_clear(d + i);
    }
    /* orbits under conjugation by all of G */
    for (a = 0; a < M; a++) parent[a] = a;
    tup = malloc(2 * nG * sizeof(wk_pt));
    for (a = 0; a < M; a++) {
        slong g1 = (t == 1) ? a : a / S.len, g2 = (t == 1) ? 0 : a % S.len, c;
        if (!idx[a]) continue;
        for (c = 0; c < S.len; c++) {
            const wk_pt * cc = S.e + c * nG;
            wk_pt * ci = malloc(nG * sizeof(wk_pt));
            slong b1, b2, bb, ra, rb;
            for (y = 0; y < nG; y++) ci[cc[y]] = (wk_pt) y;
            for (y = 0; y < nG; y++) tup[y] = cc[S.e[g1 * nG + ci[y]]];
            b1 = bset_find(&S, tup);
            b2 = 0;
            if (t == 2) {
                for (y = 0; y < nG; y++) tup[y] = cc[S.e[g2 * nG + ci[y]]];
                b2 = bset_find(&S, tup);
            }
            free(ci);
            bb = (t == 1) ? b1 : b1 * S.len + b2;
            ra = a; while (parent[ra] != ra) ra = parent[ra];
            rb = bb; while (parent[rb] != rb) rb = parent[rb];
            if (ra != rb) parent[FLINT_MAX(ra, rb)] = FLINT_MIN(ra, rb);
        }
    }
    for (a = 0, b = 0; a < M; a++) if (idx[a] && parent[a] == a) b++;
    free(tup);
    free(idx);
    free(parent);
    bset_clear(&S);
    (void) valid;
    return b;
}

static int check_count(wk_group_struct * N, wk_group_struct * G, const char * what)
{
    wk_embeddings_t E;
    slong i, b;
    int ok;
    wk_embeddings_init(E);
    ok = wk_group_embeddings(E, N, G, 0, 0) == WK_OK && E->complete;
    if (!ok || E->t > 2) { wk_embeddings_clear(E); return 0; }
    b = brute_embeddings(E->ngens, E->t, N, G);
    if (b != E->count) { printf("# %s: %ld embeddings, brute force %ld\n", what, (long) E->count, (long) b); ok = 0; }
    /* every image generates a subgroup of order |N| */
    for (i = 0; i < E->count && ok; i++) {
        wk_group_struct * H;
        if (wk_embeddings_image(&H, E, i, G) != WK_OK || order_si(H) != order_si(N)) ok = 0;
        else wk_group_clear(H);
    }
    wk_embeddings_clear(E);
    return ok;
}

static slong nsub(wk_group_struct * N, wk_group_struct * G)
{
    wk_embeddings_t E;
    slong c = -1;
    wk_embeddings_init(E);
    if (wk_group_embeddings(E, N, G, 1, 0) == WK_OK && E->complete) c = E->count;
    wk_embeddings_clear(E);
    return c;
}

int main(int argc, char ** argv)
{
    wk_group_struct * G, * V4, * C4, * S3, * D8, * Q8, * A4, * C2[2], * C3;
    wk_embeddings_t E;

    tap_init(argc, argv);
    wk_group_cyclic(C2, 2);
    wk_group_cyclic(C2 + 1, 2);
    wk_group_direct(&V4, C2, 2);
    wk_group_cyclic(&C4, 4);
    wk_group_cyclic(&C3, 3);
    wk_group_symmetric(&S3, 3);
    wk_group_dihedral(&D8, 4);
    wk_group_quaternion(&Q8, 8);
    wk_group_alternating(&A4, 4);

    wk_embeddings_init(E);
    TAP_OK(wk_group_embeddings(E, V4, Q8, 0, 0) == WK_OK && E->count == 0 && E->complete,
           "Q8 contains no subgroup C2 x C2 (claim 4.2)");
    TAP_OK(wk_group_embeddings(E, V4, D8, 1, 0) == WK_OK && E->count == 2 && E->complete,
           "D8 (order 8) has two classes of C2 x C2 subgroups");
    wk_embeddings_clear(E);

    wk_group_symmetric(&G, 4);
    TAP_OK(check_count(V4, G, "V4 -> S4"), "embeddings C2 x C2 -> S4 up to conjugacy: brute force count");
    TAP_OK(check_count(S3, G, "S3 -> S4"), "S3 -> S4");
    TAP_OK(check_count(D8, G, "D8 -> S4"), "D8 -> S4");
    TAP_OK(check_count(C4, G, "C4 -> S4"), "C4 -> S4");
    /* conjugacy classes of subgroups of S4 (GAP: ConjugacyClassesSubgroups) */
    TAP_OK(nsub(V4, G) == 2 && nsub(C4, G) == 1 && nsub(S3, G) == 1 && nsub(D8, G) == 1 && nsub(A4, G) == 1
           && nsub(Q8, G) == 0 && nsub(C3, G) == 1, "S4: subgroup classes V4:2, C4:1, S3:1, D8:1, A4:1, Q8:0, C3:1");
    wk_group_clear(G);

    wk_group_alternating(&G, 5);
    TAP_OK(check_count(V4, G, "V4 -> A5") && check_count(S3, G, "S3 -> A5"), "V4, S3 -> A5: brute force counts");
    TAP_OK(nsub(V4, G) == 1 && nsub(S3, G) == 1 && nsub(A4, G) == 1 && nsub(C4, G) == 0,
           "A5: subgroup classes V4:1, S3:1, A4:1, C4:0");
    wk_group_clear(G);
    wk_group_symmetric(&G, 5);
    TAP_OK(nsub(S3, G) == 2 && nsub(V4, G) == 2 && nsub(A4, G) == 1 && nsub(D8, G) == 1,
           "S5: subgroup classes S3:2, V4:2, A4:1, D8:1 (GAP)");
    wk_group_clear(G);
    /* SmallGroup(36,9) contains C3 x C3 once; the bootstrap's stage C */
    {
        wk_group_struct * C3b[2], * N9, * H;
        wk_perm_struct phi[2];
        wk_group_cyclic(C3b, 3);
        wk_group_cyclic(C3b + 1, 3);
        wk_group_direct(&N9, C3b, 2);
        wk_group_cyclic(&H, 4);
        wk_perm_init(phi, 0); wk_perm_init(phi + 1, 0);
        wk_perm_set_str(phi, "(4,5,6)");
        wk_perm_set_str(phi + 1, "(1,3,2)");
        wk_group_semidirect(&G, N9, H, phi);
        wk_embeddings_init(E);
        /* Aut(C3xC3) = GL(2,3) of order 48; N_G(N)/C_G(N) = C4, so 48/4 = 12 classes */
        TAP_OK(wk_group_embeddings(E, N9, G, 0, 0) == WK_OK && E->count == 12 && nsub(N9, G) == 1,
               "(C3xC3):C4: one subgroup C3xC3, 12 embeddings up to conjugacy");
        wk_embeddings_clear(E);
        wk_perm_clear(phi); wk_perm_clear(phi + 1);
        wk_group_clear(C3b[0]); wk_group_clear(C3b[1]); wk_group_clear(N9); wk_group_clear(H); wk_group_clear(G);
    }
    /* restriction through embeddings: S3 -> S4 against the image subgroup's
       own restriction matrix (row norms and degrees), and automorphisms of
       S4 (embeddings S4 -> S4 up to conjugacy: all inner, one) */
    {
        wk_group_struct * Hs;
        fmpz * M, * M2;
        slong rG, rN, c, a, ok2 = 1;
        wk_group_symmetric(&G, 4);
        wk_embeddings_init(E);
        wk_group_embeddings(E, S3, G, 1, 0);
        wk_group_chartable(G);
        wk_group_chartable(S3);
        rG = wk_group_nclasses(G);
        rN = wk_group_nclasses(S3);
        M = _fmpz_vec_init(rG * rN);
        M2 = _fmpz_vec_init(rG * rN);
        ok2 = E->count == 1 && wk_embeddings_restriction_matrix(M, E, 0, S3, G) == WK_OK
              && wk_embeddings_image(&Hs, E, 0, G) == WK_OK && wk_group_restriction_matrix(M2, Hs, G) == WK_OK;
        for (c = 0; c < rG && ok2; c++) {
            slong n1 = 0, n2 = 0, d1 = 0, d2 = 0;
            for (a = 0; a < rN; a++) {
                slong m1 = fmpz_get_si(M + c * rN + a), m2 = fmpz_get_si(M2 + c * rN + a);
                n1 += m1 * m1; n2 += m2 * m2;
                d1 += m1 * wk_group_irr_degree(S3, a); d2 += m2 * wk_group_irr_degree(Hs, a);
            }
            if (n1 != n2 || d1 != d2 || d1 != wk_group_irr_degree(G, c)) ok2 = 0;
        }
        TAP_OK(ok2, "restriction S4 -> S3 through the embedding matches the image subgroup's");
        if (E->count) wk_group_clear(Hs);
        _fmpz_vec_clear(M, rG * rN);
        _fmpz_vec_clear(M2, rG * rN);
        wk_embeddings_clear(E);
        wk_embeddings_init(E);
        ok2 = wk_group_embeddings(E, G, G, 0, 0) == WK_OK && E->count == 1;
        if (ok2) {
            M = _fmpz_vec_init(rG * rG);
            wk_embeddings_restriction_matrix(M, E, 0, G, G);
            for (c = 0; c < rG; c++)
                for (a = 0; a < rG; a++)
                    if (!fmpz_equal_si(M + c * rG + a, c == a)) ok2 = 0;
            _fmpz_vec_clear(M, rG * rG);
        }
        TAP_OK(ok2, "Out(S4) = 1: one embedding S4 -> S4, restriction matrix the identity");
        wk_embeddings_clear(E);
        /* Out(A6) has order 4: four embeddings A6 -> A6 up to conjugacy, the
           outer ones permute the characters of degree 5 and 8 */
        {
            wk_group_struct * A6;
            wk_group_alternating(&A6, 6);
            wk_embeddings_init(E);
            TAP_OK(wk_group_embeddings(E, A6, A6, 0, 0) == WK_OK && E->count == 4, "|Out(A6)| = 4");
            wk_embeddings_clear(E);
            wk_group_clear(A6);
        }
        wk_group_clear(G);
    }

    /* a bound on the number kept */
    wk_group_symmetric(&G, 4);
    wk_embeddings_init(E);
    TAP_OK(wk_group_embeddings(E, V4, G, 0, 1) == WK_OK && E->count == 1 && !E->complete,
           "max = 1 keeps one embedding and reports incompleteness");
    wk_embeddings_clear(E);
    wk_group_clear(G);

    wk_group_clear(C2[0]); wk_group_clear(C2[1]); wk_group_clear(V4); wk_group_clear(C4); wk_group_clear(C3);
    wk_group_clear(S3); wk_group_clear(D8); wk_group_clear(Q8); wk_group_clear(A4);
    return tap_done();
}

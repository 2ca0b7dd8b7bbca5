/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/semidirect.c: N : H for an action of H on N by automorphisms,
   realised in the holomorph: N acts on its own elements by right
   multiplication, h by x -> phi_h(x); when H does not act faithfully H's
   regular action is added.  Each phi_h is extended along a spanning tree of
   the Cayley graph of N; the other edges are the defining relators of N
   (a Schreier presentation), each of which must map to the identity
   (_wk_extend_automorphism in extension.c). */
#include <stdio.h>
#include <stdlib.h>
#include "impl.h"

#define UNSET 0xffffffffu

wk_status wk_group_semidirect(wk_group_struct ** Gout, wk_group_struct * N, wk_group_struct * H,
                              const wk_perm_struct * phi)
{
    slong tN = N->ngens, tH = H->ngens, nN = N->n, nH = H->n, i, j, x, deg;
    ulong oN, oH, q;
    uint32_t * mult = NULL, * phiv = NULL;
    pt * a, * b, * p2, * imgs = NULL, * gens = NULL;
    wk_status st;
    if ((st = _wk_group_rank(N)) != WK_OK) return st;
    if ((st = _wk_group_rank(H)) != WK_OK) return st;
    oN = fmpz_get_ui(N->bsgs->order);
    oH = fmpz_get_ui(H->bsgs->order);
    if (oN + oH > WK_GROUPS_MAX_DEGREE)
        return wk_error(WK_E_TOO_LARGE, "|N| + |H| = %lu exceeds the degree limit %d",
                        (unsigned long) (oN + oH), WK_GROUPS_MAX_DEGREE);
    /* the images, checked to lie in N */
    imgs = flint_malloc((tH * tN > 0 ? tH * tN : 1) * nN * sizeof(pt));
    for (j = 0; j < tH; j++)
        for (i = 0; i < tN; i++) {
            const wk_perm_struct * f = phi + j * tN + i;
            pt * d = imgs + (j * tN + i) * nN;
            if (wk_perm_largest_moved_point(f) > nN) {
                flint_free(imgs);
                return wk_error(WK_E_DOMAIN, "phi(h%ld): image %ld is not in N", (long) j + 1, (long) i + 1);
            }
            for (x = 0; x < nN; x++) d[x] = x < f->n ? f->v[x] : (pt) x;
            if (!bsgs_contains(N->bsgs, d)) {
                flint_free(imgs);
                return wk_error(WK_E_DOMAIN, "phi(h%ld): image %ld is not in N", (long) j + 1, (long) i + 1);
            }
        }
    a = flint_malloc(3 * nN * sizeof(pt));
    b = flint_malloc((N->bsgs->k + 1) * sizeof(pt));
    p2 = a + nN;
    phiv = malloc(oN * sizeof(uint32_t));
    mult = malloc(oN * (tN ? tN : 1) * sizeof(uint32_t));
    if (!phiv || !mult) { st = wk_error(WK_E_NOMEM, "out of memory"); goto done; }
    deg = oN + oH;
    gens = flint_malloc((tN + tH ? tN + tH : 1) * deg * sizeof(pt));
    /* each phi(h_j) is an automorphism, kept as a permutation of N's elements */
    for (j = 0; j < tH && st == WK_OK; j++) {
        char name[64];
        snprintf(name, sizeof name, "phi(h%ld)", (long) j + 1);
        st = _wk_extend_automorphism(phiv, N, imgs + j * tN * nN, name);
        if (st == WK_OK)
            for (q = 0; q < oN; q++) gens[(tN + j) * deg + q] = phiv[q];
    }
    /* right multiplication by N's generators */
    for (q = 0; q < oN && st == WK_OK; q++) {
        bsgs_unrank(a, N->bsgs, q, NULL);
        for (i = 0; i < tN; i++) {
            _perm_mul(p2, a, N->gens + i * nN, nN);
            mult[q * tN + i] = (uint32_t) bsgs_rank(N->bsgs, p2, b);
        }
    }
    if (st != WK_OK) goto done;
    for (i = 0; i < tN; i++) {
        for (q = 0; q < oN; q++) gens[i * deg + q] = mult[q * tN + i];
        for (q = 0; q < oH; q++) gens[i * deg + oN + q] = (pt) (oN + q);
    }
    {
        pt * hb = flint_malloc((H->bsgs->k + 1) * sizeof(pt)), * hx = flint_malloc(2 * nH * sizeof(pt));
        for (j = 0; j < tH; j++)
            for (q = 0; q < oH; q++) {
                bsgs_unrank(hx, H->bsgs, q, NULL);
                _perm_mul(hx + nH, hx, H->gens + j * nH, nH);
                gens[(tN + j) * deg + oN + q] = (pt) (oN + bsgs_rank(H->bsgs, hx + nH, hb));
            }
        flint_free(hb);
        flint_free(hx);
    }
    {
        wk_group_struct * G1 = NULL, * G2 = NULL;
        fmpz_t want, o;
        fmpz_init(want);
        fmpz_init(o);
        fmpz_set_ui(want, oN);
        fmpz_mul_ui(want, want, oH);
        st = _wk_group_new(&G1, deg, gens, tN + tH);
        if (st == WK_OK) st = wk_group_order(o, G1);
        if (st == WK_OK && !fmpz_equal(o, want)) {
            char * s = fmpz_get_str(NULL, 10, o);
            st = wk_error(WK_E_DOMAIN, "phi is not a homomorphism H -> Aut(N) (order check: %s != %lu*%lu)",
                          s, (unsigned long) oN, (unsigned long) oH);
            flint_free(s);
        }
        if (st == WK_OK) {
            /* H faithful on N: drop the regular part */
            pt * g2 = flint_malloc((tN + tH ? tN + tH : 1) * oN * sizeof(pt));
            for (i = 0; i < tN + tH; i++) memcpy(g2 + i * oN, gens + i * deg, oN * sizeof(pt));
            st = _wk_group_new(&G2, oN, g2, tN + tH);
            flint_free(g2);
            if (st == WK_OK) st = wk_group_order(o, G2);
            if (st == WK_OK && fmpz_equal(o, want)) {
                wk_group_clear(G1);
                G1 = G2;
            } else if (st == WK_OK) {
                wk_group_clear(G2);
            }
        }
        if (st == WK_OK) {
            char b1[256], b2[256];
            const char * n1 = _wk_group_base_name(N, "N", b1, sizeof b1), * n2 = _wk_group_base_name(H, "H", b2, sizeof b2);
            char * nm = flint_malloc(strlen(n1) + strlen(n2) + 8);
            sprintf(nm, "%s : %s", n1, n2);
            wk_group_set_name(G1, nm);
            flint_free(nm);
            *Gout = G1;
        } else if (G1) {
            wk_group_clear(G1);
        }
        fmpz_clear(want);
        fmpz_clear(o);
    }
done:
    free(mult); free(phiv);
    flint_free(imgs);
    flint_free(gens);
    flint_free(a);
    flint_free(b);
    return st;
}

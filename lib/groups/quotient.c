/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/quotient.c: G/N as the permutation group of G acting on the
   right cosets Nx (x -> xg), each coset labelled through the element ranks. */
#include <stdio.h>
#include <stdlib.h>
#include "impl.h"

#define UNSET 0xffffffffu

wk_status wk_group_quotient(wk_group_struct ** Q, wk_group_struct * G, wk_group_struct * N)
{
    int normal;
    slong n = G->n, i, t, hN, ncos, idx, c;
    ulong NG, q;
    pt * nel, * reps, * y, * b, * gens;
    uint32_t * coset;
    wk_status st = wk_group_is_normal(&normal, N, G);
    fmpz_t o;
    if (st != WK_OK) return st;
    if (!normal) return wk_error(WK_E_DOMAIN, "argument 2 is not a normal subgroup of G");
    if ((st = _wk_group_rank(G)) != WK_OK) return st;
    if ((st = _wk_group_rank(N)) != WK_OK) return st;
    NG = fmpz_get_ui(G->bsgs->order);
    nel = _wk_group_elements(N, n, &hN);
    idx = (slong) (NG / (ulong) hN);
    if (idx > WK_GROUPS_MAX_DEGREE) {
        flint_free(nel);
        return wk_error(WK_E_TOO_LARGE, "index %ld exceeds the degree limit %d", (long) idx,
                        WK_GROUPS_MAX_DEGREE);
    }
    coset = malloc(NG * sizeof(uint32_t));
    if (coset == NULL) { flint_free(nel); return wk_error(WK_E_NOMEM, "out of memory"); }
    memset(coset, 0xff, NG * sizeof(uint32_t));
    reps = flint_malloc(idx * n * sizeof(pt));
    y = flint_malloc(2 * n * sizeof(pt));
    b = flint_malloc((G->bsgs->k + 1) * sizeof(pt));
    _perm_one(reps, n);
    ncos = 1;
    for (t = 0; t < hN; t++) coset[bsgs_rank(G->bsgs, nel + t * n, b)] = 0;
    for (c = 0; c < ncos && st == WK_OK; c++) {
        if ((c & 255) == 255 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
        for (i = 0; i < G->ngens; i++) {
            ulong rk;
            _perm_mul(y, reps + c * n, G->gens + i * n, n);
            rk = bsgs_rank(G->bsgs, y, b);
            if (coset[rk] != UNSET) continue;
            if (ncos >= idx) { st = wk_error(WK_E_INTERNAL, "too many cosets"); break; }
            memcpy(reps + ncos * n, y, n * sizeof(pt));
            for (t = 0; t < hN; t++) {
                _perm_mul(y + n, nel + t * n, reps + ncos * n, n);
                coset[bsgs_rank(G->bsgs, y + n, b)] = (uint32_t) ncos;
            }
            ncos++;
        }
    }
    if (st == WK_OK && ncos != idx) st = wk_error(WK_E_INTERNAL, "coset enumeration incomplete");
    if (st == WK_OK) {
        gens = flint_malloc((G->ngens ? G->ngens : 1) * idx * sizeof(pt));
        for (i = 0; i < G->ngens; i++)
            for (c = 0; c < idx; c++) {
                _perm_mul(y, reps + c * n, G->gens + i * n, n);
                gens[i * idx + c] = coset[bsgs_rank(G->bsgs, y, b)];
            }
        st = _wk_group_new(Q, idx, gens, G->ngens);
        flint_free(gens);
        if (st == WK_OK) {
            char b1[256], b2[256];
            const char * n1 = _wk_group_base_name(G, "G", b1, sizeof b1), * n2 = _wk_group_base_name(N, "N", b2, sizeof b2);
            char * nm = flint_malloc(strlen(n1) + strlen(n2) + 8);
            sprintf(nm, "%s / %s", n1, n2);
            wk_group_set_name(*Q, nm);
            flint_free(nm);
            fmpz_init_set_ui(o, idx);
            (*Q)->has_known_order = 1;
            fmpz_set((*Q)->known_order, o);
            fmpz_clear(o);
        }
    }
    (void) q;
    free(coset);
    flint_free(nel);
    flint_free(reps);
    flint_free(y);
    flint_free(b);
    return st;
}

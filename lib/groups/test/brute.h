/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/test/brute.h: brute-force group computations for the tests
   (closure of generators by breadth-first search, conjugacy by trying all
   elements); independent of the library's algorithms. */
#ifndef WK_GROUPS_BRUTE_H
#define WK_GROUPS_BRUTE_H
#include <stdlib.h>
#include <string.h>
#include "wk_groups.h"

typedef struct {
    slong n, len, alloc, hsize;
    wk_pt * e;        /* len * n */
    slong * h;
} bset;

static inline ulong bset_hash(const wk_pt * x, slong n)
{
    ulong h = 14695981039346656037UL;
    slong i;
    for (i = 0; i < n; i++) { h ^= x[i]; h *= 1099511628211UL; }
    return h;
}

static inline slong bset_slot(const bset * S, const wk_pt * x)
{
    slong i = bset_hash(x, S->n) & (S->hsize - 1);
    while (S->h[i] >= 0) {
        if (memcmp(S->e + S->h[i] * S->n, x, S->n * sizeof(wk_pt)) == 0) return i;
        i = (i + 1) & (S->hsize - 1);
    }
    return i;
}

static inline slong bset_find(const bset * S, const wk_pt * x)
{
    return S->h[bset_slot(S, x)];
}

static inline int bset_add(bset * S, const wk_pt * x)
{
    slong i, s;
    if (bset_find(S, x) >= 0) return 0;
    if (2 * (S->len + 1) > S->hsize) {
        S->hsize *= 2;
        S->h = realloc(S->h, S->hsize * sizeof(slong));
        for (i = 0; i < S->hsize; i++) S->h[i] = -1;
        for (i = 0; i < S->len; i++) S->h[bset_slot(S, S->e + i * S->n)] = i;
    }
    if (S->len == S->alloc) {
        S->alloc *= 2;
        S->e = realloc(S->e, S->alloc * S->n * sizeof(wk_pt));
    }
    memcpy(S->e + S->len * S->n, x, S->n * sizeof(wk_pt));
    s = bset_slot(S, x);
    S->h[s] = S->len++;
    return 1;
}

static inline void bset_init(bset * S, slong n)
{
    slong i;
    S->n = n; S->len = 0; S->alloc = 64; S->hsize = 256;
    S->e = calloc(S->alloc * n, sizeof(wk_pt));
    S->h = malloc(S->hsize * sizeof(slong));
    for (i = 0; i < S->hsize; i++) S->h[i] = -1;
}

static inline void bset_clear(bset * S)
{
    free(S->e);
    free(S->h);
}

/* all elements of <G> (degree n) by closure */
static inline void brute_elements(bset * S, const wk_group_struct * G)
{
    slong n = wk_group_degree(G), ng = wk_group_ngens(G), i, q, x;
    wk_pt * y = calloc(n, sizeof(wk_pt));
    wk_perm_t g;
    wk_pt * gens = malloc((ng ? ng : 1) * n * sizeof(wk_pt));
    wk_perm_init(g, 0);
    for (i = 0; i < ng; i++) {
        wk_group_gen(g, G, i);
        memcpy(gens + i * n, g->v, n * sizeof(wk_pt));
    }
    bset_init(S, n);
    for (x = 0; x < n; x++) y[x] = (wk_pt) x;
    bset_add(S, y);
    for (q = 0; q < S->len; q++)
        for (i = 0; i < ng; i++) {
            for (x = 0; x < n; x++) y[x] = gens[i * n + S->e[q * n + x]];
            bset_add(S, y);
        }
    wk_perm_clear(g);
    free(gens);
    free(y);
}

/* class index of each element (by trying all conjugators); returns r */
static inline slong brute_classes(slong * cls, const bset * S)
{
    slong N = S->len, n = S->n, r = 0, a, c, x;
    wk_pt * y = calloc(n, sizeof(wk_pt)), * ci = calloc(n, sizeof(wk_pt));
    for (a = 0; a < N; a++) cls[a] = -1;
    for (a = 0; a < N; a++) {
        if (cls[a] >= 0) continue;
        cls[a] = r;
        for (c = 0; c < N; c++) {
            const wk_pt * g = S->e + c * n, * e = S->e + a * n;
            for (x = 0; x < n; x++) ci[g[x]] = (wk_pt) x;
            for (x = 0; x < n; x++) y[x] = g[e[ci[x]]];     /* g^-1 e g */
            cls[bset_find(S, y)] = r;
        }
        r++;
    }
    free(y);
    free(ci);
    return r;
}

/* index of the element equal to p (padded) or -1 */
static inline slong brute_index(const bset * S, const wk_perm_t p)
{
    wk_pt * y = calloc(S->n, sizeof(wk_pt));
    slong x, res;
    if (wk_perm_largest_moved_point(p) > S->n) { free(y); return -1; }
    for (x = 0; x < S->n; x++) y[x] = (x < p->n) ? p->v[x] : (wk_pt) x;
    res = bset_find(S, y);
    free(y);
    return res;
}
#endif

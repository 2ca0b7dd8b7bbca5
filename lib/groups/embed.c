/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/embed.c: embeddings N -> G up to conjugation in G (subgroups of
   G isomorphic to N with an explicit isomorphism on generators).  Images of
   N's generators x_1..x_t are chosen level by level: x_1 -> a class
   representative, x_{i+1} -> a representative of an orbit of the centraliser
   C_G(g_1, ..., g_i) on elements of the right order, pruned by the orders of
   short words; a full tuple is accepted when x_i -> g_i extends along a
   spanning tree of N's Cayley graph consistently on every other edge (a
   Schreier presentation of N) and injectively. */
#include <stdlib.h>
#include "impl.h"

void wk_embeddings_init(wk_embeddings_t e)
{
    memset(e, 0, sizeof(wk_embeddings_struct));
}

void wk_embeddings_clear(wk_embeddings_t e)
{
    slong i;
    for (i = 0; i < e->t; i++) wk_perm_clear(e->ngens + i);
    for (i = 0; i < e->count * e->t; i++) wk_perm_clear(e->images + i);
    flint_free(e->ngens);
    flint_free(e->images);
    memset(e, 0, sizeof(wk_embeddings_struct));
}

typedef struct {
    wk_group_struct * G, * N;
    slong t, n, nN;
    pt * x;               /* t generators of N (degree nN) */
    ulong * xord;         /* orders of x_i */
    ulong * word;         /* t*t*3: orders of x_i x_j, x_i x_j^-1, [x_i, x_j] */
    /* Cayley graph of N */
    ulong oN;
    uint32_t * border;    /* BFS order of ranks */
    uint32_t * mult;      /* oN * t */
    uint32_t * pos;
    pt * g;               /* current images, t * n */
    wk_embeddings_struct * E;
    int one_per_subgroup;
    slong max;
    int stop;
    /* seen subgroups (sorted element ranks), for one_per_subgroup */
    slong nsub, salloc, hsize;
    uint32_t * skeys;
    slong * shash;
    pt * tmp, * tmp2, * b;
    ulong poll;
} emb_struct;

static ulong order_of(const pt * a, slong n) { return _perm_order_ui(a, n); }

/* orders of the test words in G for the pair (i, j), i < j */
static int words_ok(emb_struct * S, slong i, slong j)
{
    slong n = S->n, x;
    const pt * a = S->g + i * n, * c = S->g + j * n;
    pt * w = S->tmp, * ci = S->tmp2;
    ulong * ref = S->word + (i * S->t + j) * 3;
    for (x = 0; x < n; x++) w[x] = c[a[x]];
    if (order_of(w, n) != ref[0]) return 0;
    _perm_inv(ci, c, n);
    for (x = 0; x < n; x++) w[x] = ci[a[x]];
    if (order_of(w, n) != ref[1]) return 0;
    {
        pt * ai = flint_malloc(n * sizeof(pt));
        _perm_inv(ai, a, n);
        for (x = 0; x < n; x++) w[x] = c[a[ci[ai[x]]]];
        flint_free(ai);
    }
    if (order_of(w, n) != ref[2]) return 0;
    return 1;
}

static int cmp_u32(const void * a, const void * b)
{
    uint32_t x = *(const uint32_t *) a, y = *(const uint32_t *) b;
    return (x > y) - (x < y);
}

static ulong khash(const uint32_t * k, slong h)
{
    ulong s = 11;
    slong i;
    for (i = 0; i < h; i++) s = s * UWORD(1099511628211) + k[i];
    return s ^ (s >> 29);
}

static slong sub_slot(const emb_struct * S, const uint32_t * key)
{
    slong h = (slong) S->oN, i = khash(key, h) & (S->hsize - 1);
    while (S->shash[i] >= 0) {
        if (memcmp(S->skeys + S->shash[i] * h, key, h * sizeof(uint32_t)) == 0) return i;
        i = (i + 1) & (S->hsize - 1);
    }
    return i;
}

static void sub_insert(emb_struct * S, const uint32_t * key)
{
    slong h = (slong) S->oN, i;
    if (2 * (S->nsub + 1) > S->hsize) {
        S->hsize = S->hsize ? 2 * S->hsize : 64;
        S->shash = flint_realloc(S->shash, S->hsize * sizeof(slong));
        for (i = 0; i < S->hsize; i++) S->shash[i] = -1;
        for (i = 0; i < S->nsub; i++) S->shash[sub_slot(S, S->skeys + i * h)] = i;
    }
    if (S->nsub == S->salloc) {
        S->salloc = S->salloc ? 2 * S->salloc : 16;
        S->skeys = flint_realloc(S->skeys, S->salloc * h * sizeof(uint32_t));
    }
    memcpy(S->skeys + S->nsub * h, key, h * sizeof(uint32_t));
    S->shash[sub_slot(S, key)] = S->nsub++;
}

/* the leaf test: x_i -> g_i extends to an injective homomorphism; on success
   vals[] holds the G-ranks of the images of N's elements */
static int extends(emb_struct * S, uint32_t * vals)
{
    bsgs_struct * B = S->G->bsgs;
    slong n = S->n, t = S->t, i;
    ulong q;
    pt * a = S->tmp, * c = S->tmp2;
    char * seen;
    for (q = 0; q < S->oN; q++) vals[q] = 0xffffffffu;
    vals[0] = 0;
    for (q = 0; q < S->oN; q++) {
        ulong xr = S->border[q];
        bsgs_unrank(a, B, vals[xr], NULL);
        for (i = 0; i < t; i++) {
            ulong yr = S->mult[xr * t + i], v;
            _perm_mul(c, a, S->g + i * n, n);
            v = bsgs_rank(B, c, S->b);
            if (vals[yr] == 0xffffffffu && S->pos[yr] > q) { vals[yr] = (uint32_t) v; continue; }
            if (vals[yr] != v) return 0;
        }
    }
    seen = calloc(fmpz_get_ui(B->order), 1);
    for (q = 0; q < S->oN; q++) {
        if (seen[vals[q]]) { free(seen); return 0; }
        seen[vals[q]] = 1;
    }
    free(seen);
    return 1;
}

static void record(emb_struct * S)
{
    wk_embeddings_struct * E = S->E;
    slong i, n = S->n;
    if (E->count == E->alloc) {
        E->alloc = E->alloc ? 2 * E->alloc : 8;
        E->images = flint_realloc(E->images, E->alloc * S->t * sizeof(wk_perm_struct));
    }
    for (i = 0; i < S->t; i++) {
        wk_perm_struct * p = E->images + E->count * S->t + i;
        wk_perm_init(p, n);
        memcpy(p->v, S->g + i * n, n * sizeof(pt));
    }
    E->count++;
    if (S->max > 0 && E->count >= S->max) S->stop = 1;
}

/* adds the key of every conjugate of the subgroup with sorted key `key` */
static void add_conjugates(emb_struct * S, uint32_t * key)
{
    wk_group_struct * G = S->G;
    bsgs_struct * B = G->bsgs;
    slong h = (slong) S->oN, n = S->n, q, i, j, start = S->nsub;
    pt * e = flint_malloc(2 * n * sizeof(pt)), * gi = flint_malloc(n * sizeof(pt));
    uint32_t * k2 = flint_malloc(h * sizeof(uint32_t));
    sub_insert(S, key);
    for (q = start; q < S->nsub; q++) {
        for (i = 0; i < G->ngens; i++) {
            const pt * g = G->gens + i * n;
            _perm_inv(gi, g, n);
            for (j = 0; j < h; j++) {
                bsgs_unrank(e, B, S->skeys[q * h + j], NULL);
                _perm_conj(e + n, e, g, gi, n);
                k2[j] = (uint32_t) bsgs_rank(B, e + n, S->b);
            }
            qsort(k2, h, sizeof(uint32_t), cmp_u32);
            if (S->shash[sub_slot(S, k2)] < 0) sub_insert(S, k2);
        }
    }
    flint_free(e); flint_free(gi); flint_free(k2);
}

static wk_status search(emb_struct * S, slong level, wk_group_struct * K)
{
    wk_group_struct * G = S->G;
    classes_struct * C = G->cls;
    bsgs_struct * B = G->bsgs;
    slong n = S->n, c, j;
    wk_status st = WK_OK;
    if (S->stop) return WK_OK;
    if (level == S->t) {
        uint32_t * vals = flint_malloc((S->oN ? S->oN : 1) * sizeof(uint32_t));
        if (extends(S, vals)) {
            if (S->one_per_subgroup) {
                qsort(vals, S->oN, sizeof(uint32_t), cmp_u32);
                if (S->shash == NULL || S->shash[sub_slot(S, vals)] < 0) {
                    add_conjugates(S, vals);
                    record(S);
                }
            } else record(S);
        }
        flint_free(vals);
        return WK_OK;
    }
    if (level == 0) {
        for (c = 0; c < C->r && st == WK_OK && !S->stop; c++) {
            wk_group_struct * K1;
            wk_perm_t g;
            if ((ulong) C->eorder[c] != S->xord[0]) continue;
            memcpy(S->g, C->reps + c * n, n * sizeof(pt));
            wk_perm_init(g, n);
            memcpy(g->v, S->g, n * sizeof(pt));
            st = wk_group_centralizer(&K1, G, g);
            wk_perm_clear(g);
            if (st == WK_OK) {
                st = search(S, 1, K1);
                wk_group_clear(K1);
            }
        }
        return st;
    }
    /* orbits of K on the elements of order xord[level] */
    {
        ulong NG = C->gorder, q, qq;
        char * visited = calloc(NG, 1);
        uint32_t * queue = malloc(NG * sizeof(uint32_t));
        pt * y = flint_malloc(3 * n * sizeof(pt)), * ki = y + n, * z = ki + n;
        pt * kinv;
        slong nk;
        if ((st = _wk_group_bsgs(K)) != WK_OK) { free(visited); free(queue); flint_free(y); return st; }
        nk = K->ngens;
        kinv = flint_malloc((nk ? nk : 1) * n * sizeof(pt));
        for (j = 0; j < nk; j++) _perm_inv(kinv + j * n, K->gens + j * n, n);
        for (c = 0; c < C->r && st == WK_OK && !S->stop; c++) {
            if ((ulong) C->eorder[c] != S->xord[level]) continue;
            for (qq = C->start[c]; qq < C->start[c] + C->size[c] && st == WK_OK && !S->stop; qq++) {
                ulong r0 = C->elts[qq], len = 0;
                int ok = 1;
                slong i;
                if (visited[r0]) continue;
                /* the K-orbit of r0 */
                visited[r0] = 1;
                queue[len++] = (uint32_t) r0;
                for (q = 0; q < len; q++) {
                    bsgs_unrank(y, B, queue[q], NULL);
                    for (j = 0; j < nk; j++) {
                        ulong rk;
                        _perm_conj(z, y, K->gens + j * n, kinv + j * n, n);
                        rk = bsgs_rank(B, z, S->b);
                        if (!visited[rk]) { visited[rk] = 1; queue[len++] = (uint32_t) rk; }
                    }
                }
                if ((++S->poll & 63) == 0 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
                bsgs_unrank(S->g + level * n, B, r0, NULL);
                for (i = 0; i < level && ok; i++) ok = words_ok(S, i, level);
                if (!ok) continue;
                if (level + 1 == S->t) st = search(S, level + 1, K);
                else {
                    wk_group_struct * K2;
                    wk_perm_t g;
                    wk_perm_init(g, n);
                    memcpy(g->v, S->g + level * n, n * sizeof(pt));
                    st = wk_group_centralizer(&K2, K, g);
                    wk_perm_clear(g);
                    if (st == WK_OK) {
                        st = search(S, level + 1, K2);
                        wk_group_clear(K2);
                    }
                }
            }
        }
        flint_free(kinv);
        free(visited);
        free(queue);
        flint_free(y);
    }
    return st;
}

wk_status wk_group_embeddings(wk_embeddings_t E, wk_group_struct * N, wk_group_struct * G,
                              int one_per_subgroup, slong max)
{
    emb_struct S;
    wk_perm_struct * xs;
    slong t, i, j, n = G->n, nN = N->n, x;
    wk_status st;
    fmpz_t oN, oG;
    wk_embeddings_clear(E);
    if ((st = wk_group_classes(G)) != WK_OK) return st;
    if ((st = _wk_classes_elements(G)) != WK_OK) return st;
    if ((st = _wk_group_rank(N)) != WK_OK) return st;
    fmpz_init(oN); fmpz_init(oG);
    wk_group_order(oN, N);
    wk_group_order(oG, G);
    if (!fmpz_divisible(oG, oN)) {
        /* Lagrange: no embedding */
        fmpz_clear(oN); fmpz_clear(oG);
        st = wk_group_small_gens(&xs, &t, N);
        if (st != WK_OK) return st;
        E->t = t;
        E->ngens = xs;
        E->complete = 1;
        return WK_OK;
    }
    fmpz_clear(oN); fmpz_clear(oG);
    st = wk_group_small_gens(&xs, &t, N);
    if (st != WK_OK) return st;
    E->t = t;
    E->ngens = xs;
    memset(&S, 0, sizeof S);
    S.G = G; S.N = N; S.t = t; S.n = n; S.nN = nN;
    S.E = E;
    S.one_per_subgroup = one_per_subgroup;
    S.max = max;
    S.x = flint_malloc((t ? t : 1) * nN * sizeof(pt));
    for (i = 0; i < t; i++)
        for (x = 0; x < nN; x++) S.x[i * nN + x] = x < xs[i].n ? xs[i].v[x] : (pt) x;
    S.xord = flint_malloc((t ? t : 1) * sizeof(ulong));
    S.word = flint_malloc((t * t > 0 ? t * t : 1) * 3 * sizeof(ulong));
    {
        pt * w = flint_malloc(3 * nN * sizeof(pt)), * ai = w + nN, * ci = ai + nN;
        for (i = 0; i < t; i++) S.xord[i] = order_of(S.x + i * nN, nN);
        for (i = 0; i < t; i++)
            for (j = i + 1; j < t; j++) {
                const pt * a = S.x + i * nN, * c = S.x + j * nN;
                ulong * ref = S.word + (i * t + j) * 3;
                for (x = 0; x < nN; x++) w[x] = c[a[x]];
                ref[0] = order_of(w, nN);
                _perm_inv(ci, c, nN);
                for (x = 0; x < nN; x++) w[x] = ci[a[x]];
                ref[1] = order_of(w, nN);
                _perm_inv(ai, a, nN);
                for (x = 0; x < nN; x++) w[x] = c[a[ci[ai[x]]]];
                ref[2] = order_of(w, nN);
            }
        flint_free(w);
    }
    /* Cayley graph of N over x_1..x_t */
    S.oN = fmpz_get_ui(N->bsgs->order);
    S.border = malloc(S.oN * sizeof(uint32_t));
    S.mult = malloc(S.oN * (t ? t : 1) * sizeof(uint32_t));
    S.pos = malloc(S.oN * sizeof(uint32_t));
    {
        char * seen = calloc(S.oN, 1);
        pt * a = flint_malloc(2 * nN * sizeof(pt)), * bN = flint_malloc((N->bsgs->k + 1) * sizeof(pt));
        ulong len = 1, q;
        S.border[0] = 0;
        S.pos[0] = 0;
        seen[0] = 1;
        for (q = 0; q < len; q++) {
            bsgs_unrank(a, N->bsgs, S.border[q], NULL);
            for (i = 0; i < t; i++) {
                ulong rk;
                _perm_mul(a + nN, a, S.x + i * nN, nN);
                rk = bsgs_rank(N->bsgs, a + nN, bN);
                S.mult[S.border[q] * t + i] = (uint32_t) rk;
                if (!seen[rk]) { seen[rk] = 1; S.pos[rk] = (uint32_t) len; S.border[len++] = (uint32_t) rk; }
            }
        }
        if (len != S.oN) st = wk_error(WK_E_INTERNAL, "generators of N do not generate N");
        free(seen);
        flint_free(a);
        flint_free(bN);
    }
    S.g = flint_malloc((t ? t : 1) * n * sizeof(pt));
    S.tmp = flint_malloc(2 * n * sizeof(pt));
    S.tmp2 = S.tmp + n;
    S.b = flint_malloc((G->bsgs->k + 1) * sizeof(pt));
    if (st == WK_OK) {
        if (t == 0) {
            if (!one_per_subgroup || 1) {
                E->count = 1;
                E->alloc = 1;
                E->images = flint_malloc(sizeof(wk_perm_struct));
                E->count = 1;
            }
        } else {
            st = search(&S, 0, G);
        }
    }
    E->complete = (st == WK_OK && !S.stop);
    if (st != WK_OK) {
        slong keep_t = E->t;
        wk_perm_struct * keep = E->ngens;
        E->ngens = NULL;
        E->t = 0;
        wk_embeddings_clear(E);
        E->t = keep_t;
        E->ngens = keep;
    }
    free(S.border); free(S.mult); free(S.pos);
    flint_free(S.x); flint_free(S.xord); flint_free(S.word);
    flint_free(S.g); flint_free(S.tmp); flint_free(S.b);
    flint_free(S.skeys); flint_free(S.shash);
    return st;
}

wk_status wk_embeddings_image(wk_group_struct ** H, const wk_embeddings_t e, slong i,
                              wk_group_struct * G)
{
    if (i < 0 || i >= e->count)
        return wk_error(WK_E_DOMAIN, "embedding number %ld out of range 1..%ld", (long) i + 1, (long) e->count);
    return wk_group_subgroup(H, G, e->images + i * e->t, e->t);
}

wk_status wk_embeddings_apply(wk_perm_t img, const wk_embeddings_t e, slong i,
                              wk_group_struct * N, const wk_perm_t n)
{
    slong nN = N->n, t = e->t, n0, j, x;
    ulong oN, q, len = 1, target;
    uint32_t * order, * par;
    uint8_t * gen;
    char * seen;
    pt * a, * c, * b, * gens;
    int in;
    wk_status st;
    if (i < 0 || i >= e->count)
        return wk_error(WK_E_DOMAIN, "embedding number %ld out of range 1..%ld", (long) i + 1, (long) e->count);
    if ((st = wk_group_contains(&in, N, n)) != WK_OK) return st;
    if (!in) return wk_error(WK_E_DOMAIN, "argument is not an element of N");
    if ((st = _wk_group_rank(N)) != WK_OK) return st;
    oN = fmpz_get_ui(N->bsgs->order);
    n0 = t ? e->images[i * t].n : 1;
    a = flint_malloc(2 * nN * sizeof(pt));
    c = a + nN;
    b = flint_malloc((N->bsgs->k + 1) * sizeof(pt));
    gens = flint_malloc((t ? t : 1) * nN * sizeof(pt));
    for (j = 0; j < t; j++)
        for (x = 0; x < nN; x++) gens[j * nN + x] = x < e->ngens[j].n ? e->ngens[j].v[x] : (pt) x;
    for (x = 0; x < nN; x++) c[x] = x < n->n ? n->v[x] : (pt) x;
    target = bsgs_rank(N->bsgs, c, b);
    /* breadth-first search over N's Cayley graph to a word for n */
    order = malloc(oN * sizeof(uint32_t));
    par = malloc(oN * sizeof(uint32_t));
    gen = malloc(oN);
    seen = calloc(oN, 1);
    order[0] = 0;
    seen[0] = 1;
    for (q = 0; q < len && !seen[target]; q++) {
        bsgs_unrank(a, N->bsgs, order[q], NULL);
        for (j = 0; j < t; j++) {
            ulong rk;
            _perm_mul(c, a, gens + j * nN, nN);
            rk = bsgs_rank(N->bsgs, c, b);
            if (!seen[rk]) { seen[rk] = 1; par[rk] = order[q]; gen[rk] = (uint8_t) j; order[len++] = (uint32_t) rk; }
        }
    }
    /* iota(n) = product of the images along the path */
    wk_perm_one(img, n0);
    {
        slong plen = 0;
        ulong r = target;
        uint8_t * path = malloc(oN);
        while (r != 0) { path[plen++] = gen[r]; r = par[r]; }
        while (plen > 0) wk_perm_mul(img, img, e->images + i * t + path[--plen]);
        free(path);
    }
    free(order); free(par); free(gen); free(seen);
    flint_free(a); flint_free(b); flint_free(gens);
    return WK_OK;
}

wk_status wk_embeddings_fusion(slong * fus, const wk_embeddings_t e, slong i,
                               wk_group_struct * N, wk_group_struct * G)
{
    slong k;
    wk_perm_t g, h;
    wk_status st = wk_group_classes(N);
    if (st == WK_OK) st = wk_group_classes(G);
    if (st != WK_OK) return st;
    wk_perm_init(g, 0);
    wk_perm_init(h, 0);
    for (k = 0; k < N->cls->r && st == WK_OK; k++) {
        wk_group_class_rep(g, N, k);
        st = wk_embeddings_apply(h, e, i, N, g);
        if (st == WK_OK) st = wk_group_class_of(fus + k, G, h);
    }
    wk_perm_clear(g);
    wk_perm_clear(h);
    return st;
}

wk_status wk_embeddings_restriction_matrix(fmpz * M, const wk_embeddings_t e, slong i,
                                           wk_group_struct * N, wk_group_struct * G)
{
    slong * fus, rG, rN, c, k, a;
    wk_classfun_t f;
    wk_cyc_struct * co;
    wk_status st = wk_group_chartable(G);
    if (st == WK_OK) st = wk_group_chartable(N);
    if (st != WK_OK) return st;
    rG = G->tab->r;
    rN = N->tab->r;
    fus = flint_malloc(rN * sizeof(slong));
    st = wk_embeddings_fusion(fus, e, i, N, G);
    wk_classfun_init(f, N);
    co = flint_malloc(rN * sizeof(wk_cyc_struct));
    for (a = 0; a < rN; a++) wk_cyc_init(co + a);
    for (c = 0; c < rG && st == WK_OK; c++) {
        for (k = 0; k < rN; k++) wk_group_irr_value(f->v + k, G, c, fus[k]);
        st = wk_classfun_decompose(co, f);
        for (a = 0; a < rN && st == WK_OK; a++) {
            fmpq_t q;
            fmpq_init(q);
            if (!wk_cyc_get_fmpq(q, co + a) || !fmpz_is_one(fmpq_denref(q)) || fmpz_sgn(fmpq_numref(q)) < 0)
                st = wk_error(WK_E_INTERNAL, "restriction multiplicity is not a non-negative integer");
            else fmpz_set(M + c * rN + a, fmpq_numref(q));
            fmpq_clear(q);
        }
    }
    for (a = 0; a < rN; a++) wk_cyc_clear(co + a);
    flint_free(co);
    wk_classfun_clear(f);
    flint_free(fus);
    return st;
}

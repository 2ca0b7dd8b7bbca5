/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/subgroups.c: subgroups, centralisers, normalisers, centre and
   derived subgroup.  Stabilisers in an action come from orbit enumeration
   and uniformly random Schreier generators r u_j^-1 (r uniform in G) sifted
   into a chain until the order |G|/|orbit| is reached (Seress 2003,
   sec. 4.1 and 4.3); reaching the known order certifies the chain. */
#include <stdlib.h>
#include "impl.h"

/* S = Stab_G(omega) given the Schreier tree (svpar, svgen over G's
   generators: child = parent^(g_svgen)) of omega's orbit, the known order
   |G|/|orbit| and a function giving the orbit index of omega^g. */
wk_status _wk_stab_from_tree(wk_group_struct ** S, wk_group_struct * G, const fmpz_t target,
                                const int * svpar, const int * svgen,
                                wk_action_index_fn act, void * data,
                                const pt * seeds, slong nseeds)
{
    slong n = G->n, i, x, iter = 0;
    bsgs_struct B;
    flint_rand_t rs;
    pt * r = flint_malloc(4 * n * sizeof(pt)), * u = r + n, * s = u + n, * ginv;
    wk_status st = WK_OK;
    ginv = flint_malloc((G->ngens ? G->ngens : 1) * n * sizeof(pt));
    for (i = 0; i < G->ngens; i++) _perm_inv(ginv + i * n, G->gens + i * n, n);
    bsgs_init(&B, n);
    _wk_group_seed(rs);
    for (i = 0; i < nseeds; i++) bsgs_add_element(&B, seeds + i * n);
    while (!fmpz_equal(B.order, target)) {
        slong j;
        if ((++iter & 15) == 0 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
        if (fmpz_cmp(B.order, target) > 0) { st = wk_error(WK_E_INTERNAL, "stabiliser larger than expected"); break; }
        bsgs_random(r, G->bsgs, rs);
        j = act(data, r);
        if (j < 0) { st = wk_error(WK_E_INTERNAL, "orbit not closed"); break; }
        /* u_j^-1 = product of inverse generators from j up to the root */
        _perm_one(u, n);
        for (; j > 0; j = svpar[j]) {
            const pt * gi = ginv + svgen[j] * n;
            for (x = 0; x < n; x++) u[x] = gi[u[x]];
        }
        /* careful: u_j = s_1 ... s_d (root to j) so u_j^-1 = s_d^-1 ... s_1^-1,
           which is the order the loop above multiplies in */
        for (x = 0; x < n; x++) s[x] = u[r[x]];
        bsgs_add_element(&B, s);
    }
    if (st == WK_OK) {
        st = _wk_group_new(S, n, B.ns ? B.sg[0] : r, 0);
        if (st == WK_OK) {
            wk_group_struct * H = *S;
            H->gens = flint_realloc(H->gens, (B.ns ? B.ns : 1) * n * sizeof(pt));
            for (i = 0; i < B.ns; i++) memcpy(H->gens + i * n, B.sg[i], n * sizeof(pt));
            H->ngens = B.ns;
            H->has_known_order = 1;
            fmpz_set(H->known_order, target);
        }
    }
    bsgs_clear(&B);
    flint_randclear(rs);
    flint_free(r);
    flint_free(ginv);
    return st;
}

wk_status wk_group_subgroup(wk_group_struct ** H, wk_group_struct * G,
                            const wk_perm_struct * gens, slong ngens)
{
    slong i, j, n = G->n;
    pt * raw;
    wk_status st = _wk_group_bsgs(G);
    if (st != WK_OK) return st;
    raw = flint_malloc((ngens ? ngens : 1) * n * sizeof(pt));
    for (i = 0; i < ngens; i++) {
        if (wk_perm_largest_moved_point(gens + i) > n) {
            flint_free(raw);
            return wk_error(WK_E_DOMAIN, "generator %ld is not an element of the group", (long) i + 1);
        }
        for (j = 0; j < n; j++) raw[i * n + j] = j < gens[i].n ? gens[i].v[j] : (pt) j;
        if (!bsgs_contains(G->bsgs, raw + i * n)) {
            flint_free(raw);
            return wk_error(WK_E_DOMAIN, "generator %ld is not an element of the group", (long) i + 1);
        }
    }
    st = _wk_group_new(H, n, raw, ngens);
    flint_free(raw);
    return st;
}

/* ---- orbits of permutations under conjugation ------------------------------ */
typedef struct {
    slong n, len, alloc, hsize;
    pt * elts;        /* len * n */
    slong * hash;
    int * svpar, * svgen;
    pt * tmp, * tinv;
} porbit_struct;

static slong porbit_find(const porbit_struct * O, const pt * x)
{
    slong i = _perm_hash(x, O->n) & (O->hsize - 1);
    while (O->hash[i] >= 0) {
        if (_perm_equal(O->elts + O->hash[i] * O->n, x, O->n)) return i;
        i = (i + 1) & (O->hsize - 1);
    }
    return i;
}

static void porbit_add(porbit_struct * O, const pt * x, int par, int gen)
{
    slong s, i;
    if (2 * (O->len + 1) > O->hsize) {
        O->hsize *= 2;
        O->hash = flint_realloc(O->hash, O->hsize * sizeof(slong));
        for (i = 0; i < O->hsize; i++) O->hash[i] = -1;
        for (i = 0; i < O->len; i++) O->hash[porbit_find(O, O->elts + i * O->n)] = i;
    }
    if (O->len == O->alloc) {
        O->alloc *= 2;
        O->elts = flint_realloc(O->elts, O->alloc * O->n * sizeof(pt));
        O->svpar = flint_realloc(O->svpar, O->alloc * sizeof(int));
        O->svgen = flint_realloc(O->svgen, O->alloc * sizeof(int));
    }
    memcpy(O->elts + O->len * O->n, x, O->n * sizeof(pt));
    O->svpar[O->len] = par;
    O->svgen[O->len] = gen;
    s = porbit_find(O, x);
    O->hash[s] = O->len++;
}

static void porbit_clear(porbit_struct * O)
{
    flint_free(O->elts); flint_free(O->hash); flint_free(O->svpar); flint_free(O->svgen);
    flint_free(O->tmp);
}

typedef struct {
    porbit_struct * O;
    const pt * g;
} conj_act_struct;

/* orbit index of g^r = r^-1 g r */
static slong conj_act(void * data, const pt * r)
{
    conj_act_struct * A = data;
    porbit_struct * O = A->O;
    slong n = O->n, s;
    _perm_inv(O->tinv, r, n);
    _perm_conj(O->tmp, A->g, r, O->tinv, n);
    s = porbit_find(O, O->tmp);
    return O->hash[s];
}

wk_status wk_group_centralizer(wk_group_struct ** Cout, wk_group_struct * G, const wk_perm_t gperm)
{
    slong n, i, q, m = wk_perm_largest_moved_point(gperm);
    porbit_struct O;
    conj_act_struct A;
    pt * g, * ginv;
    fmpz_t target;
    wk_status st;
    int in;
    if (m > G->n) {
        /* work on more points: G fixes the extra ones */
        wk_group_struct * G2;
        wk_perm_struct * gens = flint_malloc((G->ngens ? G->ngens : 1) * sizeof(wk_perm_struct));
        for (i = 0; i < G->ngens; i++) { wk_perm_init(gens + i, 0); wk_group_gen(gens + i, G, i); }
        st = wk_group_permgroup(&G2, gens, G->ngens, m);
        for (i = 0; i < G->ngens; i++) wk_perm_clear(gens + i);
        flint_free(gens);
        if (st != WK_OK) return st;
        st = wk_group_centralizer(Cout, G2, gperm);
        wk_group_clear(G2);
        return st;
    }
    st = _wk_group_bsgs(G);
    if (st != WK_OK) return st;
    n = G->n;
    g = flint_malloc(2 * n * sizeof(pt));
    ginv = flint_malloc((G->ngens ? G->ngens : 1) * n * sizeof(pt));
    for (i = 0; i < n; i++) g[i] = i < gperm->n ? gperm->v[i] : (pt) i;
    for (i = 0; i < G->ngens; i++) _perm_inv(ginv + i * n, G->gens + i * n, n);
    memset(&O, 0, sizeof O);
    O.n = n;
    O.alloc = 16;
    O.hsize = 64;
    O.elts = flint_malloc(O.alloc * n * sizeof(pt));
    O.svpar = flint_malloc(O.alloc * sizeof(int));
    O.svgen = flint_malloc(O.alloc * sizeof(int));
    O.hash = flint_malloc(O.hsize * sizeof(slong));
    for (i = 0; i < O.hsize; i++) O.hash[i] = -1;
    O.tmp = flint_malloc(2 * n * sizeof(pt));
    O.tinv = O.tmp + n;
    porbit_add(&O, g, -1, -1);
    for (q = 0; q < O.len && st == WK_OK; q++) {
        if ((q & 1023) == 1023 && wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
        if (O.len * n > (WORD(1) << 27)) {
            st = wk_error(WK_E_TOO_LARGE, "conjugacy class above %ld elements", (long) O.len);
            break;
        }
        for (i = 0; i < G->ngens; i++) {
            slong s;
            _perm_conj(g + n, O.elts + q * n, G->gens + i * n, ginv + i * n, n);
            s = porbit_find(&O, g + n);
            if (O.hash[s] < 0) porbit_add(&O, g + n, (int) q, (int) i);
        }
    }
    if (st == WK_OK) {
        fmpz_init(target);
        fmpz_fdiv_q_ui(target, G->bsgs->order, O.len);
        A.O = &O;
        A.g = g;
        in = bsgs_contains(G->bsgs, g);
        st = _wk_stab_from_tree(Cout, G, target, O.svpar, O.svgen, conj_act, &A, g, in ? 1 : 0);
        fmpz_clear(target);
    }
    porbit_clear(&O);
    flint_free(g);
    flint_free(ginv);
    return st;
}

/* ---- normaliser: orbit of H under conjugation, H^x keyed by its sorted
   element ranks in G ----------------------------------------------------------- */
typedef struct {
    wk_group_struct * G;
    slong h;              /* |H| */
    pt * helts;           /* |H| * n */
    slong len, alloc, hsize;
    uint32_t * keys;      /* len * h sorted ranks */
    slong * hash;
    int * svpar, * svgen;
    uint32_t * tmpkey;
    pt * tmp, * tinv, * b;
} sorbit_struct;

static int cmp_u32(const void * a, const void * b)
{
    uint32_t x = *(const uint32_t *) a, y = *(const uint32_t *) b;
    return (x > y) - (x < y);
}

static ulong key_hash(const uint32_t * k, slong h)
{
    ulong s = 7;
    slong i;
    for (i = 0; i < h; i++) s = s * UWORD(1099511628211) + k[i];
    return s ^ (s >> 29);
}

/* key of H^x into O->tmpkey */
static void sorbit_key(sorbit_struct * O, const pt * x)
{
    slong n = O->G->n, i;
    _perm_inv(O->tinv, x, n);
    for (i = 0; i < O->h; i++) {
        _perm_conj(O->tmp, O->helts + i * n, x, O->tinv, n);
        O->tmpkey[i] = (uint32_t) bsgs_rank(O->G->bsgs, O->tmp, O->b);
    }
    qsort(O->tmpkey, O->h, sizeof(uint32_t), cmp_u32);
}

static slong sorbit_slot(const sorbit_struct * O, const uint32_t * key)
{
    slong i = key_hash(key, O->h) & (O->hsize - 1);
    while (O->hash[i] >= 0) {
        if (memcmp(O->keys + O->hash[i] * O->h, key, O->h * sizeof(uint32_t)) == 0) return i;
        i = (i + 1) & (O->hsize - 1);
    }
    return i;
}

static void sorbit_add(sorbit_struct * O, int par, int gen)
{
    slong i;
    if (2 * (O->len + 1) > O->hsize) {
        O->hsize *= 2;
        O->hash = flint_realloc(O->hash, O->hsize * sizeof(slong));
        for (i = 0; i < O->hsize; i++) O->hash[i] = -1;
        for (i = 0; i < O->len; i++) O->hash[sorbit_slot(O, O->keys + i * O->h)] = i;
    }
    if (O->len == O->alloc) {
        O->alloc *= 2;
        O->keys = flint_realloc(O->keys, O->alloc * O->h * sizeof(uint32_t));
        O->svpar = flint_realloc(O->svpar, O->alloc * sizeof(int));
        O->svgen = flint_realloc(O->svgen, O->alloc * sizeof(int));
    }
    memcpy(O->keys + O->len * O->h, O->tmpkey, O->h * sizeof(uint32_t));
    O->svpar[O->len] = par;
    O->svgen[O->len] = gen;
    O->hash[sorbit_slot(O, O->tmpkey)] = O->len++;
}

static slong sorbit_act(void * data, const pt * r)
{
    sorbit_struct * O = data;
    sorbit_key(O, r);
    return O->hash[sorbit_slot(O, O->tmpkey)];
}

/* all elements of H (complete chain, |H| small) as a list of perms in degree n */
pt * _wk_group_elements(wk_group_struct * H, slong n, slong * count)
{
    bsgs_struct * B = H->bsgs;
    ulong N = fmpz_get_ui(B->order), q;
    pt * e = flint_malloc(N * n * sizeof(pt));
    slong m = H->n, j;
    pt * t = flint_malloc(m * sizeof(pt));
    for (q = 0; q < N; q++) {
        bsgs_unrank(t, B, q, NULL);
        for (j = 0; j < n; j++) e[q * n + j] = j < m ? t[j] : (pt) j;
    }
    flint_free(t);
    *count = (slong) N;
    return e;
}

wk_status wk_group_normalizer(wk_group_struct ** Nm, wk_group_struct * G, wk_group_struct * H)
{
    int sub;
    sorbit_struct O;
    slong n = G->n, i, q;
    pt * ginv, * x;
    fmpz_t target;
    wk_status st = wk_group_is_subgroup(&sub, H, G);
    if (st != WK_OK) return st;
    if (!sub) return wk_error(WK_E_DOMAIN, "argument 2 is not a subgroup of the group");
    if ((st = _wk_group_rank(G)) != WK_OK) return st;
    if ((st = _wk_group_rank(H)) != WK_OK) return st;
    memset(&O, 0, sizeof O);
    O.G = G;
    O.helts = _wk_group_elements(H, n, &O.h);
    O.alloc = 16;
    O.hsize = 64;
    O.keys = flint_malloc(O.alloc * O.h * sizeof(uint32_t));
    O.svpar = flint_malloc(O.alloc * sizeof(int));
    O.svgen = flint_malloc(O.alloc * sizeof(int));
    O.hash = flint_malloc(O.hsize * sizeof(slong));
    for (i = 0; i < O.hsize; i++) O.hash[i] = -1;
    O.tmpkey = flint_malloc(O.h * sizeof(uint32_t));
    O.tmp = flint_malloc(2 * n * sizeof(pt));
    O.tinv = O.tmp + n;
    O.b = flint_malloc((G->bsgs->k + 1) * sizeof(pt));
    x = flint_malloc(2 * n * sizeof(pt));
    ginv = flint_malloc((G->ngens ? G->ngens : 1) * n * sizeof(pt));
    _perm_one(x, n);
    sorbit_key(&O, x);
    sorbit_add(&O, -1, -1);
    /* BFS: the conjugate H^(u_q g) from the transversal element u_q */
    {
        pt * trans = flint_malloc(16 * n * sizeof(pt));
        slong talloc = 16;
        _perm_one(trans, n);
        for (q = 0; q < O.len && st == WK_OK; q++) {
            if (wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
            for (i = 0; i < G->ngens; i++) {
                slong s, old = O.len;
                _perm_mul(x, trans + q * n, G->gens + i * n, n);
                sorbit_key(&O, x);
                s = sorbit_slot(&O, O.tmpkey);
                if (O.hash[s] >= 0) continue;
                sorbit_add(&O, (int) q, (int) i);
                if (O.len > talloc) {
                    talloc *= 2;
                    trans = flint_realloc(trans, talloc * n * sizeof(pt));
                }
                memcpy(trans + old * n, x, n * sizeof(pt));
            }
        }
        flint_free(trans);
    }
    if (st == WK_OK) {
        fmpz_init(target);
        fmpz_fdiv_q_ui(target, G->bsgs->order, O.len);
        {
            pt * seeds = flint_malloc((H->ngens ? H->ngens : 1) * n * sizeof(pt));
            slong j;
            for (i = 0; i < H->ngens; i++)
                for (j = 0; j < n; j++) seeds[i * n + j] = j < H->n ? H->gens[i * H->n + j] : (pt) j;
            st = _wk_stab_from_tree(Nm, G, target, O.svpar, O.svgen, sorbit_act, &O, seeds, H->ngens);
            flint_free(seeds);
        }
        fmpz_clear(target);
    }
    flint_free(O.helts); flint_free(O.keys); flint_free(O.svpar); flint_free(O.svgen);
    flint_free(O.hash); flint_free(O.tmpkey); flint_free(O.tmp); flint_free(O.b);
    flint_free(x);
    flint_free(ginv);
    return st;
}

wk_status wk_group_centre(wk_group_struct ** Z, wk_group_struct * G)
{
    classes_struct * C;
    slong k, nz = 0, n = G->n;
    pt * gens;
    wk_status st = wk_group_classes(G);
    if (st != WK_OK) return st;
    C = G->cls;
    gens = flint_malloc(C->r * n * sizeof(pt));
    for (k = 1; k < C->r; k++)
        if (C->size[k] == 1) memcpy(gens + (nz++) * n, C->reps + k * n, n * sizeof(pt));
    st = _wk_group_new(Z, n, gens, nz);
    if (st == WK_OK) _wk_group_set_known_order_ui(*Z, nz + 1);
    flint_free(gens);
    return st;
}

wk_status wk_group_derived_subgroup(wk_group_struct ** D, wk_group_struct * G)
{
    slong n = G->n, ng = 0, alloc = 16, i, j;
    pt * gens = flint_malloc(alloc * n * sizeof(pt));
    pt * a = flint_malloc(4 * n * sizeof(pt)), * ai = a + n, * bi = ai + n, * c = bi + n;
    bsgs_struct B;
    flint_rand_t rs;
    wk_status st = WK_OK;
    int changed = 1;
    _wk_group_seed(rs);
    bsgs_init(&B, n);
    /* commutators of generators */
    for (i = 0; i < G->ngens; i++)
        for (j = i + 1; j < G->ngens; j++) {
            const pt * x = G->gens + i * n, * y = G->gens + j * n;
            slong t;
            _perm_inv(ai, x, n);
            _perm_inv(bi, y, n);
            for (t = 0; t < n; t++) c[t] = y[x[bi[ai[t]]]];
            if (_perm_is_one(c, n)) continue;
            if (ng == alloc) { alloc *= 2; gens = flint_realloc(gens, alloc * n * sizeof(pt)); }
            memcpy(gens + (ng++) * n, c, n * sizeof(pt));
        }
    /* normal closure */
    while (changed && st == WK_OK) {
        changed = 0;
        bsgs_clear(&B);
        bsgs_init(&B, n);
        st = bsgs_build(&B, gens, ng, NULL, rs);
        if (st != WK_OK) break;
        for (i = 0; i < ng && !changed; i++)
            for (j = 0; j < G->ngens && !changed; j++) {
                const pt * g = G->gens + j * n;
                _perm_inv(ai, g, n);
                _perm_conj(c, gens + i * n, g, ai, n);
                if (!bsgs_contains(&B, c)) {
                    if (ng == alloc) { alloc *= 2; gens = flint_realloc(gens, alloc * n * sizeof(pt)); }
                    memcpy(gens + (ng++) * n, c, n * sizeof(pt));
                    changed = 1;
                }
            }
    }
    if (st == WK_OK) {
        st = _wk_group_new(D, n, gens, ng);
        if (st == WK_OK) {
            (*D)->has_known_order = 1;
            fmpz_set((*D)->known_order, B.order);
        }
    }
    bsgs_clear(&B);
    flint_randclear(rs);
    flint_free(gens);
    flint_free(a);
    return st;
}

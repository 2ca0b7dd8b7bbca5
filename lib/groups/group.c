/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/group.c: the group object (generators plus cached stabiliser
   chain, classes and character table), its reference count, order,
   membership and simple predicates. */
#include <stdlib.h>
#include <string.h>
#include "impl.h"

wk_status _wk_group_new(wk_group_struct ** G, slong n, const pt * gens, slong ngens)
{
    wk_group_struct * g;
    slong i, m = 0;
    if (n < 1) n = 1;
    if (n > WK_GROUPS_MAX_DEGREE)
        return wk_error(WK_E_TOO_LARGE, "degree %ld exceeds the limit %d", (long) n,
                        WK_GROUPS_MAX_DEGREE);
    g = flint_calloc(1, sizeof(wk_group_struct));
    g->refcount = 1;
    g->n = n;
    g->gens = flint_malloc((ngens ? ngens : 1) * n * sizeof(pt));
    for (i = 0; i < ngens; i++) {
        if (_perm_is_one(gens + i * n, n)) continue;   /* drop identities */
        memcpy(g->gens + m * n, gens + i * n, n * sizeof(pt));
        m++;
    }
    g->ngens = m;
    fmpz_init(g->known_order);
    *G = g;
    return WK_OK;
}

wk_group_struct * wk_group_incref(wk_group_struct * G)
{
    if (G) G->refcount++;
    return G;
}

void wk_group_clear(wk_group_struct * G)
{
    if (G == NULL || --G->refcount > 0) return;
    if (G->tab) _wk_table_free(G->tab);
    if (G->cls) _wk_classes_free(G->cls);
    if (G->bsgs) { bsgs_clear(G->bsgs); flint_free(G->bsgs); }
    flint_free(G->gens);
    flint_free(G->name);
    fmpz_clear(G->known_order);
    flint_free(G);
}

void _wk_group_set_known_order_ui(wk_group_struct * G, ulong o)
{
    G->has_known_order = 1;
    fmpz_set_ui(G->known_order, o);
}

wk_status wk_group_permgroup(wk_group_struct ** G, const wk_perm_struct * gens,
                             slong ngens, slong degree)
{
    slong n = degree, i, j;
    pt * raw;
    wk_status st;
    if (ngens < 0) return wk_error(WK_E_DOMAIN, "negative number of generators");
    if (degree < 0) return wk_error(WK_E_DOMAIN, "degree must be non-negative, got %ld", (long) degree);
    if (degree > WK_GROUPS_MAX_DEGREE)
        return wk_error(WK_E_TOO_LARGE, "degree %ld exceeds the limit %d", (long) degree,
                        WK_GROUPS_MAX_DEGREE);
    if (n == 0) {
        for (i = 0; i < ngens; i++) n = FLINT_MAX(n, gens[i].n);
        if (n == 0) n = 1;
    } else {
        for (i = 0; i < ngens; i++) {
            slong m = wk_perm_largest_moved_point(gens + i);
            if (m > degree)
                return wk_error(WK_E_DOMAIN, "generator %ld moves point %ld, beyond the degree %ld",
                                (long) i + 1, (long) m, (long) degree);
        }
    }
    raw = flint_malloc((ngens ? ngens : 1) * n * sizeof(pt));
    for (i = 0; i < ngens; i++)
        for (j = 0; j < n; j++)
            raw[i * n + j] = j < gens[i].n ? gens[i].v[j] : (pt) j;
    st = _wk_group_new(G, n, raw, ngens);
    flint_free(raw);
    return st;
}

wk_status wk_group_permgroup_images(wk_group_struct ** G, const slong * const * imgs,
                                    const slong * lens, slong ngens, slong degree)
{
    slong i, expect = degree > 0 ? degree : (ngens ? lens[0] : 1);
    wk_perm_struct * p;
    wk_status st = WK_OK;
    if (ngens < 0) return wk_error(WK_E_DOMAIN, "negative number of generators");
    p = flint_malloc((ngens ? ngens : 1) * sizeof(wk_perm_struct));
    for (i = 0; i < ngens; i++) wk_perm_init(p + i, 0);
    /* each list must be a permutation, then all must have the same degree */
    for (i = 0; i < ngens && st == WK_OK; i++) {
        st = wk_perm_set_images(p + i, imgs[i], lens[i]);
        if (st != WK_OK) {
            char msg[512];
            snprintf(msg, sizeof msg, "%s", wk_error_msg());
            st = wk_error(st, "generator %ld is %s", (long) i + 1, msg);
        }
    }
    for (i = 0; i < ngens && st == WK_OK; i++)
        if (lens[i] != expect)
            st = wk_error(WK_E_DIM, "generator %ld has degree %ld, expected %ld",
                          (long) i + 1, (long) lens[i], (long) expect);
    if (st == WK_OK) st = wk_group_permgroup(G, p, ngens, expect);
    for (i = 0; i < ngens; i++) wk_perm_clear(p + i);
    flint_free(p);
    return st;
}

slong wk_group_degree(const wk_group_struct * G) { return G->n; }
slong wk_group_ngens(const wk_group_struct * G) { return G->ngens; }

void wk_group_gen(wk_perm_t g, const wk_group_struct * G, slong i)
{
    wk_perm_one(g, G->n);
    memcpy(g->v, G->gens + i * G->n, G->n * sizeof(pt));
}

const char * wk_group_name(const wk_group_struct * G) { return G->name; }

void wk_group_set_name(wk_group_struct * G, const char * name)
{
    flint_free(G->name);
    G->name = NULL;
    if (name) {
        G->name = flint_malloc(strlen(name) + 1);
        strcpy(G->name, name);
    }
}

wk_status _wk_group_bsgs(wk_group_struct * G)
{
    flint_rand_t st;
    wk_status s;
    bsgs_struct * B;
    if (G->bsgs) return WK_OK;
    B = flint_malloc(sizeof(bsgs_struct));
    bsgs_init(B, G->n);
    _wk_group_seed(st);
    s = bsgs_build(B, G->gens, G->ngens, G->has_known_order ? G->known_order : NULL, st);
    flint_randclear(st);
    if (s != WK_OK) {
        bsgs_clear(B);
        flint_free(B);
        return s;
    }
    G->bsgs = B;
    return WK_OK;
}

wk_status _wk_group_check_order_guard(wk_group_struct * G)
{
    wk_status st = _wk_group_bsgs(G);
    if (st != WK_OK) return st;
    if (fmpz_cmp_ui(G->bsgs->order, (ulong) wk_groups_order_limit()) > 0) {
        char * o = fmpz_get_str(NULL, 10, G->bsgs->order);
        char * l = _wk_limit_str(wk_groups_order_limit());
        st = wk_error(WK_E_TOO_LARGE, "group order %s exceeds the size guard %s", o, l);
        flint_free(o);
        flint_free(l);
    }
    return st;
}

wk_status _wk_group_rank(wk_group_struct * G)
{
    wk_status st = _wk_group_check_order_guard(G);
    if (st != WK_OK) return st;
    return bsgs_rank_init(G->bsgs);
}

wk_status wk_group_order(fmpz_t o, wk_group_struct * G)
{
    wk_status st;
    if (G->has_known_order) {   /* set by the constructors, checked by Schreier-Sims later */
        fmpz_set(o, G->known_order);
        return WK_OK;
    }
    st = _wk_group_bsgs(G);
    if (st == WK_OK) fmpz_set(o, G->bsgs->order);
    return st;
}

int _wk_group_contains_raw(wk_group_struct * G, const pt * g)
{
    return bsgs_contains(G->bsgs, g);
}

/* copies g into a degree-n buffer; returns 0 if g moves a point beyond n */
static int fit(pt * buf, const wk_perm_t g, slong n)
{
    slong j;
    if (wk_perm_largest_moved_point(g) > n) return 0;
    for (j = 0; j < n; j++) buf[j] = j < g->n ? g->v[j] : (pt) j;
    return 1;
}

wk_status wk_group_contains(int * res, wk_group_struct * G, const wk_perm_t g)
{
    wk_status st = _wk_group_bsgs(G);
    pt * buf;
    if (st != WK_OK) return st;
    buf = flint_malloc(G->n * sizeof(pt));
    *res = fit(buf, g, G->n) && bsgs_contains(G->bsgs, buf);
    flint_free(buf);
    return WK_OK;
}

wk_status wk_group_random(wk_perm_t g, wk_group_struct * G, wk_rand_t state)
{
    wk_status st = _wk_group_bsgs(G);
    if (st != WK_OK) return st;
    wk_perm_one(g, G->n);
    bsgs_random(g->v, G->bsgs, state->fl);
    return WK_OK;
}

wk_status wk_group_base(slong * k, slong * base, slong * orbit_lengths, wk_group_struct * G)
{
    slong i;
    wk_status st = _wk_group_bsgs(G);
    if (st != WK_OK) return st;
    *k = G->bsgs->k;
    for (i = 0; i < G->bsgs->k; i++) {
        if (base) base[i] = G->bsgs->base[i] + 1;
        if (orbit_lengths) orbit_lengths[i] = G->bsgs->olen[i];
    }
    return WK_OK;
}

wk_status wk_group_is_subgroup(int * res, wk_group_struct * H, wk_group_struct * G)
{
    slong i, j;
    wk_status st;
    pt * buf;
    if (H == G) { *res = 1; return WK_OK; }
    st = _wk_group_bsgs(G);
    if (st != WK_OK) return st;
    *res = 1;
    buf = flint_malloc(G->n * sizeof(pt));
    for (i = 0; i < H->ngens && *res; i++) {
        const pt * h = H->gens + i * H->n;
        for (j = 0; j < G->n; j++) buf[j] = j < H->n ? h[j] : (pt) j;
        for (j = G->n; j < H->n; j++)
            if (h[j] != (pt) j) { *res = 0; break; }
        if (*res && !bsgs_contains(G->bsgs, buf)) *res = 0;
    }
    flint_free(buf);
    return WK_OK;
}

wk_status wk_group_is_normal(int * res, wk_group_struct * N, wk_group_struct * G)
{
    slong i, j, n = G->n;
    wk_status st = wk_group_is_subgroup(res, N, G);
    pt * x, * c, * gi;
    if (st != WK_OK || !*res) return st;
    st = _wk_group_bsgs(N);
    if (st != WK_OK) return st;
    if (N->n != G->n) {
        /* N acts on fewer points; compare on G's points */
        wk_group_struct * N2;
        wk_perm_struct * gens = flint_malloc((N->ngens ? N->ngens : 1) * sizeof(wk_perm_struct));
        for (i = 0; i < N->ngens; i++) { wk_perm_init(gens + i, 0); wk_group_gen(gens + i, N, i); }
        st = wk_group_permgroup(&N2, gens, N->ngens, G->n);
        for (i = 0; i < N->ngens; i++) wk_perm_clear(gens + i);
        flint_free(gens);
        if (st != WK_OK) return st;
        st = wk_group_is_normal(res, N2, G);
        wk_group_clear(N2);
        return st;
    }
    x = flint_malloc(3 * n * sizeof(pt));
    c = x + n;
    gi = c + n;
    for (j = 0; j < G->ngens && *res; j++) {
        const pt * g = G->gens + j * n;
        _perm_inv(gi, g, n);
        for (i = 0; i < N->ngens && *res; i++) {
            _perm_conj(c, N->gens + i * n, g, gi, n);
            if (!bsgs_contains(N->bsgs, c)) *res = 0;
        }
    }
    flint_free(x);
    return WK_OK;
}

int wk_group_is_abelian(const wk_group_struct * G)
{
    slong i, j, x, n = G->n;
    for (i = 0; i < G->ngens; i++)
        for (j = i + 1; j < G->ngens; j++) {
            const pt * a = G->gens + i * n, * b = G->gens + j * n;
            for (x = 0; x < n; x++)
                if (b[a[x]] != a[b[x]]) return 0;
        }
    return 1;
}

wk_status wk_group_small_gens(wk_perm_struct ** gens, slong * ngens, wk_group_struct * G)
{
    slong n = G->n, t, tries, i;
    wk_status st = _wk_group_bsgs(G);
    flint_rand_t rs;
    pt * cand;
    int found = 0;
    if (st != WK_OK) return st;
    cand = flint_malloc(3 * n * sizeof(pt));
    _wk_group_seed(rs);
    if (fmpz_is_one(G->bsgs->order)) {
        *ngens = 0;
        *gens = flint_malloc(sizeof(wk_perm_struct));
        found = 1;
    }
    for (t = 1; t <= 3 && !found && t <= FLINT_MAX(G->ngens, 1); t++) {
        if (t >= G->ngens) break;
        for (tries = 0; tries < (t == 1 ? 20 : 60) && !found; tries++) {
            bsgs_struct S;
            bsgs_init(&S, n);
            for (i = 0; i < t; i++) bsgs_random(cand + i * n, G->bsgs, rs);
            /* known order: stop as soon as the subgroup is everything */
            if (bsgs_build_ex(&S, cand, t, G->bsgs->order, rs, 0) == WK_OK
                && fmpz_equal(S.order, G->bsgs->order)) {
                found = 1;
                *ngens = t;
                *gens = flint_malloc(t * sizeof(wk_perm_struct));
                for (i = 0; i < t; i++) {
                    wk_perm_init(*gens + i, n);
                    memcpy((*gens)[i].v, cand + i * n, n * sizeof(pt));
                }
            }
            bsgs_clear(&S);
        }
    }
    if (!found) {
        *ngens = G->ngens;
        *gens = flint_malloc((G->ngens ? G->ngens : 1) * sizeof(wk_perm_struct));
        for (i = 0; i < G->ngens; i++) {
            wk_perm_init(*gens + i, 0);
            wk_group_gen(*gens + i, G, i);
        }
    }
    flint_randclear(rs);
    flint_free(cand);
    return WK_OK;
}

int wk_group_same(const wk_group_struct * G, const wk_group_struct * H)
{
    if (G == H) return 1;
    if (G == NULL || H == NULL || G->n != H->n || G->ngens != H->ngens) return 0;
    if (G->ngens > 0 && memcmp(G->gens, H->gens, (size_t) (G->ngens * G->n) * sizeof(pt)) != 0) return 0;
    /* the algorithms are deterministic (fixed seeds): the same generators give
       the same classes in the same order; compare them when both are known */
    if (G->cls != NULL && H->cls != NULL
        && (G->cls->r != H->cls->r
            || memcmp(G->cls->reps, H->cls->reps, (size_t) (G->cls->r * G->n) * sizeof(pt)) != 0))
        return 0;
    return 1;
}

const char * _wk_group_base_name(const wk_group_struct * G, const char * dflt, char * buf, size_t n)
{
    const char * nm = G->name, * o;
    size_t len;
    if (nm == NULL) return dflt;
    o = strstr(nm, " (order ");
    if (o == NULL) return nm;
    len = (size_t) (o - nm);
    if (len >= n) len = n - 1;
    memcpy(buf, nm, len);
    buf[len] = 0;
    return buf;
}

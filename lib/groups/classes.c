/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/classes.c: conjugacy classes by enumeration.  Every element has
   a rank (its coordinates in the stabiliser chain, Seress 2003 sec. 4.1), so
   a table rank -> class identifies the class of any element in O(k^2) for
   base length k; classes are orbits of the generators acting by
   conjugation, found by scanning for the first unclassified rank. */
#include <stdlib.h>
#include "impl.h"

#define UNSET 0xffffffffu

void _wk_classes_free(classes_struct * C)
{
    slong k;
    if (C == NULL) return;
    for (k = 0; k < C->r; k++) {
        flint_free(C->pw[k]);
        flint_free(C->names[k]);
    }
    flint_free(C->pw);
    flint_free(C->names);
    flint_free(C->reps);
    flint_free(C->size);
    flint_free(C->eorder);
    flint_free(C->inv);
    free(C->cid);
    free(C->elts);
    flint_free(C->start);
    flint_free(C->part);
    flint_free(C->phash);
    flint_free(C);
}

typedef struct {
    slong order, size, disc;
} ckey;

static int ckey_cmp(const void * a, const void * b)
{
    const ckey * x = a, * y = b;
    if (x->order != y->order) return x->order < y->order ? -1 : 1;
    if (x->size != y->size) return x->size < y->size ? -1 : 1;
    return (x->disc > y->disc) - (x->disc < y->disc);
}

char * _wk_class_name(slong order, slong t)
{
    char letters[16];
    char * s = flint_malloc(48);
    slong len = 0, u = t + 1, i;
    /* bijective base 26: a..z, aa, ab, ... (GAP's ClassNames) */
    while (u > 0) {
        u--;
        letters[len++] = (char) ('a' + u % 26);
        u /= 26;
    }
    snprintf(s, 48, "%ld", (long) order);
    i = strlen(s);
    while (len > 0) s[i++] = letters[--len];
    s[i] = '\0';
    return s;
}

wk_status wk_group_classes(wk_group_struct * G)
{
    bsgs_struct * B;
    classes_struct * C;
    slong n = G->n, k, r = 0, ralloc = 16, c, i, t;
    ulong N, filled = 0, scan = 0, q;
    uint32_t * cid, * elts;
    ulong * start;
    slong * size;
    pt * ginv, * x, * b, * reps;
    wk_status st;
    ulong poll = 0;

    if (G->cls) return WK_OK;
    st = _wk_group_rank(G);
    if (st != WK_OK) return st;
    B = G->bsgs;
    /* the natural symmetric group: classes are cycle types */
    if (G->n >= 2 && G->n <= 20) {
        fmpz_t f;
        int is_sym;
        fmpz_init(f);
        fmpz_fac_ui(f, G->n);
        is_sym = fmpz_equal(f, B->order);
        fmpz_clear(f);
        if (is_sym) return _wk_symmetric_classes(G);
    }
    k = B->k;
    N = fmpz_get_ui(B->order);
    cid = malloc(N * sizeof(uint32_t));
    elts = malloc(N * sizeof(uint32_t));
    if (cid == NULL || elts == NULL) {
        free(cid); free(elts);
        return wk_error(WK_E_NOMEM, "out of memory for the class table of a group of order %lu",
                        (unsigned long) N);
    }
    memset(cid, 0xff, N * sizeof(uint32_t));
    ginv = flint_malloc((G->ngens ? G->ngens : 1) * n * sizeof(pt));
    for (i = 0; i < G->ngens; i++) _perm_inv(ginv + i * n, G->gens + i * n, n);
    x = flint_malloc(n * sizeof(pt));
    b = flint_malloc((k ? k : 1) * sizeof(pt));
    start = flint_malloc(ralloc * sizeof(ulong));
    size = flint_malloc(ralloc * sizeof(slong));
    reps = flint_malloc(ralloc * n * sizeof(pt));

    /* conjugates are kept as permutations while they fit (else re-derived
       from their ranks) */
    {
        ulong cap = (ulong) ((WORD(1) << 24) / n), qalloc = 0;
        pt * pq = NULL;
        if (cap > N) cap = N;
        while (filled < N) {
            while (cid[scan] != UNSET) scan++;
            if (r == ralloc) {
                ralloc *= 2;
                start = flint_realloc(start, ralloc * sizeof(ulong));
                size = flint_realloc(size, ralloc * sizeof(slong));
                reps = flint_realloc(reps, ralloc * n * sizeof(pt));
            }
            c = r++;
            if (c >= (slong) UNSET - 1) { st = wk_error(WK_E_TOO_LARGE, "too many classes"); break; }
            start[c] = filled;
            cid[scan] = (uint32_t) c;
            elts[filled++] = (uint32_t) scan;
            bsgs_unrank(reps + c * n, B, scan, NULL);
            if (qalloc == 0) { qalloc = FLINT_MIN(cap, 1024); pq = flint_malloc(qalloc * n * sizeof(pt)); }
            memcpy(pq, reps + c * n, n * sizeof(pt));
            for (q = start[c]; q < filled; q++) {
                ulong rel = q - start[c];
                const pt * xx;
                if ((++poll & 4095) == 0) {
                    if (wk_interrupted()) { st = wk_error(WK_E_INTERRUPT, "interrupted"); break; }
                    wk_progress("conjugacy classes", (double) filled, (double) N);
                }
                if (rel < cap) xx = pq + rel * n;
                else { bsgs_unrank(x, B, elts[q], NULL); xx = x; }
                for (i = 0; i < G->ngens; i++) {
                    const pt * s = G->gens + i * n, * si = ginv + i * n;
                    ulong rk;
                    for (t = 0; t < k; t++) b[t] = s[xx[si[B->base[t]]]];
                    rk = bsgs_rank_bimg(B, b);
                    if (cid[rk] == UNSET) {
                        ulong rn = filled - start[c];
                        cid[rk] = (uint32_t) c;
                        elts[filled++] = (uint32_t) rk;
                        if (rn < cap) {
                            slong y;
                            pt * dst;
                            if (rn >= qalloc) {
                                qalloc = FLINT_MIN(2 * qalloc, cap);
                                pq = flint_realloc(pq, qalloc * n * sizeof(pt));
                                xx = (rel < cap) ? pq + rel * n : x;
                            }
                            dst = pq + rn * n;
                            for (y = 0; y < n; y++) dst[y] = s[xx[si[y]]];
                        }
                    }
                }
            }
            if (st != WK_OK) break;
            size[c] = filled - start[c];
        }
        flint_free(pq);
    }
    flint_free(ginv);
    wk_progress_done();
    if (st != WK_OK) {
        free(cid); free(elts);
        flint_free(start); flint_free(size); flint_free(reps);
        flint_free(x); flint_free(b);
        return st;
    }

    /* sort: element order, class size, discovery (identity is first) */
    {
        ckey * key = flint_malloc(r * sizeof(ckey));
        slong * newof = flint_malloc(r * sizeof(slong));
        C = flint_calloc(1, sizeof(classes_struct));
        C->r = r;
        C->gorder = N;
        for (c = 0; c < r; c++) {
            key[c].order = (slong) _perm_order_ui(reps + c * n, n);
            key[c].size = size[c];
            key[c].disc = c;
        }
        qsort(key, r, sizeof(ckey), ckey_cmp);
        C->reps = flint_malloc(r * n * sizeof(pt));
        C->size = flint_malloc(r * sizeof(slong));
        C->eorder = flint_malloc(r * sizeof(slong));
        C->inv = flint_malloc(r * sizeof(slong));
        C->start = flint_malloc((r + 1) * sizeof(ulong));
        C->pw = flint_calloc(r, sizeof(int32_t *));
        C->names = flint_calloc(r, sizeof(char *));
        for (c = 0; c < r; c++) {
            slong old = key[c].disc;
            newof[old] = c;
            memcpy(C->reps + c * n, reps + old * n, n * sizeof(pt));
            C->size[c] = size[old];
            C->eorder[c] = key[c].order;
            C->start[c] = start[old];
        }
        C->start[r] = N;
        for (q = 0; q < N; q++) cid[q] = (uint32_t) newof[cid[q]];
        C->cid = cid;
        C->elts = elts;
        flint_free(key);
        flint_free(newof);
    }
    flint_free(start); flint_free(size); flint_free(reps);

    /* inverses and the exponent (power maps are computed on demand) */
    C->exponent = 1;
    for (c = 0; c < r; c++) {
        slong m = C->eorder[c];
        _perm_inv(x, C->reps + c * n, n);
        C->inv[c] = cid[bsgs_rank(B, x, b)];
        C->exponent = _wk_lcm(C->exponent, m);
    }
    /* names */
    {
        slong prev = -1, idx = 0;
        for (c = 0; c < r; c++) {
            if (C->eorder[c] != prev) { prev = C->eorder[c]; idx = 0; }
            C->names[c] = _wk_class_name(C->eorder[c], idx++);
        }
    }
    flint_free(x);
    flint_free(b);
    G->cls = C;
    return WK_OK;
}

slong wk_group_nclasses(const wk_group_struct * G) { return G->cls ? G->cls->r : 0; }

void wk_group_class_rep(wk_perm_t g, const wk_group_struct * G, slong k)
{
    wk_perm_one(g, G->n);
    memcpy(g->v, G->cls->reps + k * G->n, G->n * sizeof(pt));
}

slong wk_group_class_size(const wk_group_struct * G, slong k) { return G->cls->size[k]; }
slong wk_group_class_elt_order(const wk_group_struct * G, slong k) { return G->cls->eorder[k]; }

slong wk_group_class_centralizer_order(const wk_group_struct * G, slong k)
{
    return (slong) (G->cls->gorder / G->cls->size[k]);
}

const int32_t * _wk_powermap(const wk_group_struct * G, slong k)
{
    classes_struct * C = G->cls;
    if (C->pw[k] == NULL && C->sym) C->pw[k] = _wk_sym_powermap(G, k);
    if (C->pw[k] == NULL) {
        bsgs_struct * B = G->bsgs;
        slong m = C->eorder[k], kk = B->k, t, j;
        const pt * g = C->reps + k * G->n;
        pt * b = flint_malloc(2 * (kk + 1) * sizeof(pt)), * c = b + kk + 1;
        int32_t * pm = flint_malloc(m * sizeof(int32_t));
        for (j = 0; j < kk; j++) b[j] = (pt) B->base[j];
        for (t = 0; t < m; t++) {
            /* b = base images of g^t */
            memcpy(c, b, kk * sizeof(pt));
            pm[t] = (int32_t) C->cid[bsgs_rank_bimg(B, c)];
            for (j = 0; j < kk; j++) b[j] = g[b[j]];
        }
        flint_free(b);
        C->pw[k] = pm;
    }
    return C->pw[k];
}

slong wk_group_class_power(const wk_group_struct * G, slong k, slong e)
{
    slong m = G->cls->eorder[k];
    e %= m;
    if (e < 0) e += m;
    return _wk_powermap(G, k)[e];
}

const char * wk_group_class_name(const wk_group_struct * G, slong k) { return G->cls->names[k]; }

slong wk_group_exponent(const wk_group_struct * G) { return G->cls->exponent; }

wk_status wk_group_class_of(slong * k, wk_group_struct * G, const wk_perm_t g)
{
    int in;
    pt * buf, * b;
    slong j;
    wk_status st = wk_group_classes(G);
    if (st != WK_OK) return st;
    st = wk_group_contains(&in, G, g);
    if (st != WK_OK) return st;
    if (!in) return wk_error(WK_E_DOMAIN, "argument is not an element of the group");
    buf = flint_malloc(G->n * sizeof(pt));
    b = flint_malloc((G->bsgs->k ? G->bsgs->k : 1) * sizeof(pt));
    for (j = 0; j < G->n; j++) buf[j] = j < g->n ? g->v[j] : (pt) j;
    *k = _wk_class_of_raw(G, buf, b);
    flint_free(buf);
    flint_free(b);
    return WK_OK;
}

wk_status wk_group_class_mult_coeff(fmpz_t a, wk_group_struct * G, slong i, slong j, slong k)
{
    classes_struct * C;
    bsgs_struct * B;
    slong r, t, kk, jinv;
    ulong q, count = 0;
    pt * bk, * b;
    wk_status st = wk_group_classes(G);
    if (st == WK_OK) st = _wk_classes_elements(G);
    if (st != WK_OK) return st;
    C = G->cls;
    B = G->bsgs;
    r = C->r;
    if (i < 0 || i >= r || j < 0 || j >= r || k < 0 || k >= r)
        return wk_error(WK_E_DOMAIN, "class index out of range 1..%ld", (long) r);
    kk = B->k;
    bk = flint_malloc(2 * (kk ? kk : 1) * sizeof(pt));
    b = bk + kk;
    /* base images of g_k */
    for (t = 0; t < kk; t++) bk[t] = C->reps[k * G->n + B->base[t]];
    /* y in C_j, g_k y^-1 in C_i; x = y^-1 runs over the inverse class */
    jinv = C->inv[j];
    for (q = C->start[jinv]; q < C->start[jinv] + C->size[jinv]; q++) {
        ulong rk = C->elts[q];
        slong lvl;
        /* apply x (rank rk) to the base images of g_k */
        memcpy(b, bk, kk * sizeof(pt));
        for (lvl = kk - 1; lvl >= 0; lvl--) {
            ulong p = (rk / B->stride[lvl]) % B->olen[lvl];
            if (p) {
                const pt * u = B->u[lvl] + p * G->n;
                for (t = 0; t < kk; t++) b[t] = u[b[t]];
            }
        }
        if ((slong) C->cid[bsgs_rank_bimg(B, b)] == i) count++;
    }
    fmpz_set_ui(a, count);
    flint_free(bk);
    return WK_OK;
}

wk_status _wk_classes_elements(wk_group_struct * G)
{
    classes_struct * C = G->cls;
    bsgs_struct * B = G->bsgs;
    ulong N = C->gorder, q;
    slong n = G->n, k;
    pt * x;
    ulong * fill;
    if (C->cid) return WK_OK;
    C->cid = malloc(N * sizeof(uint32_t));
    C->elts = malloc(N * sizeof(uint32_t));
    if (C->cid == NULL || C->elts == NULL) {
        free(C->cid); free(C->elts);
        C->cid = C->elts = NULL;
        return wk_error(WK_E_NOMEM, "out of memory for the class table of a group of order %lu",
                        (unsigned long) N);
    }
    x = flint_malloc(n * sizeof(pt));
    for (q = 0; q < N; q++) {
        if ((q & 65535) == 65535 && wk_interrupted()) {
            free(C->cid); free(C->elts);
            C->cid = C->elts = NULL;
            flint_free(x);
            return wk_error(WK_E_INTERRUPT, "interrupted");
        }
        bsgs_unrank(x, B, q, NULL);
        C->cid[q] = (uint32_t) _wk_sym_class(G, x);
    }
    flint_free(x);
    /* group the ranks by class */
    fill = flint_malloc(C->r * sizeof(ulong));
    C->start[0] = 0;
    for (k = 0; k < C->r; k++) { C->start[k + 1] = C->start[k] + C->size[k]; fill[k] = C->start[k]; }
    for (q = 0; q < N; q++) C->elts[fill[C->cid[q]]++] = (uint32_t) q;
    flint_free(fill);
    return WK_OK;
}

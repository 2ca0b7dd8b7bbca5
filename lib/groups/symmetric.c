/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/symmetric.c: the natural symmetric group S_n without element
   enumeration: classes are cycle types, class sizes n!/z_lambda, power maps
   from cycle types, and the character table by the Murnaghan-Nakayama rule
   on beta-sets (James and Kerber, The Representation Theory of the
   Symmetric Group, 2.4.7 and 2.7); the table is then verified like any other. */
#include <stdlib.h>
#include "impl.h"

/* partitions of n, parts decreasing, in reverse lexicographic order */
static slong partitions(slong ** out, slong n)
{
    slong cap = 64, cnt = 0, * a = flint_malloc((n + 1) * sizeof(slong)), len, i;
    slong * res = flint_malloc(cap * n * sizeof(slong));
    /* start with [n] */
    a[0] = n;
    len = 1;
    for (;;) {
        if (cnt == cap) { cap *= 2; res = flint_realloc(res, cap * n * sizeof(slong)); }
        for (i = 0; i < n; i++) res[cnt * n + i] = i < len ? a[i] : 0;
        cnt++;
        /* next partition: find the last part > 1 */
        {
            slong j = len - 1, rem = 0, v;
            while (j >= 0 && a[j] == 1) { rem++; j--; }
            if (j < 0) break;
            a[j]--;
            rem++;
            v = a[j];
            len = j + 1;
            while (rem > 0) {
                slong p = rem < v ? rem : v;
                a[len++] = p;
                rem -= p;
            }
        }
    }
    flint_free(a);
    *out = res;
    return cnt;
}

static ulong part_hash(const slong * p, slong n)
{
    ulong h = 17;
    slong i;
    for (i = 0; i < n && p[i]; i++) h = h * UWORD(1099511628211) + (ulong) p[i];
    return h ^ (h >> 31);
}

static slong part_lookup(const classes_struct * C, slong n, const slong * p)
{
    slong s = part_hash(p, n) & (C->phsize - 1);
    while (C->phash[s] >= 0) {
        if (memcmp(C->part + C->phash[s] * n, p, n * sizeof(slong)) == 0) return C->phash[s];
        s = (s + 1) & (C->phsize - 1);
    }
    return -1;
}

static int cmp_desc(const void * a, const void * b)
{
    slong x = *(const slong *) a, y = *(const slong *) b;
    return (x < y) - (x > y);
}

slong _wk_sym_class(const wk_group_struct * G, const pt * g)
{
    slong n = G->n, i, j, c = 0, res;
    slong * lens = flint_calloc(n, sizeof(slong));
    char * done = flint_calloc(n, 1);
    for (i = 0; i < n; i++) {
        slong len = 0;
        if (done[i]) continue;
        j = i;
        do { done[j] = 1; j = g[j]; len++; } while (j != i);
        lens[c++] = len;
    }
    qsort(lens, c, sizeof(slong), cmp_desc);
    res = part_lookup(G->cls, n, lens);
    flint_free(lens);
    flint_free(done);
    return res;
}

int32_t * _wk_sym_powermap(const wk_group_struct * G, slong k)
{
    classes_struct * C = G->cls;
    slong n = G->n, m = C->eorder[k], t, i, j, c;
    const slong * p = C->part + k * n;
    slong * q = flint_malloc(n * sizeof(slong));
    int32_t * pm = flint_malloc(m * sizeof(int32_t));
    for (t = 0; t < m; t++) {
        /* a cycle of length L of g gives gcd(L,t) cycles of length L/gcd(L,t) of g^t */
        c = 0;
        for (i = 0; i < n && p[i]; i++) {
            slong g = t ? (slong) n_gcd(p[i], t) : p[i];
            for (j = 0; j < g; j++) q[c++] = p[i] / g;
        }
        for (; c < n; c++) q[c] = 0;
        qsort(q, n, sizeof(slong), cmp_desc);
        pm[t] = (int32_t) part_lookup(C, n, q);
    }
    flint_free(q);
    return pm;
}

typedef struct {
    slong order, size, disc;
} skey;

static int skey_cmp(const void * a, const void * b)
{
    const skey * x = a, * y = b;
    if (x->order != y->order) return x->order < y->order ? -1 : 1;
    if (x->size != y->size) return x->size < y->size ? -1 : 1;
    return (x->disc > y->disc) - (x->disc < y->disc);
}

wk_status _wk_symmetric_classes(wk_group_struct * G)
{
    slong n = G->n, r, c, i, * parts;
    classes_struct * C;
    skey * key;
    ulong nfac = 1;
    for (i = 2; i <= n; i++) nfac *= (ulong) i;
    r = partitions(&parts, n);
    key = flint_malloc(r * sizeof(skey));
    for (c = 0; c < r; c++) {
        const slong * p = parts + c * n;
        ulong z = 1, o = 1;
        slong mult[64] = { 0 };
        for (i = 0; i < n && p[i]; i++) {
            mult[p[i]]++;
            z *= (ulong) p[i] * (ulong) mult[p[i]];   /* i^m_i m_i! built up factor by factor */
            o = o / n_gcd(o, p[i]) * (ulong) p[i];
        }
        key[c].order = (slong) o;
        key[c].size = (slong) (nfac / z);
        key[c].disc = -c;    /* [1^n] first among equal keys: it is last in our list */
    }
    qsort(key, r, sizeof(skey), skey_cmp);
    C = flint_calloc(1, sizeof(classes_struct));
    C->sym = 1;
    C->r = r;
    C->gorder = nfac;
    C->reps = flint_malloc(r * n * sizeof(pt));
    C->size = flint_malloc(r * sizeof(slong));
    C->eorder = flint_malloc(r * sizeof(slong));
    C->inv = flint_malloc(r * sizeof(slong));
    C->start = flint_calloc(r + 1, sizeof(ulong));
    C->pw = flint_calloc(r, sizeof(int32_t *));
    C->names = flint_calloc(r, sizeof(char *));
    C->part = flint_malloc(r * n * sizeof(slong));
    C->phsize = 16;
    while (C->phsize < 2 * r) C->phsize *= 2;
    C->phash = flint_malloc(C->phsize * sizeof(slong));
    for (i = 0; i < C->phsize; i++) C->phash[i] = -1;
    C->exponent = 1;
    for (c = 0; c < r; c++) {
        slong old = -key[c].disc, x = 0, j;
        const slong * p = parts + old * n;
        pt * g = C->reps + c * n;
        memcpy(C->part + c * n, p, n * sizeof(slong));
        C->size[c] = key[c].size;
        C->eorder[c] = key[c].order;
        C->inv[c] = c;
        C->exponent = _wk_lcm(C->exponent, key[c].order);
        /* canonical representative (1..p1)(p1+1..p1+p2)... */
        for (i = 0; i < n && p[i]; i++) {
            for (j = 0; j < p[i]; j++) g[x + j] = (pt) (x + (j + 1) % p[i]);
            x += p[i];
        }
        {
            slong s = part_hash(p, n) & (C->phsize - 1);
            while (C->phash[s] >= 0) s = (s + 1) & (C->phsize - 1);
            C->phash[s] = c;
        }
    }
    {
        slong prev = -1, idx = 0;
        for (c = 0; c < r; c++) {
            if (C->eorder[c] != prev) { prev = C->eorder[c]; idx = 0; }
            C->names[c] = _wk_class_name(C->eorder[c], idx++);
        }
    }
    flint_free(parts);
    flint_free(key);
    G->cls = C;
    return WK_OK;
}

/* ---- Murnaghan-Nakayama on beta-sets ------------------------------------- */
typedef struct {
    ulong * keys;
    slong * vals;
    char * used;
    slong size;
    const slong * mu;
    slong mulen;
} mn_memo;

static slong mn(mn_memo * M, ulong mask, slong j)
{
    slong h, b, total = 0, slot;
    ulong key;
    if (j == M->mulen) return 1;
    key = mask * 64 + (ulong) j;
    slot = (slong) ((key * UWORD(0x9e3779b97f4a7c15)) >> 40) & (M->size - 1);
    while (M->used[slot]) {
        if (M->keys[slot] == key) return M->vals[slot];
        slot = (slot + 1) & (M->size - 1);
    }
    h = M->mu[j];
    /* move a bead from b to b - h (a rim hook of length h) */
    for (b = h; b < 64; b++) {
        ulong between;
        if (!((mask >> b) & 1) || ((mask >> (b - h)) & 1)) continue;
        between = mask & ((UWORD(1) << b) - 1) & ~((UWORD(1) << (b - h + 1)) - 1);
        {
            slong v = mn(M, (mask & ~(UWORD(1) << b)) | (UWORD(1) << (b - h)), j + 1);
            total += (__builtin_popcountl(between) & 1) ? -v : v;
        }
    }
    /* the table may have grown; find the slot again */
    slot = (slong) ((key * UWORD(0x9e3779b97f4a7c15)) >> 40) & (M->size - 1);
    while (M->used[slot]) slot = (slot + 1) & (M->size - 1);
    M->used[slot] = 1;
    M->keys[slot] = key;
    M->vals[slot] = total;
    return total;
}

wk_status _wk_symmetric_table(table_struct ** Tout, wk_group_struct * G)
{
    classes_struct * C = G->cls;
    slong n = G->n, r = C->r, i, k, t;
    table_struct * T = flint_calloc(1, sizeof(table_struct));
    mn_memo M;
    wk_cyc_t v;
    if (2 * n > 60) return wk_error(WK_E_TOO_LARGE, "symmetric group of degree %ld", (long) n);
    T->r = r;
    T->irr = flint_malloc(r * r * sizeof(uint32_t));
    T->degree = flint_malloc(r * sizeof(slong));
    wk_cyc_init(v);
    M.size = 1 << 16;
    M.keys = flint_malloc(M.size * sizeof(ulong));
    M.vals = flint_malloc(M.size * sizeof(slong));
    M.used = flint_malloc(M.size);
    for (k = 0; k < r; k++) {
        /* memo per class mu (the states depend on the remaining parts) */
        memset(M.used, 0, M.size);
        M.mu = C->part + k * n;
        for (M.mulen = 0; M.mulen < n && M.mu[M.mulen]; M.mulen++) ;
        if ((k & 7) == 0 && wk_interrupted()) {
            flint_free(M.keys); flint_free(M.vals); flint_free(M.used);
            wk_cyc_clear(v);
            _wk_table_free(T);
            return wk_error(WK_E_INTERRUPT, "interrupted");
        }
        for (i = 0; i < r; i++) {
            /* beta-set of lambda with n beads: lambda_t + (n - 1 - t) */
            const slong * lam = C->part + i * n;
            ulong mask = 0;
            slong val, idx;
            for (t = 0; t < n; t++) mask |= UWORD(1) << (lam[t] + n - 1 - t);
            val = mn(&M, mask, 0);
            wk_cyc_set_si(v, val);
            idx = _wk_table_pool_insert(T, v);
            T->irr[i * r + k] = (uint32_t) idx;
            if (k == 0) T->degree[i] = val;
        }
    }
    flint_free(M.keys); flint_free(M.vals); flint_free(M.used);
    wk_cyc_clear(v);
    *Tout = T;
    return WK_OK;
}

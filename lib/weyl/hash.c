/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/weyl/hash.c: open-addressing hash sets of small integer vectors (weights,
   roots) and a cache of parabolic orders keyed by node masks. */
#include "impl.h"

static inline ulong hash_vec(const int32_t *v, slong n)
{
    ulong h = UWORD(0x9E3779B97F4A7C15);
    slong i;
    for (i = 0; i < n; i++) {
        h ^= (ulong) (uint32_t) v[i];
        h *= UWORD(0xBF58476D1CE4E5B9);
        h ^= h >> 29;
    }
    return h;
}

void _wk_vset_init(_wk_vset_t h, slong n)
{
    slong i;
    h->n = n;
    h->len = 0;
    h->alloc = 16;
    h->cap = 32;
    h->keys = flint_malloc(h->alloc * (n > 0 ? n : 1) * sizeof(int32_t));
    h->table = flint_malloc(h->cap * sizeof(slong));
    for (i = 0; i < h->cap; i++) h->table[i] = -1;
}

void _wk_vset_clear(_wk_vset_t h)
{
    flint_free(h->keys);
    flint_free(h->table);
}

slong _wk_vset_find(const _wk_vset_t h, const int32_t *v)
{
    ulong mask = h->cap - 1, pos = hash_vec(v, h->n) & mask;
    slong n = h->n;
    for (;;) {
        slong k = h->table[pos];
        if (k < 0) return -1;
        if (memcmp(h->keys + k * n, v, n * sizeof(int32_t)) == 0) return k;
        pos = (pos + 1) & mask;
    }
}

static void grow(_wk_vset_t h)
{
    slong i, k, n = h->n;
    ulong mask;
    flint_free(h->table);
    h->cap *= 2;
    mask = h->cap - 1;
    h->table = flint_malloc(h->cap * sizeof(slong));
    for (i = 0; i < h->cap; i++) h->table[i] = -1;
    for (k = 0; k < h->len; k++) {
        ulong pos = hash_vec(h->keys + k * n, n) & mask;
        while (h->table[pos] >= 0) pos = (pos + 1) & mask;
        h->table[pos] = k;
    }
}

slong _wk_vset_insert(_wk_vset_t h, const int32_t *v, int *is_new)
{
    ulong mask, pos;
    slong n = h->n, k;
    if (2 * (h->len + 1) > h->cap) grow(h);
    mask = h->cap - 1;
    pos = hash_vec(v, n) & mask;
    for (;;) {
        k = h->table[pos];
        if (k < 0) break;
        if (memcmp(h->keys + k * n, v, n * sizeof(int32_t)) == 0) {
            if (is_new) *is_new = 0;
            return k;
        }
        pos = (pos + 1) & mask;
    }
    if (h->len == h->alloc) {
        h->alloc *= 2;
        h->keys = flint_realloc(h->keys, h->alloc * (n > 0 ? n : 1) * sizeof(int32_t));
    }
    memcpy(h->keys + h->len * n, v, n * sizeof(int32_t));
    h->table[pos] = h->len;
    if (is_new) *is_new = 1;
    return h->len++;
}

/* ---- parabolic order cache ---- */

void _wk_ordcache_init(_wk_ordcache_t c)
{
    c->cap = 64;
    c->len = 0;
    c->keys = flint_calloc(c->cap, sizeof(ulong));
    c->vals = _fmpz_vec_init(c->cap);
}

void _wk_ordcache_clear(_wk_ordcache_t c)
{
    flint_free(c->keys);
    _fmpz_vec_clear(c->vals, c->cap);
}

static inline ulong hash_mask(ulong x)
{
    x ^= x >> 31;
    x *= UWORD(0x7FB5D329728EA185);
    x ^= x >> 27;
    return x;
}

static void ord_insert(_wk_ordcache_t c, ulong key, const fmpz_t val)
{
    ulong mask, pos;
    if (2 * (c->len + 1) > c->cap) {
        slong oldcap = c->cap, i;
        ulong *ok = c->keys;
        fmpz *ov = c->vals;
        c->cap *= 2;
        c->keys = flint_calloc(c->cap, sizeof(ulong));
        c->vals = _fmpz_vec_init(c->cap);
        mask = c->cap - 1;
        for (i = 0; i < oldcap; i++)
            if (ok[i]) {
                pos = hash_mask(ok[i]) & mask;
                while (c->keys[pos]) pos = (pos + 1) & mask;
                c->keys[pos] = ok[i];
                fmpz_swap(c->vals + pos, ov + i);
            }
        flint_free(ok);
        _fmpz_vec_clear(ov, oldcap);
    }
    mask = c->cap - 1;
    pos = hash_mask(key) & mask;
    while (c->keys[pos]) pos = (pos + 1) & mask;
    c->keys[pos] = key;
    fmpz_set(c->vals + pos, val);
    c->len++;
}

int _wk_ordcache_get(fmpz_t ord, _wk_ordcache_t c, const wk_weyl_t R, ulong C)
{
    ulong mask = c->cap - 1, pos = hash_mask(C) & mask;
    slong nodes[64], m = 0;
    char letter;
    ulong x;
    while (c->keys[pos]) {
        if (c->keys[pos] == C) {
            fmpz_set(ord, c->vals + pos);
            return !fmpz_is_zero(ord);
        }
        pos = (pos + 1) & mask;
    }
    for (x = C; x; x &= x - 1) nodes[m++] = _wk_lowbit(x);
    _wk_weyl_classify(&letter, nodes, ord, R->a, R->n, m);
    ord_insert(c, C, ord);
    return !fmpz_is_zero(ord);
}

/* ---- a merge sort with context ---- */

static void msort(char *a, char *tmp, slong n, size_t size, _wk_cmp_fn cmp, void *ctx)
{
    slong h, i, j, k;
    if (n < 2) return;
    h = n / 2;
    msort(a, tmp, h, size, cmp, ctx);
    msort(a + h * size, tmp, n - h, size, cmp, ctx);
    if (cmp(a + (h - 1) * size, a + h * size, ctx) <= 0) return;
    memcpy(tmp, a, n * size);
    for (i = 0, j = h, k = 0; i < h && j < n; k++) {
        if (cmp(tmp + j * size, tmp + i * size, ctx) < 0) { memcpy(a + k * size, tmp + j * size, size); j++; }
        else { memcpy(a + k * size, tmp + i * size, size); i++; }
    }
    for (; i < h; i++, k++) memcpy(a + k * size, tmp + i * size, size);
    for (; j < n; j++, k++) memcpy(a + k * size, tmp + j * size, size);
}

void _wk_sort(void *base, slong nmemb, size_t size, _wk_cmp_fn cmp, void *ctx)
{
    char *tmp;
    if (nmemb < 2) return;
    tmp = flint_malloc(nmemb * size);
    msort(base, tmp, nmemb, size, cmp, ctx);
    flint_free(tmp);
}

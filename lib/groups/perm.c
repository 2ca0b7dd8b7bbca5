/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/groups/perm.c: permutations of 1..n acting on the right (GAP's
   convention i^(g*h) = (i^g)^h), stored 0-based. */
#include <stdlib.h>
#include "impl.h"

void wk_perm_init(wk_perm_t p, slong n)
{
    p->n = n;
    p->v = n ? flint_malloc(n * sizeof(pt)) : NULL;
    _perm_one(p->v, n);
}

void wk_perm_clear(wk_perm_t p)
{
    flint_free(p->v);
    p->v = NULL;
    p->n = 0;
}

static void perm_fit(wk_perm_t p, slong n)
{
    if (p->n != n) {
        p->v = flint_realloc(p->v, (n ? n : 1) * sizeof(pt));
        p->n = n;
    }
}

void wk_perm_one(wk_perm_t p, slong n)
{
    perm_fit(p, n);
    _perm_one(p->v, n);
}

void wk_perm_set(wk_perm_t r, const wk_perm_t p)
{
    if (r == p) return;
    perm_fit(r, p->n);
    memcpy(r->v, p->v, p->n * sizeof(pt));
}

wk_status wk_perm_set_images(wk_perm_t p, const slong * img, slong n)
{
    slong i;
    char * seen;
    if (n < 0 || n > WK_GROUPS_MAX_DEGREE)
        return wk_error(WK_E_TOO_LARGE, "degree %ld exceeds the limit %d", (long) n,
                        WK_GROUPS_MAX_DEGREE);
    for (i = 0; i < n; i++)
        if (img[i] < 1 || img[i] > n)
            return wk_error(WK_E_DOMAIN, "not a permutation (image %ld is outside 1..%ld)",
                            (long) img[i], (long) n);
    seen = calloc(n + 1, 1);
    if (seen == NULL) return wk_error(WK_E_NOMEM, "out of memory");
    for (i = 0; i < n; i++) {
        if (seen[img[i]]) {
            long bad = img[i];
            free(seen);
            return wk_error(WK_E_DOMAIN, "not a permutation (image %ld repeats)", bad);
        }
        seen[img[i]] = 1;
    }
    free(seen);
    perm_fit(p, n);
    for (i = 0; i < n; i++) p->v[i] = (pt) (img[i] - 1);
    return WK_OK;
}

/* extend a to degree n into buf (n >= a->n) */
static void pad(pt * buf, const wk_perm_t a, slong n)
{
    slong i;
    memcpy(buf, a->v, a->n * sizeof(pt));
    for (i = a->n; i < n; i++) buf[i] = (pt) i;
}

void wk_perm_mul(wk_perm_t r, const wk_perm_t a, const wk_perm_t b)
{
    slong n = FLINT_MAX(a->n, b->n), i;
    pt * t = flint_malloc((n ? n : 1) * sizeof(pt));
    for (i = 0; i < n; i++) {
        pt x = i < a->n ? a->v[i] : (pt) i;
        t[i] = x < (pt) b->n ? b->v[x] : x;
    }
    flint_free(r->v);
    r->v = t;
    r->n = n;
}

void wk_perm_inv(wk_perm_t r, const wk_perm_t a)
{
    slong n = a->n;
    pt * t = flint_malloc((n ? n : 1) * sizeof(pt));
    _perm_inv(t, a->v, n);
    flint_free(r->v);
    r->v = t;
    r->n = n;
}

void _perm_pow(pt * r, const pt * a, slong e, slong n)
{
    /* cycle by cycle: r(x) = x advanced e steps along its cycle */
    slong i, len, j;
    char * done = calloc(n ? n : 1, 1);
    slong * cyc = flint_malloc((n ? n : 1) * sizeof(slong));
    for (i = 0; i < n; i++) {
        if (done[i]) continue;
        len = 0;
        j = i;
        do { cyc[len++] = j; done[j] = 1; j = a[j]; } while (j != i);
        {
            slong s = e % len;
            if (s < 0) s += len;
            for (j = 0; j < len; j++) r[cyc[j]] = (pt) cyc[(j + s) % len];
        }
    }
    flint_free(cyc);
    free(done);
}

void wk_perm_pow(wk_perm_t r, const wk_perm_t a, slong e)
{
    slong n = a->n;
    pt * t = flint_malloc((n ? n : 1) * sizeof(pt));
    _perm_pow(t, a->v, e, n);
    flint_free(r->v);
    r->v = t;
    r->n = n;
}

void wk_perm_conj(wk_perm_t r, const wk_perm_t a, const wk_perm_t g)
{
    slong n = FLINT_MAX(a->n, g->n);
    pt * x = flint_malloc(3 * (n ? n : 1) * sizeof(pt)), * gg = x + n, * gi = gg + n;
    pt * t = flint_malloc((n ? n : 1) * sizeof(pt));
    pad(x, a, n);
    pad(gg, g, n);
    _perm_inv(gi, gg, n);
    _perm_conj(t, x, gg, gi, n);
    flint_free(x);
    flint_free(r->v);
    r->v = t;
    r->n = n;
}

void wk_perm_comm(wk_perm_t r, const wk_perm_t a, const wk_perm_t b)
{
    wk_perm_t ai, bi, t;
    wk_perm_init(ai, 0); wk_perm_init(bi, 0); wk_perm_init(t, 0);
    wk_perm_inv(ai, a);
    wk_perm_inv(bi, b);
    wk_perm_mul(t, ai, bi);
    wk_perm_mul(t, t, a);
    wk_perm_mul(r, t, b);
    wk_perm_clear(ai); wk_perm_clear(bi); wk_perm_clear(t);
}

int wk_perm_equal(const wk_perm_t a, const wk_perm_t b)
{
    slong i, n = FLINT_MAX(a->n, b->n);
    for (i = 0; i < n; i++) {
        pt x = i < a->n ? a->v[i] : (pt) i;
        pt y = i < b->n ? b->v[i] : (pt) i;
        if (x != y) return 0;
    }
    return 1;
}

int wk_perm_is_one(const wk_perm_t a)
{
    return _perm_is_one(a->v, a->n);
}

slong wk_perm_image(const wk_perm_t p, slong i)
{
    if (i < 1 || i > p->n) return i;
    return (slong) p->v[i - 1] + 1;
}

slong wk_perm_largest_moved_point(const wk_perm_t p)
{
    slong i;
    for (i = p->n - 1; i >= 0; i--)
        if (p->v[i] != (pt) i) return i + 1;
    return 0;
}

void wk_perm_order(fmpz_t o, const wk_perm_t p)
{
    slong i, j, len, n = p->n;
    char * done = calloc(n ? n : 1, 1);
    fmpz_one(o);
    for (i = 0; i < n; i++) {
        if (done[i]) continue;
        len = 0;
        j = i;
        do { done[j] = 1; j = p->v[j]; len++; } while (j != i);
        if (len > 1) {
            fmpz_t l;
            fmpz_init_set_ui(l, len);
            fmpz_lcm(o, o, l);
            fmpz_clear(l);
        }
    }
    free(done);
}

ulong _perm_order_ui(const pt * a, slong n)
{
    slong i, j, len;
    ulong o = 1;
    char * done = calloc(n ? n : 1, 1);
    for (i = 0; i < n && o; i++) {
        if (done[i]) continue;
        len = 0;
        j = i;
        do { done[j] = 1; j = a[j]; len++; } while (j != i);
        if (len > 1) {
            ulong g = n_gcd(o, len), hi, lo;
            umul_ppmm(hi, lo, o / g, (ulong) len);
            o = hi ? 0 : lo;
        }
    }
    free(done);
    return o;
}

ulong _perm_hash(const pt * a, slong n)
{
    ulong h = 1469598103934665603UL;
    slong i;
    for (i = 0; i < n; i++) {
        h ^= a[i];
        h *= 1099511628211UL;
    }
    return h ^ (h >> 29);
}

int wk_perm_sign(const wk_perm_t p)
{
    slong i, j, n = p->n, c = 0;
    char * done = calloc(n ? n : 1, 1);
    for (i = 0; i < n; i++) {
        if (done[i]) continue;
        j = i;
        do { done[j] = 1; j = p->v[j]; } while (j != i);
        c++;
    }
    free(done);
    return ((n - c) % 2) ? -1 : 1;
}

static int cmp_desc(const void * a, const void * b)
{
    slong x = *(const slong *) a, y = *(const slong *) b;
    return (x < y) - (x > y);
}

slong wk_perm_cycle_type(slong * lens, const wk_perm_t p)
{
    slong i, j, n = p->n, c = 0, len;
    char * done = calloc(n ? n : 1, 1);
    for (i = 0; i < n; i++) {
        if (done[i]) continue;
        len = 0;
        j = i;
        do { done[j] = 1; j = p->v[j]; len++; } while (j != i);
        lens[c++] = len;
    }
    free(done);
    qsort(lens, c, sizeof(slong), cmp_desc);
    return c;
}

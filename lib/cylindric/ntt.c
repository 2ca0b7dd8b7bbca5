/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/ntt.c: radix-2 NTTs modulo p = c 2^30 + 1 < 2^62 with lazy
   reduction (Harvey 2014), a cache-friendly recursive layout, truncated
   products and Newton inversion of power series. */
#include <string.h>
#include <flint/ulong_extras.h>
#include "ntt.h"

typedef unsigned __int128 wk_u128;

void _wk_ntt_primes(ulong *primes, slong n)
{
    ulong c = (UWORD(1) << 32) - 1;
    slong i = 0;
    while (i < n) {
        ulong p = (c << 30) + 1;
        if (n_is_prime(p))
            primes[i++] = p;
        c -= 2;
    }
}

int _wk_ntt_lg(slong n)
{
    int lg = 0;
    while ((WORD(1) << lg) < n)
        lg++;
    return lg;
}

/* A generator of (Z/p)^*: FLINT 2.9's n_primitive_root_prime returns 2 for
   p = c 2^30 + 1 near 2^62 although 2 is a square there (p = 1 mod 8), so we
   test the candidates ourselves against the prime factors of p - 1. */
static ulong primitive_root(ulong p, ulong pinv)
{
    n_factor_t fac;
    ulong g;
    int i, ok;

    n_factor_init(&fac);
    n_factor(&fac, p - 1, 1);
    for (g = 2;; g++) {
        ok = 1;
        for (i = 0; i < fac.num && ok; i++)
            if (n_powmod2_ui_preinv(g, (p - 1) / fac.p[i], p, pinv) == 1)
                ok = 0;
        if (ok)
            return g;
    }
}

void _wk_ntt_init(wk_ntt_struct *F, ulong p, int lgmax)
{
    slong n, len, j;
    ulong w, x;

    if (lgmax < 1)
        lgmax = 1;
    n = WORD(1) << lgmax;
    F->p = p;
    F->pinv = n_preinvert_limb(p);
    F->lgmax = lgmax;
    F->tw = flint_malloc(n * sizeof(ulong));
    F->twp = flint_malloc(n * sizeof(ulong));
    w = n_powmod2_ui_preinv(primitive_root(p, F->pinv), (p - 1) >> lgmax, p, F->pinv);
    /* top level: W_n^j, j < n/2; the lower levels are every other entry */
    for (j = 0, x = 1; j < n / 2; j++) {
        F->tw[n / 2 + j] = x;
        F->twp[n / 2 + j] = n_mulmod_precomp_shoup(x, p);
        x = n_mulmod2_preinv(x, w, p, F->pinv);
    }
    for (len = n / 4; len >= 1; len /= 2)
        for (j = 0; j < len; j++) {
            F->tw[len + j] = F->tw[2 * len + 2 * j];
            F->twp[len + j] = F->twp[2 * len + 2 * j];
        }
    F->tw[0] = F->twp[0] = 0;
}

void _wk_ntt_clear(wk_ntt_struct *F)
{
    flint_free(F->tw);
    flint_free(F->twp);
}

/* w x mod p in [0, 2p) for any 64-bit x (Shoup) */
static inline ulong shoup(ulong w, ulong wp, ulong x, ulong p)
{
    ulong q = (ulong) (((wk_u128) wp * x) >> 64);
    return w * x - q * p;
}

#define WK_NTT_BLOCK 1024

static inline void dif_level(ulong *x, ulong *y, slong len, const wk_ntt_struct *F)
{
    const ulong p = F->p, p2 = 2 * F->p;
    const ulong *w = F->tw + len, *wp = F->twp + len;
    slong j;
    for (j = 0; j < len; j++) {
        ulong u = x[j], v = y[j], s = u + v;
        s -= (s >= p2) ? p2 : 0;
        x[j] = s;
        y[j] = shoup(w[j], wp[j], u - v + p2, p);
    }
}

static void dif(ulong *a, slong n, const wk_ntt_struct *F)
{
    slong len, s;
    if (n > WK_NTT_BLOCK) {
        /* one level over the whole array, then each half in cache */
        dif_level(a, a + n / 2, n / 2, F);
        dif(a, n / 2, F);
        dif(a + n / 2, n / 2, F);
        return;
    }
    for (len = n / 2; len >= 1; len /= 2)
        for (s = 0; s < n; s += 2 * len)
            dif_level(a + s, a + s + len, len, F);
}

/* inverse twiddle W_{2len}^{-j} = -W_{2len}^{len-j}: p - tw and ~twp */
static inline void dit_level(ulong *x, ulong *y, slong len, const wk_ntt_struct *F)
{
    const ulong p = F->p, p2 = 2 * F->p;
    const ulong *w = F->tw + len, *wp = F->twp + len;
    slong j;
    {
        ulong u = x[0], t = y[0], s, d;
        s = u + t;
        s -= (s >= p2) ? p2 : 0;
        d = u - t + p2;
        d -= (d >= p2) ? p2 : 0;
        x[0] = s;
        y[0] = d;
    }
    for (j = 1; j < len; j++) {
        ulong u = x[j], t = shoup(p - w[len - j], ~wp[len - j], y[j], p), s, d;
        s = u + t;
        s -= (s >= p2) ? p2 : 0;
        d = u - t + p2;
        d -= (d >= p2) ? p2 : 0;
        x[j] = s;
        y[j] = d;
    }
}

static void dit(ulong *a, slong n, const wk_ntt_struct *F)
{
    slong len, s;
    if (n > WK_NTT_BLOCK) {
        dit(a, n / 2, F);
        dit(a + n / 2, n / 2, F);
        dit_level(a, a + n / 2, n / 2, F);
        return;
    }
    for (len = 1; len < n; len *= 2)
        for (s = 0; s < n; s += 2 * len)
            dit_level(a + s, a + s + len, len, F);
}

void _wk_ntt_fwd(ulong *a, int lg, const wk_ntt_struct *F)
{
    if (lg > 0)
        dif(a, WORD(1) << lg, F);
}

void _wk_ntt_inv(ulong *a, int lg, const wk_ntt_struct *F)
{
    if (lg > 0)
        dit(a, WORD(1) << lg, F);
}

static inline ulong reduce2(ulong x, ulong p)
{
    return x >= p ? x - p : x;
}

/* a[i] = a[i] b[i] mod p, entries of a, b in [0, 2p) */
static void pointwise(ulong *a, const ulong *b, slong n, const wk_ntt_struct *F)
{
    slong i;
    for (i = 0; i < n; i++)
        a[i] = n_mulmod2_preinv(reduce2(a[i], F->p), reduce2(b[i], F->p), F->p, F->pinv);
}

/* a[i] = a[i] c mod p */
static void scale(ulong *a, ulong c, slong n, const wk_ntt_struct *F)
{
    slong i;
    ulong cp = n_mulmod_precomp_shoup(c, F->p);
    for (i = 0; i < n; i++)
        a[i] = reduce2(shoup(c, cp, a[i], F->p), F->p);
}

/* 2^{-lg} mod p */
static ulong inv_len(int lg, const wk_ntt_struct *F)
{
    return n_invmod(n_powmod2_ui_preinv(2, lg, F->p, F->pinv), F->p);
}

/* c[0..L) = a b mod (x^L - 1), L = 2^lg >= alen, blen; c may alias a or b */
static void mul_cyclic(ulong *c, const ulong *a, slong alen, const ulong *b, slong blen,
                       int lg, const wk_ntt_struct *F)
{
    slong L = WORD(1) << lg, i;
    ulong *ta = flint_malloc(L * sizeof(ulong)), *tb = flint_malloc(L * sizeof(ulong));

    memcpy(ta, a, alen * sizeof(ulong));
    memset(ta + alen, 0, (L - alen) * sizeof(ulong));
    memcpy(tb, b, blen * sizeof(ulong));
    memset(tb + blen, 0, (L - blen) * sizeof(ulong));
    _wk_ntt_fwd(ta, lg, F);
    _wk_ntt_fwd(tb, lg, F);
    scale(tb, inv_len(lg, F), L, F);
    pointwise(ta, tb, L, F);
    _wk_ntt_inv(ta, lg, F);
    for (i = 0; i < L; i++)
        c[i] = reduce2(ta[i], F->p);
    flint_free(ta);
    flint_free(tb);
}

void _wk_ntt_mullow(ulong *c, const ulong *a, slong alen, const ulong *b, slong blen,
                    slong n, const wk_ntt_struct *F)
{
    slong L, i, len;
    int lg;
    ulong *t;

    alen = FLINT_MIN(alen, n);
    blen = FLINT_MIN(blen, n);
    if (alen <= 0 || blen <= 0) {
        for (i = 0; i < n; i++)
            c[i] = 0;
        return;
    }
    len = alen + blen - 1;
    lg = _wk_ntt_lg(len);
    L = WORD(1) << lg;
    t = flint_malloc(L * sizeof(ulong));
    mul_cyclic(t, a, alen, b, blen, lg, F);
    for (i = 0; i < n; i++)
        c[i] = i < len ? t[i] : 0;
    flint_free(t);
}

/* Newton: from g = 1/f mod x^m to mod x^{m'}, m' = min(2m, n).  With
   h = f g mod x^{m'} (h = 1 + O(x^m)) the new terms are -(g h_{[m,m')}).
   Both products are cyclic of length L >= m': the wrapped part of f g only
   lands below m, and g e has degree < m' - 1. */
void _wk_ntt_inv_series(ulong *g, const ulong *f, slong flen, slong n, const wk_ntt_struct *F)
{
    slong m, mm, L, i, cl;
    int lg;
    ulong *t1, *t2;
    const ulong p = F->p;

    if (n <= 0)
        return;
    g[0] = n_invmod(f[0], p);
    if (n == 1)
        return;
    lg = _wk_ntt_lg(n);
    t1 = flint_malloc((WORD(1) << lg) * sizeof(ulong));
    t2 = flint_malloc((WORD(1) << lg) * sizeof(ulong));
    for (m = 1; m < n; m = mm) {
        mm = FLINT_MIN(2 * m, n);
        lg = _wk_ntt_lg(mm);
        L = WORD(1) << lg;
        cl = FLINT_MIN(flen, mm);
        memcpy(t1, f, cl * sizeof(ulong));
        memset(t1 + cl, 0, (L - cl) * sizeof(ulong));
        memcpy(t2, g, m * sizeof(ulong));
        memset(t2 + m, 0, (L - m) * sizeof(ulong));
        _wk_ntt_fwd(t1, lg, F);
        _wk_ntt_fwd(t2, lg, F);
        scale(t2, inv_len(lg, F), L, F);
        pointwise(t1, t2, L, F);
        _wk_ntt_inv(t1, lg, F);
        /* e = h[m .. mm) */
        for (i = 0; i < mm - m; i++)
            t1[i] = reduce2(t1[m + i], p);
        memset(t1 + (mm - m), 0, (L - (mm - m)) * sizeof(ulong));
        _wk_ntt_fwd(t1, lg, F);
        pointwise(t1, t2, L, F);
        _wk_ntt_inv(t1, lg, F);
        for (i = 0; i < mm - m; i++) {
            ulong v = reduce2(t1[i], p);
            g[m + i] = v == 0 ? 0 : p - v;
        }
    }
    flint_free(t1);
    flint_free(t2);
}

/* 1/1, ..., 1/(n-1) mod p into inv[1..n-1] (p > n) by one inversion and
   prefix products. */
static void inverses(ulong *inv, slong n, const wk_ntt_struct *F)
{
    slong i;
    ulong acc = 1, *pre;
    if (n <= 1)
        return;
    pre = flint_malloc(n * sizeof(ulong));
    for (i = 1; i < n; i++) {
        pre[i] = acc;                        /* (i-1)! */
        acc = n_mulmod2_preinv(acc, i, F->p, F->pinv);
    }
    acc = n_invmod(acc, F->p);               /* 1/(n-1)! */
    for (i = n - 1; i >= 1; i--) {
        inv[i] = n_mulmod2_preinv(acc, pre[i], F->p, F->pinv);
        acc = n_mulmod2_preinv(acc, i, F->p, F->pinv);
    }
    flint_free(pre);
}

/* Newton iteration for g = exp(h), h(0) = 0, given h' = hd, carrying
   ginv = 1/g along (Brent).  Step
   m -> mm = min(2m, n), with g = exp(h) mod x^m and ginv = 1/g mod x^m:
   (log g)' = g'/g agrees with h' below x^{m-1}; its next terms are
   ginv (g' - g h'_lo), then g += g (h - log g). */
void _wk_ntt_exp_series(ulong *g, const ulong *hd_in, slong hdlen, slong n, const wk_ntt_struct *F)
{
    const ulong p = F->p;
    slong m, mm, i, len;
    ulong *ginv, *hd, *t, *u, *inv;

    if (n <= 0)
        return;
    g[0] = 1;
    if (n == 1)
        return;
    ginv = flint_malloc(n * sizeof(ulong));
    hd = flint_malloc(n * sizeof(ulong));
    t = flint_malloc(2 * n * sizeof(ulong));
    u = flint_malloc(2 * n * sizeof(ulong));
    inv = flint_malloc(n * sizeof(ulong));
    inverses(inv, n, F);
    for (i = 0; i < n - 1; i++)              /* hd = h' */
        hd[i] = i < hdlen ? hd_in[i] : 0;
    ginv[0] = 1;
    for (m = 1; m < n; m = mm) {
        mm = FLINT_MIN(2 * m, n);
        /* t = g h'_lo mod x^{mm-1}; u = r = g' - t, of which [m-1, mm-1) counts */
        if (m > 1)
            _wk_ntt_mullow(t, g, m, hd, m - 1, mm - 1, F);
        else
            for (i = 0; i < mm - 1; i++)
                t[i] = 0;
        for (i = 0; i < mm - m; i++) {
            slong k = m - 1 + i;
            ulong gd = k + 1 < m ? n_mulmod2_preinv(g[k + 1], k + 1, p, F->pinv) : 0;
            u[i] = n_submod(gd, t[k], p);
        }
        /* q_hi = ginv r_hi mod x^{mm-m} */
        len = mm - m;
        _wk_ntt_mullow(t, ginv, FLINT_MIN(m, len), u, len, len, F);
        /* d = (h - int q)[m .. mm): q_{k} for k >= m-1 is t[k - m + 1] */
        for (i = 0; i < len; i++) {
            slong k = m + i;   /* coefficient of log g at x^k is q_{k-1}/k */
            ulong lg = n_mulmod2_preinv(t[i], inv[k], p, F->pinv);
            ulong hk = n_mulmod2_preinv(hd[k - 1], inv[k], p, F->pinv);
            u[i] = n_submod(hk, lg, p);
        }
        _wk_ntt_mullow(t, g, FLINT_MIN(m, len), u, len, len, F);
        for (i = 0; i < len; i++)
            g[m + i] = t[i];
        if (mm < n) {
            /* ginv to precision mm: e = (g ginv)[m, mm), cyclic of length >= mm */
            int lg = _wk_ntt_lg(mm);
            ulong *c = flint_malloc((WORD(1) << lg) * sizeof(ulong));
            mul_cyclic(c, g, mm, ginv, m, lg, F);
            for (i = 0; i < len; i++)
                u[i] = c[m + i];
            flint_free(c);
            _wk_ntt_mullow(t, ginv, FLINT_MIN(m, len), u, len, len, F);
            for (i = 0; i < len; i++)
                ginv[m + i] = t[i] == 0 ? 0 : p - t[i];
        }
    }
    flint_free(ginv);
    flint_free(hd);
    flint_free(t);
    flint_free(u);
    flint_free(inv);
}

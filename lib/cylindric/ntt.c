/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/ntt.c: NTTs modulo p = c 2^30 + 1 < 2^62 with lazy reduction
   (D. Harvey, J. Symb. Comp. 60 (2014)), two radix-2 levels fused per pass
   and a recursive, cache-friendly order; Montgomery pointwise products;
   truncated products, Newton inversion, division (Karp-Markstein) and
   exponential (Brent) of power series. */
#include <string.h>
#include <flint/ulong_extras.h>
#include "ntt.h"

typedef unsigned __int128 wk_u128;

void _wk_cyl_ntt_primes(ulong *primes, slong n)
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

int _wk_cyl_ntt_lg(slong n)
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

void _wk_cyl_ntt_init(wk_cyl_ntt_struct *F, ulong p, int lgmax)
{
    slong n, len, j;
    ulong w, x, pm;

    if (lgmax < 2)
        lgmax = 2;
    n = WORD(1) << lgmax;
    F->p = p;
    F->pinv = n_preinvert_limb(p);
    /* pm = -1/p mod 2^64 by Newton's iteration on the 2-adic inverse */
    for (pm = p, j = 0; j < 6; j++)
        pm *= 2 - p * pm;
    F->pm = -pm;
    F->rmod = n_mulmod2_preinv(UWORD(1) << 32, UWORD(1) << 32, p, F->pinv);
    F->lgmax = lgmax;
    /* interleaved (w, Shoup(w)) pairs: fwd[2 (len + j)], fwd[2 (len + j) + 1] */
    F->fwd = flint_malloc(4 * n * sizeof(ulong));
    F->inv = F->fwd + 2 * n;
    w = n_powmod2_ui_preinv(primitive_root(p, F->pinv), (p - 1) >> lgmax, p, F->pinv);
    /* top level: W_n^j, j < n/2; the lower levels are every other entry */
    for (j = 0, x = 1; j < n / 2; j++) {
        F->fwd[2 * (n / 2 + j)] = x;
        F->fwd[2 * (n / 2 + j) + 1] = n_mulmod_precomp_shoup(x, p);
        x = n_mulmod2_preinv(x, w, p, F->pinv);
    }
    for (len = n / 4; len >= 1; len /= 2)
        for (j = 0; j < len; j++) {
            F->fwd[2 * (len + j)] = F->fwd[2 * (2 * len + 2 * j)];
            F->fwd[2 * (len + j) + 1] = F->fwd[2 * (2 * len + 2 * j) + 1];
        }
    /* W_{2len}^{-j} = -W_{2len}^{len-j}; Shoup of p - x is ~(Shoup of x) */
    for (len = 1; len < n; len *= 2) {
        F->inv[2 * len] = 1;
        F->inv[2 * len + 1] = F->fwd[2 * len + 1];
        for (j = 1; j < len; j++) {
            F->inv[2 * (len + j)] = p - F->fwd[2 * (2 * len - j)];
            F->inv[2 * (len + j) + 1] = ~F->fwd[2 * (2 * len - j) + 1];
        }
    }
    F->fwd[0] = F->fwd[1] = F->inv[0] = F->inv[1] = 0;
}

void _wk_cyl_ntt_clear(wk_cyl_ntt_struct *F)
{
    flint_free(F->fwd);
}

/* w x mod p in [0, 2p) for any 64-bit x (Shoup) */
static inline ulong shoup(ulong w, ulong wp, ulong x, ulong p)
{
    ulong q = (ulong) (((wk_u128) wp * x) >> 64);
    return w * x - q * p;
}

static inline ulong red2(ulong x, ulong p2)
{
    return x >= p2 ? x - p2 : x;
}

/* DIF butterfly: x, y in [0, 2p) -> x + y, (x - y) w, both in [0, 2p) */
#define DIF_BF(x, y, w, wp)                       \
    do {                                          \
        ulong u_ = (x), v_ = (y);                 \
        (x) = red2(u_ + v_, p2);                  \
        (y) = shoup((w), (wp), u_ - v_ + p2, p);  \
    } while (0)

/* DIT butterfly: x, y in [0, 2p) -> x + y w, x - y w, both in [0, 2p) */
#define DIT_BF(x, y, w, wp)                       \
    do {                                          \
        ulong u_ = (x), t_ = shoup((w), (wp), (y), p); \
        (x) = red2(u_ + t_, p2);                  \
        (y) = red2(u_ - t_ + p2, p2);             \
    } while (0)

/* levels len and len/2 of the DIF on the block a[0 .. 2 len) */
static void dif_radix4(ulong *a, slong len, const wk_cyl_ntt_struct *F)
{
    const ulong p = F->p, p2 = 2 * F->p;
    const slong h = len / 2;
    const ulong *w1 = F->fwd + 2 * len, *w1b = F->fwd + 2 * (len + h), *w2 = F->fwd + 2 * h;
    ulong *x0 = a, *x2 = a + len;
    slong j;
    for (j = 0; j < h; j++) {
        ulong u0 = x0[j], u1 = x0[j + h], u2 = x2[j], u3 = x2[j + h];
        DIF_BF(u0, u2, w1[2 * j], w1[2 * j + 1]);
        DIF_BF(u1, u3, w1b[2 * j], w1b[2 * j + 1]);
        DIF_BF(u0, u1, w2[2 * j], w2[2 * j + 1]);
        DIF_BF(u2, u3, w2[2 * j], w2[2 * j + 1]);
        x0[j] = u0; x0[j + h] = u1; x2[j] = u2; x2[j + h] = u3;
    }
}

static void dif_radix2(ulong *a, slong len, const wk_cyl_ntt_struct *F)
{
    const ulong p = F->p, p2 = 2 * F->p;
    const ulong *w = F->fwd + 2 * len;
    slong j;
    for (j = 0; j < len; j++)
        DIF_BF(a[j], a[j + len], w[2 * j], w[2 * j + 1]);
}

static void dit_radix4(ulong *a, slong len, const wk_cyl_ntt_struct *F)
{
    const ulong p = F->p, p2 = 2 * F->p;
    const slong h = len / 2;
    const ulong *w1 = F->inv + 2 * len, *w1b = F->inv + 2 * (len + h), *w2 = F->inv + 2 * h;
    ulong *x0 = a, *x2 = a + len;
    slong j;
    for (j = 0; j < h; j++) {
        ulong u0 = x0[j], u1 = x0[j + h], u2 = x2[j], u3 = x2[j + h];
        DIT_BF(u0, u1, w2[2 * j], w2[2 * j + 1]);
        DIT_BF(u2, u3, w2[2 * j], w2[2 * j + 1]);
        DIT_BF(u0, u2, w1[2 * j], w1[2 * j + 1]);
        DIT_BF(u1, u3, w1b[2 * j], w1b[2 * j + 1]);
        x0[j] = u0; x0[j + h] = u1; x2[j] = u2; x2[j + h] = u3;
    }
}

static void dit_radix2(ulong *a, slong len, const wk_cyl_ntt_struct *F)
{
    const ulong p = F->p, p2 = 2 * F->p;
    const ulong *w = F->inv + 2 * len;
    slong j;
    for (j = 0; j < len; j++)
        DIT_BF(a[j], a[j + len], w[2 * j], w[2 * j + 1]);
}

#define WK_CYL_NTT_BLOCK 2048

/* DIF of length n: levels n/2, n/4, ... 1; natural in, bit-reversed out */
static void dif(ulong *a, slong n, const wk_cyl_ntt_struct *F)
{
    slong len, s;
    if (n > WK_CYL_NTT_BLOCK) {
        /* two levels over the whole array, then each quarter in cache */
        dif_radix4(a, n / 2, F);
        dif(a, n / 4, F);
        dif(a + n / 4, n / 4, F);
        dif(a + n / 2, n / 4, F);
        dif(a + 3 * n / 4, n / 4, F);
        return;
    }
    for (len = n / 2; len >= 2; len /= 4)
        for (s = 0; s < n; s += 2 * len)
            dif_radix4(a + s, len, F);
    if (len == 1)
        for (s = 0; s < n; s += 2)
            dif_radix2(a + s, 1, F);
}

/* inverse DIT of length n: levels 1, 2, ... n/2 (the reverse of dif) */
static void dit(ulong *a, slong n, const wk_cyl_ntt_struct *F)
{
    slong len, s, first;
    if (n > WK_CYL_NTT_BLOCK) {
        dit(a, n / 4, F);
        dit(a + n / 4, n / 4, F);
        dit(a + n / 2, n / 4, F);
        dit(a + 3 * n / 4, n / 4, F);
        dit_radix4(a, n / 2, F);
        return;
    }
    /* dif did the pairs (n/2, n/4), (n/8, n/16), ... and a lone level 1 when
       log2 n is odd; undo in reverse */
    for (len = n / 2; len >= 2; len /= 4)
        ;
    first = len;                  /* 1 if a lone radix-2 level was used, else 0 */
    if (first == 1) {
        for (s = 0; s < n; s += 2)
            dit_radix2(a + s, 1, F);
        len = 4;
    } else
        len = 2;
    for (; len <= n / 2; len *= 4)
        for (s = 0; s < n; s += 2 * len)
            dit_radix4(a + s, len, F);
}

void _wk_cyl_ntt_fwd(ulong *a, int lg, const wk_cyl_ntt_struct *F)
{
    if (lg > 0)
        dif(a, WORD(1) << lg, F);
}

void _wk_cyl_ntt_inv(ulong *a, int lg, const wk_cyl_ntt_struct *F)
{
    if (lg > 0)
        dit(a, WORD(1) << lg, F);
}

/* Montgomery: a b / 2^64 mod p in [0, 2p) for a, b < 2p (ab < 4p^2 < p 2^64) */
static inline ulong mont(ulong a, ulong b, ulong p, ulong pm)
{
    wk_u128 t = (wk_u128) a * b;
    ulong lo = (ulong) t, m = lo * pm;
    ulong hi = (ulong) (t >> 64) + (ulong) (((wk_u128) m * p) >> 64) + (lo != 0);
    return hi;
}

/* a[i] = a[i] b[i] / 2^64 mod p, in [0, 2p) */
static void pointwise(ulong *a, const ulong *b, slong n, const wk_cyl_ntt_struct *F)
{
    const ulong p = F->p, pm = F->pm;
    slong i;
    for (i = 0; i < n; i++)
        a[i] = mont(a[i], b[i], p, pm);
}

/* a[i] = a[i] c mod p, in [0, 2p) */
static void scale(ulong *a, ulong c, slong n, const wk_cyl_ntt_struct *F)
{
    slong i;
    ulong cp = n_mulmod_precomp_shoup(c, F->p);
    for (i = 0; i < n; i++)
        a[i] = shoup(c, cp, a[i], F->p);
}

/* the constant 2^64 / 2^lg mod p that turns Montgomery products of two
   transforms into the unscaled cyclic product */
static ulong fold(int lg, const wk_cyl_ntt_struct *F)
{
    ulong inv2 = (F->p + 1) / 2, c = F->rmod;
    int i;
    for (i = 0; i < lg; i++)
        c = n_mulmod2_preinv(c, inv2, F->p, F->pinv);
    return c;
}

static inline ulong reduce(ulong x, ulong p)
{
    x = red2(x, 2 * p);
    return x >= p ? x - p : x;
}

/* t = transform of a[0..alen) zero-padded to 2^lg */
static void load_fwd(ulong *t, const ulong *a, slong alen, int lg, const wk_cyl_ntt_struct *F)
{
    slong L = WORD(1) << lg;
    memcpy(t, a, alen * sizeof(ulong));
    memset(t + alen, 0, (L - alen) * sizeof(ulong));
    _wk_cyl_ntt_fwd(t, lg, F);
}

/* c[0..L) = a b mod (x^L - 1), L = 2^lg >= alen, blen; c may alias a or b */
static void mul_cyclic(ulong *c, const ulong *a, slong alen, const ulong *b, slong blen,
                       int lg, const wk_cyl_ntt_struct *F)
{
    slong L = WORD(1) << lg, i;
    ulong *ta = flint_malloc(2 * L * sizeof(ulong)), *tb = ta + L;

    load_fwd(ta, a, alen, lg, F);
    load_fwd(tb, b, blen, lg, F);
    scale(tb, fold(lg, F), L, F);
    pointwise(ta, tb, L, F);
    _wk_cyl_ntt_inv(ta, lg, F);
    for (i = 0; i < L; i++)
        c[i] = reduce(ta[i], F->p);
    flint_free(ta);
}

void _wk_cyl_ntt_mullow(ulong *c, const ulong *a, slong alen, const ulong *b, slong blen,
                    slong n, const wk_cyl_ntt_struct *F)
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
    lg = _wk_cyl_ntt_lg(len);
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
void _wk_cyl_ntt_inv_series(ulong *g, const ulong *f, slong flen, slong n, const wk_cyl_ntt_struct *F)
{
    slong m, mm, L, i;
    int lg;
    ulong *t1, *t2;
    const ulong p = F->p;

    if (n <= 0)
        return;
    g[0] = n_invmod(f[0] % p, p);
    if (n == 1)
        return;
    lg = _wk_cyl_ntt_lg(n);
    t1 = flint_malloc((WORD(2) << lg) * sizeof(ulong));
    t2 = t1 + (WORD(1) << lg);
    for (m = 1; m < n; m = mm) {
        mm = FLINT_MIN(2 * m, n);
        lg = _wk_cyl_ntt_lg(mm);
        L = WORD(1) << lg;
        load_fwd(t1, f, FLINT_MIN(flen, mm), lg, F);
        load_fwd(t2, g, m, lg, F);
        scale(t2, fold(lg, F), L, F);
        pointwise(t1, t2, L, F);
        _wk_cyl_ntt_inv(t1, lg, F);
        /* e = h[m .. mm) */
        for (i = 0; i < mm - m; i++)
            t1[i] = t1[m + i];
        memset(t1 + (mm - m), 0, (L - (mm - m)) * sizeof(ulong));
        _wk_cyl_ntt_fwd(t1, lg, F);
        pointwise(t1, t2, L, F);
        _wk_cyl_ntt_inv(t1, lg, F);
        for (i = 0; i < mm - m; i++) {
            ulong v = reduce(t1[i], p);
            g[m + i] = v == 0 ? 0 : p - v;
        }
    }
    flint_free(t1);
}

/* Karp-Markstein: g = 1/den mod x^m with m = ceil(n/2), q0 = num g mod x^m,
   then q = q0 + x^m g ((num - den q0)/x^m) mod x^n.  All three products are
   cyclic of length L = 2^lg >= n (the wrapped parts land below m or past
   the needed terms). */
void _wk_cyl_ntt_div_series(ulong *q, const ulong *num, slong numlen, const ulong *den,
                        slong denlen, slong n, const wk_cyl_ntt_struct *F)
{
    slong m, L, i;
    int lg;
    ulong *g, *tg, *t, c;
    const ulong p = F->p;

    if (n <= 32) {
        /* schoolbook: the tables may only serve lengths up to n */
        ulong h[32];
        slong j;
        _wk_cyl_ntt_inv_series(h, den, denlen, n, F);
        for (i = 0; i < n; i++) {
            ulong s = 0;
            for (j = 0; j <= i && j < numlen; j++)
                s = n_addmod(s, n_mulmod2_preinv(num[j], h[i - j], p, F->pinv), p);
            q[i] = s;
        }
        return;
    }
    m = (n + 1) / 2;
    lg = _wk_cyl_ntt_lg(n);
    L = WORD(1) << lg;
    c = fold(lg, F);
    g = flint_malloc((m + 2 * L) * sizeof(ulong));
    tg = g + m;
    t = tg + L;
    _wk_cyl_ntt_inv_series(g, den, denlen, m, F);
    load_fwd(tg, g, m, lg, F);
    scale(tg, c, L, F);
    /* q0 = num g mod x^m (true degree < 2m - 1 <= L) */
    load_fwd(t, num, FLINT_MIN(numlen, m), lg, F);
    pointwise(t, tg, L, F);
    _wk_cyl_ntt_inv(t, lg, F);
    for (i = 0; i < m; i++)
        q[i] = reduce(t[i], p);
    /* r = (num - den q0)[m .. n) */
    load_fwd(t, q, m, lg, F);
    {
        ulong *td = flint_malloc(L * sizeof(ulong));
        load_fwd(td, den, FLINT_MIN(denlen, n), lg, F);
        scale(td, c, L, F);
        pointwise(t, td, L, F);
        flint_free(td);
    }
    _wk_cyl_ntt_inv(t, lg, F);
    for (i = 0; i < n - m; i++) {
        ulong a = m + i < numlen ? num[m + i] : 0;
        t[i] = n_submod(a, reduce(t[m + i], p), p);
    }
    memset(t + (n - m), 0, (L - (n - m)) * sizeof(ulong));
    _wk_cyl_ntt_fwd(t, lg, F);
    pointwise(t, tg, L, F);
    _wk_cyl_ntt_inv(t, lg, F);
    for (i = 0; i < n - m; i++)
        q[m + i] = reduce(t[i], p);
    flint_free(g);
}

/* 1/1, ..., 1/(n-1) mod p into inv[1..n-1] (p > n) by one inversion and
   prefix products. */
static void inverses(ulong *inv, slong n, const wk_cyl_ntt_struct *F)
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
   ginv = 1/g along (Brent).  Step m -> mm = min(2m, n), with g = exp(h) mod
   x^m and ginv = 1/g mod x^m: (log g)' = g'/g agrees with h' below x^{m-1};
   its next terms are ginv (g' - g h'_lo), then g += g (h - log g). */
void _wk_cyl_ntt_exp_series(ulong *g, const ulong *hd_in, slong hdlen, slong n, const wk_cyl_ntt_struct *F)
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
            _wk_cyl_ntt_mullow(t, g, m, hd, m - 1, mm - 1, F);
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
        _wk_cyl_ntt_mullow(t, ginv, FLINT_MIN(m, len), u, len, len, F);
        /* d = (h - int q)[m .. mm): q_{k} for k >= m-1 is t[k - m + 1] */
        for (i = 0; i < len; i++) {
            slong k = m + i;   /* coefficient of log g at x^k is q_{k-1}/k */
            ulong lg = n_mulmod2_preinv(t[i], inv[k], p, F->pinv);
            ulong hk = n_mulmod2_preinv(hd[k - 1], inv[k], p, F->pinv);
            u[i] = n_submod(hk, lg, p);
        }
        _wk_cyl_ntt_mullow(t, g, FLINT_MIN(m, len), u, len, len, F);
        for (i = 0; i < len; i++)
            g[m + i] = t[i];
        if (mm < n) {
            /* ginv to precision mm: e = (g ginv)[m, mm), cyclic of length >= mm */
            int lg = _wk_cyl_ntt_lg(mm);
            ulong *c = flint_malloc((WORD(1) << lg) * sizeof(ulong));
            mul_cyclic(c, g, mm, ginv, m, lg, F);
            for (i = 0; i < len; i++)
                u[i] = c[m + i];
            flint_free(c);
            _wk_cyl_ntt_mullow(t, ginv, FLINT_MIN(m, len), u, len, len, F);
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

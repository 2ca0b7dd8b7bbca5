/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/ntt.h: number-theoretic transforms modulo primes
   p = c 2^30 + 1 < 2^62 (not installed).  Lazy butterflies with Shoup's
   precomputed quotients (D. Harvey, "Faster arithmetic for number-theoretic
   transforms", J. Symb. Comp. 60 (2014)): values stay in [0, 2p). */
#ifndef WK_CYLINDRIC_NTT_H
#define WK_CYLINDRIC_NTT_H
#include <flint/flint.h>

#define WK_CYL_NTT_LGMAX 30   /* 2^30 divides p - 1 */

typedef struct wk_cyl_ntt_struct_tag {
    ulong p, pinv;   /* pinv: FLINT's n_preinvert_limb(p) */
    ulong pm;        /* -1/p mod 2^64 (Montgomery) */
    ulong rmod;      /* 2^64 mod p */
    int lgmax;       /* the tables serve transforms of length <= 2^lgmax */
    ulong *fwd;      /* fwd[2 (len + j)] = W_{2 len}^j for len = 1, 2, 4, ...,
                        fwd[2 (len + j) + 1] its Shoup quotient floor(W 2^64 / p) */
    ulong *inv;      /* the same for W_{2 len}^{-j} */
} wk_cyl_ntt_struct;

/* Writes the i-th (0-based) NTT prime: c 2^30 + 1 with c < 2^32 odd,
   counted down from the largest; primes[0..n-1]. */
void _wk_cyl_ntt_primes(ulong *primes, slong n);
/* Tables for transforms up to length 2^lgmax modulo the NTT prime p. */
void _wk_cyl_ntt_init(wk_cyl_ntt_struct *F, ulong p, int lgmax);
void _wk_cyl_ntt_clear(wk_cyl_ntt_struct *F);
/* In-place transform of length 2^lg: natural order in, bit-reversed out;
   entries in [0, 2p) before and after. */
void _wk_cyl_ntt_fwd(ulong *a, int lg, const wk_cyl_ntt_struct *F);
/* Inverse (unscaled): bit-reversed in, natural order out, [0, 2p). */
void _wk_cyl_ntt_inv(ulong *a, int lg, const wk_cyl_ntt_struct *F);
/* Smallest lg with 2^lg >= n (n >= 1). */
int _wk_cyl_ntt_lg(slong n);

/* Lengths: each function below transforms at most the length it names;
   F->lgmax must cover it.
   c[0..n-1] = a b mod x^n, inputs reduced mod p, output reduced.  c may
   alias a or b.  Transforms of length >= alen + blen - 1 (<= 2n). */
void _wk_cyl_ntt_mullow(ulong *c, const ulong *a, slong alen, const ulong *b, slong blen,
                    slong n, const wk_cyl_ntt_struct *F);
/* q[0..n-1] = num/den mod x^n for den[0] invertible (reduced inputs); q
   must not alias num or den.  Transforms of length >= n (< 2n). */
void _wk_cyl_ntt_div_series(ulong *q, const ulong *num, slong numlen, const ulong *den,
                        slong denlen, slong n, const wk_cyl_ntt_struct *F);
/* g[0..n-1] = 1/f mod x^n for f[0] invertible (f has flen entries, reduced);
   g must not alias f.  Transforms of length >= n (< 2n). */
void _wk_cyl_ntt_inv_series(ulong *g, const ulong *f, slong flen, slong n, const wk_cyl_ntt_struct *F);

/* g[0..n-1] = exp(h) mod x^n where h(0) = 0 and h' = hd (hdlen entries,
   reduced: hd[i] is the coefficient of x^i in h'); needs p > n.  g must not
   alias hd.  Transforms of length up to 2n. */
void _wk_cyl_ntt_exp_series(ulong *g, const ulong *hd, slong hdlen, slong n, const wk_cyl_ntt_struct *F);

#endif

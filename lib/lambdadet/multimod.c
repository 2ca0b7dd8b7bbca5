/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   Numeric det_lambda of a rational matrix by multimodular condensation
   (spec 4.1, the common case at large n).

   Why: the lambda-minors X^(k) have O(k^2) bits (det_lambda of the all-ones
   k x k matrix is (1+lambda)^{k(k-1)/2}), so condensation over Z costs about
   sum_k (n-k)^2 M(c k^2), which grows like n^6 with GMP's multiplication
   (n = 100: 2.5 s, n = 150: 30 s).  Modulo a word-size prime every step costs
   a few multiplications, so the work is n^3/3 times the number of primes,
   which grows only like the size of the answer (n^2).

   How:
   - Q = det_lambda(M) * Den is an integer for a common denominator Den of
     the terms lambda^{inv-neg} (1+lambda)^{neg} prod m_ij^{a_ij} of the
     Robbins-Rumsey sum (m_ij = u_ij / v_ij, lambda = a / b; a_ij = -1 only
     at interior positions): see common_den below.
   - |det_lambda(M)| <= det_{|lambda|}(|M'|), M' = |M| with zero border entries
     replaced by 1 (all terms of the latter are positive, |1 + lambda| <=
     1 + |lambda|, and border exponents are 0 or 1).  That positive
     condensation never cancels; it is run in ball arithmetic (arb), whose
     radii grow like (1 + sqrt 2)^k, so the precision is about 1.3 n bits.
   - Q mod p for primes p in [2^46, 2^47): plain condensation mod p (batch
     inversion of each level's divisors), four primes at a time in AVX2
     double-precision lanes when the CPU has AVX2 and FMA, else one at a time
     with FLINT's n_mulmod2_preinv.  Then CRT (symmetric) and Q / Den.
   - Zero divisors.  X^(k)_ij = (...) / X^(k-2)_{i+1,j+1}.  A lambda-minor that
     is exactly zero (common for small entries of both signs) is zero mod
     every prime; X^(k)_ij = det_lambda of its k x k block is then computed
     exactly (wk_lambdadet_ldet of the block: its centre minor is the zero,
     so that ends in the eps-perturbed condensation, which is cheap for the
     small blocks where this happens) and reduced mod each prime.  The first
     group of primes runs alone and collects these "repairs" as it meets them
     (they are the same for every prime); the other groups look them up, and
     a prime meeting a zero divisor that is not in the table (bad luck mod
     p), or dividing a denominator, is skipped.  A zero divisor at the last
     step (the centre (n-2)-minor) cannot be repaired this way: then the
     caller runs the eps-perturbed condensation of the whole matrix. */
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <stdint.h>
#include <math.h>
#include <flint/ulong_extras.h>
#include <flint/fmpz_vec.h>
#include <arb.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include "internal.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define WK_LD_HAVE_AVX2_KERNEL 1
#include <immintrin.h>
#endif

#define PRIME_BITS 46          /* primes in [2^46, 2^47) */
#define LANES 4

/* ---- the input reduced mod p ------------------------------------------- */

typedef struct {
    slong n;
    const fmpz *u, *v;   /* n*n numerators, denominators (row-major) */
    fmpz_t a, b;         /* lambda = a / b */
} mm_input;

/* Sets A (n*n) to M mod p and *lam to lambda mod p; 0 if p divides a
   denominator.  tmp: n*n + 1 words. */
static int reduce_input(ulong *A, ulong *lam, const mm_input *in, ulong p, ulong pinv, ulong *tmp)
{
    slong n = in->n, i, nn = n * n;
    ulong acc = 1, bb, x;
    /* batch inversion of the denominators (and b) */
    for (i = 0; i < nn; i++) {
        x = fmpz_fdiv_ui(in->v + i, p);
        if (x == 0) return 0;
        tmp[i] = acc;
        acc = n_mulmod2_preinv(acc, x, p, pinv);
    }
    bb = fmpz_fdiv_ui(in->b, p);
    if (bb == 0) return 0;
    x = n_invmod(n_mulmod2_preinv(acc, bb, p, pinv), p);
    *lam = n_mulmod2_preinv(n_mulmod2_preinv(fmpz_fdiv_ui(in->a, p), x, p, pinv), acc, p, pinv);
    acc = n_mulmod2_preinv(x, bb, p, pinv);          /* 1 / prod v */
    for (i = nn - 1; i >= 0; i--) {
        ulong vi = fmpz_fdiv_ui(in->v + i, p);
        ulong inv = n_mulmod2_preinv(tmp[i], acc, p, pinv);
        acc = n_mulmod2_preinv(acc, vi, p, pinv);
        A[i] = n_mulmod2_preinv(fmpz_fdiv_ui(in->u + i, p), inv, p, pinv);
    }
    return 1;
}

/* ---- repairs: exact values of X^(k)_ij whose divisor is zero ------------- */

typedef struct {
    slong k, i, j;           /* X^(k)_ij, 0-based (i, j) */
    fmpq_t v;
} repair;

typedef struct {
    slong len, alloc, max;
    repair *r;
    const fmpq_mat_struct *M;
    const fmpq *lambda;
    int filling;             /* 1: compute missing entries (first group only) */
    int failed;              /* a repair could not be computed (or too many) */
} rtab;

static const repair *rtab_find(const rtab *T, slong k, slong i, slong j)
{
    slong t;
    for (t = 0; t < T->len; t++)
        if (T->r[t].k == k && T->r[t].i == i && T->r[t].j == j) return T->r + t;
    return NULL;
}

/* The repair of X^(k)_ij, computed if T is filling; NULL if unavailable. */
static const repair *rtab_get(rtab *T, slong k, slong i, slong j)
{
    const repair *r = rtab_find(T, k, i, j);
    fmpq_mat_t B;
    slong a, b;
    wk_status st;
    if (r != NULL || !T->filling || T->failed) return r;
    if (k >= fmpq_mat_nrows(T->M)) return NULL;     /* the block would be M itself */
    if (T->len >= T->max) { T->failed = 1; return NULL; }
    if (T->len == T->alloc) {
        T->alloc = 2 * T->alloc + 8;
        T->r = flint_realloc(T->r, T->alloc * sizeof(repair));
    }
    fmpq_mat_init(B, k, k);
    for (a = 0; a < k; a++)
        for (b = 0; b < k; b++) fmpq_set(fmpq_mat_entry(B, a, b), fmpq_mat_entry(T->M, i + a, j + b));
    fmpq_init(T->r[T->len].v);
    st = wk_lambdadet_ldet(T->r[T->len].v, B, T->lambda);
    fmpq_mat_clear(B);
    if (st != WK_OK) { fmpq_clear(T->r[T->len].v); T->failed = 1; return NULL; }
    T->r[T->len].k = k; T->r[T->len].i = i; T->r[T->len].j = j;
    return T->r + T->len++;
}

/* the repair's value mod p; 0 if its denominator is 0 mod p */
static int repair_mod(ulong *x, const repair *r, ulong p)
{
    ulong d = fmpz_fdiv_ui(fmpq_denref(r->v), p);
    if (d == 0) return 0;
    *x = n_mulmod2_preinv(fmpz_fdiv_ui(fmpq_numref(r->v), p), n_invmod(d, p), p, n_preinvert_limb(p));
    return 1;
}

/* ---- scalar kernel ------------------------------------------------------ */

/* det_lambda(A) mod p (A: n*n residues); 0 if a needed repair is missing.
   w: 4 (n+1)^2 + 1 words, fix: (n+1)^2 slongs. */
static int condense_mod_scalar(ulong *res, const ulong *A, slong n, ulong lam, ulong p,
                               rtab *T, ulong *w, slong *fix)
{
    slong sz = (n + 1) * (n + 1), k, i, j, s, nfix;
    ulong *q2 = w, *q1 = w + sz, *q = w + 2 * sz, *pre = w + 3 * sz, *tt;
    ulong pinv = n_preinvert_limb(p);
    for (i = 0; i < sz; i++) q2[i] = 1;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) q1[i * (n + 1) + j] = A[i * n + j];
    for (k = 2; k <= n; k++) {
        ulong acc = 1;
        s = n - k + 1;
        nfix = 0;
        if (k >= 3) {
            /* pre[i*s+j] = 1 / q2[i+1][j+1]; zero divisors are repaired below */
            for (i = 0; i < s; i++)
                for (j = 0; j < s; j++) {
                    ulong e = q2[(i + 1) * (n + 1) + j + 1];
                    pre[i * s + j] = acc;
                    if (e == 0) fix[nfix++] = i * s + j;
                    else acc = n_mulmod2_preinv(acc, e, p, pinv);
                }
            acc = n_invmod(acc, p);
            for (i = s - 1; i >= 0; i--)
                for (j = s - 1; j >= 0; j--) {
                    ulong e = q2[(i + 1) * (n + 1) + j + 1];
                    pre[i * s + j] = n_mulmod2_preinv(pre[i * s + j], acc, p, pinv);
                    if (e != 0) acc = n_mulmod2_preinv(acc, e, p, pinv);
                }
        }
        for (i = 0; i < s; i++) {
            const ulong *r0 = q1 + i * (n + 1), *r1 = r0 + (n + 1);
            ulong *o = q + i * (n + 1);
            for (j = 0; j < s; j++) {
                ulong t = n_mulmod2_preinv(r0[j], r1[j + 1], p, pinv);
                ulong u = n_mulmod2_preinv(n_mulmod2_preinv(r0[j + 1], r1[j], p, pinv), lam, p, pinv);
                t = n_addmod(t, u, p);
                o[j] = k >= 3 ? n_mulmod2_preinv(t, pre[i * s + j], p, pinv) : t;
            }
        }
        for (i = 0; i < nfix; i++) {
            slong a = fix[i] / s, c = fix[i] % s;
            const repair *r = rtab_get(T, k, a, c);
            if (r == NULL || !repair_mod(q + a * (n + 1) + c, r, p)) return 0;
        }
        tt = q2; q2 = q1; q1 = q; q = tt;
    }
    *res = q1[0];
    return 1;
}

/* ---- AVX2 kernel: four primes in the lanes of a vector of doubles -------- */
#ifdef WK_LD_HAVE_AVX2_KERNEL
typedef __m256d v4d;

/* a*b mod p with |a|, |b| <= 1.5 p, |a b| <= 2 p^2, p in [2^46, 2^47): the
   result has |r| <= 0.63 p (h + l = a b exactly; q is within 1 of a b / p),
   and it is 0 exactly when a b = 0 mod p. */
__attribute__((target("avx2,fma")))
static inline v4d mm_mul(v4d a, v4d b, v4d p, v4d pinv)
{
    v4d h = _mm256_mul_pd(a, b);
    v4d l = _mm256_fmsub_pd(a, b, h);
    v4d q = _mm256_round_pd(_mm256_mul_pd(h, pinv), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    return _mm256_add_pd(_mm256_fnmadd_pd(q, p, h), l);
}

/* r in (-p, p) -> [0, p) as an integer */
static inline ulong lane_to_ulong(double r, ulong p)
{
    slong x = (slong) r;
    if (x < 0) x += (slong) p;
    return (ulong) x % p;
}

/* det_lambda(A_l) mod p_l for the four lanes l (A: n*n vectors of residues
   in (-p, p)); bad[l] is set for a lane that needed a missing repair.
   w: 5 (n+1)^2 + 8 vectors, 32-byte aligned. */
__attribute__((target("avx2,fma")))
static void condense_mod_avx2(ulong *res, int *bad, const v4d *A, slong n, v4d lam,
                              int lam_one, const ulong *pr, rtab *T, v4d *w)
{
    slong sz = (n + 1) * (n + 1), k, i, j, s, l, nfix, fixcap = 0;
    v4d *q2 = w, *q1 = w + sz, *q = w + 2 * sz, *pre = w + 3 * sz, *dv = w + 4 * sz, *tt;
    v4d p = _mm256_set_pd((double) pr[3], (double) pr[2], (double) pr[1], (double) pr[0]);
    v4d pinv = _mm256_div_pd(_mm256_set1_pd(1.0), p);
    v4d one = _mm256_set1_pd(1.0), zero = _mm256_setzero_pd();
    slong *fix = NULL;
    int *fixmask = NULL;
    double buf[4];
    for (i = 0; i < sz; i++) q2[i] = one;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) q1[i * (n + 1) + j] = A[i * n + j];
    for (k = 2; k <= n; k++) {
        s = n - k + 1;
        nfix = 0;
        if (k >= 3) {
            /* batch inversion of e_t = q2[i+1][j+1], t = i s + j (copied to
               dv; zeros replaced by 1 and repaired below), in four
               interleaved chains of length m */
            slong L = s * s, m = (L + 3) / 4, c, t;
            v4d acc[4], tot, inv[4], pp[4];
            for (i = 0; i < s; i++)
                for (j = 0; j < s; j++) {
                    v4d e = q2[(i + 1) * (n + 1) + j + 1];
                    v4d z = _mm256_cmp_pd(e, zero, _CMP_EQ_OQ);
                    int msk = _mm256_movemask_pd(z);
                    if (msk) {
                        if (nfix == fixcap) {
                            fixcap = 2 * fixcap + 16;
                            fix = flint_realloc(fix, fixcap * sizeof(slong));
                            fixmask = flint_realloc(fixmask, fixcap * sizeof(int));
                        }
                        fixmask[nfix] = msk;
                        fix[nfix++] = i * s + j;
                        e = _mm256_blendv_pd(e, one, z);
                    }
                    dv[i * s + j] = e;
                }
            for (t = L; t < 4 * m; t++) dv[t] = one;
            for (c = 0; c < 4; c++) acc[c] = one;
            for (t = 0; t < m; t++)
                for (c = 0; c < 4; c++) {
                    pre[c * m + t] = acc[c];
                    acc[c] = mm_mul(acc[c], dv[c * m + t], p, pinv);
                }
            /* one inversion per lane of acc0 acc1 acc2 acc3 (nonzero) */
            pp[0] = acc[0];
            for (c = 1; c < 4; c++) pp[c] = mm_mul(pp[c - 1], acc[c], p, pinv);
            _mm256_storeu_pd(buf, pp[3]);
            for (l = 0; l < 4; l++) {
                ulong x = lane_to_ulong(buf[l], pr[l]);
                buf[l] = x == 0 ? 0.0 : (double) n_invmod(x, pr[l]);
            }
            tot = _mm256_loadu_pd(buf);
            for (c = 3; c >= 1; c--) {
                inv[c] = mm_mul(tot, pp[c - 1], p, pinv);
                tot = mm_mul(tot, acc[c], p, pinv);
            }
            inv[0] = tot;
            for (t = m - 1; t >= 0; t--)
                for (c = 0; c < 4; c++) {
                    pre[c * m + t] = mm_mul(pre[c * m + t], inv[c], p, pinv);
                    inv[c] = mm_mul(inv[c], dv[c * m + t], p, pinv);
                }
        }
        for (i = 0; i < s; i++) {
            const v4d *r0 = q1 + i * (n + 1), *r1 = r0 + (n + 1);
            v4d *o = q + i * (n + 1);
            const v4d *pv = pre + i * s;
            if (k == 2)
                for (j = 0; j < s; j++) {
                    v4d t = mm_mul(r0[j], r1[j + 1], p, pinv);
                    v4d u = mm_mul(mm_mul(r0[j + 1], r1[j], p, pinv), lam, p, pinv);
                    o[j] = mm_mul(_mm256_add_pd(t, u), one, p, pinv);
                }
            else if (lam_one)
                for (j = 0; j < s; j++) {
                    v4d t = mm_mul(r0[j], r1[j + 1], p, pinv);
                    v4d u = mm_mul(r0[j + 1], r1[j], p, pinv);
                    o[j] = mm_mul(_mm256_add_pd(t, u), pv[j], p, pinv);
                }
            else
                for (j = 0; j < s; j++) {
                    v4d t = mm_mul(r0[j], r1[j + 1], p, pinv);
                    v4d u = mm_mul(mm_mul(r0[j + 1], r1[j], p, pinv), lam, p, pinv);
                    o[j] = mm_mul(_mm256_add_pd(t, u), pv[j], p, pinv);
                }
        }
        for (i = 0; i < nfix; i++) {
            slong a = fix[i] / s, c = fix[i] % s;
            const repair *r = rtab_get(T, k, a, c);
            _mm256_storeu_pd(buf, q[a * (n + 1) + c]);
            for (l = 0; l < 4; l++)
                if ((fixmask[i] >> l) & 1) {
                    ulong x;
                    if (r == NULL || !repair_mod(&x, r, pr[l])) bad[l] = 1;
                    else buf[l] = (double) x;
                }
            q[a * (n + 1) + c] = _mm256_loadu_pd(buf);
        }
        tt = q2; q2 = q1; q1 = q; q = tt;
    }
    flint_free(fix);
    flint_free(fixmask);
    _mm256_storeu_pd(buf, q1[0]);
    for (l = 0; l < 4; l++) res[l] = lane_to_ulong(buf[l], pr[l]);
}

/* One group of four primes.  Either the entries are small (|u|, |v| < 2^46,
   given as doubles U, V; V NULL when every v is 1) and are reduced here, or
   A holds the four reduced matrices one after the other (n*n words each).
   lam: the four lambdas mod p; red[l] = 0 for a lane whose reduction failed
   (its result is ignored).  wraw: workspace of 5 (n+1)^2 + 2 n^2 + 8 vectors
   plus 32 bytes. */
__attribute__((target("avx2,fma")))
static void condense_group_avx2(ulong *res, int *bad, const double *U, const double *V,
                                const ulong *A, const ulong *lam, int lam_one,
                                const int *red, slong n, const ulong *pr, rtab *T, void *wraw)
{
    slong nn = n * n, t, l;
    v4d *w4 = (v4d *) (((uintptr_t) wraw + 31) & ~(uintptr_t) 31);
    v4d *A4 = w4 + 5 * (n + 1) * (n + 1) + 8, *T4 = A4 + nn;
    double e[LANES];
    if (U != NULL) {
        /* |u| < 2^46 < p is already a residue; divide by v (never 0 mod p) */
        if (V == NULL)
            for (t = 0; t < nn; t++) A4[t] = _mm256_set1_pd(U[t]);
        else {
            v4d p = _mm256_set_pd((double) pr[3], (double) pr[2], (double) pr[1], (double) pr[0]);
            v4d pinv = _mm256_div_pd(_mm256_set1_pd(1.0), p), acc = _mm256_set1_pd(1.0);
            for (t = 0; t < nn; t++) {
                T4[t] = acc;
                acc = mm_mul(acc, _mm256_set1_pd(V[t]), p, pinv);
            }
            _mm256_storeu_pd(e, acc);
            for (l = 0; l < LANES; l++) e[l] = (double) n_invmod(lane_to_ulong(e[l], pr[l]), pr[l]);
            acc = _mm256_loadu_pd(e);
            for (t = nn - 1; t >= 0; t--) {
                v4d vi = _mm256_set1_pd(V[t]);
                A4[t] = mm_mul(mm_mul(T4[t], acc, p, pinv), _mm256_set1_pd(U[t]), p, pinv);
                acc = mm_mul(acc, vi, p, pinv);
            }
        }
    } else
        for (t = 0; t < nn; t++) {
            for (l = 0; l < LANES; l++) e[l] = red[l] ? (double) A[l * nn + t] : 1.0;
            A4[t] = _mm256_loadu_pd(e);
        }
    for (l = 0; l < LANES; l++) e[l] = red[l] ? (double) lam[l] : 1.0;
    condense_mod_avx2(res, bad, A4, n, _mm256_loadu_pd(e), lam_one, pr, T, w4);
}

static int have_avx2(void)
{
    static int cached = -1;
    if (cached < 0) {
        __builtin_cpu_init();
        cached = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }
    return cached;
}
#else
static int have_avx2(void) { return 0; }
#endif

int _wk_lambdadet_multimod_have_avx2(void) { return have_avx2(); }

/* ---- the bound ----------------------------------------------------------- */

/* Sets *bits to an upper bound of log2 |det_lambda(M)| (from the positive
   condensation of |M'| with |lambda| in ball arithmetic); returns 1, or 0 if
   no precision was enough (never seen), -1 on interrupt. */
static int abs_bound_bits(slong *bits, const fmpq_mat_t M, const fmpq_t lambda)
{
    slong n = fmpq_mat_nrows(M), sz = (n + 1) * (n + 1), prec, k, i, j;
    arb_ptr lev[3];
    arb_t lam;
    int ok = 0, stop = 0;
    for (k = 0; k < 3; k++) lev[k] = _arb_vec_init(sz);
    arb_init(lam);
    for (prec = 40 + (n * 4) / 3; !ok && !stop; prec *= 2) {
        int fail = 0;
        arb_set_fmpq(lam, lambda, prec);
        arb_abs(lam, lam);
        for (i = 0; i < sz; i++) arb_one(lev[0] + i);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++) {
                arb_ptr x = lev[1] + i * (n + 1) + j;
                const fmpq *m = fmpq_mat_entry(M, i, j);
                if (fmpq_is_zero(m)) arb_one(x);   /* only on the border (caller) */
                else { arb_set_fmpq(x, m, prec); arb_abs(x, x); }
            }
        for (k = 2; k <= n && !fail; k++) {
            arb_ptr q2 = lev[(k - 2) % 3], q1 = lev[(k - 1) % 3], q = lev[k % 3];
            slong s = n - k + 1;
            if (wk_interrupted()) { stop = 1; break; }
            for (i = 0; i < s; i++) {
                arb_t t, u;
                slong jj;
                arb_init(t); arb_init(u);
                for (jj = 0; jj < s; jj++) {
                    arb_mul(t, q1 + i * (n + 1) + jj, q1 + (i + 1) * (n + 1) + jj + 1, prec);
                    arb_mul(u, q1 + i * (n + 1) + jj + 1, q1 + (i + 1) * (n + 1) + jj, prec);
                    arb_addmul(t, u, lam, prec);
                    arb_div(q + i * (n + 1) + jj, t, q2 + (i + 1) * (n + 1) + jj + 1, prec);
                }
                arb_clear(t); arb_clear(u);
            }
            for (i = 0; i < s && !fail; i++)
                for (j = 0; j < s; j++)
                    if (!arb_is_positive(q + i * (n + 1) + j) || !arb_is_finite(q + i * (n + 1) + j)) { fail = 1; break; }
        }
        if (!fail && !stop) {
            arf_t ub;
            arf_init(ub);
            arb_get_ubound_arf(ub, lev[n % 3], prec);
            *bits = arf_bits(ub) > 0 ? fmpz_get_si(ARF_EXPREF(ub)) + 1 : 1;
            arf_clear(ub);
            ok = 1;
        }
        if (prec > 64 * n + 4096) break;
    }
    for (k = 0; k < 3; k++) _arb_vec_clear(lev[k], sz);
    arb_clear(lam);
    return stop ? -1 : ok;
}

/* ---- a common denominator ------------------------------------------------
   The term of an ASM A is lambda^{inv-neg} (1+lambda)^{neg} prod m^{a_ij}; with
   m_ij = u_ij / v_ij its denominator divides b^{n(n-1)/2} prod_{a_ij = 1} v_ij
   prod_{a_ij = -1} |u_ij|.  The product of every v and every interior u is a
   common multiple, but far from the least one: in a row of an ASM the +1s
   (and the -1s) are never adjacent and the -1s avoid the border.  So for
   each prime l the exponent of l is at most the maximum, over the rows, of
   the l-weight of an alternating row pattern (+1 at j weighs v_l(v_ij), -1
   at j weighs v_l(u_ij)), summed over the rows; the same by columns; the
   smaller of the two bounds is used.  This needs the entries factored:
   done when they are below 2^32, else the full product is used. */

typedef struct {
    ulong p;
    slong line, pos;
    slong a, b;        /* weight as +1 (v_l(v)) and as -1 (v_l(u), interior only) */
} incid;

static int incid_cmp(const void *x, const void *y)
{
    const incid *s = x, *t = y;
    if (s->p != t->p) return s->p < t->p ? -1 : 1;
    if (s->line != t->line) return s->line < t->line ? -1 : 1;
    return (s->pos > t->pos) - (s->pos < t->pos);
}

/* the best alternating pattern of one line (weights of the group g[0..len)) */
static slong line_bound(const incid *g, slong len, slong n)
{
    slong j, k = 0, sp = WORD_MIN / 4, sm = WORD_MIN / 4, best = 0;
    if (g[0].line == 0 || g[0].line == n - 1) {      /* border: a single +1 */
        for (j = 0; j < len; j++) best = FLINT_MAX(best, g[j].a);
        return best;
    }
    for (j = 0; j < n; j++) {
        slong a = 0, b = 0, np, nm;
        if (k < len && g[k].pos == j) { a = g[k].a; b = g[k].b; k++; }
        if (j == 0 || j == n - 1) b = WORD_MIN / 4;
        np = FLINT_MAX(sp, FLINT_MAX(a, sm + a));
        nm = FLINT_MAX(sm, sp + b);
        sp = np; sm = nm;
    }
    return sp;
}

static void common_den(fmpz_t Den, slong n, const fmpz *u, const fmpz *v, const fmpz_t b)
{
    slong nn = n * n, i, j, k, cnt = 0, cap = 0, N = n * (n - 1) / 2;
    incid *L = NULL;
    int small = 1;
    for (i = 0; i < nn && small; i++)
        if (fmpz_bits(u + i) > 32 || fmpz_bits(v + i) > 32) small = 0;
    fmpz_pow_ui(Den, b, N);
    if (!small || n < 3) {
        fmpz *f = _fmpz_vec_init(nn + (n - 2) * (n - 2) + 1);
        slong c = 0;
        fmpz_t t;
        for (i = 0; i < nn; i++) fmpz_set(f + c++, v + i);
        for (i = 1; i < n - 1; i++)
            for (j = 1; j < n - 1; j++) fmpz_abs(f + c++, u + i * n + j);
        fmpz_init(t);
        _fmpz_vec_prod(t, f, c);
        fmpz_mul(Den, Den, t);
        fmpz_clear(t);
        _fmpz_vec_clear(f, nn + (n - 2) * (n - 2) + 1);
        return;
    }
    /* incidences (prime, row, column, weights), then the same by columns */
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++) {
            n_factor_t fu, fv;
            ulong uu, vv = fmpz_get_ui(v + i * n + j);
            int interior = i >= 1 && i <= n - 2 && j >= 1 && j <= n - 2;
            slong x, y;
            fmpz_t au;
            fmpz_init(au);
            fmpz_abs(au, u + i * n + j);
            uu = fmpz_get_ui(au);
            fmpz_clear(au);
            n_factor_init(&fu); n_factor_init(&fv);
            if (interior && uu > 1) n_factor(&fu, uu, 0);
            if (vv > 1) n_factor(&fv, vv, 0);
            if (cnt + fu.num + fv.num > cap) {
                cap = 2 * (cnt + fu.num + fv.num) + 64;
                L = flint_realloc(L, 2 * cap * sizeof(incid));
            }
            for (x = 0; x < fv.num; x++) {
                L[cnt].p = fv.p[x]; L[cnt].line = i; L[cnt].pos = j; L[cnt].a = fv.exp[x]; L[cnt].b = 0;
                for (y = 0; y < fu.num; y++) if (fu.p[y] == fv.p[x]) L[cnt].b = fu.exp[y];
                cnt++;
            }
            for (y = 0; y < fu.num; y++) {
                int seen = 0;
                for (x = 0; x < fv.num; x++) if (fu.p[y] == fv.p[x]) seen = 1;
                if (seen) continue;
                L[cnt].p = fu.p[y]; L[cnt].line = i; L[cnt].pos = j; L[cnt].a = 0; L[cnt].b = fu.exp[y];
                cnt++;
            }
        }
    if (cnt > 0) {
        incid *C = L + cnt;    /* the same incidences by columns (room was reserved) */
        fmpz_t t;
        fmpz_init(t);
        for (k = 0; k < cnt; k++) { C[k] = L[k]; C[k].line = L[k].pos; C[k].pos = L[k].line; }
        qsort(L, cnt, sizeof(incid), incid_cmp);
        qsort(C, cnt, sizeof(incid), incid_cmp);
        /* walk both lists prime by prime */
        i = 0; j = 0;
        while (i < cnt) {
            ulong p = L[i].p;
            slong er = 0, ec = 0, s;
            while (i < cnt && L[i].p == p) {
                for (s = i; s < cnt && L[s].p == p && L[s].line == L[i].line; s++) ;
                er += line_bound(L + i, s - i, n);
                i = s;
            }
            while (j < cnt && C[j].p == p) {
                for (s = j; s < cnt && C[s].p == p && C[s].line == C[j].line; s++) ;
                ec += line_bound(C + j, s - j, n);
                j = s;
            }
            fmpz_set_ui(t, p);
            fmpz_pow_ui(t, t, FLINT_MIN(er, ec));
            fmpz_mul(Den, Den, t);
        }
        fmpz_clear(t);
    }
    flint_free(L);
}

/* ---- the driver ----------------------------------------------------------- */

typedef struct {
    const mm_input *in;
    const ulong *primes;       /* this group's primes */
    int use_avx2, lam_one;
    const double *U, *V;
    rtab *T;
    ulong *A, *tmp, *ws;       /* per-thread workspace */
    slong *fix;
    void *wraw;
} mm_group;

/* residues for one group (LANES primes with AVX2, else one); ok[l] */
static void run_group(ulong *res, int *ok, mm_group *G)
{
    const mm_input *in = G->in;
    slong n = in->n, nn = n * n, l, lanes = G->use_avx2 ? LANES : 1;
    ulong lam[LANES];
    int red[LANES];
    for (l = 0; l < lanes; l++) {
        ulong p = G->primes[l], pinv = n_preinvert_limb(p);
        if (G->use_avx2 && G->U != NULL) {
            /* small entries: only lambda = a / b here (0 < b < 2^46 < p) */
            lam[l] = n_mulmod2_preinv(fmpz_fdiv_ui(in->a, p), n_invmod(fmpz_fdiv_ui(in->b, p), p), p, pinv);
            red[l] = 1;
        } else
            red[l] = reduce_input(G->A + l * nn, lam + l, in, p, pinv, G->tmp);
    }
    if (!G->use_avx2) {
        ok[0] = red[0] && condense_mod_scalar(res, G->A, n, lam[0], G->primes[0], G->T, G->ws, G->fix);
        return;
    }
#ifdef WK_LD_HAVE_AVX2_KERNEL
    {
        int bad[LANES] = {0, 0, 0, 0};
        condense_group_avx2(res, bad, G->U, G->V, G->A, lam, G->lam_one, red, n, G->primes, G->T, G->wraw);
        for (l = 0; l < LANES; l++) ok[l] = red[l] && !bad[l];
    }
#endif
}

static void group_alloc(mm_group *G, slong n)
{
    slong nn = n * n, sz = (n + 1) * (n + 1);
    G->A = flint_malloc((nn * LANES + 1) * sizeof(ulong));
    G->tmp = flint_malloc((nn + 1) * sizeof(ulong));
    G->ws = flint_malloc((4 * sz + 1) * sizeof(ulong));
    G->fix = flint_malloc((sz + 1) * sizeof(slong));
    G->wraw = G->use_avx2 ? flint_malloc((5 * sz + 2 * nn + 8) * 32 + 32) : NULL;
}

static void group_free(mm_group *G)
{
    flint_free(G->A); flint_free(G->tmp); flint_free(G->ws); flint_free(G->fix); flint_free(G->wraw);
}

int _wk_lambdadet_ldet_multimod(fmpq_t res, const fmpq_mat_t M, const fmpq_t lambda, int kernel)
{
    slong n = fmpq_mat_nrows(M), nn = n * n, i;
    slong bbits, need_bits, cap, ngood = 0, nbad = 0, next = 0, lanes;
    mm_input in;
    mm_group G0;
    rtab T;
    fmpz *u, *v;
    fmpz_t Den;
    ulong *primes = NULL, *resid = NULL, *good_p = NULL, *good_r = NULL;
    int *okv = NULL;
    int use_avx2, result = 1, stop = 0, lam_one, small = 1, vone = 1;
    double *U = NULL, *V = NULL;
    double logprod = 0;

    if (n < 3) return 0;
    if (kernel == 0) use_avx2 = have_avx2();
    else use_avx2 = (kernel == 2) && have_avx2();
    lanes = use_avx2 ? LANES : 1;
    lam_one = fmpq_is_one(lambda);

    /* the integer data */
    u = _fmpz_vec_init(nn);
    v = _fmpz_vec_init(nn);
    for (i = 0; i < nn; i++) {
        fmpz_set(u + i, fmpq_numref(M->entries + i));
        fmpz_set(v + i, fmpq_denref(M->entries + i));
        if (fmpz_bits(u + i) > PRIME_BITS - 1 || fmpz_bits(v + i) > PRIME_BITS - 1) small = 0;
        if (!fmpz_is_one(v + i)) vone = 0;
    }
    in.n = n; in.u = u; in.v = v;
    fmpz_init_set(in.a, fmpq_numref(lambda));
    fmpz_init_set(in.b, fmpq_denref(lambda));
    if (fmpz_bits(in.b) > PRIME_BITS - 1) small = 0;
    if (small && use_avx2) {
        U = flint_malloc((nn + 1) * sizeof(double));
        for (i = 0; i < nn; i++) U[i] = (double) fmpz_get_si(u + i);
        if (!vone) {
            V = flint_malloc((nn + 1) * sizeof(double));
            for (i = 0; i < nn; i++) V[i] = (double) fmpz_get_si(v + i);
        }
    }
    fmpz_init(Den);
    common_den(Den, n, u, v, in.b);
    T.len = T.alloc = 0; T.r = NULL; T.M = M; T.lambda = lambda;
    T.filling = 1; T.failed = 0; T.max = 4 * n + 64;

    {
        int b = abs_bound_bits(&bbits, M, lambda);
        if (b != 1) { result = b < 0 ? -1 : 0; goto cleanup; }
    }
    need_bits = bbits + fmpz_bits(Den) + 2;
    cap = need_bits / PRIME_BITS + 2 * lanes + 64;
    primes = flint_malloc(cap * sizeof(ulong));
    resid = flint_malloc(cap * sizeof(ulong));
    good_p = flint_malloc(cap * sizeof(ulong));
    good_r = flint_malloc(cap * sizeof(ulong));
    okv = flint_malloc(cap * sizeof(int));

    G0.in = &in; G0.use_avx2 = use_avx2; G0.lam_one = lam_one; G0.U = U; G0.V = V; G0.T = &T;
    /* rounds: the primes still needed (the first round is one group, which
       fills the repair table), skipping the bad ones */
    while (logprod < (double) need_bits + 1 && !stop) {
        slong want, g, ngroups, done = 0;
        if (next == 0) want = lanes;
        else {
            want = (slong) ceil(((double) need_bits + 1 - logprod) / PRIME_BITS) + 1;
            want = (want + lanes - 1) / lanes * lanes;
        }
        if (T.failed || (nbad >= 8 && ngood == 0) || nbad > ngood + 64) { result = 0; break; }
        if (next + want > cap) {
            cap = next + want + 64;
            primes = flint_realloc(primes, cap * sizeof(ulong));
            resid = flint_realloc(resid, cap * sizeof(ulong));
            good_p = flint_realloc(good_p, cap * sizeof(ulong));
            good_r = flint_realloc(good_r, cap * sizeof(ulong));
            okv = flint_realloc(okv, cap * sizeof(int));
        }
        {
            ulong p = next == 0 ? (UWORD(1) << PRIME_BITS) : primes[next - 1];
            for (i = 0; i < want; i++) { p = n_nextprime(p, 0); primes[next + i] = p; }
        }
        ngroups = want / lanes;
        if (next == 0) {
            group_alloc(&G0, n);
            G0.primes = primes;
            run_group(resid, okv, &G0);
            group_free(&G0);
            T.filling = 0;
            if (wk_interrupted()) stop = 1;
        } else
#pragma omp parallel if (n >= 48 && ngroups >= 4)
        {
            mm_group G = G0;
            group_alloc(&G, n);
#pragma omp for schedule(dynamic, 1)
            for (g = 0; g < ngroups; g++) {
                int stopped;
#pragma omp atomic read
                stopped = stop;
                if (stopped) continue;
                if (wk_interrupted()) {
#pragma omp atomic write
                    stop = 1;
                    continue;
                }
                G.primes = primes + next + g * lanes;
                run_group(resid + next + g * lanes, okv + next + g * lanes, &G);
                {
                    slong d;
#pragma omp atomic capture
                    d = ++done;
#ifdef _OPENMP
                    if (omp_get_thread_num() == 0)
#endif
                        if (n >= 60) wk_progress("ldet (multimodular)", (double) d, (double) ngroups);
                }
            }
            group_free(&G);
        }
        if (stop) break;
        for (i = 0; i < want; i++) {
            if (okv[next + i]) {
                good_p[ngood] = primes[next + i];
                good_r[ngood] = resid[next + i];
                ngood++;
                logprod += log2((double) primes[next + i]);
            } else nbad++;
        }
        next += want;
    }
    if (stop) result = -1;
    if (result == 1) {
        /* Q mod p = X mod p * Den mod p; then CRT */
        fmpz_comb_t comb;
        fmpz_comb_temp_t ct;
        fmpz_t Q;
        ulong *dm = flint_malloc((ngood + 1) * sizeof(ulong));
        fmpz_comb_init(comb, good_p, ngood);
        fmpz_comb_temp_init(ct, comb);
        fmpz_multi_mod_ui(dm, Den, comb, ct);
        for (i = 0; i < ngood; i++)
            good_r[i] = n_mulmod2_preinv(good_r[i], dm[i], good_p[i], n_preinvert_limb(good_p[i]));
        fmpz_init(Q);
        fmpz_multi_CRT_ui(Q, good_r, comb, ct, 1);
        fmpq_set_fmpz_frac(res, Q, Den);
        fmpz_clear(Q);
        flint_free(dm);
        fmpz_comb_temp_clear(ct);
        fmpz_comb_clear(comb);
    }
cleanup:
    wk_progress_done();
    for (i = 0; i < T.len; i++) fmpq_clear(T.r[i].v);
    flint_free(T.r);
    flint_free(primes); flint_free(resid); flint_free(good_p); flint_free(good_r); flint_free(okv);
    flint_free(U); flint_free(V);
    _fmpz_vec_clear(u, nn); _fmpz_vec_clear(v, nn);
    fmpz_clear(in.a); fmpz_clear(in.b); fmpz_clear(Den);
    return result;
}

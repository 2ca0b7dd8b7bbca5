/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lambdadet/internal.h: helpers shared by the module's files (not installed). */
#ifndef WK_LAMBDADET_INTERNAL_H
#define WK_LAMBDADET_INTERNAL_H
#include <flint/fmpq_poly.h>
#include "wk_lambdadet.h"

/* WK_OK if A is an ASM, else WK_E_DOMAIN with the reason. */
wk_status _wk_lambdadet_require_asm(const fmpz_mat_t A);
/* inv of the n x n ASM with row-major entries a. */
slong _wk_lambdadet_inv(const signed char *a, slong n);
/* h ((n+1)^2, row-major) = corner sums of a. */
void _wk_lambdadet_corner(slong *h, const signed char *a, slong n);
/* E ((n-1)^2) and F ((n-2)^2) exponents from the corner sums h (spec 3). */
void _wk_lambdadet_weight_exps(slong *E, slong *F, const slong *h, slong n);

/* Writes "m22" (n <= 9) or "m_{10,11}" style names for entry (i,j), 1-based. */
void _wk_lambdadet_entry_name(char *buf, size_t len, slong i, slong j, slong n);

/* Shape checks with the spec's messages; WK_OK or WK_E_DIM. */
wk_status _wk_lambdadet_check_square(slong r, slong c);
wk_status _wk_lambdadet_check_pr(slong n, slong pr, slong pc, slong rr, slong rc);

/* Numeric condensation engine over Q.  mode 0: L = lambda; mode 1: L from p, r
   (site weights, spec 3).  If X is not NULL every level is stored there
   (X must be initialised to levels 0..n); otherwise only *top is set.
   Returns WK_OK, WK_E_INTERRUPT or WK_E_INTERNAL; interior-zero poles must
   have been excluded by the caller. */
typedef struct {
    int multi;
    const fmpq *lambda;
    const fmpq_mat_struct *p, *r;
} _wk_lambdadet_coeffs;
wk_status _wk_lambdadet_condense_fmpq(fmpq_t top, fmpq_mat_struct *X, const fmpq_mat_t M,
                                      const _wk_lambdadet_coeffs *co);

/* Multimodular det_lambda (multimod.c) of a square rational matrix with
   n >= 3, lambda not 0 or -1 and no interior zero.  kernel: 0 the fastest
   available, 1 the portable scalar one, 2 AVX2 (if the CPU has it, else
   scalar).  Returns 1 (res set), 0 if every prime met a zero divisor (an
   exactly zero lambda-minor: use the eps fallback), -1 on interrupt. */
int _wk_lambdadet_ldet_multimod(fmpq_t res, const fmpq_mat_t M, const fmpq_t lambda, int kernel);
int _wk_lambdadet_multimod_have_avx2(void);
/* From this size on wk_lambdadet_ldet uses the multimodular route (below it
   the fraction-free integer condensation is as fast); without AVX2 the
   scalar kernel beats the integer condensation only for large n. */
#define _WK_LAMBDADET_MULTIMOD_MIN_N 40
#define _WK_LAMBDADET_MULTIMOD_MIN_N_SCALAR 120

/* Laurent result helpers (symbolic.c). */
void _wk_lambdadet_laurent_setup(wk_lambdadet_laurent_t L, slong n, int lam, int multi);


/* ---- truncated Laurent series in eps with tracked precision (eseries.c) ----
   Nonzero: value = eps^v * (u + O(eps^rp)) with u(0) != 0, length(u) <= rp.
   Zero (u = 0): value = O(eps^v) (v = _WK_ES_INF for an exact zero).
   Products and quotients keep the relative precision; only cancellation in
   a sum loses precision (like p-adic floating point). */
#define _WK_ES_INF (WORD_MAX / 4)
typedef struct {
    fmpq_poly_t u;
    slong v, rp;
} _wk_es_struct;
typedef _wk_es_struct _wk_es_t[1];
void _wk_es_init(_wk_es_t x);
void _wk_es_clear(_wk_es_t x);
/* x = m + eps * r, relative precision N */
void _wk_es_set_lin(_wk_es_t x, const fmpq_t m, const fmpq_t r, slong N);
void _wk_es_one(_wk_es_t x, slong N);
void _wk_es_mul(_wk_es_t z, const _wk_es_t x, const _wk_es_t y);
void _wk_es_add(_wk_es_t z, const _wk_es_t x, const _wk_es_t y);
void _wk_es_scalar_mul(_wk_es_t z, const _wk_es_t x, const fmpq_t c);
/* returns 0 (z untouched) if y is zero to its precision */
int _wk_es_div(_wk_es_t z, const _wk_es_t x, const _wk_es_t y);
/* value at eps = 0: 1 on success, 0 if not enough precision, -1 if x has a
   pole (negative valuation) */
int _wk_es_value(fmpq_t res, const _wk_es_t x);

#endif

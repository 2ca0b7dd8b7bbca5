/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie/internal.h: routines shared inside lib/lie (not installed): the
   validation of spec section 3.1, norms, the approximate eigensolvers and the
   certified functions of a symmetric ball matrix (spec 3.3-3.4). */
#ifndef WK_LIE_INTERNAL_H
#define WK_LIE_INTERNAL_H

#include <arb_hypgeom.h>
#include "wk_lie.h"

#define WK_LIE_MIN_PREC 16
#define WK_LIE_MAX_PREC (WORD(1) << 24)
#define WK_LIE_MAX_N 512

/* ---- validation (spec 3.1: shape, finite, prec, membership) ---------- */
wk_status _wk_lie_check_square(const wk_lie_src_t A);
wk_status _wk_lie_check_finite(const wk_lie_src_t A);
wk_status _wk_lie_check_prec(slong prec);
/* shape, finiteness and prec together */
wk_status _wk_lie_check_basic(const wk_lie_src_t A, slong prec);
/* membership; the message names the determinant */
wk_status _wk_lie_require_group(const wk_lie_src_t A, wk_lie_group G, slong prec);
wk_status _wk_lie_check_arb_mat(const arb_mat_t A, slong prec);
const char * _wk_lie_group_name(wk_lie_group G);

/* ---- small helpers --------------------------------------------------- */
/* Upper bound for the Frobenius norm of every matrix in the ball A. */
void _wk_lie_mag_frobenius(mag_t res, const arb_mat_t A);
/* Frobenius norm of the midpoint, as a double (approximate). */
double _wk_lie_mid_frobenius_d(const arb_mat_t A);
/* Intersects entries (i,j) and (j,i); returns 0 if some pair is disjoint. */
int _wk_lie_symmetrize(arb_mat_t A, slong prec);
/* Adds the error r to every entry. */
void _wk_lie_add_error_mag(arb_mat_t A, const mag_t r);
/* Largest radius over the entries. */
void _wk_lie_max_rad(mag_t res, const arb_mat_t A);
/* 1 if every radius is <= 2^-prec * scale (scale as a mag). */
int _wk_lie_accurate(const arb_mat_t A, const mag_t scale, slong prec);
/* Estimate of log2 of ||A||_F ||A^-1||_F (>= log2 cond_2); -1 if singular at
   every precision tried up to maxprec. */
slong _wk_lie_log2_cond(const wk_lie_src_t A, slong maxprec);
/* Sets B to A^T. */
void _wk_lie_transpose(arb_mat_t B, const arb_mat_t A);
/* S = A^T A (symmetric; computed once per pair). */
void _wk_lie_gram(arb_mat_t S, const arb_mat_t A, slong prec);
/* S = A A^T. */
void _wk_lie_gram_rows(arb_mat_t S, const arb_mat_t A, slong prec);
/* 1 if A equals its transpose entry by entry (exact or identical balls). */
int _wk_lie_src_is_symmetric(const wk_lie_src_t A);
/* C = A B for A with zero imaginary parts (approx: midpoints only). */
void _wk_lie_acb_mat_mul_realleft(acb_mat_t C, const acb_mat_t A, const acb_mat_t B, int approx, slong prec);
/* B = Re A */
void _wk_lie_acb_mat_get_real(arb_mat_t B, const acb_mat_t A);
void _wk_lie_mat_set_round(arb_mat_t B, const arb_mat_t A, slong prec);
/* Intersection of x with [-1, 1]. */
void _wk_lie_clip_unit(arb_mat_t A, slong prec);
/* Working precision of the next Newton-type refinement step when the
   current accuracy is acc bits and the target w: the levels are planned
   backwards from w + 16 (halving), so that the last step runs at full
   precision once, never twice. */
static inline slong _wk_lie_next_level(slong acc, slong w)
{
    /* one step at p gives min(p - 8, 2 acc - 2) bits: take the largest
       of top, top/2, top/4, ... that one step from acc can use */
    slong p = w + 16;
    while (p > 2 * acc + 24 && p > 64)
        p = (p + 1) / 2;
    return FLINT_MAX(p, 64);
}

/* The precision cap of spec 3.2. */
static inline slong _wk_lie_prec_cap(slong prec)
{
    slong a = 8 * prec, b = prec + 8192;
    return a > b ? a : b;
}

/* The refinement loops double the working precision w, landing once on the
   cap itself before they would pass it. */
static inline slong _wk_lie_next_prec(slong w, slong cap)
{
    return (w < cap && 2 * w > cap) ? cap : 2 * w;
}

/* The error of a refinement loop whose working precision passed the cap. */
static inline wk_status _wk_lie_cap_error(slong cap, slong prec)
{
    return wk_error(WK_E_PRECISION, "needs more than %ld bits (cap) for %ld-bit accuracy",
                    (long) cap, (long) prec);
}

/* Ball input: whether the largest radius cur of this round failed to shrink
   below a quarter of the previous round's, i.e. the input's radii dominate
   and more precision does not help.  Keeps cur as the previous radius; never
   stalls for exact input. */
static inline int _wk_lie_stalled(mag_t prev, int * have_prev, const mag_t cur, int exact)
{
    if (!exact && *have_prev)
    {
        mag_mul_2exp_si(prev, prev, -2);
        if (mag_cmp(cur, prev) > 0)
            return 1;
    }
    mag_set(prev, cur);
    *have_prev = 1;
    return 0;
}

/* The checks at the top of each round of a refinement loop: the cap, then
   Ctrl-C. */
static inline wk_status _wk_lie_round_check(slong w, slong cap, slong prec)
{
    if (w > cap)
        return _wk_lie_cap_error(cap, prec);
    if (wk_interrupted())
        return wk_error(WK_E_INTERRUPT, "interrupted");
    return WK_OK;
}

/* ---- approximate eigensolvers (midpoints only; never certified) ------- */
/* Q: approximate orthonormal eigenvectors (columns, exact midpoints) and
   lambda: approximate eigenvalues (ascending, exact midpoints) of mid(S),
   symmetric n x n, to about 2^-w relative to ||S||.  Returns 0 on success,
   1 if the refinement did not converge, -1 if interrupted. */
int _wk_lie_symeig_approx(arb_mat_t Q, arb_ptr lambda, const arb_mat_t S, slong w);

/* R: approximate eigenvectors (columns) and E approximate eigenvalues of
   mid(A) (real or complex n x n), refined to about 2^-w.  Returns 0 on
   success, 1 if the refinement did not converge, -1 if interrupted. */
int _wk_lie_eig_approx(acb_mat_t R, acb_ptr E, const acb_mat_t A, slong w);

/* ---- certified decomposition of a symmetric ball matrix --------------- */
/* With Q (point, approximately orthogonal), Qinv (ball containing Q^-1),
   T = Qinv S Q = D + F (D = diag(d), d point), ||F||_2 <= f, and
   ||Q||_2 ||Q^-1||_2 <= cond. */
typedef struct {
    slong n;
    arb_mat_t Q, Qinv;
    arb_ptr d;      /* midpoints of diag(T), ascending up to rounding */
    mag_t f, cond;
    arb_ptr lam;    /* certified eigenvalue enclosures, ascending */
} _wk_lie_symdec_struct;
typedef _wk_lie_symdec_struct _wk_lie_symdec_t[1];

void _wk_lie_symdec_init(_wk_lie_symdec_t D, slong n);
void _wk_lie_symdec_clear(_wk_lie_symdec_t D);
/* Computes the decomposition of the symmetric ball S at working precision w.
   Returns 0 on success, 1 if the approximation failed, -1 if interrupted. */
int _wk_lie_symdec_compute(_wk_lie_symdec_t D, const arb_mat_t S, slong w);

typedef enum {
    _WK_LIE_F_SQRT, _WK_LIE_F_LOG, _WK_LIE_F_INVSQRT, _WK_LIE_F_ACOSC
} _wk_lie_symfun;
/* Sets F to an enclosure of fun(S) for every point matrix in S whose
   spectrum the decomposition certifies (acosc(c) = arccos(c)/sqrt(1-c^2),
   analytic for c > -1); the bounds hold for non-symmetric points as well.
   symmetrize: intersect (i,j) and (j,i), valid when the matrices of
   interest in S are symmetric.  Returns 0 on success, 1 if the spectrum
   could not be certified inside the domain. */
int _wk_lie_symdec_apply(arb_mat_t F, const _wk_lie_symdec_t D,
                         _wk_lie_symfun fun, int symmetrize, slong w);

/* ---- certified functions of a general matrix (funm.c) ----------------- */
typedef enum { _WK_LIE_FUNM_LOG, _WK_LIE_FUNM_SQRT } _wk_lie_funm_kind;
/* F (complex) = principal log / sqrt of every point matrix in A, through an
   approximate eigendecomposition at precision w.  eigs (may be NULL) gets
   disc enclosures of the eigenvalues (centres + common radius).  Returns 0 on
   success, 1 if the enclosure could not be certified (defective or too
   ill-conditioned at w), 2 if some eigenvalue is certainly real and
   negative (no principal log / sqrt), 3 if some eigenvalue disc meets
   (-oo, 0] undecidedly, -1 if interrupted. */
int _wk_lie_funm(acb_mat_t F, acb_ptr eigs, const acb_mat_t A, _wk_lie_funm_kind fun, slong w);

/* F = principal log / sqrt of the exact A (any Jordan structure) as the
   Hermite interpolant on the spectrum (hermite.c), at precision w.  Returns
   0 on success, 1 if not certified at w, 2 if an eigenvalue is real and
   <= 0, 3 if undecided, -1 if interrupted. */
int _wk_lie_funm_hermite(arb_mat_t F, const fmpq_mat_t A, _wk_lie_funm_kind fun, slong w);

/* ---- exact spectral facts (charpoly.c) -------------------------------- */
#include <flint/fmpz_poly_factor.h>
void _wk_lie_charpoly_factor(fmpz_poly_factor_t fac, const fmpq_mat_t A);
/* number of distinct negative real roots of a squarefree p */
slong _wk_lie_poly_num_neg_roots(const fmpz_poly_t p);
int _wk_lie_exact_nonpos_eigenvalue(char * buf, size_t len, const fmpq_mat_t A);
/* 1 if A is diagonalisable over C (squarefree part of charpoly kills A) */
int _wk_lie_exact_is_diagonalizable(const fmpq_mat_t A);

/* wk_lie_log_SO; without the residual-verified fallback for ball U whose
   angle ball contains pi (WK_E_UNDECIDED instead) unless allowed. */
wk_status _wk_lie_log_SO(arb_mat_t K, wk_lie_loginfo_t info, const wk_lie_src_t U,
                         slong prec, int allow_pi_fallback);
/* one polar attempt at working precision w (0 ok, 1 failed, -1 interrupt) */
int _wk_lie_polar_attempt(wk_lie_polar_t P, const wk_lie_src_t A, slong w);

/* acosc(c) = arccos(c)/sqrt(1-c^2) = 2F1(1,1;3/2;(1-c)/2), c > -1. */
void _wk_lie_acosc(arb_t res, const arb_t c, slong prec);

#endif

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lie: Lie group decompositions of GL+(n,R) and SL(n,R) on Arb balls
   (spec: shared/specs/lie-decompositions.md; Mironenco-Forre, ICLR 2024,
   arXiv:2310.11366): membership, exp/log, polar, Iwasawa, Cartan, the global
   chart, exp-image tests, Haar measures, samplers and the affine group.

   Conventions (spec section 1).  Matrices act on column vectors; results are
   Arb balls that contain the exact answer for every point matrix inside the
   input balls (exact rationals are points).  `prec` is the requested
   accuracy in bits: a result is accepted when every radius is at most
   2^-prec times its scale (the Frobenius norm of the result; 1 for U, K and
   for logarithms, whose absolute error is a relative error in the group).
   The working precision is raised internally (spec 3.2) up to
   max(8 prec, prec + 8192) bits.  Ball input whose own radii prevent this
   accuracy gives the best enclosure reached instead.

   Errors.  Functions return a wk_status and set a message (wk_error_msg)
   that names the offending quantity.  The spec's codes map as:
     E_SHAPE            -> WK_E_DIM        (non-square, 0 x 0, wrong length)
     E_NONFINITE        -> WK_E_DOMAIN     ("entry (i,j) is not finite")
     E_PRECISION        -> WK_E_PRECISION  (prec < 16, or the cap was hit)
     E_NOT_IN_GROUP     -> WK_E_DOMAIN     ("det = -2 <= 0: not in GL+(2)")
     E_UNDECIDED        -> WK_E_UNDECIDED  (a ball predicate cannot be decided)
     E_NO_LOG           -> WK_E_DOMAIN     ("... : no principal log")
     E_NOT_IN_EXP_IMAGE -> WK_E_DOMAIN     ("...: not in exp(sl(2))")
   Sizes above WK_LIE_MAX_N = 512 or prec above 2^24 give WK_E_TOO_LARGE;
   long loops poll wk_interrupted() and return WK_E_INTERRUPT.

   Aliasing: an output matrix must not be the matrix a wk_lie_src_t input
   points at (inputs are reread while the working precision grows); the
   affine-group functions allow aliasing as stated there.  Structures
   (_polar_t, _iwasawa_t, _kak_t, _sample_t, _mc_t, _loginfo_t) have paired
   _init/_clear; on error their contents are unspecified but valid to clear. */
#ifndef WK_LIE_H
#define WK_LIE_H

#include <flint/fmpq_mat.h>
#include <arb_mat.h>
#include <acb_mat.h>
#include "wk_core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- groups and matrix arguments -------------------------------------- */

typedef enum { WK_LIE_GLPLUS = 0, WK_LIE_SL = 1 } wk_lie_group;

/* A matrix argument: exact rationals (q != NULL) or balls (b != NULL).  The
   structure only points at the caller's matrix, which must outlive it.
   Exact input is decided exactly where the spec says so (membership,
   exp-image) and converted to balls at whatever working precision a
   computation needs. */
typedef struct {
    const fmpq_mat_struct * q;
    const arb_mat_struct * b;
} wk_lie_src_struct;
typedef wk_lie_src_struct wk_lie_src_t[1];

/* Makes s point at the exact matrix A / at the ball matrix A. */
void wk_lie_src_fmpq(wk_lie_src_t s, const fmpq_mat_t A);
void wk_lie_src_arb(wk_lie_src_t s, const arb_mat_t A);
slong wk_lie_src_nrows(const wk_lie_src_t s);
slong wk_lie_src_ncols(const wk_lie_src_t s);
/* 1 if the argument is exact (rational, or balls of radius zero). */
int wk_lie_src_is_exact(const wk_lie_src_t s);
/* Sets B (same shape) to the argument rounded to prec bits (exact entries
   that are dyadic stay exact). */
void wk_lie_src_get_arb(arb_mat_t B, const wk_lie_src_t s, slong prec);


/* ---- membership (spec 3.1) --------------------------------------------- */

/* Sets res to 1 if A is in G (GL+(n): det > 0; SL(n): det = 1), else 0.
   Exact input is decided exactly.  Ball input: GL+ is decided when the det
   ball is > 0 or <= 0; SL is false when the det ball excludes 1 and true only
   for an exact det equal to 1; otherwise WK_E_UNDECIDED.  The det is
   recomputed at higher precision (up to the cap of 3.2) while that helps.
   Errors: WK_E_DIM (shape), WK_E_DOMAIN (non-finite), WK_E_PRECISION. */
wk_status wk_lie_in_group(int * res, const wk_lie_src_t A, wk_lie_group G, slong prec);

/* ---- polar decomposition (spec D1, 3.2-3.3) ---------------------------- */

/* A = U H = Hl U with U in SO(n), H = (A^T A)^(1/2), Hl = (A A^T)^(1/2),
   X = log H, Xl = log Hl = U X U^T (X, Xl traceless for SL input). */
typedef struct {
    arb_mat_struct U, X, Xl, H, Hl;
    slong n;
    slong wprec;    /* working precision of the accepted attempt */
} wk_lie_polar_struct;
typedef wk_lie_polar_struct wk_lie_polar_t[1];

void wk_lie_polar_init(wk_lie_polar_t P, slong n);
void wk_lie_polar_clear(wk_lie_polar_t P);

/* Sets P to the polar decomposition of A in G.  P must have been
   initialised with the size of A.  Validates in the order of 3.1 (shape,
   finite, prec, membership: det <= 0 or det != 1 -> WK_E_DOMAIN "not in
   GL+(n)"/"not in SL(n)"; ball det meeting 0 -> WK_E_UNDECIDED).  The
   approximate phase diagonalises A^T A at w = prec + 2 log2(cond) + 32 bits;
   H, X, U are then certified (symdec.c: resolvent bounds), U = A H^-1 by a
   ball solve, Hl = A U^T, Xl = U X U^T; symmetric outputs are symmetrised by
   intersection.  w doubles until every radius is below 2^-prec times the
   scale (WK_E_PRECISION past the cap). */
wk_status wk_lie_polar(wk_lie_polar_t P, const wk_lie_src_t A, wk_lie_group G, slong prec);

/* ---- exponential, logarithm, square root (spec 3.4, 3.8) --------------- */

/* How a logarithm was obtained.  cert: WK_LIE_CERTIFIED for an enclosure,
   or WK_LIE_RESIDUAL_VERIFIED (where Arb has no certified routine: the log
   of a defective matrix, a rotation angle indistinguishable from pi) for a
   point value L with a certified bound `residual` >= ||exp(L) - A||_F that
   is not an enclosure.  unique: 0 when the log asked for is not unique
   (a rotation angle equal to pi, or a ball that contains pi); the canonical
   choice is then returned. */
typedef enum { WK_LIE_CERTIFIED = 0, WK_LIE_RESIDUAL_VERIFIED = 1 } wk_lie_cert;
typedef struct {
    wk_lie_cert cert;
    int unique;
    mag_struct residual;
} wk_lie_loginfo_struct;
typedef wk_lie_loginfo_struct wk_lie_loginfo_t[1];

void wk_lie_loginfo_init(wk_lie_loginfo_t info);
void wk_lie_loginfo_clear(wk_lie_loginfo_t info);

/* Sets E to exp(X) (arb_mat_exp at increasing precision); E has the size of
   X.  Exact symmetric X gives a symmetrised E.  No domain restriction. */
wk_status wk_lie_expm(arb_mat_t E, const wk_lie_src_t X, slong prec);

/* Sets L to the principal logarithm of A (eigenvalues of L with imaginary
   part in (-pi, pi)).  1 x 1 and 2 x 2: closed forms (for 2 x 2 with
   det > 0 and t = tr A/(2 sqrt det) > -1:
   L = (1/2) log(det) I + acosc(t)/sqrt(det) (A - (tr A/2) I),
   acosc(t) = arccos(t)/sqrt(1-t^2), certified also for defective A).
   n >= 3: an approximate eigendecomposition R is refined and
   T = R^-1 A R = D + F certified with a resolvent bound; repeated
   semisimple eigenvalues are fine.  Exact A that this cannot certify
   (defective, n >= 3): L = p(A) with p the Hermite interpolant of log on the
   spectrum with algebraic multiplicities (certified roots of the factored
   characteristic polynomial; hermite.c).  Exact input with a real eigenvalue
   <= 0 (exact test on the characteristic polynomial), or ball input with an
   eigenvalue certainly real and < 0: WK_E_DOMAIN "... no principal log";
   an eigenvalue ball merely touching (-oo, 0]: WK_E_UNDECIDED.  A defective
   ball A (n >= 3) gives, by inverse scaling and squaring at prec + 64 bits,
   a residual-verified point matrix (info->cert).  info may be NULL, in which
   case a defective ball A gives WK_E_PRECISION.  L has the size of A. */
wk_status wk_lie_logm(arb_mat_t L, wk_lie_loginfo_t info, const wk_lie_src_t A, slong prec);

/* Sets Y to the principal square root of A (eigenvalues with positive real
   part); same methods and errors as wk_lie_logm (2 x 2:
   Y = (A + s I)/sqrt(tr A + 2 s), s = sqrt(det A)); a defective ball A
   (n >= 3) gives WK_E_PRECISION. */
wk_status wk_lie_sqrtm(arb_mat_t Y, const wk_lie_src_t A, slong prec);

/* Sets K to log U for U in SO(n) (spec 3.7): a real skew matrix with
   rotation angles in [0, pi].  n = 1: 0.  n = 2: K = theta [[0,-1],[1,0]],
   theta = atan2(u21, u11) in (-pi, pi].  n >= 3: K = acosc(C) S with
   C = (U + U^T)/2, S = (U - U^T)/2, acosc(C) certified on a symmetric
   eigendecomposition.  An angle equal to pi (eigenvalue -1 of C, even
   multiplicity 2m): acosc := 0 there and
   pi sum_k (e_2k e_2k-1^T - e_2k-1 e_2k^T) is added for the orthonormal
   basis e of that eigenspace obtained by Gram-Schmidt from the projections
   of e_1, e_2, ... (n = 2: theta = pi); info->unique = 0.  Exact U: the
   eigenspace is computed over Q and K is certified.  Ball U whose angle ball
   contains pi (n >= 3): the same construction on the approximate
   eigenspace, residual-verified.  Exact U must satisfy U^T U = I and
   det U = 1 (else WK_E_DOMAIN "... not in SO(n)"); a ball U must be
   consistent with that; the enclosure then holds for the rotations in the
   ball. */
wk_status wk_lie_log_SO(arb_mat_t K, wk_lie_loginfo_t info, const wk_lie_src_t U, slong prec);

/* ---- Iwasawa KAN (spec D4, 3.5) ---------------------------------------- */

/* A = K diag(a) N: K in SO(n), a_i > 0, N unit upper triangular; the QR
   factorisation with positive diagonal (unique).  prod a_i = det A,
   a_1 = |A e_1|. */
typedef struct {
    arb_mat_struct K, N;
    arb_ptr a;
    slong n;
    slong wprec;
} wk_lie_iwasawa_struct;
typedef wk_lie_iwasawa_struct wk_lie_iwasawa_t[1];

void wk_lie_iwasawa_init(wk_lie_iwasawa_t KAN, slong n);
void wk_lie_iwasawa_clear(wk_lie_iwasawa_t KAN);

/* Sets KAN to the Iwasawa decomposition of A in G (validation as for
   wk_lie_polar).  Exact rational input (n <= 16): A^T A = L D L^T exactly
   over Q, so N = L^T exactly, a_i = sqrt(D_i) and K = (A L^-T) diag(a)^-1
   with A L^-T exact: only n square roots and n^2 products are rounded.
   Ball input: A^T A = L L^T (arb_mat_cho) at w = prec + 2 log2(cond) + 32
   bits, R = L^T, a = diag(R), N = diag(a)^-1 R, K^T = L^-1 A^T
   (arb_mat_solve_tril); K is intersected with [-1, 1].  Accepted when K and
   N meet the accuracy of 3.2 and each a_i has relative accuracy 2^-prec. */
wk_status wk_lie_iwasawa(wk_lie_iwasawa_t KAN, const wk_lie_src_t A, wk_lie_group G, slong prec);

/* ---- singular values and Cartan KAK (spec D3, 3.6) --------------------- */

/* Sets lambda (n entries, ascending) to the eigenvalues of the symmetric
   matrix S (certified enclosures: each eigenvalue lies in the hull of its
   component of the intervals of symdec; clusters share the hull).  Exact S
   must be symmetric (else WK_E_DOMAIN); a ball S is intersected with its
   transpose (WK_E_DOMAIN if some pair is disjoint) and the enclosure holds
   for its symmetric points.  Accepted when every radius is below
   2^-prec ||S||_F. */
wk_status wk_lie_eigvals_sym(arb_ptr lambda, const wk_lie_src_t S, slong prec);

/* Sets sigma (n entries) to the singular values of the square matrix A,
   descending: square roots of the certified eigenvalue enclosures of A^T A
   (clusters share the hull of their component).  Accepted when each sigma_i
   has relative accuracy 2^-prec (absolute, relative to sigma_1, for sigma_i
   whose ball contains 0).  No group membership is required. */
wk_status wk_lie_singular_values(arb_ptr sigma, const wk_lie_src_t A, slong prec);

/* A = U1 diag(sigma) V^T with U1, V in SO(n), sigma descending (spec D3).
   unique = 1 when the sigma balls are pairwise disjoint and the factors
   were certified: V's columns are unit eigenvectors of A^T A with their
   largest entry (the first one on near-ties) positive, then column 1
   negated if det V = -1; U1 = A V diag(sigma)^-1.  The factors are unique
   up to (U1 m, V m), m in M = {diag(+-1), det 1}; this fixes m.  Otherwise
   unique = 0, sigma is set and U1, V are indeterminate. */
typedef struct {
    arb_mat_struct U1, V;
    arb_ptr sigma;
    int unique;
    slong n;
    slong wprec;
} wk_lie_kak_struct;
typedef wk_lie_kak_struct wk_lie_kak_t[1];

void wk_lie_kak_init(wk_lie_kak_t R, slong n);
void wk_lie_kak_clear(wk_lie_kak_t R);

/* Sets R to the Cartan decomposition of A in G (validation as for
   wk_lie_polar). */
wk_status wk_lie_cartan_kak(wk_lie_kak_t R, const wk_lie_src_t A, wk_lie_group G, slong prec);

/* ---- global charts (spec D1, D5) ---------------------------------------- */

/* Sets g = xi(Y) = exp(Xp) exp(Xk), Xp = (Y + Y^T)/2, Xk = (Y - Y^T)/2
   (the paper's global chart gl(n) = p + k -> G).  For G = SL, tr Y must be
   0 (exact) or a ball containing 0, else WK_E_DOMAIN "tr Y = ... != 0: not
   in sl(n)".  g has the size of Y. */
wk_status wk_lie_chart_exp(arb_mat_t g, const wk_lie_src_t Y, wk_lie_group G, slong prec);

/* Sets Y = xi^-1(A) = Xl + log U: one matrix whose symmetric part is Xl and
   whose skew part is the SO(n) log of the polar factor U (kernel inputs of
   the paper are vee(Y)); then A = exp(Xl) exp(log U) is the product form,
   valid also outside exp(g).  The principal angle in (-pi, pi] is used (the
   authors' code takes the SO(2) angle in [0, 2 pi)).  A rotation angle of
   U equal to pi gives info->unique = 0; a ball whose angle cannot be
   separated from pi below max(4 prec, prec + 1024) bits gives the canonical
   residual-verified value (n >= 3) or unique = 0 (n = 2).  Validation as
   for wk_lie_polar.  info may be NULL. */
wk_status wk_lie_chart_log(arb_mat_t Y, wk_lie_loginfo_t info, const wk_lie_src_t A,
                           wk_lie_group G, slong prec);

/* Sets A = U exp(X) (left = 0) or exp(X) U (left = 1): the inverse of the
   polar chart A -> (U, X) (resp. (U, Xl)).  No membership check on U, X. */
wk_status wk_lie_polar_compose(arb_mat_t A, const wk_lie_src_t U, const wk_lie_src_t X,
                               int left, slong prec);

/* ---- exp image (spec 3.9) ----------------------------------------------- */

/* Sets res to 1 if A = exp(X) for a real X in gl(n) (G = GL+) or sl(n)
   (G = SL), else 0.  Exact input: A must be in G (decided exactly), then
   Culver's criterion: for each irreducible factor p of the characteristic
   polynomial with a negative real root (Sturm), the number of Jordan blocks
   of each size, from ranks of p(A)^k over Q, must be even.  Ball input:
   n = 2 by the trace of A/sqrt(det A) (> -2: in, < -2: out); n >= 3: every
   eigenvalue disc off (-oo, 0] -> 1, a certified simple negative
   eigenvalue -> 0, otherwise WK_E_UNDECIDED.  Elements outside the image
   still have the product form A = exp(Xl) exp(log U) (wk_lie_chart_log). */
wk_status wk_lie_in_exp_image(int * res, const wk_lie_src_t A, wk_lie_group G, slong prec);

/* Sets X to a real logarithm of A in gl(n) / sl(n): the principal log when
   it exists; for n = 2 and A = -c I, X = log(c) I + pi [[0,-1],[1,0]]
   (info->unique = 0).  Not in the image (e.g. SL(2) with tr A < -2, or
   J2(-1)): WK_E_DOMAIN "no real logarithm (Culver): not in exp(sl(2))".
   n >= 3 with a negative eigenvalue (real log without a principal one) is
   not constructed: WK_E_DOMAIN. */
wk_status wk_lie_exp_preimage(arb_mat_t X, wk_lie_loginfo_t info, const wk_lie_src_t A,
                              wk_lie_group G, slong prec);

/* ---- vee / hat coordinates (spec section 1) ------------------------------ */

/* Dimension of gl(n) (n^2) or sl(n) (n^2 - 1), and of p = Sym(n)
   (n(n+1)/2) or Sym0(n) (n(n+1)/2 - 1). */
slong wk_lie_algebra_dim(wk_lie_group G, slong n);
slong wk_lie_p_dim(wk_lie_group G, slong n);

/* Sets v (wk_lie_algebra_dim entries) to the coordinates of X in the
   orthonormal basis of spec section 1 for <X, Y> = alpha tr(X^T Y):
   GL(2): e11/sqrt(a), (e12+e21)/sqrt(2a), e22/sqrt(a), (e21-e12)/sqrt(2a);
   SL(2): (e12+e21)/sqrt(2a), (e21-e12)/sqrt(2a), (e11-e22)/sqrt(2a);
   n >= 3: e_ii/sqrt(a) (GL) or h_k = (sum_{i<=k} e_ii - k e_{k+1,k+1})
   /sqrt(a k(k+1)) (SL, k = 1..n-1), then (e_ij+e_ji)/sqrt(2a) and
   (e_ji-e_ij)/sqrt(2a) for i < j row-major.  G = SL needs tr X = 0 (a ball
   containing 0), else WK_E_DOMAIN.  alpha > 0. */
wk_status wk_lie_vee(arb_ptr v, const arb_mat_t X, wk_lie_group G, const arb_t alpha, slong prec);

/* Sets X (n x n) to sum_m v_m b_m, the inverse of wk_lie_vee; len must be
   the algebra dimension. */
wk_status wk_lie_hat(arb_mat_t X, arb_srcptr v, slong len, wk_lie_group G, const arb_t alpha, slong prec);

/* The same restricted to p (the symmetric part): v has wk_lie_p_dim
   entries, in the order of the basis above with the skew elements left out
   (SL(2): (e12+e21)/sqrt(2a), (e11-e22)/sqrt(2a)). */
wk_status wk_lie_vee_p(arb_ptr v, const arb_mat_t X, wk_lie_group G, const arb_t alpha, slong prec);
wk_status wk_lie_hat_p(arb_mat_t X, arb_srcptr v, slong len, wk_lie_group G, const arb_t alpha, slong prec);

/* Sets res = log |d vee_p / dX| against the measure coordinates of spec
   section 1 (dX = prod_{i<=j} dx_ij on Sym(n); dX0 = prod_{i<j} dx_ij
   prod_{i<n} dx_ii on Sym0(n)): (d/2) log alpha + (n(n-1)/4) log 2, plus
   (1/2) log n for SL. */
void wk_lie_vee_p_logjac(arb_t res, wk_lie_group G, slong n, const arb_t alpha, slong prec);

/* ---- Haar measures (spec section 4) -------------------------------------- */

/* The charts of section 4: Lebesgue (H1, dg on GL+ only), polar (H2/H4,
   coordinates X in Sym(n) / Sym0(n) and R), square root (H3, S in PD(n) and
   R; GL+ only), Iwasawa (H5), Cartan (H6).  dR, dK, dU, dV are Haar
   probability measures on SO(n). */
typedef enum {
    WK_LIE_CHART_LEBESGUE, WK_LIE_CHART_POLAR, WK_LIE_CHART_SQRT,
    WK_LIE_CHART_IWASAWA, WK_LIE_CHART_CARTAN
} wk_lie_chart;

/* Sets v = Vol(SO(n)) = prod_{k=2}^n 2 pi^(k/2)/Gamma(k/2) for the metric
   (1/2) tr(A^T B) (2 pi, 8 pi^2, ...; 1 for n = 1). */
void wk_lie_vol_SO(arb_t v, slong n, slong prec);

/* Sets c to the chart's normalising constant: GL+: Lebesgue 1, polar
   C_n = 2^(n(n-1)/2) Vol(SO(n)) (C_2 = 4 pi, C_3 = 64 pi^2), sqrt
   2^-n Vol(SO(n)), Iwasawa Vol(SO(n)), Cartan 2^(n(n-1)/2-(n-1)) Vol(SO(n))^2.
   SL (relative to H4: dmu_SL = J(X) dX0 dR): polar 1, Iwasawa
   2^(-n(n-1)/2) (w.r.t. dt_1..dt_{n-1}), Cartan 2^-(n-1) Vol(SO(n))
   (w.r.t. dt_1..dt_{n-1}); Lebesgue and sqrt: WK_E_DOMAIN. */
wk_status wk_lie_haar_const(arb_t c, wk_lie_chart chart, wk_lie_group G, slong n, slong prec);

/* Sets res = log J(X) = sum_{i<j} log(sinh(l_i - l_j)/(l_i - l_j)) from the
   eigenvalues lambda (n entries; balls may overlap: J is symmetric). */
void wk_lie_log_J(arb_t res, arb_srcptr lambda, slong n, slong prec);

/* log of the Haar density in each chart, constant included:
   polar: log(C J(X)) for symmetric X (C = C_n for GL+, 1 for SL with
   tr X = 0); sqrt: log(2^-n Vol) - (n+1)/2 log det S for S positive definite
   (Cholesky-certified); Iwasawa: GL+: log Vol + sum_i (n-2i) log a_i
   (a: n entries > 0, w.r.t. da dN dK), SL: log 2^(-n(n-1)/2)
   + sum_i (n+1-2i) t_i with t_n = -(t_1+..+t_{n-1}) (a: the n-1 entries
   t_i = log a_i, w.r.t. dt dN dK); Cartan: log(const) + sum_{i<j}
   log sinh(t_i - t_j) for t_1 > ... > t_n (SL: n-1 free entries, t_n =
   -sum), w.r.t. dt dU dV; Lebesgue (GL+): -n log det g w.r.t. dg. */
wk_status wk_lie_haar_logdensity_polar(arb_t res, const wk_lie_src_t X, wk_lie_group G, slong prec);
wk_status wk_lie_haar_logdensity_sqrt(arb_t res, const wk_lie_src_t S, slong prec);
wk_status wk_lie_haar_logdensity_iwasawa(arb_t res, arb_srcptr a, slong n, wk_lie_group G, slong prec);
wk_status wk_lie_haar_logdensity_cartan(arb_t res, arb_srcptr t, slong n, wk_lie_group G, slong prec);
wk_status wk_lie_haar_logdensity_lebesgue(arb_t res, const wk_lie_src_t g, slong prec);

/* The density at a group element: g is decomposed in the chart (polar: X;
   sqrt: S = g g^T; Iwasawa: a; Cartan: t = log sigma) and the density of
   its coordinates returned (log). */
wk_status wk_lie_haar_logdensity_at(arb_t res, wk_lie_chart chart, const wk_lie_src_t g,
                                    wk_lie_group G, slong prec);

/* ---- sampling and invariant integration (spec section 5) ----------------- */

/* Sets R (n x n) to a Haar-random element of SO(n): n = 2 angle uniform in
   [-pi, pi); n >= 3 the Q factor (positive-diagonal R) of a matrix of
   standard normal doubles, column 1 negated if det = -1 (Mezzadri).  R is a
   ball containing an exact rotation. */
wk_status wk_lie_sample_SO(arb_mat_t R, wk_rand_t st, slong prec);

/* Sets R to the rotation by theta_k = 2 pi k / N (0 <= k < N), the
   deterministic SO(2) grid. */
wk_status wk_lie_so2_grid(arb_mat_t R, slong k, slong N, slong prec);

/* A sample g = exp(X) R on G with g^-1 = R^T exp(-X), and log w, the log of
   its importance weight: integral_G f dmu ~ (1/N) sum_i w_i f(g_i). */
typedef struct {
    arb_mat_struct g, ginv, X, R;
    arb_struct logw;
    slong n;
} wk_lie_sample_struct;
typedef wk_lie_sample_struct wk_lie_sample_t[1];

void wk_lie_sample_init(wk_lie_sample_t s, slong n);
void wk_lie_sample_clear(wk_lie_sample_t s);

/* The paper's sampler: v ~ N(0, sigma2 I) in the orthonormal basis of p
   (wk_lie_hat_p with metric alpha), X = hat(v)/2 (so g = S^(1/2) R with
   S = exp(hat(v))), R Haar on SO(n);
   w = C J(X)/q(X), q the density of X w.r.t. dX (C = C_n for GL+, 1 for SL;
   spec estimator (a)).  Defaults of the code: G = SL, n = 2, sigma2 = 0.1. */
wk_status wk_lie_sample_polar(wk_lie_sample_t s, wk_rand_t st, wk_lie_group G, double sigma2,
                              const arb_t alpha, slong prec);

/* Truncated-uniform sampler (spec estimator (b)): measure coordinates
   x_ij (i <= j; SL: x_nn = -sum) uniform in [-L, L], L = half_width;
   w = C J(X) (2L)^dim p.  Integrates f restricted to exp(box) SO(n). */
wk_status wk_lie_sample_box(wk_lie_sample_t s, wk_rand_t st, wk_lie_group G, double half_width, slong prec);

/* Integrand: sets res = f(g); may return an error status. */
typedef wk_status (*wk_lie_integrand)(arb_t res, const arb_mat_t g, void * ctx, slong prec);

typedef enum {
    WK_LIE_MC_IMPORTANCE,   /* (a) polar sampler, weights C J/q: unbiased */
    WK_LIE_MC_BOX,          /* (b) box sampler, weights C J vol(B) */
    WK_LIE_MC_UNWEIGHTED    /* (c) plain mean of f over the polar sampler */
} wk_lie_mc_method;

/* value: the Monte Carlo estimate (a ball only for the arithmetic);
   stderr_est: the sample standard error sqrt(var/N) (statistical, not a
   bound); n: number of samples. */
typedef struct {
    arb_struct value, stderr_est;
    slong n;
} wk_lie_mc_struct;
typedef wk_lie_mc_struct wk_lie_mc_t[1];

void wk_lie_mc_init(wk_lie_mc_t r);
void wk_lie_mc_clear(wk_lie_mc_t r);

/* Sets res to a Monte Carlo estimate of integral_G f dmu over N >= 2
   samples (G's Haar measure normalised as in section 4; SL by H4).  param is
   sigma2 for the polar sampler or the half-width for the box; alpha the
   metric of the vee basis.  The same seed gives the same estimate.
   Reports progress; polls interrupts. */
wk_status wk_lie_invariant_integral(wk_lie_mc_t res, wk_lie_integrand f, void * ctx,
                                    wk_lie_group G, slong n, slong N, wk_lie_mc_method method,
                                    double param, const arb_t alpha, wk_rand_t st, slong prec);

/* ---- the affine group R^n x| G (spec section 6) -------------------------- */

/* (t, g) ~ [[g, t], [0, 1]] acting by x -> g x + t.  Vectors have n entries;
   outputs may alias inputs. */
/* Sets (t, g) = (t1, g1)(t2, g2) = (t1 + g1 t2, g1 g2). */
wk_status wk_lie_affine_mul(arb_ptr t, arb_mat_t g, arb_srcptr t1, const arb_mat_t g1,
                            arb_srcptr t2, const arb_mat_t g2, slong prec);
/* Sets (t, g) = (t1, g1)^-1 = (-g1^-1 t1, g1^-1); WK_E_UNDECIDED if g1 is not
   certified invertible. */
wk_status wk_lie_affine_inv(arb_ptr t, arb_mat_t g, arb_srcptr t1, const arb_mat_t g1, slong prec);
/* Sets y = g x + t. */
wk_status wk_lie_affine_act(arb_ptr y, arb_srcptr t, const arb_mat_t g, arb_srcptr x, slong prec);
/* Sets M ((n+1) x (n+1)) to [[g, t], [0, 1]]. */
void wk_lie_affine_matrix(arb_mat_t M, arb_srcptr t, const arb_mat_t g);

/* res = log Delta(t, g) = -log |det g| (mu_L(E x) = Delta(x) mu_L(E)). */
wk_status wk_lie_affine_log_modular(arb_t res, const arb_mat_t g, slong prec);

/* log of the left (right = 0) or right (right = 1) Haar density at (t, g):
   w.r.t. dt dmu_G(g) (lebesgue = 0): left |det g|^-1, right 1; w.r.t.
   Lebesgue dt dg (lebesgue = 1, GL+ only): left |det g|^(-n-1), right
   |det g|^-n.  SL is unimodular (det g = 1). */
wk_status wk_lie_affine_haar_logdensity(arb_t res, int right, int lebesgue, const arb_mat_t g,
                                        wk_lie_group G, slong prec);

/* A grid of m^n cells of side `step` starting at lo in every coordinate;
   the x-integrals are midpoint Riemann sums over it (the pixel grid). */
typedef struct {
    arb_struct lo, step;
    slong m;
} wk_lie_grid_struct;
typedef wk_lie_grid_struct wk_lie_grid_t[1];

/* Functions on R^n and on R^n x G (kernels, images, feature maps). */
typedef wk_status (*wk_lie_fn_rn)(arb_t res, arb_srcptr x, slong n, void * ctx, slong prec);
typedef wk_status (*wk_lie_fn_rn_g)(arb_t res, arb_srcptr x, const arb_mat_t g, slong n,
                                    void * ctx, slong prec);

/* Lifting correlation (k * f)(t, h) = |det h|^-1 int k(h^-1 (x - t)) f(x) dx
   (x-integral on the grid; k * L_u f = L_u (k * f) holds for the integral,
   up to quadrature error for the sum). */
wk_status wk_lie_lift_correlation(arb_t res, wk_lie_fn_rn k, void * kctx, wk_lie_fn_rn f, void * fctx,
                                  arb_srcptr t, const arb_mat_t h, const wk_lie_grid_t grid, slong prec);

/* Group correlation (k * F)(t, h) = int_G int k(h^-1(x - t), h^-1 h')
   F(x, h') |det h'|^-1 dx dmu_G(h'): the h'-integral as
   (1/N) sum_j w_j (...)(h'_j) over the samples hs[0..N-1] with log weights
   logw (NULL: w_j = 1, the code's unweighted mean). */
wk_status wk_lie_group_correlation(arb_t res, wk_lie_fn_rn_g k, void * kctx, wk_lie_fn_rn_g F, void * Fctx,
                                   arb_srcptr t, const arb_mat_t h, const arb_mat_struct * hs,
                                   arb_srcptr logw, slong nsamples, const wk_lie_grid_t grid, slong prec);

#ifdef __cplusplus
}
#endif
#endif

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/lambdadet: Robbins–Rumsey lambda-determinants, alternating sign matrices,
   the multi-parameter (site-weight) lambda-determinant and the octahedron
   recurrence.  Spec: shared/specs/lambda-determinants.md (section numbers below). */
#ifndef WK_LAMBDADET_H
#define WK_LAMBDADET_H

#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/fmpz_mat.h>
#include <flint/fmpq_mat.h>
#include <flint/fmpq_mpoly.h>
#include "wk_core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Conventions used throughout.
   - Indices in messages and in the statistics are 1-based, as in the spec.
   - lambda = -1 is Dodgson condensation: det_{-1}(M) = det(M);
     det_lambda [[a,b],[c,d]] = a d + lambda b c (spec 2).
   - An ASM is given as an fmpz_mat with entries in {-1, 0, 1}.
   - The multi-parameter lambda-determinant det_{p,r} of an n x n matrix takes
     p, an (n-1)x(n-1) matrix (p_ij, 1 <= i,j <= n-1) and r, an (n-2)x(n-2)
     matrix whose entry (a,b) is r_{a+1,b+1} (2 <= i,j <= n-1); for n <= 2
     r is 0x0, for n <= 1 p is 0x0 too (spec 3, reconstructed definition).
   - Size guards return WK_E_TOO_LARGE, stating the size and the limit; long
     loops poll wk_interrupted() (WK_E_INTERRUPT, everything freed) and call
     wk_progress(). */

/* ======================================================================
   Alternating sign matrices (spec 1, 4.5)
   ====================================================================== */

/* Sets res to A_n = prod_{k=0}^{n-1} (3k+1)!/(n+k)!, the number of n x n
   ASMs (A_0 = 1), from the prime factorisation of the product.
   WK_E_DOMAIN if n < 0; WK_E_TOO_LARGE if A_n would have more than
   WK_LAMBDADET_COUNT_MAX_BITS bits (n about 9400). */
#define WK_LAMBDADET_COUNT_MAX_BITS (((slong) 1) << 25)
wk_status wk_lambdadet_asm_count(fmpz_t res, slong n);

/* Returns 1 if A is an alternating sign matrix, 0 otherwise; never fails.
   If reason is not NULL (and len > 0) it receives a short explanation when
   the answer is 0 ("row 2 sums to 0", "entry (1,2) is 2, not -1, 0 or 1",
   "matrix is 2x3, not square", ...), and "" when the answer is 1.
   The 0x0 matrix is an ASM. */
int wk_lambdadet_is_asm(char *reason, size_t len, const fmpz_mat_t A);

/* Sets *inv to inv(A) = sum over i<k, j>l of a_ij a_kl (for a permutation
   matrix, its number of inversions).  WK_E_DOMAIN if A is not an ASM
   ("argument is not an alternating sign matrix (row 2 sums to 0)"). */
wk_status wk_lambdadet_asm_inv(slong *inv, const fmpz_mat_t A);

/* Sets *neg to the number of entries -1 of the ASM A; WK_E_DOMAIN as above. */
wk_status wk_lambdadet_asm_neg(slong *neg, const fmpz_mat_t A);

/* Sets H to the corner sums h(i,j) = sum_{a<=i, b<=j} A_ab, 0 <= i <= r,
   0 <= j <= c, of the r x c matrix A (any integer matrix).  H must be
   initialised; it is re-initialised to (r+1) x (c+1).  No aliasing. */
void wk_lambdadet_corner_sums(fmpz_mat_t H, const fmpz_mat_t A);

/* The weight data of an ASM in the multi-parameter expansion (spec 3):
   E ((n-1)x(n-1)), E_ij = min(i,j) - h(i,j), the exponent of p_ij;
   F ((n-2)x(n-2)), entry (a,b) = F_{a+1,b+1} with
   F_ij = min(i-1,j-1) - min(h(i-1,j), h(i,j-1)), the exponent of r_ij;
   sites (neg x 2): the 1-based positions (i,j) of the entries -1, in
   row-major order (each contributes a factor 1 + r_ij). */
typedef struct {
    fmpz_mat_t E, F, sites;
} wk_lambdadet_weight_struct;
typedef wk_lambdadet_weight_struct wk_lambdadet_weight_t[1];

/* Initialises w with three 0x0 matrices. */
void wk_lambdadet_weight_init(wk_lambdadet_weight_t w);
void wk_lambdadet_weight_clear(wk_lambdadet_weight_t w);

/* Sets w to the weight data of the ASM A (the matrices are re-initialised
   to the sizes above; for n <= 2 F is 0x0, for n <= 1 E is 0x0 too).
   WK_E_DOMAIN if A is not an ASM. */
wk_status wk_lambdadet_asm_weight(wk_lambdadet_weight_t w, const fmpz_mat_t A);

/* The ASMs of one size n, as a flat array: ASM number k (0-based) has entry
   (i,j) (0-based) at entries[(k*n + i)*n + j]. */
typedef struct {
    slong n, length, alloc;
    signed char *entries;
} wk_lambdadet_asm_list_struct;
typedef wk_lambdadet_asm_list_struct wk_lambdadet_asm_list_t[1];

void wk_lambdadet_asm_list_init(wk_lambdadet_asm_list_t L);
void wk_lambdadet_asm_list_clear(wk_lambdadet_asm_list_t L);

/* Default bound on the number of matrices asm_list produces (A_7). */
#define WK_LAMBDADET_LIST_LIMIT 218348

/* Sets L to all n x n ASMs, enumerated through monotone triangles (spec 1),
   in decreasing lexicographic order of the row-major entry vector (so the
   identity comes first and the anti-identity last).  limit <= 0 means
   WK_LAMBDADET_LIST_LIMIT; WK_E_TOO_LARGE if A_n > limit ("n = 8 gives
   10850216 matrices; limit is 218348"), WK_E_DOMAIN if n < 0. */
wk_status wk_lambdadet_asm_list(wk_lambdadet_asm_list_t L, slong n, slong limit);

/* Sets A (re-initialised to n x n) to ASM number k of L (0 <= k < length). */
void wk_lambdadet_asm_list_get(fmpz_mat_t A, const wk_lambdadet_asm_list_t L, slong k);

/* Calls fn(a, n, inv, neg, data) once for every n x n ASM, in the order of
   wk_lambdadet_asm_list; a is the row-major entry array (valid during the
   call only), inv and neg its statistics.  A nonzero return from fn stops
   the enumeration and is passed back as the status (so fn may return a
   wk_status).  Polls the interrupt flag.  WK_E_DOMAIN if n < 0 or n > 62. */
typedef int (*wk_lambdadet_asm_fn)(const signed char *a, slong n, slong inv,
                                   slong neg, void *data);
wk_status wk_lambdadet_asm_foreach(slong n, wk_lambdadet_asm_fn fn, void *data);

/* Sets D (re-initialised) to the joint distribution of (inv, neg) over the
   n x n ASMs: D has n(n-1)/2 + 1 rows and floor((n-1)^2/4) + 1 columns, and
   entry (i, g) (0-based) counts the ASMs with inv = i and neg = g.  A
   transfer dynamic programme over pairs of consecutive monotone-triangle
   rows (spec 1, (b)).  WK_E_DOMAIN if n < 0; WK_E_TOO_LARGE if n > 14. */
#define WK_LAMBDADET_STATS_MAX_N 14
wk_status wk_lambdadet_asm_stats(fmpz_mat_t D, slong n);

/* ======================================================================
   Numeric lambda-determinants over Q (spec 2, 3, 4.1, 4.2)
   ====================================================================== */

/* Sets res to det_lambda(M) (spec 2) for a square rational matrix M.
   lambda = -1: fmpq_mat_det; lambda = 0: the diagonal product.  Otherwise
   fraction-free lambda-condensation (rows scaled to integers, every level
   times its block's interior product and a power of lambda's denominator,
   exact integer divisions) for n < 40, and from n = 40 (120 without AVX2)
   multimodular condensation (four primes per AVX2 vector, OpenMP over
   primes, a rigorous bound from the positive condensation of |M| in ball
   arithmetic; lib/lambdadet/NOTES.md); an interior entry m_ij = 0 (2 <= i,j <= n-1) is a
   pole: WK_E_DOMAIN "pole: interior entry (2,2) is zero; det_lambda has a
   term with m22^-1 (lambda = 1)".  If only an intermediate lambda-minor is
   zero the value is still returned exactly (condensation of M + eps R over
   truncated Laurent series in eps with tracked precision, R a fixed seeded
   random integer matrix; the result is the eps^0 coefficient).
   WK_E_DIM if M is not square ("matrix is 2x3, not square").
   The 0x0 matrix has det_lambda 1. */
wk_status wk_lambdadet_ldet(fmpq_t res, const fmpq_mat_t M, const fmpq_t lambda);

/* Sets res to the multi-parameter lambda-determinant det_{p,r}(M) (spec 3):
   the condensation with coefficient
     L^(k)_ij = prod_{t=0}^{k-2} p_{i+t,j+t} * prod_{t=1}^{k-2} r_{i+t,j+t}.
   WK_E_DIM if M is not square or p, r have the wrong size ("p must be 3x3
   for a 4x4 matrix, got 2x3").  An interior zero m_ij is a pole
   (WK_E_DOMAIN) unless the parameters kill every ASM term with m_ij^-1;
   with degenerate parameters (some p = 0, r = 0 or r = -1) this is decided
   by the transfer evaluation, which is limited to n <= 16 (WK_E_TOO_LARGE
   beyond).  Intermediate zero minors are handled as in wk_lambdadet_ldet. */
wk_status wk_lambdadet_ldet_multi(fmpq_t res, const fmpq_mat_t M,
                                  const fmpq_mat_t p, const fmpq_mat_t r);

/* Transfer (monotone-triangle) evaluation (spec 4.2): the ASM sum of spec 2
   (resp. spec 3) computed row by row over pairs of consecutive sets, with no
   division by a minor.  An independent route for the two functions above,
   exact also when M has zeros: a pole (a term with nonzero coefficient and
   m_ij^-1, m_ij = 0) is WK_E_DOMAIN as above.  O(3^n) transitions;
   WK_E_TOO_LARGE if n > WK_LAMBDADET_TRANSFER_MAX_N. */
#define WK_LAMBDADET_TRANSFER_MAX_N 16
wk_status wk_lambdadet_ldet_transfer(fmpq_t res, const fmpq_mat_t M,
                                     const fmpq_t lambda);
wk_status wk_lambdadet_ldet_multi_transfer(fmpq_t res, const fmpq_mat_t M,
                                           const fmpq_mat_t p, const fmpq_mat_t r);

/* The condensation array (the octahedron recurrence / T-system, spec 2):
   levels[k] (k = 0..n) is the (n-k+1)x(n-k+1) matrix X^(k), X^(0) = ones,
   X^(1) = M, X^(k)_ij the lambda-minor of the k x k block at (i,j), and
   X^(n) the 1x1 matrix (det_lambda(M)). */
typedef struct {
    slong n;
    fmpq_mat_struct *levels;   /* n + 1 matrices, NULL when n = -1 (empty) */
} wk_lambdadet_pyramid_struct;
typedef wk_lambdadet_pyramid_struct wk_lambdadet_pyramid_t[1];

void wk_lambdadet_pyramid_init(wk_lambdadet_pyramid_t X);
void wk_lambdadet_pyramid_clear(wk_lambdadet_pyramid_t X);

/* Sets X to the condensation array of M for det_lambda (resp. det_{p,r}).
   Every entry is the value of a Laurent polynomial that is defined whenever
   the top one is: errors as wk_lambdadet_ldet (poles at interior zeros when
   lambda is not 0 or -1; for the multi version every interior zero entry is
   reported as a pole).  Zero intermediate minors are handled as in
   wk_lambdadet_ldet.  On error X is left empty (n = -1). */
wk_status wk_lambdadet_pyramid(wk_lambdadet_pyramid_t X, const fmpq_mat_t M,
                               const fmpq_t lambda);
wk_status wk_lambdadet_pyramid_multi(wk_lambdadet_pyramid_t X, const fmpq_mat_t M,
                                     const fmpq_mat_t p, const fmpq_mat_t r);

/* ======================================================================
   Symbolic results (spec 4.3, 4.4)
   ====================================================================== */

/* A Laurent polynomial in a context created by the function that fills it:
   value = poly * prod_v x_v^shift[v], every shift[v] <= 0, variables named
   names[0..nvars-1] (the context is ORD_LEX in that order).  This is what a
   binding needs to build its (polynomial, per-variable shift) value.
   The stored poly is not reduced against the shift: poly may be divisible
   by a variable with a negative shift. */
typedef struct {
    int ready;                 /* 0 after init: no context yet */
    slong nvars;
    fmpq_mpoly_ctx_t ctx;
    fmpq_mpoly_t poly;
    slong *shift;
    char **names;
} wk_lambdadet_laurent_struct;
typedef wk_lambdadet_laurent_struct wk_lambdadet_laurent_t[1];

void wk_lambdadet_laurent_init(wk_lambdadet_laurent_t L);
void wk_lambdadet_laurent_clear(wk_lambdadet_laurent_t L);

/* Variable order used by the generic functions below, for an n x n matrix:
     x11, x12, ..., x1n, x21, ..., xnn          (n^2 entries, row-major)
     lam                                         (only when lambda is symbolic)
     p11, ..., p1(n-1), ..., p(n-1)(n-1)         (multi only, (n-1)^2)
     r22, ..., r2(n-1), ..., r(n-1)(n-1)         (multi only, (n-2)^2)
   shift is -1 at every interior x_ij (2 <= i,j <= n-1) and 0 elsewhere, so
   poly = det * prod_{interior} x_ij has exponents 0, 1, 2 only. */

/* Default term guard of the generic expansions: 2^25 terms. */
#define WK_LAMBDADET_EXPAND_MAX_TERMS (((slong) 1) << 25)

/* Sets L to the generic det_lambda of the n x n matrix (x_ij) built from the
   Robbins–Rumsey ASM sum (spec 2, 4.4), one term per ASM (times the powers
   of lambda), pushed in sorted order: output-sensitive, no condensation.
   lambda NULL: lambda is the variable lam (last); otherwise the given
   rational (terms with coefficient 0 are absent).  max_terms <= 0 means
   WK_LAMBDADET_EXPAND_MAX_TERMS; on any error L is left empty (ready = 0).
   WK_E_TOO_LARGE "result would have
   911835460 monomials (n = 9); limit is 33554432" past it (lam symbolic
   counts terms, sum over ASMs of neg+1).  WK_E_DOMAIN if n < 0.  Reports
   progress as "ldet_expand". */
wk_status wk_lambdadet_expand(wk_lambdadet_laurent_t L, slong n,
                              const fmpq_t lambda, slong max_terms);

/* Sets L to the generic det_{p,r} (x, p and r all variables) from the ASM
   expansion of spec 3: sum over ASMs of x^A p^E r^F prod_{-1 sites}(1+r_ij),
   2^{n(n-1)/2} terms.  Guard and errors as wk_lambdadet_expand. */
wk_status wk_lambdadet_expand_multi(wk_lambdadet_laurent_t L, slong n,
                                    slong max_terms);

/* The "generic route" (spec 4.3): the same results as wk_lambdadet_expand
   (resp. _expand_multi), computed instead by lambda-condensation of the
   generic matrix over fmpz_mpoly, every level scaled by the product of its
   block's interior entries so that each step is an exact division
   (fmpq_mpoly_divides).  A division that is not exact is WK_E_INTERNAL
   "Laurent phenomenon failed: ...".  This is the route that a general
   computer algebra system would take; it is kept for comparison and for
   the Laurent check of spec 3.  Guards: n <= 7 with lambda numeric,
   n <= 6 with lambda symbolic or for the multi version (WK_E_TOO_LARGE).
   Result in the same variables and layout as the expansions. */
wk_status wk_lambdadet_condense_generic(wk_lambdadet_laurent_t L, slong n,
                                        const fmpq_t lambda);
wk_status wk_lambdadet_condense_generic_multi(wk_lambdadet_laurent_t L, slong n);

/* General octahedron recurrence over Q[vars] in a caller's context:
     P^(k)_ij P^(k-2)_{i+1,j+1} = alpha P^(k-1)_ij P^(k-1)_{i+1,j+1}
                                 + beta C^(k)_ij P^(k-1)_{i,j+1} P^(k-1)_{i+1,j}
   with P^(k) = X^(k) * (product of the interior entries of the block) and
   alpha, beta the monomials in the entries that this scaling produces
   (spec 4.1(3)).  M: n*n polynomials, row-major; C: the coefficients
   C^(k)_ij for k = 2..n, level after level, each level (n-k+1)^2 entries
   row-major.  On success (*failed = 0) sets num = P^(n)_11, so that
   X^(n)_11 = num / prod_{2<=i,j<=n-1} m_ij.  If a division is not exact
   sets *failed = 1 and fail_k, fail_i, fail_j to the first failing
   X^(k)_ij (1-based), num to 0, and returns WK_OK: for coefficients that do
   not satisfy a Laurent phenomenon this is an answer, not an error.
   WK_E_DOMAIN if a divisor is the zero polynomial; WK_E_INTERRUPT. */
wk_status wk_lambdadet_octahedron_mpoly(fmpq_mpoly_t num, int *failed,
        slong *fail_k, slong *fail_i, slong *fail_j,
        const fmpq_mpoly_struct *M, slong n, const fmpq_mpoly_struct *C,
        const fmpq_mpoly_ctx_t ctx);

/* Sets num/den to det_lambda(M) for a matrix of polynomials M (n*n entries,
   row-major) and a polynomial lambda, all in the caller's context ctx
   (symbolic entries and/or symbolic lambda).  den is the product of the
   interior entries divided by its gcd with the numerator, made monic; when
   every interior entry is a monomial, den is a monomial and num/den is a
   Laurent polynomial.  Pole rule as wk_lambdadet_ldet (lambda counts as
   0 or -1 only if it is that constant).  Zero intermediate minors are
   handled by perturbing with an extra variable.  Aliasing of num/den with
   inputs is not allowed. */
wk_status wk_lambdadet_ldet_mpoly(fmpq_mpoly_t num, fmpq_mpoly_t den,
        const fmpq_mpoly_struct *M, slong n, const fmpq_mpoly_t lambda,
        const fmpq_mpoly_ctx_t ctx);

/* As wk_lambdadet_ldet_mpoly for det_{p,r} with polynomial parameters:
   p has (n-1)^2 and r has (n-2)^2 entries (row-major, r's entry (a,b) is
   r_{a+1,b+1}).  Every interior zero entry is a pole here. */
wk_status wk_lambdadet_ldet_multi_mpoly(fmpq_mpoly_t num, fmpq_mpoly_t den,
        const fmpq_mpoly_struct *M, slong n, const fmpq_mpoly_struct *p,
        const fmpq_mpoly_struct *r, const fmpq_mpoly_ctx_t ctx);

#ifdef __cplusplus
}
#endif
#endif

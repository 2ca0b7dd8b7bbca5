/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/wk_cylindric.h: cylindric plane partitions.  Profiles (0/1 words and
   Gessel-Krattenthaler compositions), Borodin's product and its series to any
   order, an independent transfer-matrix count and enumeration, reverse plane
   partitions, the Macdonald (q,t) weight and series, growth diagrams, RSK and
   the bijections behind the product formulas.
   Spec: shared/specs/cylindric-partitions.md (sections cited as "spec 3").

   Conventions used throughout:
   - A profile is an array w[0..T-1] of 0/1 entries (slong); w[k-1] is the
     spec's w_k.  1 is an "up" step (mu^k/mu^{k-1} a horizontal strip), 0 a
     "down" step (mu^{k-1}/mu^k a horizontal strip).
   - A cylindric partition (CPP) with profile w is the sequence
     mu^0, ..., mu^T with mu^T = mu^0; its size is |mu^1| + ... + |mu^T|.
   - Functions that can fail return a wk_status and leave a message with
     wk_error() in the words of spec 8 (never prefixed by a function name).
     They check every argument before allocating FLINT objects; outputs are
     untouched on failure unless stated otherwise. */
#ifndef WK_CYLINDRIC_H
#define WK_CYLINDRIC_H

#include <flint/flint.h>
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/fmpz_poly.h>
#include <flint/nmod_poly.h>
#include <flint/fmpz_mpoly.h>
#include "wk_core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- size guards --------------------------------------------------------- */
#define WK_CPP_MAX_T            (WORD(1) << 20)   /* profile / composition word length */
#define WK_CPP_SERIES_MAX_N     WORD(10000000)    /* truncation order of exact series */
#define WK_CPP_SERIES_MAX_BYTES (WORD(3) << 30)   /* estimated size of an exact series */
#define WK_CPP_TRANSFER_MAX_N   WORD(120)         /* brute-force transfer count / list */
#define WK_CPP_TRANSFER_MAX_STATES WORD(4000000)  /* partitions kept by the transfer count */
#define WK_CPP_LIST_LIMIT       WORD(1000000)     /* default cap on cpp_list */
#define WK_PARTITION_MAX_PART   (WORD(1) << 32)
#define WK_PARTITION_MAX_LENGTH (WORD(1) << 24)
#define WK_QT_MAX_DEGREE        WORD(20000)       /* expanded (q,t) numerators */
#define WK_QT_MAX_BITS          WORD(20000000)    /* a (q,t) value at a rational point */
#define WK_QT_MAX_CELLS         WORD(1000000)     /* cells of a CPP given a (q,t) weight */
#define WK_QT_SERIES_MAX_N      WORD(40)          /* symbolic (q,t) series */
#define WK_QT_SERIES_FMPQ_MAX_N WORD(400)         /* (q,t) series at a rational point */
#define WK_RSK_MAX_CELLS        WORD(10000000)    /* sum of the entries of an RSK matrix */
#define WK_FILL_MAX_EXCHANGES   WORD(10000000)    /* steps of the cylindric bijection */

/* ==== partitions ========================================================== */

/* A partition: parts[0] >= parts[1] >= ... >= parts[length-1] > 0. */
typedef struct {
    slong *parts;
    slong length;
    slong alloc;
} wk_partition_struct;
typedef wk_partition_struct wk_partition_t[1];

/* Initialises p to the empty partition. */
void wk_partition_init(wk_partition_t p);
void wk_partition_clear(wk_partition_t p);
/* Sets res to p (aliasing allowed). */
void wk_partition_set(wk_partition_t res, const wk_partition_t p);
void wk_partition_swap(wk_partition_t a, wk_partition_t b);
/* Sets p to the empty partition. */
void wk_partition_zero(wk_partition_t p);

/* Returns WK_OK if parts[0..n-1] is weakly decreasing with no negative
   entry (trailing zeros allowed), else WK_E_DOMAIN with a message naming the
   first offending position, e.g. "partition (1,3) is not weakly decreasing
   (part 2 is 3, part 1 is 1)" or "partition (2,-1) has a negative part (part
   2 is -1)"; WK_E_TOO_LARGE beyond WK_PARTITION_MAX_PART/MAX_LENGTH. */
wk_status wk_partition_check_vec(const slong *parts, slong n);
/* Checks parts (as wk_partition_check_vec) and sets p to it, trailing zeros
   dropped.  p is unchanged on failure. */
wk_status wk_partition_set_vec(wk_partition_t p, const slong *parts, slong n);

/* |p|, the sum of the parts. */
slong wk_partition_size(const wk_partition_t p);
/* Part i (0-based), 0 when i >= length (or i < 0). */
static inline slong wk_partition_part(const wk_partition_t p, slong i)
{
    return (i >= 0 && i < p->length) ? p->parts[i] : 0;
}
int wk_partition_equal(const wk_partition_t a, const wk_partition_t b);
/* Returns 1 if mu is contained in lam (mu_i <= lam_i for all i). */
int wk_partition_contains(const wk_partition_t lam, const wk_partition_t mu);
/* Returns 1 if lam/mu is a horizontal strip: lam_1 >= mu_1 >= lam_2 >= mu_2
   >= ... (mu contained in lam, at most one box in each column). */
int wk_partition_is_horizontal_strip(const wk_partition_t lam, const wk_partition_t mu);
/* Sets res to the conjugate (transpose) of p.  Aliasing allowed. */
void wk_partition_conjugate(wk_partition_t res, const wk_partition_t p);
/* "(3,1,1)"; the empty partition is "()".  flint_malloc'd, caller frees. */
char *wk_partition_get_str(const wk_partition_t p);

/* ==== profiles ============================================================ */

/* WK_OK if w[0..T-1] is a profile: T >= 1, entries 0 or 1.  Messages:
   "profile must be non-empty", "profile entries must be 0 or 1 (got 2 at
   position 2)" (positions 1-based); WK_E_TOO_LARGE beyond WK_CPP_MAX_T. */
wk_status wk_cpp_profile_check(const slong *w, slong T);
/* Parses a string of 0s and 1s ("1010") into *w (flint_malloc'd, caller
   frees with flint_free) and *T.  Same messages as wk_cpp_profile_check, with
   the offending character quoted when it is not a digit. */
wk_status wk_cpp_profile_set_str(slong **w, slong *T, const char *s);
/* "1010"; flint_malloc'd. */
char *wk_cpp_profile_get_str(const slong *w, slong T);
/* Number of 1 entries (k) of w; the number of 0 entries is T - k. */
slong wk_cpp_profile_ones(const slong *w, slong T);

/* Gessel-Krattenthaler composition c = (c_1, ..., c_k) -> the binary profile
   w(c) = 1 0^{c_1} 1 0^{c_2} ... 1 0^{c_k} (spec 1), of length T = k + sum c.
   *w is flint_malloc'd.  Messages (spec 8): "profile must be non-empty"
   (k = 0), "composition entries must be nonnegative integers";
   WK_E_TOO_LARGE when T would exceed WK_CPP_MAX_T. */
wk_status wk_cpp_gk_to_word(slong **w, slong *T, const slong *c, slong k);
/* Binary profile -> composition: rotate w left by *shift (the index of its
   first 1) so that it starts with 1, then read the run lengths of 0s; so w
   rotated left by *shift is gk_to_word(c).  *c is flint_malloc'd, *k >= 1.  A
   profile without a 1 has no composition: "profile has no entry 1, so it is
   not of the form w(c)".  shift may be NULL. */
wk_status wk_cpp_word_to_gk(slong **c, slong *k, slong *shift, const slong *w, slong T);
/* The boundary word of the Young diagram lam (spec 1): walk from the
   bottom-left to the top-right corner, 1 for an east step and 0 for a north
   step ((2,1) -> 1010, (3,1) -> 10110).  The empty partition gives T = 0 and
   *w = NULL; otherwise *w is flint_malloc'd. */
void wk_cpp_shape_to_word(slong **w, slong *T, const wk_partition_t lam);

/* ==== Borodin's product (spec 2) ========================================= */

/* Sets f[d-1] = f(d) = #{i in Z/T : w_i = 1, w_{i+d} = 0} for d = 1..T-1
   (f has T - 1 entries; nothing is written when T = 1).  f(d) = f(T - d) and
   sum f = k l.  O(T log T). */
wk_status wk_cpp_borodin_f(slong *f, const slong *w, slong T);
/* Sets e[0] = 0 and e[m] for 1 <= m <= N to the exponent of (1 - q^m)^{-1}
   in Borodin's product: 1 if T | m, else f(m mod T).  e has N + 1 entries. */
wk_status wk_cpp_borodin_exponents(slong *e, const slong *w, slong T, slong N);
/* The product as a person writes it, e.g. for 1010
   "1/((q^4;q^4)_inf * (q;q^4)_inf^2 * (q^3;q^4)_inf^2)".  NULL if w is not a
   profile (then the error message is set).  flint_malloc'd. */
char *wk_cpp_borodin_product_get_str(const slong *w, slong T);

/* ==== the series sum_pi q^|pi| ============================================ */

/* Sets res to the generating function of CPPs with profile w modulo
   q^{N+1}, exactly: Borodin's product, by the Euler-transform recurrence for
   small N and otherwise by wk_cpp_series_multimod.  Messages: profile errors,
   "truncation order must be a nonnegative integer" (N < 0), and
   WK_E_TOO_LARGE with the size and the limit past WK_CPP_SERIES_MAX_N or when
   the result would need more than WK_CPP_SERIES_MAX_BYTES.  Polls
   wk_interrupted() (WK_E_INTERRUPT, res then zero) and reports progress. */
wk_status wk_cpp_series(fmpz_poly_t res, const slong *w, slong T, slong N);
/* The same by the recurrence n a_n = sum_{k=1}^n b_k a_{n-k},
   b_k = sum_{m | k} m e_m: O(N^2) integer operations. */
wk_status wk_cpp_series_euler(fmpz_poly_t res, const slong *w, slong T, slong N);
/* The same by Jacobi's triple product, which writes Borodin's product as
   (q^T;q^T)^{E-1} / ((q^{T/2};q^{T/2})^{f(T/2)} prod_{d<T/2} theta_d^{f(d)})
   with sparse theta_d (see NOTES.md), then, modulo NTT primes below 2^62, a
   Newton division (Karp-Markstein); the number of primes for each
   coefficient comes from an Arb (mag_t) bound sum_m e_m log(1/(1-x^m)) -
   n log x on its size, and the coefficients are recovered by CRT.  Profiles
   with more than 48 theta factors use an NTT Newton exponential instead.
   The primes run in parallel (OpenMP).  O(N^{3/2} log N) bit operations. */
wk_status wk_cpp_series_multimod(fmpz_poly_t res, const slong *w, slong T, slong N);
/* The series modulo the prime res->mod.n (res must be initialised with it);
   "modulus must be a prime" otherwise.  Works for every prime, also p <= N. */
wk_status wk_cpp_series_nmod(nmod_poly_t res, const slong *w, slong T, slong N);
/* Sets c to the coefficient of q^n (the number of CPPs of size n). */
wk_status wk_cpp_coeff(fmpz_t c, const slong *w, slong T, slong n);

/* Sets res to prod_{m=1}^{N} (1 - q^m)^{-e[m]} modulo q^{N+1} for
   exponents e[1..N] >= 0 (e[0] is ignored): the recurrence for small N; for
   finite products of small degree (hook products) an NTT division by the
   exact polynomial prod (1 - q^m)^{e[m]}; else an NTT Newton exponential of
   sum_k (sum_{m|k} m e[m]) q^k / k; both modulo primes with CRT as in
   wk_cpp_series_multimod.  "exponents must be nonnegative (e[3] = -1)";
   WK_E_TOO_LARGE as for wk_cpp_series. */
wk_status wk_cpp_euler_product(fmpz_poly_t res, const slong *e, slong N);

/* Reverse plane partitions of shape lam (CPPs with mu^0 = empty and profile
   the boundary word of lam): sets res to prod_{cells} 1/(1 - q^{hook})
   modulo q^{N+1} (spec 1, 2).  The empty shape gives 1. */
wk_status wk_cpp_rpp_series(fmpz_poly_t res, const wk_partition_t lam, slong N);
/* Plane partitions with at most a rows and b columns (a, b < 0 meaning no
   bound): prod_{n>=1} (1 - q^n)^{-h(n)} with h(n) the number of cells of hook
   length n in the a x b rectangle; MacMahon's prod (1-q^n)^{-n} when both are
   unbounded. */
wk_status wk_cpp_plane_partition_series(fmpz_poly_t res, slong a, slong b, slong N);

/* ==== cylindric partitions as objects ===================================== */

typedef struct {
    slong T;                  /* profile length */
    slong *w;                 /* profile, T entries */
    wk_partition_struct *mu;  /* mu^0 .. mu^T, T + 1 entries, mu^T = mu^0 */
} wk_cpp_struct;
typedef wk_cpp_struct wk_cpp_t[1];

/* Initialises pi to the empty object (T = 0); wk_cpp_set gives it a value. */
void wk_cpp_init(wk_cpp_t pi);
void wk_cpp_clear(wk_cpp_t pi);
/* Deep copy (aliasing allowed). */
void wk_cpp_set_cpp(wk_cpp_t res, const wk_cpp_t pi);

/* Modes of wk_cpp_check_seq. */
#define WK_CPP_STRICT      0  /* each step a horizontal strip (a CPP) */
#define WK_CPP_CONTAINMENT 1  /* each step only a containment (see NOTES.md) */

/* Checks that mu[0..nmu-1] is a CPP with profile w: nmu == T + 1 and
   mu[T] == mu[0] (or nmu == T, the closing mu^T = mu^0 implied), and each
   step w_k = 1 has mu^k/mu^{k-1} a horizontal strip, w_k = 0 has
   mu^{k-1}/mu^k one.  Messages: "not a cylindric partition with profile 10:
   step 1 (up) needs (1)/(2) to be a horizontal strip", "... mu^2 = (1)
   differs from mu^0 = (2)", "a cylindric partition with profile 10 is a list
   of 3 partitions mu^0..mu^2, got 5".  In WK_CPP_CONTAINMENT mode a step only
   needs the containment, with the same message. */
wk_status wk_cpp_check_seq(const slong *w, slong T, const wk_partition_struct *mu,
                           slong nmu, int mode);
/* Checks (strict mode) and sets pi.  pi is unchanged on failure. */
wk_status wk_cpp_set(wk_cpp_t pi, const slong *w, slong T,
                     const wk_partition_struct *mu, slong nmu);
/* |pi| = |mu^1| + ... + |mu^T|. */
slong wk_cpp_size(const wk_cpp_t pi);
int wk_cpp_equal(const wk_cpp_t a, const wk_cpp_t b);

/* The rows of the shifted-rows picture (Gessel-Krattenthaler form) of pi:
   walking up the boundary, a 1 of w is a north step (the left edge of a
   row) and a 0 an east step, and the diagonals starting at the boundary
   vertices carry mu^0, mu^1, ....  Row r (r = 0..k-1, from the top) belongs
   to the (r+1)-th 1 of w counted from the right, at position t (1-based):
   rows[r]_j = mu^{t+j} part number #1s in w_{t+1} .. w_{t+j} (0-based, all
   indices mod T), up to its first zero; offset[r] = l - #0s in w_{t+1} ..
   w_{t_0} is the column of its first entry (t_0 the last 1, l = #0s).  The
   next period repeats row 0 at offset 0.  Entries decrease along rows and
   down columns (rows[r]_j >= rows[r+1]_{j + offset[r] - offset[r+1]}), the
   k rows sum to |pi|, and the shifts between rows are the 0-runs of w read
   from the right: the picture is the GK object of word_to_gk(w) reversed
   (NOTES.md).  Sets *k (the number of 1s; 0 for an all-0 profile, then no
   rows), rows (k partitions, initialised here) and offset, both
   flint_malloc'd; clear the rows with wk_partition_clear, then flint_free. */
void wk_cpp_get_rows(wk_partition_struct **rows, slong **offset, slong *k,
                     const wk_cpp_t pi);
/* The text a person draws: the slices "(1) | (2,1) | (1)", then the
   shifted-rows picture, one line a row, and the first row again, l columns
   further left, marked "(first row again)"; an empty row shows as ".".
   For profile 10 and (1) | (2,1) | (1):
       (1) | (2,1) | (1)
         2 1 1
       2 1 1   (first row again)
   flint_malloc'd. */
char *wk_cpp_get_str(const wk_cpp_t pi);
/* Draws the shifted-rows picture (one period of rows and the repeated first
   row in grey, the boundary path in colour) to an SVG file at path. */
wk_status wk_cpp_write_svg(const wk_cpp_t pi, const char *path);

/* ==== brute force: transfer-matrix count and enumeration (spec 5) ========= */

/* Sets res to sum_{|pi| <= N} q^{|pi|} over CPPs with profile w, counted by
   propagating partition-indexed vectors through the T steps for every start
   mu^0 (never using the product formula).  rpp != 0 counts only those with
   mu^0 = empty (reverse plane partitions of the boundary shape of w).
   WK_E_TOO_LARGE past WK_CPP_TRANSFER_MAX_N or ..._MAX_STATES partitions. */
wk_status wk_cpp_count_transfer(fmpz_poly_t res, const slong *w, slong T, slong N, int rpp);

typedef struct {
    wk_cpp_struct *entries;
    slong length;
    slong alloc;
} wk_cpp_list_struct;
typedef wk_cpp_list_struct wk_cpp_list_t[1];

void wk_cpp_list_init(wk_cpp_list_t L);
void wk_cpp_list_clear(wk_cpp_list_t L);
/* Sets L to all CPPs with profile w and size exactly n, ordered by mu^0,
   then mu^1, mu^2, ..., each by size and then reverse lexicographically
   ((2) before (1,1)).  First counts them (wk_cpp_count_transfer); if the count
   exceeds limit (limit < 0: WK_CPP_LIST_LIMIT) nothing is listed and the
   message is "1234567 objects exceed the limit 1000000". */
wk_status wk_cpp_list(wk_cpp_list_t L, const slong *w, slong T, slong n, slong limit);

/* ==== the Macdonald (q,t) weight and series (spec 3) ====================== */

/* A factored rational function prod (1 - q^a t^b)^{e} (e may be negative);
   factors are distinct (a, b) pairs with e != 0, sorted, a + b >= 1. */
typedef struct {
    slong a, b, e;
} wk_qt_factor_struct;

typedef struct {
    wk_qt_factor_struct *f;
    slong length;
    slong alloc;
} wk_qt_factored_struct;
typedef wk_qt_factored_struct wk_qt_factored_t[1];

void wk_qt_factored_init(wk_qt_factored_t F);
void wk_qt_factored_clear(wk_qt_factored_t F);
/* Multiplies F by (1 - q^a t^b)^e. */
void wk_qt_factored_mul_factor(wk_qt_factored_t F, slong a, slong b, slong e);
/* Expands F into num/den over fmpz_mpoly in ctx (two variables: q then t),
   cancelled by their gcd and normalised so that den has constant term 1.
   WK_E_TOO_LARGE if an expanded side would pass degree WK_QT_MAX_DEGREE. */
wk_status wk_qt_factored_get_fraction(fmpz_mpoly_t num, fmpz_mpoly_t den,
                                      const wk_qt_factored_t F, const fmpz_mpoly_ctx_t ctx);
/* Evaluates F at rational q, t.  If a denominator factor vanishes the reduced
   fraction is evaluated instead; if its denominator vanishes too:
   "weight is singular at q = 1" (or "at q = 1, t = 1/2").  WK_E_TOO_LARGE
   when the value would need more than WK_QT_MAX_BITS bits. */
wk_status wk_qt_factored_evaluate_fmpq(fmpq_t res, const wk_qt_factored_t F,
                                       const fmpq_t q, const fmpq_t t);

/* Macdonald's b_lam(s) = (1 - q^a t^{l+1})/(1 - q^{a+1} t^l) for the cell
   s = (i, j) (0-based row, column; a = arm, l = leg); 1 if s is not in lam.
   Multiplies F by b_lam(s)^e. */
void wk_qt_mul_b(wk_qt_factored_t F, const wk_partition_t lam, slong i, slong j, slong e);
/* Multiplies F by phi_{lam/mu} = prod_{s in C} b_lam(s)/b_mu(s), C = the cells
   of lam in the columns meeting lam/mu (Macdonald VI (6.24)).  Precondition:
   mu contained in lam. */
void wk_qt_mul_phi(wk_qt_factored_t F, const wk_partition_t lam, const wk_partition_t mu);
/* Multiplies F by psi_{lam/mu} = prod_{s in R \ C} b_mu(s)/b_lam(s), R = the
   cells of lam in the rows meeting lam/mu.  Precondition: mu in lam. */
void wk_qt_mul_psi(wk_qt_factored_t F, const wk_partition_t lam, const wk_partition_t mu);

/* Sets F to A_pi(q,t) = prod_{w_k=1} phi_{mu^k/mu^{k-1}} prod_{w_k=0}
   psi_{mu^{k-1}/mu^k} for the sequence mu[0..nmu-1] with profile w, checked
   by wk_cpp_check_seq in the given mode (the formula only needs the
   containments; on a CPP it is the spec's A_pi). */
wk_status wk_cpp_qt_weight_factored(wk_qt_factored_t F, const slong *w, slong T,
                                    const wk_partition_struct *mu, slong nmu, int mode);
/* A_pi as a reduced fraction num/den in Z[q,t] (ctx: q, t). */
wk_status wk_cpp_qt_weight(fmpz_mpoly_t num, fmpz_mpoly_t den, const slong *w, slong T,
                           const wk_partition_struct *mu, slong nmu, int mode,
                           const fmpz_mpoly_ctx_t ctx);
/* A_pi at rational q, t; "weight is singular at q = 1" when it has a pole. */
wk_status wk_cpp_qt_weight_fmpq(fmpq_t res, const slong *w, slong T,
                                const wk_partition_struct *mu, slong nmu, int mode,
                                const fmpq_t q, const fmpq_t t);

/* The (q,t) series sum_pi A_pi z^{|pi|} to z^N from the product side
   1/(z^T;z^T)_inf prod_d prod_n [(t z^{d+nT};q)_inf/(z^{d+nT};q)_inf]^{f(d)}:
   coeffs[n] (n = 0..N) is the polynomial P_n in Z[q,t] with
   [z^n] = P_n / (q;q)_n. */
typedef struct {
    fmpz_mpoly_struct *coeffs;
    slong length;
} wk_qt_series_struct;
typedef wk_qt_series_struct wk_qt_series_t[1];

void wk_qt_series_init(wk_qt_series_t S, const fmpz_mpoly_ctx_t ctx);
void wk_qt_series_clear(wk_qt_series_t S, const fmpz_mpoly_ctx_t ctx);
/* WK_E_TOO_LARGE past N = WK_QT_SERIES_MAX_N. */
wk_status wk_cpp_qt_series(wk_qt_series_t S, const slong *w, slong T, slong N,
                           const fmpz_mpoly_ctx_t ctx);
/* The same series at rational q, t: c[0..N] (an initialised fmpq vector).
   Singular when q = 1 or q = -1 and the order reaches a pole ("(q,t) series
   is singular at q = -1").  WK_E_TOO_LARGE past N = WK_QT_SERIES_FMPQ_MAX_N
   or when a coefficient would need more than about WK_QT_MAX_BITS bits. */
wk_status wk_cpp_qt_series_fmpq(fmpq *c, const slong *w, slong T, slong N,
                                const fmpq_t q, const fmpq_t t);

/* ==== growth diagrams and RSK (spec 4) ==================================== */

/* Forward local rule: lam_1 = max(mu_1, nu_1) + m, lam_i = max(mu_i, nu_i)
   + min(mu_{i-1}, nu_{i-1}) - rho_{i-1}.  Preconditions checked: mu/rho and
   nu/rho horizontal strips ("mu/rho is not a horizontal strip"), m >= 0 ("m
   must be nonnegative").  Aliasing of lam with an input is allowed. */
wk_status wk_growth_forward(wk_partition_t lam, const wk_partition_t rho,
                            const wk_partition_t mu, const wk_partition_t nu, slong m);
/* Backward local rule: m = lam_1 - max(mu_1, nu_1), rho_i = min(mu_i, nu_i) +
   max(mu_{i+1}, nu_{i+1}) - lam_{i+1}.  Checks lam/mu and lam/nu are
   horizontal strips ("lam/mu is not a horizontal strip"). */
wk_status wk_growth_backward(wk_partition_t rho, slong *m, const wk_partition_t lam,
                             const wk_partition_t mu, const wk_partition_t nu);

/* A tableau: a shape and its entries row by row. */
typedef struct {
    wk_partition_struct shape;
    slong *entries;   /* |shape| entries: row 0 left to right, then row 1, ... */
} wk_tableau_struct;
typedef wk_tableau_struct wk_tableau_t[1];

void wk_tableau_init(wk_tableau_t P);
void wk_tableau_clear(wk_tableau_t P);
/* Entry in row i, column j (0-based); precondition: (i, j) in the shape. */
slong wk_tableau_entry(const wk_tableau_t P, slong i, slong j);
/* Sets P from a shape and |shape| entries row by row. */
void wk_tableau_set(wk_tableau_t P, const wk_partition_t shape, const slong *entries);
/* Checks P is semistandard (rows weakly, columns strictly increasing) with
   entries in 1..max ("tableau is not semistandard: row 1 decreases at column
   2", "tableau entry 5 is outside 1..4"). */
wk_status wk_tableau_check_ssyt(const wk_tableau_t P, slong max);

/* RSK of the a x b matrix A (row-major, entries >= 0) by Fomin's growth
   diagram: P (entries = column indices 1..b) and Q (entries = row indices
   1..a) of the same shape.  Messages: "matrix entries must be nonnegative
   (entry (1,2) is -1)"; WK_E_TOO_LARGE if sum A > WK_RSK_MAX_CELLS. */
wk_status wk_rsk(wk_tableau_t P, wk_tableau_t Q, const slong *A, slong a, slong b);
/* Inverse: sets A (a x b, row-major, caller-allocated) from semistandard P,
   Q of the same shape with entries of P in 1..b and of Q in 1..a, running
   the backward rule. */
wk_status wk_rsk_inverse(slong *A, slong a, slong b, const wk_tableau_t P, const wk_tableau_t Q);

/* ==== the bijections (spec 4) ============================================ */

/* One recorded exchange: the 1 labelled p and the 0 labelled z, the n-th
   time (0-based) they met, with value m > 0.  For reverse plane partitions p
   and z are the 1-based positions i < j of the cell (i, j) and n = 0; for the
   cylindric bijection they are 0-based step labels. */
typedef struct {
    slong p, z, n, m;
} wk_fill_struct;

typedef struct {
    wk_fill_struct *entries;   /* sorted by (p, z, n), distinct keys, m > 0 */
    slong length;
    slong alloc;
} wk_filling_struct;
typedef wk_filling_struct wk_filling_t[1];

void wk_filling_init(wk_filling_t F);
void wk_filling_clear(wk_filling_t F);
/* Sets F from an unsorted list (entries with m = 0 dropped).  Keys must be
   distinct and n, m >= 0 ("filling has two entries for (0,1,0)"). */
wk_status wk_filling_set(wk_filling_t F, const wk_fill_struct *e, slong len);
/* The weight sum m ((z - p) mod T + n T) of a cylindric filling (T >= 1);
   with T = 0, sum m (z - p), the weight of an RPP filling. */
slong wk_filling_weight(const wk_filling_t F, slong T);

/* Reverse plane partition (given as its slices, mu^0 = mu^T = empty) ->
   filling of its cells by the backward rule, exchanging the leftmost factor
   "10" of w until none is left (spec 4).  |rpp| = sum m (j - i).
   "not a reverse plane partition: mu^0 = (1) is not empty". */
wk_status wk_rpp_to_filling(wk_filling_t F, const wk_cpp_t rpp);
/* Inverse: a filling of the cells (i, j) (1-based, i < j, w_i = 1, w_j = 0,
   m >= 0) -> the RPP with profile w.  "filling entry (2,1) is not a cell of
   profile 1100 (needs i < j, w_i = 1, w_j = 0)". */
wk_status wk_rpp_from_filling(wk_cpp_t rpp, const slong *w, slong T, const wk_filling_t F);

/* Reverse plane partition from the rows of its diagram: shape lam and
   |lam| entries row by row, >= 0, weakly increasing along rows and down
   columns ("not a reverse plane partition: row 1 decreases at column 2");
   profile = boundary word of lam.  The empty shape is rejected (no profile). */
wk_status wk_rpp_set_rows(wk_cpp_t rpp, const wk_partition_t lam, const slong *entries);
/* The diagram of an RPP (mu^0 empty, any profile w): sets lam to the shape
   whose cells are the pairs i < j with w_i = 1, w_j = 0 (row r from the top
   has as many cells as there are 1s before the r-th 0 from the right) and
   *entries (flint_malloc'd) to its |lam| entries row by row.  "not a reverse
   plane partition: mu^0 = (1) is not empty". */
wk_status wk_rpp_get_rows(slong **entries, wk_partition_t lam, const wk_cpp_t rpp);

/* The cylindric bijection (spec 4, reconstructed): exchanges the smallest
   cyclic factor "10" again and again, recording fill[(p, z, n)] = m, until
   after a whole block of k*l exchanges all mu^s are equal to kappa.  Then
   |pi| = T |kappa| + wk_filling_weight(F, T).  For an all-0 or all-1 profile
   pi is constant: kappa = mu^0, F empty.  *blocks (may be NULL) receives the
   number of blocks used. */
wk_status wk_cpp_to_filling(wk_partition_t kappa, wk_filling_t F, slong *blocks,
                            const wk_cpp_t pi);
/* Inverse: runs the same schedule (it depends only on w) for whole blocks
   until every key (p, z, n) of F has occurred, then replays it backwards
   from the constant sequence kappa with the forward rule.  (The spec's
   "1 + max n blocks" is not always enough: a pair can meet twice in one
   block; NOTES.md.)  Checks that p labels a 1 and z a 0 of w ("filling key
   (1,1,0) does not pair a 1 with a 0 of profile 10"); WK_E_TOO_LARGE past
   WK_FILL_MAX_EXCHANGES exchanges.  For F empty (or an all-0/all-1 w) the
   result is the constant sequence kappa. */
wk_status wk_cpp_from_filling(wk_cpp_t pi, const slong *w, slong T,
                              const wk_partition_t kappa, const wk_filling_t F);

#ifdef __cplusplus
}
#endif
#endif

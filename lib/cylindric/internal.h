/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/cylindric/internal.h: helpers shared by the files of lib/cylindric
   (not installed). */
#ifndef WK_CYLINDRIC_INTERNAL_H
#define WK_CYLINDRIC_INTERNAL_H
#include "wk_cylindric.h"

/* Makes room for n parts. */
void _wk_partition_fit_length(wk_partition_t p, slong n);
/* Drops trailing zero parts. */
void _wk_partition_normalise(wk_partition_t p);
/* Sets p from parts[0..n-1], assumed valid (trailing zeros allowed). */
void _wk_partition_set_vec(wk_partition_t p, const slong *parts, slong n);

/* Resizes pi for profile w (copied; w may be pi->w) with all partitions
   empty (cpp.c). */
void _wk_cpp_fit_profile(wk_cpp_t pi, const slong *w, slong T);

/* The local rules without checks (growth.c); the output may alias an
   input.  Preconditions: those of wk_growth_forward / wk_growth_backward. */
void _wk_growth_forward(wk_partition_t lam, const wk_partition_t rho,
                        const wk_partition_t mu, const wk_partition_t nu, slong m);
void _wk_growth_backward(wk_partition_t rho, slong *m, const wk_partition_t lam,
                         const wk_partition_t mu, const wk_partition_t nu);

/* A growable character buffer for the get_str functions. */
typedef struct {
    char *s;
    size_t len, alloc;
} wk_cyl_strbuf;
void _wk_cyl_strbuf_init(wk_cyl_strbuf *b);
void _wk_cyl_strbuf_printf(wk_cyl_strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void _wk_cyl_strbuf_putc(wk_cyl_strbuf *b, char c);
/* Returns the string (flint_malloc'd); the buffer is spent. */
char *_wk_cyl_strbuf_finish(wk_cyl_strbuf *b);

/* Appends "(3,1,1)" to b. */
void _wk_partition_append_str(wk_cyl_strbuf *b, const wk_partition_t p);
/* Appends the profile as "1010" (shortened with "..." past 64 letters). */
void _wk_cpp_profile_append_str(wk_cyl_strbuf *b, const slong *w, slong T);

/* Multimodular driver (multimod.c).  fn writes the first n coefficients
   of the series modulo the NTT prime F->p into out.  res[0..N] receives the
   integers, coefficient k from the first bits[k]/61 + 1 primes (bits[k]: a
   bound on log2 |coefficient k|, nondecreasing; sign != 0 for series with
   negative coefficients).  The NTT tables serve lengths up to 2^lgmax.
   Polls wk_interrupted() between primes. */
struct wk_cyl_ntt_struct_tag;
typedef void (*_wk_cyl_modular_fn)(ulong *out, slong n, const struct wk_cyl_ntt_struct_tag *F, void *data);
wk_status _wk_cyl_series_multimod(fmpz *res, slong N, const slong *bits, int sign, int lgmax,
                              _wk_cyl_modular_fn fn, void *data, const char *what);

/* Series engine (multimod.c): sets res[0..N] to num/den modulo q^{N+1}
   exactly, for den(0) = 1, given for each n an upper bound bits[n] on
   log2 |coefficient n| (nondecreasing) and the sign convention (nonneg != 0:
   all coefficients are known to be >= 0).  num and den must have small
   (word-size-fitting after reduction) coefficients; uses NTT primes. */
wk_status _wk_cyl_series_quotient_multimod(fmpz *res, slong N, const fmpz_poly_t num,
                                       const fmpz_poly_t den, const slong *bits,
                                       int nonneg);
/* Bound (bound.c): bits[n] >= log2 [q^n] prod_{m<=N} (1-q^m)^{-e[m]} for all
   0 <= n <= N (e[m] >= 0), nondecreasing in n; computed with Arb's mag_t. */
void _wk_cyl_euler_bits(slong *bits, const slong *e, slong N);
/* prod (1 - q^m)^{-e[m]} by the multimodular exponential (euler.c). */
wk_status _wk_cyl_euler_multimod(fmpz *res, const slong *e, slong N, const slong *bits);
/* The Euler-transform recurrence on exponents e[1..N] >= 0 (euler.c). */
wk_status _wk_cyl_euler_recurrence(fmpz *res, const slong *e, slong N);
/* Estimated bytes of the exact series with coefficient bounds bits[0..N]. */
double _wk_cyl_series_bytes(const slong *bits, slong N);
/* Allocates and sets *bits by _wk_cyl_euler_bits, or fails (nothing
   allocated) with WK_E_TOO_LARGE when the series would need more than
   WK_CPP_SERIES_MAX_BYTES. */
wk_status _wk_cyl_series_bits(slong **bits, const slong *e, slong N);
/* WK_OK if rpp has a profile and mu^0 is empty, else the message "not a
   reverse plane partition: ..." (rpp.c). */
wk_status _wk_cpp_rpp_check(const wk_cpp_t rpp);

/* Ends an exact series computed into res->coeffs[0..N] (fit beforehand):
   sets the length, or on failure zeroes res; returns st (euler.c). */
wk_status _wk_cyl_series_finish(fmpz_poly_t res, slong N, wk_status st);
/* Checks N for the series functions ("truncation order ..."). */
wk_status _wk_cyl_check_order(slong N, slong limit);

#endif

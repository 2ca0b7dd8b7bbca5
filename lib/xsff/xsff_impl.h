/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/xsff_impl.h: helpers shared by the files of lib/xsff (not installed). */
#ifndef WK_XSFF_IMPL_H
#define WK_XSFF_IMPL_H
#include <complex.h>
#include <stdarg.h>
#include "wk_xsff.h"

/* flint_malloc'd copy of s (NULL gives NULL). */
char *_wk_xsff_strdup(const char *s);
/* Frees n strings and the array. */
void _wk_xsff_strs_free(char **s, slong n);
/* flint_malloc'd copy of n slongs (NULL if src NULL). */
slong *_wk_xsff_slong_dup(const slong *src, slong n);

/* A level of one sector; the levels of all sectors of one sample, sorted by
   energy (ties by sector), are what the plateau and the peeling merge. */
typedef struct { double e; slong a; } _wk_xsff_lev_t;
/* Sets lv (room for the sum of R) to the levels of sample s of sp, sorted;
   returns the largest |E|. */
double _wk_xsff_sorted_levels(_wk_xsff_lev_t *lv, const wk_xsff_spectrum_t sp, slong s);

/* A growing text buffer for reports. */
typedef struct { char *s; size_t len, alloc; } wk_xsff_buf;
void _wk_xsff_buf_init(wk_xsff_buf *b);
void _wk_xsff_buf_printf(wk_xsff_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Returns the text (flint_malloc'd) and resets b. */
char *_wk_xsff_buf_take(wk_xsff_buf *b);
void _wk_xsff_buf_clear(wk_xsff_buf *b);

/* Formats twice a weight: "3", "-1/2". */
void _wk_xsff_half(char *buf, size_t n, slong twice);

/* Sets the info of a finite group's irreps (names, d, order, trivial, dual,
   fusion, kperm) with R = 0. */
void _wk_xsff_info_from_group(wk_xsff_info_t info, const wk_xsff_group_t G);

/* Number of OpenMP threads to use for independent sector work. */
int _wk_xsff_threads(void);

/* Builds a model from a lattice description (lattice.c); name is copied. */
wk_status _wk_xsff_model_from_lattice(wk_xsff_model_t m, const wk_xsff_lattice_t lat,
                                      const char *name, const char *params);

/* Computes the K-action (complex conjugation) on the irreps of G if every
   K U(g) K is an element of N (group.c). */
void _wk_xsff_group_kperm(wk_xsff_group_t G);

/* In-place eigenvalues; A has n*n + WK_XSFF_EIG_PAD(n) entries (eig.c). */
wk_status _wk_xsff_eigvalsh_real_padded(double *w, double *A, slong n);
wk_status _wk_xsff_eigvalsh_complex_padded(double *w, double complex *A, slong n);

#endif

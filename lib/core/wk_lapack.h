/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/core/wk_lapack.h: LAPACK is loaded on first use (dlopen), so that a wk
   session that never diagonalises a matrix does not pay OpenBLAS's start-up
   cost.  Include this after <lapacke.h>: it redirects the LAPACK entry points
   libwk uses to lazy wrappers with the same signatures.  If the library cannot
   be loaded the wrappers return info = WK_LAPACK_UNAVAILABLE and leave a
   message in wk_error_msg(). */
#ifndef WK_LAPACK_H
#define WK_LAPACK_H
#include <complex.h>
#include <lapacke.h>
#include "wk_core.h"

#define WK_LAPACK_UNAVAILABLE (-100000)

/* Fortran integer of the system LAPACK (LP64) */
typedef int wk_lapack_int;

lapack_int wk_lapacke_dsyevd(int matrix_layout, char jobz, char uplo, lapack_int n,
                             double *a, lapack_int lda, double *w);
lapack_int wk_lapacke_zgeev(int matrix_layout, char jobvl, char jobvr, lapack_int n,
                            lapack_complex_double *a, lapack_int lda, lapack_complex_double *w,
                            lapack_complex_double *vl, lapack_int ldvl,
                            lapack_complex_double *vr, lapack_int ldvr);
void wk_lapack_dsyevd_(const char *jobz, const char *uplo, const wk_lapack_int *n, double *a,
                       const wk_lapack_int *lda, double *w, double *work, const wk_lapack_int *lwork,
                       wk_lapack_int *iwork, const wk_lapack_int *liwork, wk_lapack_int *info,
                       size_t ljobz, size_t luplo);
void wk_lapack_zheevd_(const char *jobz, const char *uplo, const wk_lapack_int *n,
                       double complex *a, const wk_lapack_int *lda, double *w,
                       double complex *work, const wk_lapack_int *lwork, double *rwork,
                       const wk_lapack_int *lrwork, wk_lapack_int *iwork, const wk_lapack_int *liwork,
                       wk_lapack_int *info, size_t ljobz, size_t luplo);
/* Whether LAPACK can be loaded (loads it). */
int wk_lapack_available(void);

#define LAPACKE_dsyevd wk_lapacke_dsyevd
#define LAPACKE_zgeev wk_lapacke_zgeev
#define dsyevd_ wk_lapack_dsyevd_
#define zheevd_ wk_lapack_zheevd_
#endif

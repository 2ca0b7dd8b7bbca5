/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/eig.c: dense Hermitian eigenvalues through LAPACK dsyevd / zheevd,
   eigenvalues only (spec 3.3).  LAPACK's Fortran routines are called (not LAPACKE)
   so that the matrix and the work arrays carry WK_XSFF_EIG_PAD trailing entries:
   OpenBLAS 0.3.21's zgemv_n kernel (Haswell/Zen) reads up to a few columns past
   the end of its operands, which faults in the heap arenas of OpenMP threads
   (NOTES.md). */
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"
#include "core/wk_lapack.h"   /* LAPACK is loaded on first use (dlsym'd dsyevd_, zheevd_) */

typedef wk_lapack_int lapack_i;   /* LP64 LAPACK (Debian liblapack3 / OpenBLAS) */

static wk_status check_n(slong n)
{
    if (n > 46000)
        return wk_error(WK_E_TOO_LARGE, "dense matrix of order %ld is too large for LAPACK", (long) n);
    return WK_OK;
}

wk_status _wk_xsff_eigvalsh_real_padded(double *w, double *A, slong n)
{
    lapack_i N = (lapack_i) n, lwork = -1, liwork = -1, info = 0, iq = 0;
    double q = 0, *work;
    lapack_i *iwork;
    wk_status st;
    if (n <= 0) return WK_OK;
    if ((st = check_n(n))) return st;
    dsyevd_("N", "L", &N, A, &N, w, &q, &lwork, &iq, &liwork, &info, 1, 1);
    if (info == WK_LAPACK_UNAVAILABLE) return WK_E_INTERNAL;   /* message set by the loader */
    if (info != 0)
        return wk_error(WK_E_INTERNAL, "LAPACK dsyevd workspace query failed (info = %d)", (int) info);
    lwork = (lapack_i) q + 1;
    liwork = iq + 1;
    work = malloc(((size_t) lwork + WK_XSFF_EIG_PAD(n)) * sizeof(double));
    iwork = malloc(((size_t) liwork + 16) * sizeof(lapack_i));
    if (work == NULL || iwork == NULL) {
        free(work); free(iwork);
        return wk_error(WK_E_NOMEM, "out of memory for the LAPACK workspace (order %ld)", (long) n);
    }
    memset(work + lwork, 0, WK_XSFF_EIG_PAD(n) * sizeof(double));
    dsyevd_("N", "L", &N, A, &N, w, work, &lwork, iwork, &liwork, &info, 1, 1);
    free(work); free(iwork);
    if (info != 0)
        return wk_error(WK_E_INTERNAL, "LAPACK dsyevd failed (info = %d, order %ld)", (int) info, (long) n);
    return WK_OK;
}

wk_status _wk_xsff_eigvalsh_complex_padded(double *w, double complex *A, slong n)
{
    lapack_i N = (lapack_i) n, lwork = -1, lrwork = -1, liwork = -1, info = 0, iq = 0;
    double complex q = 0, *work;
    double rq = 0, *rwork;
    lapack_i *iwork;
    wk_status st;
    if (n <= 0) return WK_OK;
    if ((st = check_n(n))) return st;
    zheevd_("N", "L", &N, A, &N, w, &q, &lwork, &rq, &lrwork, &iq, &liwork, &info, 1, 1);
    if (info == WK_LAPACK_UNAVAILABLE) return WK_E_INTERNAL;   /* message set by the loader */
    if (info != 0)
        return wk_error(WK_E_INTERNAL, "LAPACK zheevd workspace query failed (info = %d)", (int) info);
    lwork = (lapack_i) creal(q) + 1;
    lrwork = (lapack_i) rq + 1;
    liwork = iq + 1;
    work = malloc(((size_t) lwork + WK_XSFF_EIG_PAD(n)) * sizeof(double complex));
    rwork = malloc(((size_t) lrwork + WK_XSFF_EIG_PAD(n)) * sizeof(double));
    iwork = malloc(((size_t) liwork + 16) * sizeof(lapack_i));
    if (work == NULL || rwork == NULL || iwork == NULL) {
        free(work); free(rwork); free(iwork);
        return wk_error(WK_E_NOMEM, "out of memory for the LAPACK workspace (order %ld)", (long) n);
    }
    memset(work + lwork, 0, WK_XSFF_EIG_PAD(n) * sizeof(double complex));
    zheevd_("N", "L", &N, A, &N, w, work, &lwork, rwork, &lrwork, iwork, &liwork, &info, 1, 1);
    free(work); free(rwork); free(iwork);
    if (info != 0)
        return wk_error(WK_E_INTERNAL, "LAPACK zheevd failed (info = %d, order %ld)", (int) info, (long) n);
    return WK_OK;
}

wk_status wk_xsff_eigvalsh_real(double *w, const double *A, slong n)
{
    double *B;
    wk_status st;
    if (n <= 0) return WK_OK;
    if ((st = check_n(n))) return st;
    B = malloc(((size_t) n * n + WK_XSFF_EIG_PAD(n)) * sizeof(double));
    if (B == NULL) return wk_error(WK_E_NOMEM, "out of memory for a %ld x %ld matrix", (long) n, (long) n);
    memcpy(B, A, (size_t) n * n * sizeof(double));
    memset(B + (size_t) n * n, 0, WK_XSFF_EIG_PAD(n) * sizeof(double));
    st = _wk_xsff_eigvalsh_real_padded(w, B, n);
    free(B);
    return st;
}

wk_status wk_xsff_eigvalsh_complex(double *w, const double complex *A, slong n)
{
    double complex *B;
    wk_status st;
    if (n <= 0) return WK_OK;
    if ((st = check_n(n))) return st;
    B = malloc(((size_t) n * n + WK_XSFF_EIG_PAD(n)) * sizeof(double complex));
    if (B == NULL) return wk_error(WK_E_NOMEM, "out of memory for a %ld x %ld matrix", (long) n, (long) n);
    memcpy(B, A, (size_t) n * n * sizeof(double complex));
    memset(B + (size_t) n * n, 0, WK_XSFF_EIG_PAD(n) * sizeof(double complex));
    st = _wk_xsff_eigvalsh_complex_padded(w, B, n);
    free(B);
    return st;
}

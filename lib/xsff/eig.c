/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/eig.c: dense Hermitian eigenvalues through LAPACK dsyevd / zheevd,
   eigenvalues only (spec 3.3). */
#include <lapacke.h>
#include "xsff_impl.h"

wk_status wk_xsff_eigvalsh_real(double *w, double *A, slong n)
{
    lapack_int info;
    if (n <= 0) return WK_OK;
    if (n > 46340)
        return wk_error(WK_E_TOO_LARGE, "dense matrix of order %ld is too large for LAPACK", (long) n);
    info = LAPACKE_dsyevd(LAPACK_COL_MAJOR, 'N', 'U', (lapack_int) n, A, (lapack_int) n, w);
    if (info == LAPACK_WORK_MEMORY_ERROR || info == LAPACK_TRANSPOSE_MEMORY_ERROR)
        return wk_error(WK_E_NOMEM, "out of memory in LAPACK dsyevd (order %ld)", (long) n);
    if (info != 0)
        return wk_error(WK_E_INTERNAL, "LAPACK dsyevd failed (info = %d, order %ld)", (int) info, (long) n);
    return WK_OK;
}

wk_status wk_xsff_eigvalsh_complex(double *w, double complex *A, slong n)
{
    lapack_int info;
    if (n <= 0) return WK_OK;
    if (n > 46340)
        return wk_error(WK_E_TOO_LARGE, "dense matrix of order %ld is too large for LAPACK", (long) n);
    info = LAPACKE_zheevd(LAPACK_COL_MAJOR, 'N', 'U', (lapack_int) n,
                          (lapack_complex_double *) A, (lapack_int) n, w);
    if (info == LAPACK_WORK_MEMORY_ERROR || info == LAPACK_TRANSPOSE_MEMORY_ERROR)
        return wk_error(WK_E_NOMEM, "out of memory in LAPACK zheevd (order %ld)", (long) n);
    if (info != 0)
        return wk_error(WK_E_INTERNAL, "LAPACK zheevd failed (info = %d, order %ld)", (int) info, (long) n);
    return WK_OK;
}

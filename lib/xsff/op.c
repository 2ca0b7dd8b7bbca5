/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/op.c: sparse operators in CSR form and monomial operators
   (the Hamiltonians and symmetry actions of spec 1 and 3.1). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "wk_xsff.h"
#include "xsff_impl.h"

void wk_xsff_op_init(wk_xsff_op_t A)
{
    A->dim = 0;
    A->nnz = 0;
    A->rowptr = flint_calloc(1, sizeof(slong));
    A->col = NULL;
    A->val = NULL;
    A->real = 1;
}

void wk_xsff_op_clear(wk_xsff_op_t A)
{
    flint_free(A->rowptr);
    flint_free(A->col);
    flint_free(A->val);
    A->rowptr = NULL; A->col = NULL; A->val = NULL;
    A->dim = A->nnz = 0;
}

typedef struct { slong r, c; double complex v; } trip_t;

static int trip_cmp(const void *x, const void *y)
{
    const trip_t *a = x, *b = y;
    if (a->r != b->r) return a->r < b->r ? -1 : 1;
    if (a->c != b->c) return a->c < b->c ? -1 : 1;
    return 0;
}

wk_status wk_xsff_op_set_triplets(wk_xsff_op_t A, slong dim, slong n,
                                  const slong *row, const slong *col,
                                  const double complex *val)
{
    slong k, m, i;
    trip_t *t;
    double vmax = 0;

    if (dim < 0 || n < 0)
        return wk_error(WK_E_DOMAIN, "operator dimension %ld and entry count %ld must be non-negative",
                        (long) dim, (long) n);
    for (k = 0; k < n; k++) {
        if (row[k] < 0 || row[k] >= dim || col[k] < 0 || col[k] >= dim)
            return wk_error(WK_E_DOMAIN, "entry (%ld, %ld) outside a %ld x %ld operator",
                            (long) row[k], (long) col[k], (long) dim, (long) dim);
        if (!isfinite(creal(val[k])) || !isfinite(cimag(val[k])))
            return wk_error(WK_E_DOMAIN, "entry (%ld, %ld) is not finite",
                            (long) row[k], (long) col[k]);
        if (cabs(val[k]) > vmax) vmax = cabs(val[k]);
    }
    /* sort by (row, column): a counting sort by row, then each row (a few
       entries in a sparse Hamiltonian) by column */
    t = flint_malloc((n + 1) * sizeof(trip_t));
    {
        slong * start = flint_calloc(dim + 2, sizeof(slong));
        for (k = 0; k < n; k++) start[row[k] + 1]++;
        for (i = 0; i < dim; i++) start[i + 1] += start[i];
        for (k = 0; k < n; k++) {
            trip_t * x = t + start[row[k]]++;
            x->r = row[k]; x->c = col[k]; x->v = val[k];
        }
        /* start[i] is now the end of row i */
        for (i = 0; i < dim; i++) {
            slong a = i ? start[i - 1] : 0, b = start[i], j;
            if (b - a > 32) { qsort(t + a, b - a, sizeof(trip_t), trip_cmp); continue; }
            for (j = a + 1; j < b; j++) {
                trip_t y = t[j];
                slong q = j;
                while (q > a && t[q - 1].c > y.c) { t[q] = t[q - 1]; q--; }
                t[q] = y;
            }
        }
        flint_free(start);
    }
    /* merge duplicates */
    m = 0;
    for (k = 0; k < n; ) {
        trip_t s = t[k];
        k++;
        while (k < n && t[k].r == s.r && t[k].c == s.c) { s.v += t[k].v; k++; }
        if (fabs(cimag(s.v)) <= 1e-14 * vmax) s.v = creal(s.v);   /* rounding of e.g. w + conj(w) */
        if (cabs(s.v) > 1e-15 * vmax) t[m++] = s;
    }
    wk_xsff_op_clear(A);
    A->dim = dim;
    A->nnz = m;
    A->rowptr = flint_calloc(dim + 1, sizeof(slong));
    A->col = flint_malloc((m + 1) * sizeof(slong));
    A->val = flint_malloc((m + 1) * sizeof(double complex));
    A->real = 1;
    for (k = 0; k < m; k++) {
        A->rowptr[t[k].r + 1]++;
        A->col[k] = t[k].c;
        A->val[k] = t[k].v;
        if (cimag(t[k].v) != 0) A->real = 0;
    }
    for (i = 0; i < dim; i++) A->rowptr[i + 1] += A->rowptr[i];
    flint_free(t);
    return WK_OK;
}

void wk_xsff_op_mul_vec(double complex *y, const wk_xsff_op_t A, const double complex *x)
{
    slong i, k;
    for (i = 0; i < A->dim; i++) {
        double complex s = 0;
        for (k = A->rowptr[i]; k < A->rowptr[i + 1]; k++)
            s += A->val[k] * x[A->col[k]];
        y[i] = s;
    }
}

double complex wk_xsff_op_entry(const wk_xsff_op_t A, slong i, slong j)
{
    slong lo, hi;
    if (i < 0 || i >= A->dim) return 0;
    lo = A->rowptr[i]; hi = A->rowptr[i + 1];
    while (lo < hi) {
        slong mid = (lo + hi) / 2;
        if (A->col[mid] == j) return A->val[mid];
        if (A->col[mid] < j) lo = mid + 1; else hi = mid;
    }
    return 0;
}

double wk_xsff_op_hermitian_defect(const wk_xsff_op_t A)
{
    slong i, k;
    double d = 0;
    for (i = 0; i < A->dim; i++)
        for (k = A->rowptr[i]; k < A->rowptr[i + 1]; k++) {
            double e = cabs(A->val[k] - conj(wk_xsff_op_entry(A, A->col[k], i)));
            if (e > d) d = e;
        }
    return d;
}

void wk_xsff_mono_init(wk_xsff_mono_t U, slong dim)
{
    slong s;
    U->dim = dim;
    U->perm = flint_malloc((dim + 1) * sizeof(slong));
    U->phase = flint_malloc((dim + 1) * sizeof(double complex));
    for (s = 0; s < dim; s++) { U->perm[s] = s; U->phase[s] = 1; }
}

void wk_xsff_mono_clear(wk_xsff_mono_t U)
{
    flint_free(U->perm);
    flint_free(U->phase);
    U->perm = NULL; U->phase = NULL;
}

void wk_xsff_mono_apply(double complex *y, const wk_xsff_mono_t U, const double complex *x)
{
    slong s;
    for (s = 0; s < U->dim; s++) y[U->perm[s]] = U->phase[s] * x[s];
}

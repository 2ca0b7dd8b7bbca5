/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-op.c: sparse operators (triplets, products, Hermiticity) and
   monomial operators against dense matrices. */
#include <complex.h>
#include <math.h>
#include <stdlib.h>
#include "wk_xsff.h"
#include "tap.h"

int main(int argc, char **argv)
{
    wk_rand_t r;
    slong iter, n_iter = 30 * tap_multiplier();
    int ok_mul = 1, ok_entry = 1, ok_herm = 1, ok_mono = 1;
    tap_init(argc, argv);
    wk_rand_init(r, tap_seed());

    for (iter = 0; iter < n_iter; iter++) {
        slong D = 1 + wk_rand_ulong(r, 40), nt = wk_rand_ulong(r, 4 * D + 1), k, i, j;
        slong *row = flint_malloc((2 * nt + 1) * sizeof(slong)), *col = flint_malloc((2 * nt + 1) * sizeof(slong));
        double complex *val = flint_malloc((2 * nt + 1) * sizeof(double complex));
        double complex *A = flint_calloc(D * D, sizeof(double complex));
        double complex *x = flint_malloc(D * sizeof(double complex)), *y = flint_malloc(D * sizeof(double complex));
        wk_xsff_op_t H;
        wk_xsff_mono_t U;
        for (k = 0; k < nt; k++) {
            row[k] = wk_rand_ulong(r, D); col[k] = wk_rand_ulong(r, D);
            val[k] = wk_rand_normal(r) + I * wk_rand_normal(r);
            A[row[k] * D + col[k]] += val[k];          /* duplicates add */
        }
        wk_xsff_op_init(H);
        if (wk_xsff_op_set_triplets(H, D, nt, row, col, val) != WK_OK) ok_mul = 0;
        for (i = 0; i < D; i++) x[i] = wk_rand_normal(r) + I * wk_rand_normal(r);
        wk_xsff_op_mul_vec(y, H, x);
        for (i = 0; i < D; i++) {
            double complex s = 0;
            for (j = 0; j < D; j++) s += A[i * D + j] * x[j];
            if (cabs(s - y[i]) > 1e-12 * (1 + cabs(s))) ok_mul = 0;
            for (j = 0; j < D; j++)
                if (cabs(wk_xsff_op_entry(H, i, j) - A[i * D + j]) > 1e-13) ok_entry = 0;
        }
        /* Hermitian part: H + H^+ has defect 0; a generic H has defect > 0 */
        {
            slong m = nt;
            for (k = 0; k < nt; k++) { row[m] = col[k]; col[m] = row[k]; val[m] = conj(val[k]); m++; }
            wk_xsff_op_set_triplets(H, D, m, row, col, val);
            if (wk_xsff_op_hermitian_defect(H) > 1e-13) ok_herm = 0;
            if (nt > 0 && D > 1) {
                val[0] += 1;   /* break it */
                wk_xsff_op_set_triplets(H, D, m, row, col, val);
                if (!(wk_xsff_op_hermitian_defect(H) > 0.5) && row[0] != col[0]) ok_herm = 0;
            }
        }
        /* monomial operator: random permutation and phases */
        wk_xsff_mono_init(U, D);
        for (i = 0; i < D; i++) U->perm[i] = i;
        for (i = D - 1; i > 0; i--) { j = wk_rand_ulong(r, i + 1); k = U->perm[i]; U->perm[i] = U->perm[j]; U->perm[j] = k; }
        for (i = 0; i < D; i++) U->phase[i] = cexp(I * 6.283185307179586 * wk_rand_double(r));
        wk_xsff_mono_apply(y, U, x);
        for (i = 0; i < D; i++)
            if (cabs(y[U->perm[i]] - U->phase[i] * x[i]) > 1e-14) ok_mono = 0;
        wk_xsff_mono_clear(U);
        wk_xsff_op_clear(H);
        flint_free(row); flint_free(col); flint_free(val); flint_free(A); flint_free(x); flint_free(y);
    }
    TAP_OK(ok_mul, "A x agrees with the dense product (duplicates added)");
    TAP_OK(ok_entry, "entries agree with the dense matrix");
    TAP_OK(ok_herm, "Hermitian defect: 0 for A + A^+, > 0 after a change");
    TAP_OK(ok_mono, "monomial operator U|s> = phase[s]|perm[s]>");
    {
        wk_xsff_op_t H;
        slong row = 3, col = 0;
        double complex v = 1;
        wk_xsff_op_init(H);
        TAP_OK(wk_xsff_op_set_triplets(H, 3, 1, &row, &col, &v) == WK_E_DOMAIN, "index out of range refused: %s", wk_error_msg());
        v = NAN;
        row = 0;
        TAP_OK(wk_xsff_op_set_triplets(H, 3, 1, &row, &col, &v) == WK_E_DOMAIN, "non-finite entry refused: %s", wk_error_msg());
        wk_xsff_op_clear(H);
    }
    wk_rand_clear(r);
    return tap_done();
}

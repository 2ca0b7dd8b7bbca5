/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-ratio.c: the mean gap ratio <r> against known values: Poisson
   2 ln 2 - 1, GOE 0.5307, GUE 0.5996 (Atas, Bogomolny, Giraud, Roux, PRL 110,
   084101 (2013)); merging of exact degeneracies; the block-count reading. */
#include <complex.h>
#include <math.h>
#include <stdlib.h>
#include "wk_xsff.h"
#include "tap.h"

/* ns samples of one sector; level generator gen(E, R, r, kind) */
static void gen(double *E, slong R, wk_rand_t r, int kind)
{
    slong i, j, n = R;
    if (kind == 0) { for (i = 0; i < R; i++) E[i] = wk_rand_double(r); return; }
    if (kind == 1) {   /* GOE */
        double *A = flint_malloc(n * n * sizeof(double));
        for (i = 0; i < n; i++) for (j = 0; j <= i; j++) A[i * n + j] = A[j * n + i] = wk_rand_normal(r) * (i == j ? 1.4142135623730951 : 1);
        wk_xsff_eigvalsh_real(E, A, n);
        flint_free(A);
    } else {           /* GUE */
        double complex *A = flint_malloc(n * n * sizeof(double complex));
        for (i = 0; i < n; i++) for (j = 0; j <= i; j++) {
            double complex z = i == j ? wk_rand_normal(r) : (wk_rand_normal(r) + I * wk_rand_normal(r)) / 1.4142135623730951;
            A[i * n + j] = z; A[j * n + i] = conj(z);
        }
        wk_xsff_eigvalsh_complex(E, A, n);
        flint_free(A);
    }
}

static void measure(double *rm, double *re, slong R, slong ns, int kind, int dup, wk_rand_t r)
{
    wk_xsff_info_t info;
    wk_xsff_spectrum_t sp;
    wk_xsff_ratio_t rr;
    slong s, Rt = dup ? 2 * R : R, i;
    double *E = flint_malloc((Rt + 1) * sizeof(double));
    const double *Ep[1] = {E};
    wk_xsff_info_init(info); wk_xsff_spectrum_init(sp); wk_xsff_ratio_init(rr);
    wk_xsff_info_set_data(info, 1, NULL, NULL, &Rt, 1, 0);
    for (s = 0; s < ns; s++) {
        gen(E, R, r, kind);
        if (dup) for (i = 0; i < R; i++) E[R + i] = E[i];
        if (s == 0) wk_xsff_spectrum_set(sp, info, Ep); else wk_xsff_spectrum_add(sp, Ep);
    }
    wk_xsff_level_ratio(rr, sp, 0.5, 1e-9);
    *rm = rr->r[0]; *re = rr->err[0];
    wk_xsff_ratio_clear(rr); wk_xsff_spectrum_clear(sp); wk_xsff_info_clear(info);
    flint_free(E);
}

int main(int argc, char **argv)
{
    wk_rand_t r;
    double m, e, m2, e2;
    slong b;
    int beta;
    tap_init(argc, argv);
    wk_rand_init(r, tap_seed());
    measure(&m, &e, 4000, 5, 0, 0, r);
    TAP_OK(fabs(m - (2 * log(2.0) - 1)) < 4 * e, "Poisson: <r> = %.4f +- %.4f vs 2 ln 2 - 1 = 0.3863", m, e);
    measure(&m, &e, 300, 12, 1, 0, r);
    TAP_OK(fabs(m - 0.5307) < 4 * e + 0.005, "GOE: <r> = %.4f +- %.4f vs 0.5307", m, e);
    wk_xsff_ratio_class(&b, &beta, m, e);
    TAP_OK(b == 1 && beta == 1, "GOE read as one GOE block");
    measure(&m, &e, 300, 12, 2, 0, r);
    TAP_OK(fabs(m - 0.5996) < 4 * e + 0.005, "GUE: <r> = %.4f +- %.4f vs 0.5996", m, e);
    wk_xsff_ratio_class(&b, &beta, m, e);
    TAP_OK(b == 1 && beta == 2, "GUE read as one GUE block");
    /* exact degeneracies are merged: a doubled Poisson spectrum has the same <r> */
    {
        wk_rand_t r1, r2;
        wk_rand_init(r1, 7); wk_rand_init(r2, 7);
        measure(&m, &e, 2000, 2, 0, 0, r1);
        measure(&m2, &e2, 2000, 2, 0, 1, r2);
        TAP_OK(m == m2, "doubled spectrum: same <r> after merging (%.4f, %.4f)", m, m2);
        wk_rand_clear(r1); wk_rand_clear(r2);
    }
    wk_xsff_ratio_class(&b, &beta, 0.423, 0.01);
    TAP_OK(b == 2, "0.423 +- 0.01 read as two blocks");
    wk_xsff_ratio_class(&b, &beta, 0.39, 0.005);
    TAP_OK(b == 3, "0.39 +- 0.005 read as three or more blocks");
    wk_xsff_ratio_class(&b, &beta, 0.489, 0.014);
    TAP_OK(b == 0, "0.489 +- 0.014 undecided");
    wk_xsff_ratio_class(&b, &beta, 0.53, 0.08);
    TAP_OK(b == 0, "too large an error: undecided");
    wk_rand_clear(r);
    return tap_done();
}

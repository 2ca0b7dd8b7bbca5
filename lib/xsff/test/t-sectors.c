/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-sectors.c: sector isometries (spec 3 "checks to run always"):
   sum d_a R_a = D, B_a^+ B_a = 1, B_a^+ B_b = 0, [H, U(n)] = 0, and sector ED
   against brute-force full-space ED. */
#include <complex.h>
#include <math.h>
#include <stdlib.h>
#include "wk_xsff.h"
#include "tap.h"

static int dcmp(const void *x, const void *y)
{
    double a = *(const double *) x, b = *(const double *) y;
    return a < b ? -1 : (a > b);
}

/* checks isometries and compares sector ED with full ED for one model */
static void check_model(wk_xsff_model_t m, const char *what, wk_rand_t r)
{
    wk_xsff_sectors_t S;
    wk_xsff_op_t H;
    slong a, b, D = m->dim, i, j, sum = 0, nsec;
    wk_status st;
    double worst_orth = 0, worst_cross = 0, worst_ev = 0;
    double *full, *sec;
    double complex *A, *x, *y, *z;

    wk_xsff_sectors_init(S);
    st = wk_xsff_sectors_build(S, m);
    TAP_OK(st == WK_OK, "%s: sectors built (%s)", what, wk_error_msg());
    if (st) return;
    nsec = S->info->nsec;
    for (a = 0; a < nsec; a++) sum += S->info->d[a] * S->info->R[a];
    TAP_OK(sum == D, "%s: sum d_a R_a = %ld = D = %ld", what, (long) sum, (long) D);

    /* B_a^+ B_b = delta_ab on random coefficient vectors */
    x = flint_malloc(D * sizeof(double complex));
    y = flint_malloc(D * sizeof(double complex));
    z = flint_malloc(D * sizeof(double complex));
    for (a = 0; a < nsec; a++) {
        slong R = S->info->R[a];
        double complex *c = flint_malloc((R + 1) * sizeof(double complex));
        double complex *c2 = flint_malloc((D + 1) * sizeof(double complex));
        for (i = 0; i < R; i++) c[i] = wk_rand_normal(r) + I * wk_rand_normal(r);
        wk_xsff_sectors_embed(y, S, a, c);
        wk_xsff_sectors_project(c2, S, a, y);
        for (i = 0; i < R; i++) worst_orth = fmax(worst_orth, cabs(c2[i] - c[i]));
        for (b = 0; b < nsec; b++) {
            if (b == a) continue;
            wk_xsff_sectors_project(c2, S, b, y);
            for (i = 0; i < S->info->R[b]; i++) worst_cross = fmax(worst_cross, cabs(c2[i]));
        }
        flint_free(c); flint_free(c2);
    }
    TAP_OK(worst_orth < 1e-10, "%s: B_a^+ B_a = 1 (defect %.2g)", what, worst_orth);
    TAP_OK(worst_cross < 1e-10, "%s: B_b^+ B_a = 0 for a != b (defect %.2g)", what, worst_cross);

    /* [H, U(g)] = 0 on a random vector */
    wk_xsff_op_init(H);
    st = wk_xsff_model_hamiltonian(H, m, r);
    TAP_OK(st == WK_OK && wk_xsff_op_hermitian_defect(H) < 1e-12, "%s: H built and Hermitian", what);
    {
        slong g;
        double c = wk_xsff_commutator_norm(&g, m, H, r);
        TAP_OK(c < 1e-10, "%s: [H, U(g)] = 0 on a random vector (%.2g)", what, c);
    }
    /* full ED vs sector ED (each sector level d_a times) */
    if (D <= 1200) {
        slong k = 0;
        A = flint_calloc(D * D, sizeof(double complex));
        for (i = 0; i < D; i++)
            for (j = H->rowptr[i]; j < H->rowptr[i + 1]; j++) A[H->col[j] * D + i] = H->val[j];
        full = flint_malloc(D * sizeof(double));
        sec = flint_malloc(D * sizeof(double));
        /* (through wk_xsff_eigvalsh_complex: OpenBLAS 0.3.21 reads past unpadded matrices) */
        wk_xsff_eigvalsh_complex(full, A, D);
        for (a = 0; a < nsec; a++) {
            slong R = S->info->R[a];
            double complex *B = flint_malloc((R * R + 1) * sizeof(double complex));
            double *w = flint_malloc((R + 1) * sizeof(double));
            wk_xsff_sectors_block(B, NULL, S, a, H);
            wk_xsff_eigvalsh_complex(w, B, R);
            for (i = 0; i < R; i++)
                for (j = 0; j < S->info->d[a]; j++) sec[k++] = w[i];
            flint_free(B); flint_free(w);
        }
        qsort(sec, D, sizeof(double), dcmp);
        for (i = 0; i < D; i++) worst_ev = fmax(worst_ev, fabs(sec[i] - full[i]));
        TAP_OK(worst_ev < 1e-9, "%s: sector ED (levels d_a times) = full ED (%.2g)", what, worst_ev);
        flint_free(A); flint_free(full); flint_free(sec);
    }
    /* sectors with an anti-unitarily fixed basis: H_a is real there */
    {
        slong nk = 0;
        double worst_im = 0, worst_w = 0;
        for (a = 0; a < nsec; a++) {
            slong R = S->info->R[a];
            double complex *Bc;
            double *Br, *w1, *w2;
            if (!S->kreal[a]) continue;
            nk++;
            Bc = flint_malloc((R * R + 1) * sizeof(double complex));
            Br = flint_malloc((R * R + 1) * sizeof(double));
            w1 = flint_malloc((R + 1) * sizeof(double)); w2 = flint_malloc((R + 1) * sizeof(double));
            wk_xsff_sectors_block(Bc, NULL, S, a, H);
            TAP_OK(wk_xsff_sectors_block(NULL, Br, S, a, H) == 1, "%s: sector %s built real", what, S->info->name[a]);
            for (i = 0; i < R * R; i++) worst_im = fmax(worst_im, fabs(cimag(Bc[i])));
            wk_xsff_eigvalsh_complex(w1, Bc, R);
            wk_xsff_eigvalsh_real(w2, Br, R);
            for (i = 0; i < R; i++) worst_w = fmax(worst_w, fabs(w1[i] - w2[i]));
            flint_free(Bc); flint_free(Br); flint_free(w1); flint_free(w2);
        }
        if (nk > 0)
            TAP_OK(worst_im < 1e-12 && worst_w < 1e-10, "%s: %ld sectors with a U(g)K-fixed basis: Im H_a = %.2g, eigenvalues agree (%.2g)",
                   what, (long) nk, worst_im, worst_w);
    }
    flint_free(x); flint_free(y); flint_free(z);
    wk_xsff_op_clear(H);
    wk_xsff_sectors_clear(S);
}

int main(int argc, char **argv)
{
    wk_rand_t r;
    wk_xsff_model_t m;
    tap_init(argc, argv);
    wk_rand_init(r, tap_seed());
    wk_xsff_model_init(m);

    TAP_OK(wk_xsff_model_torus_chain(m, 6, M_PI / 6, 0.25) == WK_OK, "torus chain L = 6 (%s)", wk_error_msg());
    check_model(m, "torus chain L=6 pi/6", r);
    wk_xsff_model_clear(m);

    TAP_OK(wk_xsff_model_s3_chain(m, 5, 1, 1, 0.3, 0.25) == WK_OK, "S3 chain L = 5");
    check_model(m, "S3 chain L=5", r);
    wk_xsff_model_clear(m);

    TAP_OK(wk_xsff_model_potts4(m, 4, 1, 1, 0.25) == WK_OK, "Potts L = 4");
    check_model(m, "Potts4 L=4", r);
    wk_xsff_model_clear(m);

    TAP_OK(wk_xsff_model_hubbard(m, 4, 4, 3, 0.5, WK_XSFF_ALL, 1) == WK_OK, "Hubbard L = 4 (%s)", wk_error_msg());
    check_model(m, "Hubbard L=4", r);
    wk_xsff_model_clear(m);

    TAP_OK(wk_xsff_model_kdbh(m, 6, 5, 0.9, 1, 0.25) == WK_OK, "KDBH L = 6, 5 bosons (%s)", wk_error_msg());
    check_model(m, "KDBH L=6 N=5", r);
    wk_xsff_model_clear(m);

    wk_rand_clear(r);
    return tap_done();
}

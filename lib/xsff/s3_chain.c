/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/s3_chain.c: the S3 (three-state Potts / chiral clock) chain with
   random couplings (spec 2.1). */
#include <math.h>
#include <stdio.h>
#include "xsff_impl.h"

wk_status wk_xsff_model_s3_chain(wk_xsff_model_t m, slong L, double J0, double h0,
                                 double phi, double sigma)
{
    wk_xsff_lattice_t lat;
    const double complex w = cexp(2 * M_PI * I / 3);
    double complex sg[9] = {0}, tau[9] = {0}, sgd[9] = {0}, taud[9] = {0};
    slong s, shift[3] = {1, 2, 0};
    char params[160];
    wk_status st = WK_OK;

    if (L < 2 || L > 15)
        return wk_error(WK_E_DOMAIN, "L = %ld must be 2..15", (long) L);
    if (!isfinite(J0) || !isfinite(h0) || !isfinite(phi) || !isfinite(sigma) || sigma < 0)
        return wk_error(WK_E_DOMAIN, "J0, h0, phi and sigma must be finite and sigma >= 0");
    wk_xsff_lattice_init(lat, L, 3);
    for (s = 0; s < 3; s++) {
        sg[s * 3 + s] = s == 0 ? 1 : (s == 1 ? w : conj(w));
        sgd[s * 3 + s] = conj(sg[s * 3 + s]);
        tau[((s + 1) % 3) * 3 + s] = 1;
        taud[s * 3 + (s + 1) % 3] = 1;
    }
    st = wk_xsff_lattice_add_op(lat, "sigma", sg);
    if (!st) st = wk_xsff_lattice_add_op(lat, "sigmad", sgd);
    if (!st) st = wk_xsff_lattice_add_op(lat, "tau", tau);
    if (!st) st = wk_xsff_lattice_add_op(lat, "taud", taud);
    /* -J_i (e^{i phi} sigma_i^+ sigma_{i+1} + h.c.) - h_i (tau_i + tau_i^+) */
    if (!st) st = wk_xsff_lattice_add_term(lat, -J0 * cexp(I * phi), "sigmad_0 sigma_1", 1, 1, 0, sigma);
    if (!st) st = wk_xsff_lattice_add_term(lat, -h0, "tau_0", 1, 1, 1, sigma);
    if (!st) st = wk_xsff_lattice_add_symmetry(lat, "Q", NULL, shift, NULL);
    {
        double complex q0 = 1, q1 = w, q2 = conj(w);
        if (!st) st = wk_xsff_lattice_add_irrep(lat, "0", 1, &q0);
        if (!st) st = wk_xsff_lattice_add_irrep(lat, "1", 1, &q1);
        if (!st) st = wk_xsff_lattice_add_irrep(lat, "2", 1, &q2);
    }
    if (!st) {
        snprintf(params, sizeof params, "L = %ld, J0 = %.6g, h0 = %.6g, phi = %.6g, sigma = %.6g",
                 (long) L, J0, h0, phi, sigma);
        st = _wk_xsff_model_from_lattice(m, lat, "s3_chain", params);
    }
    wk_xsff_lattice_clear(lat);
    return st;
}

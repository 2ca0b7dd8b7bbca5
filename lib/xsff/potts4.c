/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/potts4.c: the four-state Potts chain, local states Z2 x Z2, hidden S4
   (spec 2.2). */
#include <math.h>
#include <stdio.h>
#include "xsff_impl.h"

wk_status wk_xsff_model_potts4(wk_xsff_model_t m, slong L, double J0, double h0, double sigma)
{
    wk_xsff_lattice_t lat;
    slong g, s, x[4] = {1, 0, 3, 2}, y[4] = {2, 3, 0, 1};
    char params[160], nm[8], term[32];
    wk_status st = WK_OK;

    if (L < 2 || L > 11)
        return wk_error(WK_E_DOMAIN, "L = %ld must be 2..11", (long) L);
    if (!isfinite(J0) || !isfinite(h0) || !isfinite(sigma) || sigma < 0)
        return wk_error(WK_E_DOMAIN, "J0, h0 and sigma must be finite and sigma >= 0");
    wk_xsff_lattice_init(lat, L, 4);
    /* Z_g = diag((-1)^{g.s}), X_g|s> = |s xor g>, g = 1, 2, 3:
       4 delta(s, s') - 1 = sum_g Z_g Z_g', sum_{s' != s} |s'><s| = sum_g X_g */
    for (g = 1; g < 4 && !st; g++) {
        double complex Z[16] = {0}, X[16] = {0};
        for (s = 0; s < 4; s++) {
            Z[s * 4 + s] = (__builtin_popcountl(g & s) & 1) ? -1 : 1;
            X[(s ^ g) * 4 + s] = 1;
        }
        snprintf(nm, sizeof nm, "Z%ld", (long) g);
        st = wk_xsff_lattice_add_op(lat, nm, Z);
        snprintf(nm, sizeof nm, "X%ld", (long) g);
        if (!st) st = wk_xsff_lattice_add_op(lat, nm, X);
    }
    for (g = 1; g < 4 && !st; g++) {
        snprintf(term, sizeof term, "Z%ld_0 Z%ld_1", (long) g, (long) g);
        st = wk_xsff_lattice_add_term(lat, -J0, term, 1, 0, 0, sigma);
        snprintf(term, sizeof term, "X%ld_0", (long) g);
        if (!st) st = wk_xsff_lattice_add_term(lat, -h0, term, 1, 0, 1, sigma);
    }
    if (!st) st = wk_xsff_lattice_add_symmetry(lat, "X", NULL, x, NULL);
    if (!st) st = wk_xsff_lattice_add_symmetry(lat, "Y", NULL, y, NULL);
    {
        static const char *names[4] = {"00", "10", "01", "11"};
        for (g = 0; g < 4 && !st; g++) {
            double complex r[2] = {(g & 1) ? -1 : 1, (g & 2) ? -1 : 1};
            st = wk_xsff_lattice_add_irrep(lat, names[g], 1, r);
        }
    }
    if (!st) {
        snprintf(params, sizeof params, "L = %ld, J0 = %.6g, h0 = %.6g, sigma = %.6g",
                 (long) L, J0, h0, sigma);
        st = _wk_xsff_model_from_lattice(m, lat, "potts4", params);
    }
    wk_xsff_lattice_clear(lat);
    return st;
}

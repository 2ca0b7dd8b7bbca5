/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/hubbard.c: the Fermi-Hubbard ring with random hopping in particle-hole
   symmetric form; N = U(1)_charge x U(1)_Sz (spec 2.5; eta pairing: Yang 1989). */
#include <math.h>
#include <stdio.h>
#include "xsff_impl.h"

wk_status wk_xsff_model_hubbard(wk_xsff_model_t m, slong L, double U, double t0,
                                double sigma, slong sz2, int eta)
{
    wk_xsff_lattice_t lat;
    /* local basis |0>, |up>, |dn>, |up dn> = c+_up c+_dn |0> */
    static const slong parity[4] = {0, 1, 1, 0};
    double complex cu[16] = {0}, cd[16] = {0}, cud[16] = {0}, cdd[16] = {0}, un[16] = {0};
    slong i, j, eval[64 * 4], sval[64 * 4];
    char params[200];
    wk_status st = WK_OK;

    if (L < 2 || L > 12)
        return wk_error(WK_E_DOMAIN, "L = %ld must be 2..12", (long) L);
    if (eta && L % 2 != 0)
        return wk_error(WK_E_DOMAIN, "L must be even for eta-pairing on a ring (L = %ld; or use eta = false)",
                        (long) L);
    if (!isfinite(U) || !isfinite(t0) || !isfinite(sigma) || sigma < 0)
        return wk_error(WK_E_DOMAIN, "U, t0 and sigma must be finite and sigma >= 0");
    if (sz2 != WK_XSFF_ALL && (sz2 < -L || sz2 > L || (sz2 - L) % 2 != 0))
        return wk_error(WK_E_DOMAIN, "2 s_z = %ld is impossible on %ld sites", (long) sz2, (long) L);
    cu[0 * 4 + 1] = 1;  cu[2 * 4 + 3] = 1;      /* c_up|up> = |0>, c_up|up dn> = |dn> */
    cd[0 * 4 + 2] = 1;  cd[1 * 4 + 3] = -1;     /* c_dn|dn> = |0>, c_dn|up dn> = -|up> */
    for (i = 0; i < 4; i++)
        for (j = 0; j < 4; j++) { cud[i * 4 + j] = cu[j * 4 + i]; cdd[i * 4 + j] = cd[j * 4 + i]; }
    un[0] = 0.25; un[5] = -0.25; un[10] = -0.25; un[15] = 0.25;   /* (n_up - 1/2)(n_dn - 1/2) */
    wk_xsff_lattice_init(lat, L, 4);
    st = wk_xsff_lattice_set_fermions(lat, parity);
    if (!st) st = wk_xsff_lattice_add_op(lat, "cu", cu);
    if (!st) st = wk_xsff_lattice_add_op(lat, "cd", cd);
    if (!st) st = wk_xsff_lattice_add_op(lat, "cu+", cud);
    if (!st) st = wk_xsff_lattice_add_op(lat, "cd+", cdd);
    if (!st) st = wk_xsff_lattice_add_op(lat, "nn", un);
    /* -t_j (c+_{j s} c_{j+1 s} + h.c.), t_j = t0 (1 + sigma xi_j) shared by both spins */
    if (!st) st = wk_xsff_lattice_add_term(lat, -t0, "cu+_0 cu_1", 1, 1, 0, sigma);
    if (!st) st = wk_xsff_lattice_add_term(lat, -t0, "cd+_0 cd_1", 1, 1, 0, sigma);
    if (!st && U != 0) st = wk_xsff_lattice_add_term(lat, U, "nn_0", 1, 0, -1, 0);
    for (i = 0; i < L; i++) {
        static const slong e[4] = {-1, 0, 0, 1}, s[4] = {0, 1, -1, 0};
        for (j = 0; j < 4; j++) { eval[i * 4 + j] = e[j]; sval[i * 4 + j] = s[j]; }
    }
    if (!st) st = wk_xsff_lattice_add_charge(lat, "eta_z", eval, 0, 2);
    if (!st) st = wk_xsff_lattice_add_charge(lat, "s_z", sval, 0, 2);
    if (!st && sz2 != WK_XSFF_ALL) st = wk_xsff_lattice_restrict(lat, 1, sz2);
    if (!st) {
        if (sz2 == WK_XSFF_ALL)
            snprintf(params, sizeof params, "L = %ld, U = %.6g, t0 = %.6g, sigma = %.6g",
                     (long) L, U, t0, sigma);
        else
            snprintf(params, sizeof params, "L = %ld, U = %.6g, t0 = %.6g, sigma = %.6g, 2 s_z = %ld",
                     (long) L, U, t0, sigma, (long) sz2);
        st = _wk_xsff_model_from_lattice(m, lat, "hubbard", params);
    }
    wk_xsff_lattice_clear(lat);
    return st;
}

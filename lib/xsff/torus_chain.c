/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/torus_chain.c: the quantum torus chain, m = 3 (spec 2.3; Qin, Leinaas,
   Ryu, Ardonne, Xiang, Lee arXiv:1205.1464, form reconstructed). */
#include <math.h>
#include <stdio.h>
#include "xsff_impl.h"

wk_status wk_xsff_model_torus_chain(wk_xsff_model_t m, slong L, double theta, double sigma)
{
    wk_xsff_lattice_t lat;
    const double complex w = cexp(2 * M_PI * I / 3);
    double complex Um[9] = {0}, Vm[9] = {0};
    slong s, i, neg[3] = {0, 2, 1}, shift[3] = {1, 2, 0};
    double complex ph[3] = {1, w, w * w};
    double complex mats[3 * 4];
    char params[128];
    wk_status st = WK_OK;

    if (L < 3 || L % 3 != 0) {
        if (L >= 2)
            return wk_error(WK_E_DOMAIN, "L = %ld is not a multiple of m = 3; A and B do not commute "
                            "(projective N), choose N = <A> x <C> or L divisible by 3", (long) L);
        return wk_error(WK_E_DOMAIN, "L = %ld must be a positive multiple of 3", (long) L);
    }
    if (L > 15)
        return wk_error(WK_E_TOO_LARGE, "L = %ld gives 3^%ld states; the dense sectors allow L <= 15",
                        (long) L, (long) L);
    if (!isfinite(theta) || !isfinite(sigma) || sigma < 0)
        return wk_error(WK_E_DOMAIN, "theta and sigma must be finite and sigma >= 0");
    wk_xsff_lattice_init(lat, L, 3);
    for (s = 0; s < 3; s++) {
        Um[s * 3 + s] = ph[s];                 /* U = diag(1, w, w^2) */
        Vm[((s + 1) % 3) * 3 + s] = 1;         /* V|s> = |s+1> */
    }
    st = wk_xsff_lattice_add_op(lat, "U", Um);
    if (!st) st = wk_xsff_lattice_add_op(lat, "V", Vm);
    {
        double complex Ud[9], Vd[9];
        slong a, b;
        for (a = 0; a < 3; a++) for (b = 0; b < 3; b++) { Ud[a * 3 + b] = conj(Um[b * 3 + a]); Vd[a * 3 + b] = conj(Vm[b * 3 + a]); }
        if (!st) st = wk_xsff_lattice_add_op(lat, "Ud", Ud);
        if (!st) st = wk_xsff_lattice_add_op(lat, "Vd", Vd);
    }
    /* -J_i [cos t (U_i^+ U_{i+1} + h.c.) + sin t (V_i^+ V_{i+1} + h.c.)], J_i = 1 + sigma xi_i */
    if (!st && cos(theta) != 0) st = wk_xsff_lattice_add_term(lat, -cos(theta), "Ud_0 U_1", 1, 1, 0, sigma);
    if (!st && sin(theta) != 0) st = wk_xsff_lattice_add_term(lat, -sin(theta), "Vd_0 V_1", 1, 1, 0, sigma);
    /* N = <A = prod U_i, B = prod V_i, C: s -> -s> */
    if (!st) st = wk_xsff_lattice_add_symmetry(lat, "A", NULL, NULL, ph);
    if (!st) st = wk_xsff_lattice_add_symmetry(lat, "B", NULL, shift, NULL);
    if (!st) st = wk_xsff_lattice_add_symmetry(lat, "C", NULL, neg, NULL);
    /* irreps (0,+), (0,-): A = B = 1, C = +-1 */
    for (i = 0; i < 2 && !st; i++) {
        double complex one[3] = {1, 1, i == 0 ? 1 : -1};
        st = wk_xsff_lattice_add_irrep(lat, i == 0 ? "(0,+)" : "(0,-)", 1, one);
    }
    /* [u,v]: A = diag(w^u, w^-u), B = diag(w^v, w^-v), C = swap */
    {
        static const int uv[4][2] = {{0, 1}, {1, 0}, {1, 1}, {1, 2}};
        for (i = 0; i < 4 && !st; i++) {
            int u = uv[i][0], v = uv[i][1];
            char nm[16];
            snprintf(nm, sizeof nm, "[%d,%d]", u, v);
            mats[0] = cpow(w, u); mats[1] = 0; mats[2] = 0; mats[3] = cpow(w, -u);
            mats[4] = cpow(w, v); mats[5] = 0; mats[6] = 0; mats[7] = cpow(w, -v);
            mats[8] = 0; mats[9] = 1; mats[10] = 1; mats[11] = 0;
            /* exact roots of unity */
            for (s = 0; s < 8; s++) {
                if (mats[s] == 0) continue;
                if (fabs(creal(mats[s]) - 1) < 1e-12) mats[s] = 1;
                else mats[s] = cimag(mats[s]) > 0 ? w : w * w;
            }
            st = wk_xsff_lattice_add_irrep(lat, nm, 2, mats);
        }
    }
    if (!st) {
        snprintf(params, sizeof params, "L = %ld, theta = %.6g, sigma = %.6g", (long) L, theta, sigma);
        st = _wk_xsff_model_from_lattice(m, lat, "torus_chain", params);
    }
    wk_xsff_lattice_clear(lat);
    return st;
}

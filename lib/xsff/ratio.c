/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/ratio.c: mean adjacent-gap ratio <r> per sector and its reading as a
   number of chaotic blocks and a Dyson class (spec 1 "Block count", 5.2.3). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"

void wk_xsff_ratio_init(wk_xsff_ratio_t rr)
{
    memset(rr, 0, sizeof(wk_xsff_ratio_struct));
}

void wk_xsff_ratio_clear(wk_xsff_ratio_t rr)
{
    flint_free(rr->r);
    flint_free(rr->err);
    flint_free(rr->n);
    wk_xsff_ratio_init(rr);
}

wk_status wk_xsff_level_ratio(wk_xsff_ratio_t rr, const wk_xsff_spectrum_t sp, double central,
                              double tol_rel)
{
    slong nsec = sp->info->nsec, s, a, i, maxR = 1;
    double *u;
    double *sum, *sum2;

    if (nsec == 0 || sp->nsamples == 0)
        return wk_error(WK_E_DOMAIN, "no spectrum");
    if (central <= 0) central = 0.5;
    if (!(central <= 1))
        return wk_error(WK_E_DOMAIN, "central fraction %g must be in (0, 1]", central);
    if (!(tol_rel > 0)) tol_rel = 1e-9;
    for (a = 0; a < nsec; a++) maxR = FLINT_MAX(maxR, sp->info->R[a]);
    wk_xsff_ratio_clear(rr);
    rr->nsec = nsec;
    rr->r = flint_calloc(nsec, sizeof(double));
    rr->err = flint_calloc(nsec, sizeof(double));
    rr->n = flint_calloc(nsec, sizeof(slong));
    sum = flint_calloc(nsec, sizeof(double));
    sum2 = flint_calloc(nsec, sizeof(double));
    u = flint_malloc((maxR + 1) * sizeof(double));
    for (s = 0; s < sp->nsamples; s++) {
        double emax = 0, tol;
        for (a = 0; a < nsec; a++)
            for (i = 0; i < sp->info->R[a]; i++) emax = fmax(emax, fabs(sp->E[s * nsec + a][i]));
        tol = tol_rel * (emax > 0 ? emax : 1);
        for (a = 0; a < nsec; a++) {
            const double *E = sp->E[s * nsec + a];
            slong R = sp->info->R[a], m = 0, lo, hi;
            /* merge exact degeneracies */
            for (i = 0; i < R; i++)
                if (m == 0 || E[i] - u[m - 1] > tol) u[m++] = E[i];
            lo = (slong) floor(m * (1 - central) / 2);
            hi = (slong) ceil(m * (1 + central) / 2);
            if (hi > m) hi = m;
            for (i = lo; i + 2 < hi; i++) {
                double s1 = u[i + 1] - u[i], s2 = u[i + 2] - u[i + 1];
                double r = fmin(s1, s2) / fmax(s1, s2);
                sum[a] += r; sum2[a] += r * r; rr->n[a]++;
            }
        }
    }
    for (a = 0; a < nsec; a++) {
        if (rr->n[a] > 0) {
            double mu = sum[a] / rr->n[a];
            rr->r[a] = mu;
            rr->err[a] = rr->n[a] > 1 ? sqrt(fmax(0, sum2[a] / rr->n[a] - mu * mu) / (rr->n[a] - 1)) : 0;
        } else {
            rr->r[a] = NAN;
            rr->err[a] = NAN;
        }
    }
    flint_free(sum); flint_free(sum2); flint_free(u);
    return WK_OK;
}

/* Random-matrix values of <r> (NOTES.md): one GOE 0.531, GUE 0.600, GSE 0.674
   block; two blocks 0.42 (equal sizes) to 0.45 (sizes 2:1); three equal
   blocks 0.40; Poisson 0.386.  A sector is read as one block only if <r> is
   above the two-block range by two standard errors, as several blocks only if
   it is below the one-block range by two standard errors; else unknown. */
void wk_xsff_ratio_class(slong *blocks, int *beta, double r, double err)
{
    double m = 2 * err;   /* two standard errors */
    *beta = 0;
    *blocks = 0;
    if (!isfinite(r) || !isfinite(err) || err > 0.05) return;
    if (r - m > WK_XSFF_R_ONE_BLOCK) {
        *blocks = 1;
        if (r - m > WK_XSFF_R_GSE) *beta = 4;
        else if (r - m > WK_XSFF_R_GUE && r + m < WK_XSFF_R_GSE) *beta = 2;
        else if (r + m < WK_XSFF_R_GUE) *beta = 1;
    } else if (r + m < WK_XSFF_R_SEVERAL) {
        *blocks = r + m < WK_XSFF_R_TWO_BLOCKS ? 3 : 2;
    }
}

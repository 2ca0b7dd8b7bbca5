/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-plateau.c: exact plateau and histogram on synthetic spectra
   built from a random branching matrix M and level counts n: the identities
   P = M^T diag(n) M, R = M^T n, h = rows of M with counts n (spec 1), margins. */
#include <complex.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "wk_xsff.h"
#include "tap.h"

int main(int argc, char **argv)
{
    wk_rand_t r;
    slong iter, nit = 40 * tap_multiplier();
    int okP = 1, okR = 1, okH = 1, okM = 1, okS = 1;
    tap_init(argc, argv);
    wk_rand_init(r, tap_seed());
    for (iter = 0; iter < nit; iter++) {
        slong nsec = 1 + wk_rand_ulong(r, 5), ng = 1 + wk_rand_ulong(r, 6), a, b, g, i, k;
        slong *M = flint_calloc(ng * nsec, sizeof(slong)), *n = flint_malloc(ng * sizeof(slong));
        slong *R = flint_calloc(nsec, sizeof(slong));
        double **E = flint_malloc(nsec * sizeof(double *)), *lev, mingap = INFINITY, noise;
        slong *fill = flint_calloc(nsec, sizeof(slong)), total = 0, nsamp = 1 + wk_rand_ulong(r, 2);
        wk_xsff_info_t info;
        wk_xsff_spectrum_t sp;
        wk_xsff_plateau_t pl;
        char **names = NULL;
        for (g = 0; g < ng; g++) {
            int any = 0;
            for (a = 0; a < nsec; a++) { M[g * nsec + a] = wk_rand_ulong(r, 3); any |= M[g * nsec + a] > 0; }
            if (!any) M[g * nsec + wk_rand_ulong(r, nsec)] = 1;
            n[g] = 1 + wk_rand_ulong(r, 30);
            for (a = 0; a < nsec; a++) R[a] += M[g * nsec + a] * n[g];
            total += n[g];
        }
        wk_xsff_info_init(info);
        wk_xsff_info_set_data(info, nsec, (const char *const *) names, NULL, R, 1, -1);
        for (a = 0; a < nsec; a++) E[a] = flint_malloc((R[a] + 1) * sizeof(double));
        /* distinct random levels for every (Gamma, i) with gaps >= 1e-6 */
        lev = flint_malloc(total * sizeof(double));
        for (i = 0; i < total; i++) lev[i] = (double) i + 0.5 * wk_rand_double(r);
        for (i = total - 1; i > 0; i--) { k = wk_rand_ulong(r, i + 1); double t = lev[i]; lev[i] = lev[k]; lev[k] = t; }
        {
            double *srt = flint_malloc(total * sizeof(double));
            memcpy(srt, lev, total * sizeof(double));
            for (i = 1; i < total; i++) for (k = i; k > 0 && srt[k] < srt[k - 1]; k--) { double t = srt[k]; srt[k] = srt[k - 1]; srt[k - 1] = t; }
            for (i = 1; i < total; i++) mingap = fmin(mingap, srt[i] - srt[i - 1]);
            flint_free(srt);
        }
        noise = 1e-12;
        for (g = 0, k = 0; g < ng; g++)
            for (i = 0; i < n[g]; i++, k++)
                for (a = 0; a < nsec; a++)
                    for (b = 0; b < M[g * nsec + a]; b++)
                        E[a][fill[a]++] = lev[k] + noise * (wk_rand_double(r) - 0.5);
        wk_xsff_spectrum_init(sp);
        wk_xsff_plateau_init(pl);
        wk_xsff_spectrum_set(sp, info, (const double *const *) E);
        if (nsamp == 2) {   /* a second identical sample doubles everything */
            slong s;
            double **E2 = flint_malloc(2 * nsec * sizeof(double *));
            for (s = 0; s < 2; s++) for (a = 0; a < nsec; a++) {
                E2[s * nsec + a] = flint_malloc((R[a] + 1) * sizeof(double));
                memcpy(E2[s * nsec + a], sp->E[a], R[a] * sizeof(double));
            }
            for (a = 0; a < nsec; a++) flint_free(sp->E[a]);
            flint_free(sp->E);
            sp->E = E2;
            sp->nsamples = 2;
            sp->mean = flint_realloc(sp->mean, 2 * sizeof(double));
            sp->sdev = flint_realloc(sp->sdev, 2 * sizeof(double));
        }
        if (wk_xsff_plateau(pl, sp, 1e-9) != WK_OK) okP = 0;
        else {
            for (a = 0; a < nsec; a++) {
                if (pl->R[a] != nsamp * R[a]) okR = 0;
                for (b = 0; b < nsec; b++) {
                    slong s = 0;
                    for (g = 0; g < ng; g++) s += M[g * nsec + a] * n[g] * M[g * nsec + b];
                    if (pl->P[a * nsec + b] != nsamp * s) okP = 0;
                }
            }
            /* histogram: every distinct row of M with the sum of its counts */
            for (g = 0; g < ng; g++) {
                slong want = 0, h2, v;
                for (h2 = 0; h2 < ng; h2++)
                    if (memcmp(M + h2 * nsec, M + g * nsec, nsec * sizeof(slong)) == 0) want += n[h2];
                for (v = 0; v < pl->nvec; v++)
                    if (memcmp(pl->vec + v * nsec, M + g * nsec, nsec * sizeof(slong)) == 0) break;
                if (v == pl->nvec || pl->count[v] != nsamp * want) okH = 0;
            }
            {
                slong sum = 0;
                for (i = 0; i < pl->nvec; i++) sum += pl->count[i];
                if (sum != nsamp * total || pl->nclusters != nsamp * total) okH = 0;
            }
            if (!(pl->max_merged <= noise * 1.0001) || (total > 1 && !(fabs(pl->min_unmerged - mingap) < 2 * noise)))
                okM = 0;
        }
        {   /* the sorted order of sp->E does not matter: reversed input gives the same */
            wk_xsff_spectrum_t sp2;
            wk_xsff_plateau_t pl2;
            for (a = 0; a < nsec; a++)
                for (i = 0; i < R[a] / 2; i++) { double t = E[a][i]; E[a][i] = E[a][R[a] - 1 - i]; E[a][R[a] - 1 - i] = t; }
            wk_xsff_spectrum_init(sp2); wk_xsff_plateau_init(pl2);
            wk_xsff_spectrum_set(sp2, info, (const double *const *) E);
            wk_xsff_plateau(pl2, sp2, 1e-9);
            if (nsamp == 1 && memcmp(pl2->P, pl->P, nsec * nsec * sizeof(slong)) != 0) okS = 0;
            wk_xsff_spectrum_clear(sp2); wk_xsff_plateau_clear(pl2);
        }
        wk_xsff_plateau_clear(pl);
        wk_xsff_spectrum_clear(sp);
        wk_xsff_info_clear(info);
        for (a = 0; a < nsec; a++) flint_free(E[a]);
        flint_free(E); flint_free(lev); flint_free(M); flint_free(n); flint_free(R); flint_free(fill);
    }
    TAP_OK(okP, "P = M^T diag(n) M (summed over samples)");
    TAP_OK(okR, "R = M^T n");
    TAP_OK(okH, "histogram = rows of M with counts n; one cluster per level");
    TAP_OK(okM, "margins: largest merged gap <= noise, smallest unmerged = smallest level gap");
    TAP_OK(okS, "input order of levels does not matter");
    {
        /* a tolerance that is too large is refused */
        wk_xsff_info_t info;
        wk_xsff_spectrum_t sp;
        wk_xsff_plateau_t pl;
        slong R = 2;
        double e[2] = {0, 1}, *E[1] = {e};
        wk_xsff_info_init(info); wk_xsff_spectrum_init(sp); wk_xsff_plateau_init(pl);
        wk_xsff_info_set_data(info, 1, NULL, NULL, &R, 1, 0);
        wk_xsff_spectrum_set(sp, info, (const double *const *) E);
        TAP_OK(wk_xsff_plateau(pl, sp, 0.5) == WK_E_DOMAIN, "tolerance 0.5 refused: %s", wk_error_msg());
        TAP_OK(wk_xsff_plateau(pl, sp, 0) == WK_OK && pl->P[0] == 2 && pl->nvec == 1, "two distinct levels: P = 2");
        wk_xsff_info_clear(info); wk_xsff_spectrum_clear(sp); wk_xsff_plateau_clear(pl);
    }
    wk_rand_clear(r);
    return tap_done();
}

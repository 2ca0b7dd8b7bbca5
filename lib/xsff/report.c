/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/report.c: a readable report of the evidence (sectors, exact plateau,
   multiplet histogram, merging margins, <r>) and of the bootstrap (spec 4, 5). */
#include <math.h>
#include <stdio.h>
#include "xsff_impl.h"

char *wk_xsff_report(const wk_xsff_info_t info, const wk_xsff_spectrum_t sp,
                     const wk_xsff_plateau_t pl, const wk_xsff_ratio_t rr,
                     const wk_xsff_boot_t B)
{
    wk_xsff_buf b;
    slong a, c, v, nsec = info->nsec;
    _wk_xsff_buf_init(&b);
    if (info->order > 0)
        _wk_xsff_buf_printf(&b, "%ld sectors of N (order %ld), Hilbert space dimension %ld\n",
                            (long) nsec, (long) info->order, (long) info->dim);
    else
        _wk_xsff_buf_printf(&b, "%ld sectors of a torus of rank %ld, Hilbert space dimension %ld\n",
                            (long) nsec, (long) info->rank, (long) info->dim);
    if (sp && sp->nsamples > 0) {
        double m = 0, w = 0;
        slong s2;
        for (s2 = 0; s2 < sp->nsamples; s2++) { m += sp->mean[s2]; w += sp->sdev[s2]; }
        _wk_xsff_buf_printf(&b, "%ld sample%s (seeds %lu..%lu); mean level %.6g, spectral width %.6g (averages)\n",
                            (long) sp->nsamples, sp->nsamples == 1 ? "" : "s", (unsigned long) sp->seed,
                            (unsigned long) (sp->seed + sp->nsamples - 1), m / sp->nsamples, w / sp->nsamples);
    }
    _wk_xsff_buf_printf(&b, "  %-24s %4s %8s", "sector", "d", "R");
    if (pl && pl->nsec == nsec) _wk_xsff_buf_printf(&b, " %10s", "P_aa");
    if (rr && rr->nsec == nsec) _wk_xsff_buf_printf(&b, " %16s", "<r>");
    if (info->kperm) _wk_xsff_buf_printf(&b, "  K maps to");
    _wk_xsff_buf_printf(&b, "\n");
    for (a = 0; a < nsec; a++) {
        _wk_xsff_buf_printf(&b, "  %-24s %4ld %8ld", info->name[a], (long) info->d[a], (long) info->R[a]);
        if (pl && pl->nsec == nsec)
            _wk_xsff_buf_printf(&b, " %10.1f", (double) pl->P[a * nsec + a] / pl->nsamples);
        if (rr && rr->nsec == nsec) {
            if (isfinite(rr->r[a])) _wk_xsff_buf_printf(&b, "    %.3f +- %.3f", rr->r[a], rr->err[a]);
            else _wk_xsff_buf_printf(&b, " %16s", "-");
        }
        if (info->kperm) _wk_xsff_buf_printf(&b, "  %s", info->kperm[a] >= 0 ? info->name[info->kperm[a]] : "?");
        _wk_xsff_buf_printf(&b, "\n");
    }
    if (pl && pl->nsec == nsec) {
        slong shown = 0;
        _wk_xsff_buf_printf(&b, "exact plateau P_ab per sample (%ld sample%s; levels merged when closer than %.3g):\n",
                            (long) pl->nsamples, pl->nsamples == 1 ? "" : "s", pl->tol);
        for (a = 0; a < nsec && nsec <= 16; a++) {
            _wk_xsff_buf_printf(&b, "  ");
            for (c = 0; c < nsec; c++) _wk_xsff_buf_printf(&b, " %8.1f", (double) pl->P[a * nsec + c] / pl->nsamples);
            _wk_xsff_buf_printf(&b, "\n");
        }
        if (nsec > 16) {
            for (a = 0; a < nsec; a++)
                for (c = a + 1; c < nsec; c++)
                    if (pl->P[a * nsec + c] > 0 && shown < 40) {
                        _wk_xsff_buf_printf(&b, "  P[%s, %s] = %.1f\n", info->name[a], info->name[c],
                                            (double) pl->P[a * nsec + c] / pl->nsamples);
                        shown++;
                    }
        }
        _wk_xsff_buf_printf(&b, "multiplet histogram (vector m(E): number of levels, all samples):\n");
        for (v = 0; v < pl->nvec && v < 40; v++) {
            int first = 1;
            _wk_xsff_buf_printf(&b, "  ");
            for (a = 0; a < nsec; a++)
                if (pl->vec[v * nsec + a]) {
                    if (pl->vec[v * nsec + a] == 1) _wk_xsff_buf_printf(&b, "%s%s", first ? "" : " + ", info->name[a]);
                    else _wk_xsff_buf_printf(&b, "%s%ld %s", first ? "" : " + ", (long) pl->vec[v * nsec + a], info->name[a]);
                    first = 0;
                }
            _wk_xsff_buf_printf(&b, ": %ld\n", (long) pl->count[v]);
        }
        if (pl->nvec > 40) _wk_xsff_buf_printf(&b, "  ... (%ld vectors in all)\n", (long) pl->nvec);
        _wk_xsff_buf_printf(&b, "margins: smallest unmerged gap %.3g, largest merged gap %.3g (tolerance %.3g)\n",
                            pl->min_unmerged, pl->max_merged, pl->tol);
        if (pl->min_unmerged < 10 * pl->tol)
            _wk_xsff_buf_printf(&b, "  warning: the smallest unmerged gap is within a factor 10 of the tolerance\n");
        if (pl->max_merged > 0.1 * pl->tol)
            _wk_xsff_buf_printf(&b, "  warning: the largest merged gap is within a factor 10 of the tolerance\n");
    }
    if (B && B->report) _wk_xsff_buf_printf(&b, "%s", B->report);
    return _wk_xsff_buf_take(&b);
}

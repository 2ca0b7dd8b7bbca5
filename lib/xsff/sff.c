/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/sff.c: the cross spectral form factor K_ab(t) = <Re Z_a(t) conj Z_b(t)>,
   its connected part and late-time averages (spec 1 "Spectral partition function
   and xSFF", 4). */
#define _GNU_SOURCE   /* sincos */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"

void wk_xsff_sff_init(wk_xsff_sff_t K)
{
    memset(K, 0, sizeof(wk_xsff_sff_struct));
}

void wk_xsff_sff_clear(wk_xsff_sff_t K)
{
    flint_free(K->t);
    flint_free(K->K);
    flint_free(K->Kc);
    flint_free(K->Zmean);
    wk_xsff_sff_init(K);
}

static double sector_sdev(const double *E, slong R)
{
    slong i;
    double m = 0, v = 0;
    if (R < 2) return 0;
    for (i = 0; i < R; i++) m += E[i];
    m /= R;
    for (i = 0; i < R; i++) v += (E[i] - m) * (E[i] - m);
    return sqrt(v / R);
}

wk_status wk_xsff_default_times(double **ts, slong *n, const wk_xsff_spectrum_t sp)
{
    slong a, k, nsec = sp->info->nsec, N = *n > 0 ? *n : 2000;
    double lo = INFINITY, hi = -INFINITY, rho = 0, t0, t1;
    if (nsec == 0 || sp->nsamples == 0)
        return wk_error(WK_E_DOMAIN, "no spectrum");
    if (N < 2 || N > 10000000)
        return wk_error(WK_E_DOMAIN, "number of times %ld must be 2..10^7", (long) N);
    for (a = 0; a < nsec; a++) {
        slong R = sp->info->R[a];
        const double *E = sp->E[a];
        double sd;
        if (R == 0) continue;
        lo = fmin(lo, E[0]);
        hi = fmax(hi, E[R - 1]);
        sd = sector_sdev(E, R);
        if (sd > 0) rho = fmax(rho, R / (sqrt(2 * M_PI) * sd));
    }
    if (!(hi > lo) || rho == 0)
        return wk_error(WK_E_DOMAIN, "spectrum has zero width; give the times explicitly");
    t0 = 1 / (hi - lo);
    t1 = 10 * 2 * M_PI * rho;
    if (t1 <= t0) t1 = 100 * t0;
    *ts = flint_malloc(N * sizeof(double));
    for (k = 0; k < N; k++) (*ts)[k] = t0 * pow(t1 / t0, (double) k / (N - 1));
    *n = N;
    return WK_OK;
}

/* Z[k*nsec + a] = sum_E f(E) e^{-i E t_k} for one sample */
static void partition(double complex *Z, const wk_xsff_spectrum_t sp, slong s, const double *t,
                      slong nt, int filter, double E0, double w)
{
    slong nsec = sp->info->nsec, a, k;
#pragma omp parallel for schedule(static) private(a) if (nt >= 64)
    for (k = 0; k < nt; k++) {
        for (a = 0; a < nsec; a++) {
            const double *E = sp->E[s * nsec + a];
            slong i, R = sp->info->R[a];
            double re = 0, im = 0;
            for (i = 0; i < R; i++) {
                double f = 1, sn, cs;
                if (filter == WK_XSFF_FILTER_GAUSS) {
                    double x = (E[i] - E0) / w;
                    f = exp(-0.5 * x * x);
                }
                sincos(E[i] * t[k], &sn, &cs);
                re += f * cs;
                im -= f * sn;
            }
            Z[k * nsec + a] = re + I * im;
        }
    }
}

wk_status wk_xsff_sff(wk_xsff_sff_t K, const wk_xsff_spectrum_t sp, const double *t, slong ntimes,
                      int filter, double eta)
{
    slong nsec = sp->info->nsec, k, a, b, s;
    double complex *Z;
    if (nsec == 0 || sp->nsamples == 0)
        return wk_error(WK_E_DOMAIN, "no spectrum");
    if (ntimes < 1 || t == NULL)
        return wk_error(WK_E_DOMAIN, "times must be a non-empty increasing list");
    for (k = 0; k < ntimes; k++)
        if (!isfinite(t[k]) || (k > 0 && !(t[k] > t[k - 1])))
            return wk_error(WK_E_DOMAIN, "times must be a non-empty increasing list");
    if (filter != WK_XSFF_FILTER_NONE && filter != WK_XSFF_FILTER_GAUSS)
        return wk_error(WK_E_DOMAIN, "unknown filter %d", filter);
    if (filter == WK_XSFF_FILTER_GAUSS && !(eta > 0 && eta < 1e6))
        return wk_error(WK_E_DOMAIN, "filter width eta = %g must be positive", eta);
    if ((double) ntimes * nsec * nsec > 5e7)
        return wk_error(WK_E_TOO_LARGE, "%ld times x %ld^2 sector pairs is too large (limit 5e7 values)",
                        (long) ntimes, (long) nsec);
    wk_xsff_sff_clear(K);
    K->nsec = nsec; K->ntimes = ntimes; K->nsamples = sp->nsamples;
    K->filter = filter; K->eta = filter == WK_XSFF_FILTER_GAUSS ? eta : 0;
    K->t = flint_malloc(ntimes * sizeof(double));
    memcpy(K->t, t, ntimes * sizeof(double));
    K->K = flint_calloc(ntimes * nsec * nsec, sizeof(double));
    K->Kc = flint_calloc(ntimes * nsec * nsec, sizeof(double));
    K->Zmean = flint_calloc(ntimes * nsec, sizeof(double complex));
    Z = flint_malloc(ntimes * nsec * sizeof(double complex));
    for (s = 0; s < sp->nsamples; s++) {
        double E0 = sp->mean[s], w = eta * sp->sdev[s];
        if (filter == WK_XSFF_FILTER_GAUSS && !(w > 0)) w = 1;
        if (wk_interrupted()) {
            flint_free(Z); wk_xsff_sff_clear(K);
            return wk_error(WK_E_INTERRUPT, "interrupted");
        }
        partition(Z, sp, s, t, ntimes, filter, E0, w);
        K->E0 += E0 / sp->nsamples;
        K->w += (filter == WK_XSFF_FILTER_GAUSS ? w : 0) / sp->nsamples;
        for (k = 0; k < ntimes; k++)
            for (a = 0; a < nsec; a++) {
                double complex za = Z[k * nsec + a];
                K->Zmean[k * nsec + a] += za;
                for (b = 0; b < nsec; b++)
                    K->K[(k * nsec + a) * nsec + b] += creal(za * conj(Z[k * nsec + b]));
            }
        wk_progress("xsff", s + 1, sp->nsamples);
    }
    wk_progress_done();
    for (k = 0; k < ntimes; k++) {
        for (a = 0; a < nsec; a++) K->Zmean[k * nsec + a] /= sp->nsamples;
        for (a = 0; a < nsec; a++)
            for (b = 0; b < nsec; b++) {
                slong i = (k * nsec + a) * nsec + b;
                K->K[i] /= sp->nsamples;
                K->Kc[i] = K->K[i] - creal(K->Zmean[k * nsec + a] * conj(K->Zmean[k * nsec + b]));
            }
    }
    flint_free(Z);
    return WK_OK;
}

wk_status wk_xsff_sff_plateau(double *P, double *err, const wk_xsff_spectrum_t sp,
                              double t1, double t2, slong npts)
{
    slong nsec = sp->info->nsec, k, a, b, s, ns = sp->nsamples;
    double *t, *A, *S1, *S2;
    double complex *Z;
    if (nsec == 0 || ns == 0)
        return wk_error(WK_E_DOMAIN, "no spectrum");
    if (!(isfinite(t1) && isfinite(t2) && t1 >= 0 && t2 > t1))
        return wk_error(WK_E_DOMAIN, "time window [%g, %g] must satisfy 0 <= t1 < t2", t1, t2);
    if (npts < 2 || npts > 10000000)
        return wk_error(WK_E_DOMAIN, "number of times %ld must be 2..10^7", (long) npts);
    t = flint_malloc(npts * sizeof(double));
    for (k = 0; k < npts; k++) t[k] = t1 + (t2 - t1) * k / (npts - 1);
    Z = flint_malloc(npts * nsec * sizeof(double complex));
    A = flint_calloc(nsec * nsec, sizeof(double));
    S1 = flint_calloc(nsec * nsec, sizeof(double));
    S2 = flint_calloc(nsec * nsec, sizeof(double));
    for (s = 0; s < ns; s++) {
        if (wk_interrupted()) {
            flint_free(t); flint_free(Z); flint_free(A); flint_free(S1); flint_free(S2);
            return wk_error(WK_E_INTERRUPT, "interrupted");
        }
        partition(Z, sp, s, t, npts, WK_XSFF_FILTER_NONE, 0, 1);
        for (a = 0; a < nsec * nsec; a++) A[a] = 0;
        for (k = 0; k < npts; k++)
            for (a = 0; a < nsec; a++)
                for (b = 0; b < nsec; b++)
                    A[a * nsec + b] += creal(Z[k * nsec + a] * conj(Z[k * nsec + b]));
        for (a = 0; a < nsec * nsec; a++) {
            A[a] /= npts;
            S1[a] += A[a];
            S2[a] += A[a] * A[a];
        }
    }
    for (a = 0; a < nsec * nsec; a++) P[a] = S1[a] / ns;
    if (ns >= 2) {
        for (a = 0; a < nsec * nsec; a++)
            err[a] = sqrt(fmax(0, (S2[a] / ns - P[a] * P[a]) / (ns - 1)));
    } else {
        /* decorrelated times ~ (t2 - t1) * sdev / sqrt(2 pi) */
        double ndec = (t2 - t1) * sp->sdev[0] / sqrt(2 * M_PI);
        if (ndec > npts) ndec = npts;
        if (ndec < 1) ndec = 1;
        for (a = 0; a < nsec; a++)
            for (b = 0; b < nsec; b++)
                err[a * nsec + b] = sqrt(fabs(P[a * nsec + a] * P[b * nsec + b]) / ndec);
    }
    flint_free(t); flint_free(Z); flint_free(A); flint_free(S1); flint_free(S2);
    return WK_OK;
}

wk_status wk_xsff_sff_svg(const char *path, const wk_xsff_sff_t K, const wk_xsff_info_t info,
                          const wk_xsff_plateau_t pl, slong npairs, const slong *pa,
                          const slong *pb, int connected)
{
    slong nsec = K->nsec, i, k, np = 0, *A, *B;
    double ymin = INFINITY, ymax = -INFINITY, *x, *y;
    const double *src = connected ? K->Kc : K->K;
    wk_svg_t svg;
    wk_status st;
    char label[300];

    if (K->ntimes < 2)
        return wk_error(WK_E_DOMAIN, "need at least two times to draw a curve");
    if (info->nsec != nsec)
        return wk_error(WK_E_DIM, "sector information has %ld sectors, the xSFF %ld",
                        (long) info->nsec, (long) nsec);
    for (i = 0; i < npairs; i++)
        if (pa[i] < 0 || pa[i] >= nsec || pb[i] < 0 || pb[i] >= nsec)
            return wk_error(WK_E_DOMAIN, "pair (%ld, %ld) out of range 0..%ld",
                            (long) pa[i], (long) pb[i], (long) nsec - 1);
    if (K->t[0] <= 0)
        return wk_error(WK_E_DOMAIN, "log-scale picture needs positive times");
    A = flint_malloc((nsec * nsec + npairs + 1) * sizeof(slong));
    B = flint_malloc((nsec * nsec + npairs + 1) * sizeof(slong));
    if (npairs > 0) {
        for (i = 0; i < npairs; i++) { A[i] = pa[i]; B[i] = pb[i]; }
        np = npairs;
    } else {
        slong a, b;
        for (a = 0; a < nsec; a++)
            for (b = a; b < nsec; b++) {
                int take = (a == b);
                if (!take && pl != NULL && pl->nsec == nsec) {
                    double paa = pl->P[a * nsec + a], pbb = pl->P[b * nsec + b];
                    take = pl->P[a * nsec + b] > 0.5 * sqrt(paa * pbb);
                }
                if (take) { A[np] = a; B[np] = b; np++; }
            }
    }
    x = flint_malloc(K->ntimes * sizeof(double));
    y = flint_malloc(K->ntimes * sizeof(double));
    for (i = 0; i < np; i++)
        for (k = 0; k < K->ntimes; k++) {
            double v = src[(k * nsec + A[i]) * nsec + B[i]];
            if (v > 0) { ymin = fmin(ymin, log10(v)); ymax = fmax(ymax, log10(v)); }
        }
    if (!isfinite(ymin)) { ymin = -1; ymax = 1; }
    ymax += 0.1 * (ymax - ymin + 1);
    st = wk_svg_open(svg, path, 800, 560, log10(K->t[0]), log10(K->t[K->ntimes - 1]), ymin, ymax);
    if (st) { flint_free(A); flint_free(B); flint_free(x); flint_free(y); return st; }
    wk_svg_axes(svg, "log10 t", connected ? "log10 K^c_ab(t)" : "log10 K_ab(t)");
    for (i = 0; i < np; i++) {
        const char *col = wk_svg_colour(i);
        for (k = 0; k < K->ntimes; k++) {
            double v = src[(k * nsec + A[i]) * nsec + B[i]];
            x[k] = log10(K->t[k]);
            y[k] = v > 0 ? log10(v) : NAN;
        }
        wk_svg_polyline(svg, x, y, K->ntimes, col, 1.2);
        if (pl != NULL && pl->nsec == nsec && pl->nsamples > 0 && K->filter == WK_XSFF_FILTER_NONE && !connected) {
            double p = (double) pl->P[A[i] * nsec + B[i]] / pl->nsamples;
            if (p > 0) wk_svg_line(svg, x[0], log10(p), x[K->ntimes - 1], log10(p), col, 0.6);
        }
        snprintf(label, sizeof label, "K[%s, %s]", info->name[A[i]], info->name[B[i]]);
        wk_svg_text(svg, x[0] + 0.02 * (x[K->ntimes - 1] - x[0]),
                    ymax - (0.04 * (i + 1)) * (ymax - ymin), label, 11, "start");
    }
    if (K->filter == WK_XSFF_FILTER_GAUSS) {
        snprintf(label, sizeof label, "Gaussian filter: E0 = %.4g, w = %.4g (eta = %.3g); %ld samples",
                 K->E0, K->w, K->eta, (long) K->nsamples);
    } else snprintf(label, sizeof label, "no filter; %ld samples", (long) K->nsamples);
    wk_svg_text(svg, x[K->ntimes - 1], ymax, label, 11, "end");
    st = wk_svg_close(svg);
    flint_free(A); flint_free(B); flint_free(x); flint_free(y);
    return st;
}

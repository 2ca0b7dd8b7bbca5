/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-sff.c: K_ab(t) and its connected part against a direct sum in
   long double, the Gaussian filter, the default time grid, late-time averages
   against the exact plateau (spec 4 claim; public vector 11 at L = 5, L = 7 under
   WK_SLOW), and the SVG picture. */
#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_xsff.h"
#include "tap.h"

int main(int argc, char **argv)
{
    wk_rand_t r;
    tap_init(argc, argv);
    wk_rand_init(r, tap_seed());
    {
        /* three sectors, three samples of random levels */
        slong R[3] = {5, 7, 3}, a, b, s, k, nt = 9, ns = 3;
        wk_xsff_info_t info;
        wk_xsff_spectrum_t sp;
        wk_xsff_sff_t K, Kf;
        double t[9], worst = 0, worstc = 0, worstf = 0;
        double lev[3][3][8];
        wk_xsff_info_init(info); wk_xsff_spectrum_init(sp); wk_xsff_sff_init(K); wk_xsff_sff_init(Kf);
        wk_xsff_info_set_data(info, 3, NULL, NULL, R, 1, 0);
        for (s = 0; s < ns; s++) {
            const double *E[3] = {lev[s][0], lev[s][1], lev[s][2]};
            for (a = 0; a < 3; a++) for (k = 0; k < R[a]; k++) lev[s][a][k] = 4 * wk_rand_double(r) - 2;
            if (s == 0) wk_xsff_spectrum_set(sp, info, E); else wk_xsff_spectrum_add(sp, E);
        }
        for (k = 0; k < nt; k++) t[k] = 0.1 + 0.7 * k;
        TAP_OK(wk_xsff_sff(K, sp, t, nt, WK_XSFF_FILTER_NONE, 0) == WK_OK, "xSFF computed");
        TAP_OK(wk_xsff_sff(Kf, sp, t, nt, WK_XSFF_FILTER_GAUSS, 0.5) == WK_OK, "filtered xSFF computed");
        for (k = 0; k < nt; k++)
            for (a = 0; a < 3; a++)
                for (b = 0; b < 3; b++) {
                    long double kk = 0, kf = 0, zar = 0, zai = 0, zbr = 0, zbi = 0;
                    for (s = 0; s < ns; s++) {
                        long double ar = 0, ai = 0, br = 0, bi = 0, far = 0, fai = 0, fbr = 0, fbi = 0;
                        long double mean = 0, var = 0, cnt = 0, w;
                        slong c, i;
                        for (c = 0; c < 3; c++) for (i = 0; i < R[c]; i++) { mean += lev[s][c][i]; var += (long double) lev[s][c][i] * lev[s][c][i]; cnt++; }
                        mean /= cnt; var = var / cnt - mean * mean; w = 0.5L * sqrtl(var);
                        for (i = 0; i < R[a]; i++) {
                            long double e = lev[s][a][i], f = expl(-(e - mean) * (e - mean) / (2 * w * w));
                            ar += cosl(e * t[k]); ai -= sinl(e * t[k]);
                            far += f * cosl(e * t[k]); fai -= f * sinl(e * t[k]);
                        }
                        for (i = 0; i < R[b]; i++) {
                            long double e = lev[s][b][i], f = expl(-(e - mean) * (e - mean) / (2 * w * w));
                            br += cosl(e * t[k]); bi -= sinl(e * t[k]);
                            fbr += f * cosl(e * t[k]); fbi -= f * sinl(e * t[k]);
                        }
                        kk += ar * br + ai * bi;
                        kf += far * fbr + fai * fbi;
                        zar += ar; zai += ai; zbr += br; zbi += bi;
                    }
                    kk /= ns; kf /= ns; zar /= ns; zai /= ns; zbr /= ns; zbi /= ns;
                    worst = fmax(worst, fabs((double) kk - K->K[(k * 3 + a) * 3 + b]));
                    worstc = fmax(worstc, fabs((double) (kk - (zar * zbr + zai * zbi)) - K->Kc[(k * 3 + a) * 3 + b]));
                    worstf = fmax(worstf, fabs((double) kf - Kf->K[(k * 3 + a) * 3 + b]));
                }
        TAP_OK(worst < 1e-12, "K_ab(t) = mean Re Z_a conj Z_b (%.2g)", worst);
        TAP_OK(worstc < 1e-12, "K^c_ab(t) = K - Re <Z_a> conj <Z_b> (%.2g)", worstc);
        TAP_OK(worstf < 1e-12, "Gaussian filter around the mean, width 0.5 sdev (%.2g)", worstf);
        {
            double *ts = NULL;
            slong n = 0;
            wk_status st = wk_xsff_default_times(&ts, &n, sp);
            TAP_OK(st == WK_OK && n == 2000 && ts[0] > 0 && ts[1999] > ts[0],
                   "default grid: 2000 times from %.3g to %.3g", st ? 0 : ts[0], st ? 0 : ts[n - 1]);
            flint_free(ts);
        }
        {
            double bad[2] = {1, 1};
            TAP_OK(wk_xsff_sff(K, sp, bad, 2, 0, 0) == WK_E_DOMAIN
                   && strcmp(wk_error_msg(), "times must be a non-empty increasing list") == 0, "%s", wk_error_msg());
            TAP_OK(wk_xsff_sff(K, sp, bad, 0, 0, 0) == WK_E_DOMAIN, "empty time list refused");
        }
        /* SVG */
        {
            char path[256];
            FILE *f;
            char buf[4096];
            size_t n;
            snprintf(path, sizeof path, "t-sff-%lu.svg", (unsigned long) tap_seed());
            wk_xsff_sff(K, sp, t, nt, WK_XSFF_FILTER_NONE, 0);
            {
                wk_status st = wk_xsff_sff_svg(path, K, info, NULL, 0, NULL, NULL, 0);
                TAP_OK(st == WK_OK, "SVG written (%s)", st ? wk_error_msg() : path);
            }
            f = fopen(path, "r");
            n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
            buf[n] = '\0';
            if (f) fclose(f);
            TAP_OK(strstr(buf, "<svg") && strstr(buf, "<polyline") && strstr(buf, "K[s0, s0]"), "SVG has curves and labels");
            remove(path);
        }
        wk_xsff_sff_clear(K); wk_xsff_sff_clear(Kf); wk_xsff_spectrum_clear(sp); wk_xsff_info_clear(info);
    }
    /* late-time average vs exact plateau: S3 chain (vector 11 at L = 7 under WK_XSFF_PAPERS) */
    {
        slong L = (getenv("WK_XSFF_PAPERS") || getenv("WK_SLOW")) ? 7 : 5, a, b;
        wk_xsff_model_t m;
        wk_xsff_sectors_t S;
        wk_xsff_spectrum_t sp;
        wk_xsff_plateau_t pl;
        double P[9], err[9], worst = 0, worst_sig = 0;
        wk_xsff_model_init(m); wk_xsff_sectors_init(S); wk_xsff_spectrum_init(sp); wk_xsff_plateau_init(pl);
        wk_xsff_model_s3_chain(m, L, 1, 1, 0, 0.25);
        wk_xsff_sectors_build(S, m);
        TAP_OK(wk_xsff_spectrum_compute(sp, m, S, 20, tap_seed(), 0) == WK_OK, "S3 chain L=%ld, 20 samples", (long) L);
        wk_xsff_plateau(pl, sp, 0);
        TAP_OK(wk_xsff_sff_plateau(P, err, sp, 2000, 4000, 2000) == WK_OK, "late-time average over [2000, 4000]");
        for (a = 0; a < 3; a++)
            for (b = 0; b < 3; b++) {
                double ex = (double) pl->P[a * 3 + b] / pl->nsamples;
                if (ex > 0) {
                    worst = fmax(worst, fabs(P[a * 3 + b] - ex) / ex);
                    worst_sig = fmax(worst_sig, fabs(P[a * 3 + b] - ex) / err[a * 3 + b]);
                } else worst = fmax(worst, fabs(P[a * 3 + b]) / (double) pl->P[0]);
            }
        TAP_OK(worst < 0.02, "claim 6 / vector 11: late-time K within 2%% of the exact plateau (%.4f)", worst);
        TAP_OK(worst_sig < 5, "and within 5 reported standard errors (%.2f)", worst_sig);
        wk_xsff_model_clear(m); wk_xsff_sectors_clear(S); wk_xsff_spectrum_clear(sp); wk_xsff_plateau_clear(pl);
    }
    wk_rand_clear(r);
    return tap_done();
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-bootstrap.c: stages A and B on skeletons of known groups
   (S4 > V4, D8 > Z2 x Z2, S3 > Z3, the projective KDBH pattern, anti-unitary
   pairings), with coincidences, block counts, spec 9 errors, and on the
   spec's models at small sizes. */
#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wk_xsff.h"
#include "tap.h"

/* data from a skeleton: rows M (ng x nsec), level counts n */
typedef struct { slong nsec, ng; slong P[64], R[8], hv[64 * 8], hc[64], nv; } data_t;

static void make(data_t *D, slong nsec, slong ng, const slong *M, const slong *n)
{
    slong a, b, g, v;
    memset(D, 0, sizeof *D);
    D->nsec = nsec; D->ng = ng;
    for (g = 0; g < ng; g++) {
        for (a = 0; a < nsec; a++) {
            D->R[a] += M[g * nsec + a] * n[g];
            for (b = 0; b < nsec; b++) D->P[a * nsec + b] += M[g * nsec + a] * M[g * nsec + b] * n[g];
        }
        for (v = 0; v < D->nv; v++) if (memcmp(D->hv + v * nsec, M + g * nsec, nsec * sizeof(slong)) == 0) break;
        if (v == D->nv) { memcpy(D->hv + v * nsec, M + g * nsec, nsec * sizeof(slong)); D->nv++; }
        D->hc[v] += n[g];
    }
}

static int degrees_are(const wk_xsff_boot_t B, const slong *deg, slong n)
{
    slong i, j, used[64] = {0};
    if (!B->found || B->nrows != n) return 0;
    for (i = 0; i < n; i++) {
        for (j = 0; j < n; j++) if (!used[j] && B->row_deg[j] == deg[i]) { used[j] = 1; break; }
        if (j == n) return 0;
    }
    return 1;
}

static wk_status boot(wk_xsff_boot_t B, const data_t *D, const slong *d, slong order, slong triv,
                      const slong *kperm, const double *r, const double *re, slong kmax)
{
    wk_xsff_info_t info;
    wk_xsff_boot_opts_struct o;
    wk_status st;
    wk_xsff_info_init(info);
    wk_xsff_info_set_data(info, D->nsec, NULL, d, D->R, order, triv);
    if (kperm) info->kperm = flint_malloc(D->nsec * sizeof(slong)), memcpy(info->kperm, kperm, D->nsec * sizeof(slong));
    wk_xsff_boot_opts_init(&o);
    if (kmax > 0) o.kmax = kmax;
    st = wk_xsff_bootstrap(B, info, D->P, D->nsec, D->nv, D->hv, D->hc, r, re, &o);
    wk_xsff_info_clear(info);
    return st;
}

int main(int argc, char **argv)
{
    wk_xsff_boot_t B;
    data_t D;
    tap_init(argc, argv);
    wk_xsff_boot_init(B);

    /* S4 > V4: 1, sgn, E over {00}; 3, 3' over {10,01,11}; n = D d / 24 */
    {
        static const slong M[5 * 4] = {1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1};
        static const slong n[5] = {100, 100, 200, 300, 300}, deg[5] = {1, 1, 2, 3, 3};
        make(&D, 4, 5, M, n);
        TAP_OK(boot(B, &D, NULL, 4, 0, NULL, NULL, NULL, 0) == WK_OK && B->index == 6 && degrees_are(B, deg, 5)
               && !B->projective && B->norbits == 2, "S4 > V4: index 6, degrees [1,1,2,3,3]");
        TAP_OK(fabs((double) D.P[0] / D.R[0] - 10.0 / 6) < 1e-12, "rho_{00} = P/R = 10/6 (E7)");
    }
    /* the same with 10%% of the 1 and E levels coinciding (clusters 1 + 2 = 3 on {00}) */
    {
        static const slong M[6 * 4] = {1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1, 3, 0, 0, 0};
        static const slong n[6] = {80, 100, 180, 300, 300, 20}, deg[5] = {1, 1, 2, 3, 3};
        make(&D, 4, 6, M, n);
        TAP_OK(boot(B, &D, NULL, 4, 0, NULL, NULL, NULL, 0) == WK_OK && B->index == 6 && degrees_are(B, deg, 5),
               "S4 > V4 with coincident 1 + E levels: still index 6, degrees [1,1,2,3,3]");
    }
    /* D8 > Z2 x Z2 with one paired orbit: [1,1,1,1,2] */
    {
        static const slong M[5 * 4] = {1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1};
        static const slong n[5] = {50, 50, 50, 50, 100}, deg[5] = {1, 1, 1, 1, 2};
        make(&D, 4, 5, M, n);
        TAP_OK(boot(B, &D, NULL, 4, 0, NULL, NULL, NULL, 0) == WK_OK && B->index == 2 && degrees_are(B, deg, 5),
               "D8 > Z2 x Z2, one paired orbit: index 2, degrees [1,1,1,1,2]");
    }
    /* S3 > Z3 */
    {
        static const slong M[3 * 3] = {1, 0, 0, 1, 0, 0, 0, 1, 1};
        static const slong n[3] = {120, 120, 240}, deg[3] = {1, 1, 2}, kp[3] = {0, 2, 1};
        double r[3] = {0.42, 0.53, 0.53}, re[3] = {0.01, 0.01, 0.01};
        make(&D, 3, 3, M, n);
        TAP_OK(boot(B, &D, NULL, 3, 0, NULL, NULL, NULL, 0) == WK_OK && B->index == 2 && degrees_are(B, deg, 3),
               "S3 > Z3: index 2, degrees [1,1,2]");
        TAP_OK(boot(B, &D, NULL, 3, 0, kp, r, re, 0) == WK_OK && B->index == 2 && B->anti[1] == -1 && B->used_blocks,
               "S3 > Z3 with GOE blocks: the pairing is unitary (C), index 2");
        /* the same pairing with single GUE blocks is anti-unitary (K): G_u = Z3 */
        r[1] = r[2] = 0.60;
        r[0] = 0.53;
        {
            static const slong n2[3] = {240, 0, 240}, M2[3 * 3] = {1, 0, 0, 1, 0, 0, 0, 1, 1};
            make(&D, 3, 3, M2, n2);
        }
        TAP_OK(boot(B, &D, NULL, 3, 0, kp, r, re, 0) == WK_OK && B->index == 1 && B->anti[1] == 2 && B->anti_is_K,
               "GUE pairing {1,2} read as anti-unitary K: index 1");
    }
    /* projective: the KDBH L = 8, N = 9 pattern over D_8 (order 16) */
    {
        /* sectors (0,+),(0,-),1,2,3,(4,+),(4,-) */
        static const slong d[7] = {1, 1, 2, 2, 2, 1, 1};
        static const slong M[5 * 7] = {1, 0, 0, 0, 0, 1, 0,  0, 1, 0, 0, 0, 0, 1,  0, 0, 1, 0, 1, 0, 0,
                                       0, 0, 0, 1, 0, 0, 0,  0, 0, 0, 1, 0, 0, 0};
        static const slong n[5] = {750, 680, 1430, 715, 715}, deg[5] = {2, 2, 4, 2, 2};
        double r[7] = {0.52, 0.53, 0.52, 0.41, 0.52, 0.52, 0.53}, re[7] = {0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01};
        make(&D, 7, 5, M, n);
        TAP_OK(boot(B, &D, d, 16, 0, NULL, r, re, 0) == WK_OK && B->index == 2 && B->projective && degrees_are(B, deg, 5),
               "KDBH pattern: index 2, projective, degrees [2,2,4,2,2] (sum 32 = 2|D_8|)");
    }
    /* even N KDBH: no pairing, two blocks everywhere -> index 2 with block counts, 1 without */
    {
        static const slong M[3 * 3] = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        static const slong n[3] = {400, 400, 400};
        double r[3] = {0.42, 0.43, 0.41}, re[3] = {0.01, 0.01, 0.01};
        make(&D, 3, 3, M, n);
        TAP_OK(boot(B, &D, NULL, 3, 0, NULL, NULL, NULL, 0) == WK_OK && B->index == 1, "no pairing, no block counts: index 1");
        TAP_OK(boot(B, &D, NULL, 3, 0, NULL, r, re, 0) == WK_OK && B->index == 1 && B->index_blocks == 2
               && strstr(B->report, "the block counts prefer index 2"),
               "two blocks in every sector: block counts prefer index 2 (extension invisible to plateaus)");
    }
    /* spec 9: malformed plateau, mismatched size, no skeleton */
    {
        static const slong M[2] = {1, 2};
        static const slong n[2] = {60, 20};
        wk_xsff_info_t info;
        slong P[4] = {3, 1, 2, 3}, R[2] = {3, 3};
        wk_xsff_info_init(info);
        wk_xsff_info_set_data(info, 2, NULL, NULL, R, 2, 0);
        TAP_OK(wk_xsff_bootstrap(B, info, P, 2, 0, NULL, NULL, NULL, NULL, NULL) == WK_E_DOMAIN
               && strcmp(wk_error_msg(), "plateau matrix must be symmetric non-negative, size 2x2 to match 2 sectors") == 0,
               "%s", wk_error_msg());
        P[2] = 1;
        TAP_OK(wk_xsff_bootstrap(B, info, P, 3, 0, NULL, NULL, NULL, NULL, NULL) == WK_E_DOMAIN, "3x3 plateau for 2 sectors refused");
        wk_xsff_info_clear(info);
        /* h/R = 0.60 (e = 1), 0.20 (e = 2): index 10 (c = 6, 1); reading the doubles as
           coincidences of two e = 1 irreps would make 25% of the levels accidental */
        make(&D, 1, 2, M, n);
        {
            wk_status st = boot(B, &D, NULL, 1, 0, NULL, NULL, NULL, 8);
            TAP_OK(st == WK_E_DOMAIN
                   && strstr(wk_error_msg(), "no consistent hidden group of index <= 8 (orbit {s0}: h/R = 0.60, 0.20 fits no c e|O|/k)"),
                   "%s", wk_error_msg());
        }
        TAP_OK(boot(B, &D, NULL, 1, 0, NULL, NULL, NULL, 64) == WK_OK && B->index == 10, "the same data fits index 10");
    }
    /* unequal R inside an orbit: a warning */
    {
        wk_xsff_info_t info;
        slong P[4] = {100, 90, 90, 95}, R[2] = {100, 95};
        wk_xsff_info_init(info);
        wk_xsff_info_set_data(info, 2, NULL, NULL, R, 2, -1);
        wk_xsff_bootstrap(B, info, P, 2, 0, NULL, NULL, NULL, NULL, NULL);
        TAP_OK(strstr(B->warnings, "orbit {s0,s1} has R = 100, 95") && strstr(B->warnings, "N is not normal in G or levels were merged wrongly"),
               "%s", B->warnings);
        wk_xsff_info_clear(info);
    }

    /* the spec's models at small sizes */
    {
        wk_xsff_model_t m;
        wk_xsff_sectors_t S;
        wk_xsff_spectrum_t sp;
        wk_xsff_plateau_t pl;
        wk_xsff_ratio_t rr;
        static const slong d36[6] = {1, 1, 1, 1, 4, 4}, dk[3] = {2, 2, 4}, ds3[3] = {1, 1, 2}, ds4[5] = {1, 1, 2, 3, 3};
        int which;
        for (which = 0; which < 5; which++) {
            wk_status st;
            char *rep;
            wk_xsff_model_init(m); wk_xsff_sectors_init(S); wk_xsff_spectrum_init(sp);
            wk_xsff_plateau_init(pl); wk_xsff_ratio_init(rr);
            if (which == 0) wk_xsff_model_torus_chain(m, 6, M_PI / 4, 0.25);
            if (which == 1) wk_xsff_model_torus_chain(m, 6, M_PI / 6, 0.25);
            if (which == 2) wk_xsff_model_kdbh(m, 6, 7, 0.9, 1, 0.25);
            if (which == 3) wk_xsff_model_s3_chain(m, 6, 1, 1, 0, 0.25);
            if (which == 4) wk_xsff_model_potts4(m, 5, 1, 1, 0.25);
            wk_xsff_sectors_build(S, m);
            wk_xsff_spectrum_compute(sp, m, S, 1, tap_seed(), 0);
            wk_xsff_plateau(pl, sp, 0);
            wk_xsff_level_ratio(rr, sp, 0, 0);
            st = wk_xsff_bootstrap_spectrum(B, S->info, pl, rr, NULL);
            if (getenv("WK_XSFF_VERBOSE")) printf("%s", B->report);
            if (which == 0)
                TAP_OK(st == WK_OK && B->index == 2 && degrees_are(B, d36, 6) && !B->projective && B->fusion_ok == 1,
                       "claim 2: torus chain pi/4 (L=6): index 2, degrees [1,1,1,1,4,4], fusion consistent");
            if (which == 1)
                TAP_OK(st == WK_OK && B->index == 1 && B->anti[4] == 5 && B->anti_is_K,
                       "claim 2: torus chain pi/6 (L=6): pairing [1,1]-[1,2] attributed to K, index 1");
            if (which == 2)
                TAP_OK(st == WK_OK && B->index == 2 && B->projective && degrees_are(B, dk, 3),
                       "claim 3: KDBH L=6 N=7: projective, degrees [2,2,4]");
            if (which == 3)
                TAP_OK(st == WK_OK && B->index == 2 && degrees_are(B, ds3, 3), "claim 5: S3 chain L=6 -> S3 skeleton [1,1,2]");
            if (which == 4)
                TAP_OK(st == WK_OK && B->index == 6 && degrees_are(B, ds4, 5), "claim 5: Potts L=5 -> S4 skeleton [1,1,2,3,3]");
            rep = wk_xsff_report(S->info, sp, pl, rr, B);
            if (which == 0)
                TAP_OK(rep && strstr(rep, "margins: smallest unmerged gap") && strstr(rep, "index [G_u:N] = 2")
                       && strstr(rep, "[0,1] + [1,0]: 81") && strstr(rep, "1 sample (seeds"),
                       "report shows samples, histogram, margins and the index");
            flint_free(rep);
            wk_xsff_model_clear(m); wk_xsff_sectors_clear(S); wk_xsff_spectrum_clear(sp);
            wk_xsff_plateau_clear(pl); wk_xsff_ratio_clear(rr);
        }
    }
    wk_xsff_boot_clear(B);
    return tap_done();
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/test/t-stagec.c: stage C (spec 5.4, 5.6) against known group data:
   the self-dual torus chain gives (C3 x C3):C4 (order 36, G/[G,G] = C4, degrees
   [1,1,1,1,4,4]); the four-state Potts chain gives S4; Z2 x Z2 with one paired
   orbit gives D8 (order 8), never Q8; the projective KDBH skeleton (L = 6)
   gives a central extension of order 48 with |Z| = 2; user candidates S3 x S3
   are rejected. */
#include <complex.h>
#include <math.h>
#include <string.h>
#include "wk_groups.h"
#include "wk_xsff.h"
#include "tap.h"

static wk_status pipeline(wk_xsff_boot_t B, wk_xsff_model_t m, int use_r)
{
    wk_xsff_sectors_t S;
    wk_xsff_spectrum_t sp;
    wk_xsff_plateau_t pl;
    wk_xsff_ratio_t rr;
    wk_status st;
    wk_xsff_sectors_init(S); wk_xsff_spectrum_init(sp); wk_xsff_plateau_init(pl); wk_xsff_ratio_init(rr);
    st = wk_xsff_sectors_build(S, m);
    if (!st) st = wk_xsff_spectrum_compute(sp, m, S, 1, tap_seed(), 0);
    if (!st) st = wk_xsff_plateau(pl, sp, 0);
    if (!st) st = wk_xsff_level_ratio(rr, sp, 0, 0);
    if (!st) st = wk_xsff_bootstrap_spectrum(B, S->info, pl, use_r ? rr : NULL, NULL);
    wk_xsff_sectors_clear(S); wk_xsff_spectrum_clear(sp); wk_xsff_plateau_clear(pl); wk_xsff_ratio_clear(rr);
    return st;
}

static int degrees_are(const wk_xsff_stagec_t C, const slong *d, slong n)
{
    slong i, j, used[64] = {0};
    if (C->nirr != n) return 0;
    for (i = 0; i < n; i++) {
        for (j = 0; j < n; j++) if (!used[j] && C->irr_deg[j] == d[i]) { used[j] = 1; break; }
        if (j == n) return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    wk_xsff_model_t m;
    wk_xsff_boot_t B;
    wk_xsff_stagec_t C;
    wk_status st;
    tap_init(argc, argv);
    wk_xsff_model_init(m); wk_xsff_boot_init(B); wk_xsff_stagec_init(C);

    /* vector 5 / claim 2: self-dual torus chain */
    wk_xsff_model_torus_chain(m, 6, M_PI / 4, 0.25);
    st = pipeline(B, m, 0);
    TAP_OK(st == WK_OK && B->index == 2, "torus chain pi/4: skeleton of index 2");
    st = wk_xsff_stagec(C, m->N, B, NULL, 0, NULL);
    {
        static const slong d[6] = {1, 1, 1, 1, 4, 4};
        TAP_OK(st == WK_OK && C->nmatch == 1 && C->order[0] == 36 && C->nabel == 1 && C->abel[0] == 4 && degrees_are(C, d, 6),
               "vector 5: one group of order 36, G/[G,G] = C4, degrees [1,1,1,1,4,4] (%s)", C->nmatch ? C->desc[0] : "none");
        TAP_OK(C->table != NULL && strstr(C->table, "4a"), "character table displayed");
    }
    /* the match is found again among user candidates; S3 x S3 (the unitary Z2 x Z2 reading) is not */
    {
        wk_group_struct *s3 = NULL, *s3s3 = NULL, *cand[2], *facs[2];
        wk_xsff_stagec_t C2;
        wk_group_symmetric(&s3, 3);
        facs[0] = facs[1] = s3;
        wk_group_direct(&s3s3, facs, 2);
        cand[0] = s3s3;
        cand[1] = wk_group_incref(C->group[0]);
        wk_xsff_stagec_init(C2);
        {
            wk_xsff_stagec_opts_struct o;
            wk_xsff_stagec_opts_init(&o);
            o.extensions = 0;
            st = wk_xsff_stagec(C2, m->N, B, cand, 1, &o);
            TAP_OK(st == WK_OK && C2->nmatch == 0 && C2->ncand >= 1,
                   "S3 x S3 (the unitary Z2 x Z2 reading) does not restrict to the skeleton (%ld embeddings tried)",
                   (long) C2->ncand);
            wk_xsff_stagec_clear(C2);
            st = wk_xsff_stagec(C2, m->N, B, cand, 2, &o);
            TAP_OK(st == WK_OK && C2->nmatch == 1 && strstr(C2->desc[0], "user group 1") != NULL,
                   "the extension found above, given as a user group, matches through an embedding of N");
        }
        wk_xsff_stagec_clear(C2);
        wk_group_clear(s3); wk_group_clear(s3s3); wk_group_clear(cand[1]);
    }
    wk_xsff_stagec_clear(C);
    wk_xsff_boot_clear(B);
    wk_xsff_model_clear(m);

    /* claim 5: four-state Potts -> S4 */
    wk_xsff_model_potts4(m, 5, 1, 1, 0.25);
    st = pipeline(B, m, 1);
    st = st ? st : wk_xsff_stagec(C, m->N, B, NULL, 0, NULL);
    {
        static const slong d[5] = {1, 1, 2, 3, 3};
        TAP_OK(st == WK_OK && C->nmatch == 1 && C->order[0] == 24 && degrees_are(C, d, 5) && C->nabel == 1 && C->abel[0] == 2,
               "claim 5: Potts -> S4 (order 24, degrees [1,1,2,3,3], G/[G,G] = C2)");
    }
    wk_xsff_stagec_clear(C);
    wk_xsff_boot_clear(B);
    wk_xsff_model_clear(m);

    /* claim 3: KDBH L = 6, 7 bosons: projective, central extension with |Z| = 2 */
    wk_xsff_model_kdbh(m, 6, 7, 0.9, 1, 0.25);
    st = pipeline(B, m, 0);
    st = st ? st : wk_xsff_stagec(C, m->N, B, NULL, 0, NULL);
    TAP_OK(st == WK_OK && B->projective && C->nmatch >= 1 && C->zorder == 2 && C->order[0] == 48,
           "claim 3: KDBH L=6 N=7 -> central extension of order 48 over Z2 (%ld match(es))", (long) C->nmatch);
    wk_xsff_stagec_clear(C);
    wk_xsff_boot_clear(B);
    wk_xsff_model_clear(m);

    /* claim 5: Z2 x Z2 with one paired orbit -> D8, never Q8 */
    {
        slong perm[4] = {0, 1, 2, 3}, x[4] = {1, 0, 3, 2}, y[4] = {2, 3, 0, 1}, a;
        static const slong R[4] = {50, 50, 100, 100};
        wk_xsff_info_t info;
        slong P[16] = {0}, hv[4 * 4] = {0}, hc[4] = {0};
        wk_group_struct *q8 = NULL, *cand[1];
        (void) perm;
        wk_xsff_model_init(m);
        m->dim = 4; m->kind = WK_XSFF_FINITE;
        wk_xsff_group_init(m->N, 4);
        wk_xsff_group_add_gen(m->N, "X", x, NULL);
        wk_xsff_group_add_gen(m->N, "Y", y, NULL);
        for (a = 0; a < 4; a++) {
            double complex mm[2] = {(a & 1) ? -1 : 1, (a & 2) ? -1 : 1};
            char nm[8];
            snprintf(nm, sizeof nm, "%ld", (long) a);
            wk_xsff_group_add_irrep(m->N, nm, 1, mm);
        }
        wk_xsff_group_setup(m->N);
        /* rows: two over {0}, two over {1}, one over {2,3}; n = 50, 50, 50, 50, 100 */
        P[0] = 100; P[5] = 100; P[10] = P[11] = P[14] = P[15] = 100;
        hv[0] = 1; hc[0] = 100;
        hv[4 + 1] = 1; hc[1] = 100;
        hv[8 + 2] = 1; hv[8 + 3] = 1; hc[2] = 100;
        wk_xsff_info_init(info);
        {
            slong Rr[4] = {100, 100, 100, 100};
            wk_xsff_info_set_data(info, 4, NULL, NULL, Rr, 4, 0);
        }
        (void) R;
        st = wk_xsff_bootstrap(B, info, P, 4, 3, hv, hc, NULL, NULL, NULL);
        TAP_OK(st == WK_OK && B->index == 2 && B->nrows == 5, "Z2 x Z2 skeleton: index 2, five rows");
        wk_group_quaternion(&q8, 8);
        cand[0] = q8;
        st = wk_xsff_stagec(C, m->N, B, cand, 1, NULL);
        TAP_OK(st == WK_OK && C->nmatch == 1 && C->order[0] == 8 && strstr(C->desc[0], "|Z| = 2")
               && strstr(C->desc[0], "2:2 2:2") != NULL,
               "claim 5: D8 (order 8, two classes of non-central involutions), never Q8 (%s)", C->nmatch ? C->desc[0] : "none");
        wk_group_clear(q8);
        wk_xsff_info_clear(info);
        wk_xsff_stagec_clear(C);
        wk_xsff_boot_clear(B);
        wk_xsff_model_clear(m);
    }
    return tap_done();
}

/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/peel.c: torus N (spec 5.7): peeling exact-degeneracy clusters into
   SU(2) x ... x SU(2) weight diagrams, the staircase of sector sizes, and the
   multiplet-only plateau. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"

void wk_xsff_peel_init(wk_xsff_peel_t T)
{
    memset(T, 0, sizeof(wk_xsff_peel_struct));
}

void wk_xsff_peel_clear(wk_xsff_peel_t T)
{
    flint_free(T->frozen);
    flint_free(T->hw2);
    flint_free(T->count);
    flint_free(T->stair);
    flint_free(T->Ppred);
    flint_free(T->report);
    wk_xsff_peel_init(T);
}

/* sector b lies in the diagram of highest weight lam (twice-units) */
static int in_diagram(const slong *w, const slong *lam, const int *frozen, slong r)
{
    slong c;
    for (c = 0; c < r; c++) {
        if (frozen[c]) { if (w[c] != lam[c]) return 0; continue; }
        if (w[c] > lam[c] || w[c] < -lam[c] || ((w[c] - lam[c]) % 2) != 0) return 0;
    }
    return 1;
}

/* lexicographic comparison on the unfrozen coordinates */
static int lex_greater(const slong *u, const slong *v, const int *frozen, slong r)
{
    slong c;
    for (c = 0; c < r; c++) {
        if (frozen[c]) continue;
        if (u[c] != v[c]) return u[c] > v[c];
    }
    return 0;
}

static slong find_hw(const slong *hw, slong n, const slong *lam, slong r)
{
    slong i;
    for (i = 0; i < n; i++)
        if (memcmp(hw + i * r, lam, r * sizeof(slong)) == 0) return i;
    return -1;
}

wk_status wk_xsff_peel(wk_xsff_peel_t T, const wk_xsff_spectrum_t sp, double tol_rel)
{
    const wk_xsff_info_struct *info = sp->info;
    slong nsec = info->nsec, r = info->rank, a, b, c, s, i, n, nhw = 0, ahw = 64;
    slong *m, *touched, nt, *hw, *cnt;
    _wk_xsff_lev_t *lv;
    wk_xsff_buf rep;
    char hb[32];

    if (r < 1 || r > 4 || info->w2 == NULL)
        return wk_error(WK_E_DOMAIN, "peeling needs sectors labelled by weights of a torus of rank 1..4");
    if (sp->nsamples < 1)
        return wk_error(WK_E_DOMAIN, "no spectrum");
    if (!(tol_rel > 0)) tol_rel = 1e-9;
    wk_xsff_peel_clear(T);
    T->nsec = nsec;
    T->rank = r;
    T->frozen = flint_calloc(r, sizeof(int));
    for (c = 0; c < r; c++) {
        T->frozen[c] = 1;
        for (a = 1; a < nsec; a++) if (info->w2[a * r + c] != info->w2[c]) T->frozen[c] = 0;
    }
    T->integral_sum = 1;
    hw = flint_malloc(ahw * r * sizeof(slong));
    cnt = flint_calloc(ahw, sizeof(slong));
    n = 0;
    for (a = 0; a < nsec; a++) n += info->R[a];
    lv = flint_malloc((n + 1) * sizeof(_wk_xsff_lev_t));
    m = flint_calloc(nsec, sizeof(slong));
    touched = flint_malloc(nsec * sizeof(slong));
    for (s = 0; s < sp->nsamples; s++) {
        double emax = _wk_xsff_sorted_levels(lv, sp, s), tol;
        tol = tol_rel * (emax > 0 ? emax : 1);
        i = 0;
        while (i < n) {
            slong j = i, x, pieces = 0;
            int bad = 0;
            nt = 0;
            for (;;) {
                if (m[lv[j].a]++ == 0) touched[nt++] = lv[j].a;
                if (j + 1 < n && lv[j + 1].e - lv[j].e <= tol) j++; else break;
            }
            T->nclusters++;
            /* peel from the highest weight */
            for (;;) {
                slong top = -1, lam[4];
                for (x = 0; x < nt; x++) {
                    a = touched[x];
                    if (m[a] == 0) continue;
                    if (top < 0 || lex_greater(info->w2 + a * r, info->w2 + top * r, T->frozen, r)) top = a;
                }
                if (top < 0) break;
                for (c = 0; c < r; c++) lam[c] = info->w2[top * r + c];
                for (c = 0; c < r; c++) if (!T->frozen[c] && lam[c] < 0) bad = 1;
                if (bad) break;
                for (b = 0; b < nsec; b++)
                    if (in_diagram(info->w2 + b * r, lam, T->frozen, r)) {
                        if (m[b] == 0) { bad = 1; break; }
                        m[b]--;
                    }
                if (bad) break;
                pieces++;
                x = find_hw(hw, nhw, lam, r);
                if (x < 0) {
                    if (nhw == ahw) {
                        ahw *= 2;
                        hw = flint_realloc(hw, ahw * r * sizeof(slong));
                        cnt = flint_realloc(cnt, ahw * sizeof(slong));
                    }
                    memcpy(hw + nhw * r, lam, r * sizeof(slong));
                    cnt[nhw] = 0;
                    x = nhw++;
                }
                cnt[x]++;
                {
                    slong sum = 0;
                    for (c = 0; c < r; c++) if (!T->frozen[c]) sum += lam[c];
                    if (sum % 2 != 0) T->integral_sum = 0;
                }
            }
            if (bad) T->bad++;
            else if (pieces > 1) T->accidental++;
            for (x = 0; x < nt; x++) m[touched[x]] = 0;
            i = j + 1;
        }
    }
    /* staircase for every dominant sector weight */
    {
        slong nf = 0, free_c[4], e, *stair_all = flint_calloc(nsec, sizeof(slong));
        for (c = 0; c < r; c++) if (!T->frozen[c]) free_c[nf++] = c;
        for (a = 0; a < nsec; a++) {
            const slong *w = info->w2 + a * r;
            int dom = 1;
            for (c = 0; c < nf; c++) if (w[free_c[c]] < 0) dom = 0;
            if (!dom) { stair_all[a] = -1; continue; }
            for (e = 0; e < (WORD(1) << nf); e++) {
                slong mu[4], sign = 1;
                memcpy(mu, w, r * sizeof(slong));
                for (c = 0; c < nf; c++)
                    if (e & (WORD(1) << c)) { mu[free_c[c]] += 2; sign = -sign; }
                for (b = 0; b < nsec; b++)
                    if (memcmp(info->w2 + b * r, mu, r * sizeof(slong)) == 0) { stair_all[a] += sign * info->R[b]; break; }
            }
        }
        /* every dominant weight with a non-zero staircase or a peeled multiplet */
        for (a = 0; a < nsec; a++)
            if (stair_all[a] > 0 && find_hw(hw, nhw, info->w2 + a * r, r) < 0) {
                if (nhw == ahw) {
                    ahw *= 2;
                    hw = flint_realloc(hw, ahw * r * sizeof(slong));
                    cnt = flint_realloc(cnt, ahw * sizeof(slong));
                }
                memcpy(hw + nhw * r, info->w2 + a * r, r * sizeof(slong));
                cnt[nhw++] = 0;
            }
        T->nmult = nhw;
        T->hw2 = flint_malloc((nhw * r + 1) * sizeof(slong));
        T->count = flint_malloc((nhw + 1) * sizeof(slong));
        T->stair = flint_malloc((nhw + 1) * sizeof(slong));
        /* sort highest weights: by the unfrozen sum, then lexicographically */
        {
            slong *ord = flint_malloc((nhw + 1) * sizeof(slong)), p, q;
            for (p = 0; p < nhw; p++) ord[p] = p;
            for (p = 1; p < nhw; p++)
                for (q = p; q > 0; q--) {
                    const slong *u = hw + ord[q] * r, *v = hw + ord[q - 1] * r;
                    slong su = 0, sv = 0;
                    for (c = 0; c < r; c++) if (!T->frozen[c]) { su += u[c]; sv += v[c]; }
                    if (su < sv || (su == sv && lex_greater(v, u, T->frozen, r))) {
                        slong t = ord[q]; ord[q] = ord[q - 1]; ord[q - 1] = t;
                    } else break;
                }
            T->stair_ok = 1;
            for (p = 0; p < nhw; p++) {
                memcpy(T->hw2 + p * r, hw + ord[p] * r, r * sizeof(slong));
                T->count[p] = cnt[ord[p]];
                T->stair[p] = 0;
                for (a = 0; a < nsec; a++)
                    if (memcmp(info->w2 + a * r, T->hw2 + p * r, r * sizeof(slong)) == 0 && stair_all[a] > 0)
                        T->stair[p] = stair_all[a];
                if (T->stair[p] * sp->nsamples != T->count[p]) T->stair_ok = 0;
            }
            flint_free(ord);
        }
        /* multiplet-only plateau from the staircase (per sample) */
        T->Ppred = flint_calloc(nsec * nsec, sizeof(slong));
        for (i = 0; i < T->nmult; i++) {
            if (T->stair[i] <= 0) continue;
            for (a = 0; a < nsec; a++) {
                if (!in_diagram(info->w2 + a * r, T->hw2 + i * r, T->frozen, r)) continue;
                for (b = 0; b < nsec; b++)
                    if (in_diagram(info->w2 + b * r, T->hw2 + i * r, T->frozen, r))
                        T->Ppred[a * nsec + b] += T->stair[i];
            }
        }
        flint_free(stair_all);
    }
    /* report */
    _wk_xsff_buf_init(&rep);
    _wk_xsff_buf_printf(&rep, "torus N of rank %ld:", (long) r);
    for (c = 0; c < r; c++)
        _wk_xsff_buf_printf(&rep, " %s%s", info->wname ? info->wname[c] : "w", T->frozen[c] ? " (frozen)" : "");
    _wk_xsff_buf_printf(&rep, "\n  %ld clusters in %ld sample(s); %ld need several multiplets (accidental)", (long) T->nclusters,
                        (long) sp->nsamples, (long) T->accidental);
    if (T->bad) _wk_xsff_buf_printf(&rep, "; %ld do NOT peel into weight diagrams", (long) T->bad);
    _wk_xsff_buf_printf(&rep, "\n  multiplets (highest weight: peeled, staircase per sample)\n");
    for (i = 0; i < T->nmult; i++) {
        _wk_xsff_buf_printf(&rep, "    (");
        for (c = 0; c < r; c++) {
            _wk_xsff_half(hb, sizeof hb, T->hw2[i * r + c]);
            _wk_xsff_buf_printf(&rep, "%s%s", c ? ", " : "", hb);
        }
        _wk_xsff_buf_printf(&rep, "): %ld, %ld%s\n", (long) T->count[i], (long) T->stair[i],
                            T->count[i] == T->stair[i] * sp->nsamples ? "" : "  <- differ");
    }
    _wk_xsff_buf_printf(&rep, "  staircase %s the peeled counts\n", T->stair_ok ? "equals" : "DIFFERS FROM");
    _wk_xsff_buf_printf(&rep, "  sum of the weights of every multiplet %s integral%s\n",
                        T->integral_sum ? "is" : "is NOT",
                        T->integral_sum && r == 2 ? " (central (-1,-1) acts trivially: SO(4) for SU(2) x SU(2))" : "");
    T->report = _wk_xsff_buf_take(&rep);
    flint_free(hw); flint_free(cnt); flint_free(lv); flint_free(m); flint_free(touched);
    return WK_OK;
}

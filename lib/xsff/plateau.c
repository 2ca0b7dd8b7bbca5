/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/plateau.c: the exact plateau P_ab = sum_E m_a(E) m_b(E), the multiplet
   histogram h(v) and the merging margins (spec 1 "Plateau (exact)", 4). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"

void wk_xsff_plateau_init(wk_xsff_plateau_t pl)
{
    memset(pl, 0, sizeof(wk_xsff_plateau_struct));
}

void wk_xsff_plateau_clear(wk_xsff_plateau_t pl)
{
    flint_free(pl->R);
    flint_free(pl->P);
    flint_free(pl->vec);
    flint_free(pl->count);
    wk_xsff_plateau_init(pl);
}

/* histogram as an open-addressing hash of dense vectors */
typedef struct { slong nsec, n, cap; slong *vec, *count, *slot; } hist_t;

static ulong vhash(const slong *v, slong n)
{
    ulong h = 1469598103934665603UL;
    slong i;
    for (i = 0; i < n; i++) { h ^= (ulong) v[i] + 0x9e37; h *= 1099511628211UL; }
    return h;
}

static void hist_init(hist_t *h, slong nsec)
{
    slong i;
    h->nsec = nsec; h->n = 0; h->cap = 64;
    h->vec = flint_malloc(h->cap * nsec * sizeof(slong));
    h->count = flint_malloc(h->cap * sizeof(slong));
    h->slot = flint_malloc(2 * h->cap * sizeof(slong));
    for (i = 0; i < 2 * h->cap; i++) h->slot[i] = -1;
}

static void hist_rehash(hist_t *h)
{
    slong i, ns = 2 * h->cap;
    h->slot = flint_realloc(h->slot, ns * sizeof(slong));
    for (i = 0; i < ns; i++) h->slot[i] = -1;
    for (i = 0; i < h->n; i++) {
        ulong k = vhash(h->vec + i * h->nsec, h->nsec) % ns;
        while (h->slot[k] >= 0) k = (k + 1) % ns;
        h->slot[k] = i;
    }
}

static void hist_add(hist_t *h, const slong *v, slong c)
{
    slong ns = 2 * h->cap, nsec = h->nsec;
    ulong k = vhash(v, nsec) % ns;
    while (h->slot[k] >= 0) {
        slong i = h->slot[k];
        if (memcmp(h->vec + i * nsec, v, nsec * sizeof(slong)) == 0) { h->count[i] += c; return; }
        k = (k + 1) % ns;
    }
    if (h->n + 1 > h->cap / 2 + h->cap / 4) {
        h->cap *= 2;
        h->vec = flint_realloc(h->vec, h->cap * nsec * sizeof(slong));
        h->count = flint_realloc(h->count, h->cap * sizeof(slong));
        memcpy(h->vec + h->n * nsec, v, nsec * sizeof(slong));
        h->count[h->n] = c;
        h->n++;
        hist_rehash(h);
        return;
    }
    memcpy(h->vec + h->n * nsec, v, nsec * sizeof(slong));
    h->count[h->n] = c;
    h->slot[k] = h->n;
    h->n++;
}

typedef struct { const slong *v; slong nsec, count, i; } hrec;

static int histcmp(const void *x, const void *y)
{
    const hrec *p = x, *q = y;
    const slong *u = p->v, *v = q->v;
    slong a, n = p->nsec, fu = -1, fv = -1, su = 0, sv = 0;
    /* by first sector of the support, then support size, then entries, then count */
    for (a = 0; a < n; a++) {
        if (u[a] && fu < 0) fu = a;
        if (v[a] && fv < 0) fv = a;
        su += u[a] != 0; sv += v[a] != 0;
    }
    if (fu != fv) return fu < fv ? -1 : 1;
    if (su != sv) return su < sv ? -1 : 1;
    for (a = 0; a < n; a++) if (u[a] != v[a]) return u[a] < v[a] ? -1 : 1;
    if (p->count != q->count) return p->count > q->count ? -1 : 1;
    return 0;
}

wk_status wk_xsff_plateau(wk_xsff_plateau_t pl, const wk_xsff_spectrum_t sp, double tol_rel)
{
    slong nsec = sp->info->nsec, s, a, i, n;
    slong *m, *touched, nt;
    _wk_xsff_lev_t *lv;
    hist_t h;
    hrec *idx;

    if (nsec == 0 || sp->nsamples == 0)
        return wk_error(WK_E_DOMAIN, "no spectrum");
    if (!(tol_rel > 0)) tol_rel = 1e-9;
    if (!(tol_rel < 1e-2))
        return wk_error(WK_E_DOMAIN, "merging tolerance %g is too large (must be < 1e-2)", tol_rel);
    wk_xsff_plateau_clear(pl);
    pl->nsec = nsec;
    pl->nsamples = sp->nsamples;
    pl->R = flint_calloc(nsec, sizeof(slong));
    pl->P = flint_calloc(nsec * nsec, sizeof(slong));
    pl->max_merged = 0;
    pl->min_unmerged = INFINITY;
    pl->tol = 0;
    n = 0;
    for (a = 0; a < nsec; a++) n += sp->info->R[a];
    lv = flint_malloc((n + 1) * sizeof(_wk_xsff_lev_t));
    m = flint_calloc(nsec, sizeof(slong));
    touched = flint_malloc(nsec * sizeof(slong));
    hist_init(&h, nsec);
    for (s = 0; s < sp->nsamples; s++) {
        double emax = _wk_xsff_sorted_levels(lv, sp, s), tol;
        for (a = 0; a < nsec; a++) pl->R[a] += sp->info->R[a];
        tol = tol_rel * (emax > 0 ? emax : 1);
        pl->tol = fmax(pl->tol, tol);
        i = 0;
        while (i < n) {
            slong j = i, x, y;
            nt = 0;
            for (;;) {
                if (m[lv[j].a]++ == 0) touched[nt++] = lv[j].a;
                if (j + 1 < n && lv[j + 1].e - lv[j].e <= tol) {
                    pl->max_merged = fmax(pl->max_merged, lv[j + 1].e - lv[j].e);
                    j++;
                } else break;
            }
            if (j + 1 < n) pl->min_unmerged = fmin(pl->min_unmerged, lv[j + 1].e - lv[j].e);
            for (x = 0; x < nt; x++)
                for (y = 0; y < nt; y++)
                    pl->P[touched[x] * nsec + touched[y]] += m[touched[x]] * m[touched[y]];
            hist_add(&h, m, 1);
            for (x = 0; x < nt; x++) m[touched[x]] = 0;
            pl->nclusters++;
            i = j + 1;
        }
    }
    /* sorted histogram */
    idx = flint_malloc((h.n + 1) * sizeof(hrec));
    for (i = 0; i < h.n; i++) { idx[i].v = h.vec + i * nsec; idx[i].nsec = nsec; idx[i].count = h.count[i]; idx[i].i = i; }
    qsort(idx, h.n, sizeof(hrec), histcmp);
    pl->nvec = h.n;
    pl->vec = flint_malloc((h.n * nsec + 1) * sizeof(slong));
    pl->count = flint_malloc((h.n + 1) * sizeof(slong));
    for (i = 0; i < h.n; i++) {
        memcpy(pl->vec + i * nsec, idx[i].v, nsec * sizeof(slong));
        pl->count[i] = idx[i].count;
    }
    flint_free(idx);
    flint_free(h.vec); flint_free(h.count); flint_free(h.slot);
    flint_free(lv); flint_free(m); flint_free(touched);
    return WK_OK;
}

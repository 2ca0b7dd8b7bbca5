/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/kdbh.c: effective Hamiltonian of the kinetically driven Bose-Hubbard
   ring in momentum space (spec 2.4; cf. Pieplow, Sols, Creffield arXiv:1706.04864). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"

typedef struct {
    slong L, nb, D;
    double kappa, U, sigma;
    ulong *code;        /* sorted codes sum n_q (nb+1)^q */
    unsigned char *occ; /* D*L */
} kdbh_data;

static void kdbh_clear(void *p)
{
    kdbh_data *d = p;
    flint_free(d->code);
    flint_free(d->occ);
    flint_free(d);
}

static slong kdbh_find(const kdbh_data *d, ulong c)
{
    slong lo = 0, hi = d->D;
    while (lo < hi) {
        slong mid = (lo + hi) / 2;
        if (d->code[mid] == c) return mid;
        if (d->code[mid] < c) lo = mid + 1; else hi = mid;
    }
    return -1;
}

static wk_status kdbh_build(wk_xsff_op_t H, const wk_xsff_model_struct *m, const double *xi)
{
    const kdbh_data *d = m->data;
    slong L = d->L, D = d->D, s, q1, q2, q3, q4, n = 0, alloc;
    double kap = d->kappa * (1 + (xi != NULL ? d->sigma * xi[0] : 0));
    double *V = flint_malloc(L * L * L * L * sizeof(double)), *ck = flint_malloc(L * sizeof(double));
    ulong *pw = flint_malloc((L + 1) * sizeof(ulong));
    slong *rr, *cc;
    double complex *vv;
    wk_status st;

    for (q1 = 0; q1 < L; q1++) ck[q1] = cos(2 * M_PI * q1 / L);
    pw[0] = 1;
    for (q1 = 1; q1 <= L; q1++) pw[q1] = pw[q1 - 1] * (d->nb + 1);
    for (q1 = 0; q1 < L; q1++)
        for (q2 = 0; q2 < L; q2++)
            for (q3 = 0; q3 < L; q3++) {
                q4 = ((q1 + q2 - q3) % L + L) % L;
                V[((q1 * L + q2) * L + q3) * L + q4] =
                    d->U / (2.0 * L) * j0(2 * kap * (ck[q3] + ck[q4] - ck[q1] - ck[q2]));
            }
    alloc = D * 64 + 16;
    rr = flint_malloc(alloc * sizeof(slong));
    cc = flint_malloc(alloc * sizeof(slong));
    vv = flint_malloc(alloc * sizeof(double complex));
    for (s = 0; s < D; s++) {
        const unsigned char *o = d->occ + s * L;
        if ((s & 1023) == 0 && wk_interrupted()) {
            flint_free(V); flint_free(ck); flint_free(pw); flint_free(rr); flint_free(cc); flint_free(vv);
            return wk_error(WK_E_INTERRUPT, "interrupted");
        }
        for (q4 = 0; q4 < L; q4++) {
            double a4;
            if (o[q4] == 0) continue;
            a4 = sqrt((double) o[q4]);
            for (q3 = 0; q3 < L; q3++) {
                double a3;
                slong n3 = o[q3] - (q3 == q4);
                if (n3 <= 0) continue;
                a3 = a4 * sqrt((double) n3);
                for (q2 = 0; q2 < L; q2++) {
                    double a2;
                    slong n2 = o[q2] - (q2 == q3) - (q2 == q4);
                    ulong code;
                    slong t;
                    a2 = a3 * sqrt((double) (n2 + 1));
                    q1 = ((q3 + q4 - q2) % L + L) % L;
                    {
                        slong n1 = o[q1] - (q1 == q3) - (q1 == q4) + (q1 == q2);
                        double amp = a2 * sqrt((double) (n1 + 1)) * V[((q1 * L + q2) * L + q3) * L + q4];
                        if (amp == 0) continue;
                        code = d->code[s] - pw[q3] - pw[q4] + pw[q2] + pw[q1];
                        t = kdbh_find(d, code);
                        if (n == alloc) {
                            alloc *= 2;
                            rr = flint_realloc(rr, alloc * sizeof(slong));
                            cc = flint_realloc(cc, alloc * sizeof(slong));
                            vv = flint_realloc(vv, alloc * sizeof(double complex));
                        }
                        rr[n] = t; cc[n] = s; vv[n] = amp; n++;
                    }
                }
            }
        }
    }
    st = wk_xsff_op_set_triplets(H, D, n, rr, cc, vv);
    flint_free(V); flint_free(ck); flint_free(pw); flint_free(rr); flint_free(cc); flint_free(vv);
    return st;
}

static void compose(kdbh_data *d, unsigned char *occ, slong q, slong left, slong *cnt)
{
    slong k;
    if (q == d->L - 1) {
        ulong c = 0, p = 1;
        slong i;
        occ[q] = left;
        for (i = 0; i < d->L; i++) { c += occ[i] * p; p *= d->nb + 1; }
        if (*cnt < d->D) d->code[*cnt] = c;
        (*cnt)++;
        return;
    }
    for (k = 0; k <= left; k++) { occ[q] = k; compose(d, occ, q + 1, left - k, cnt); }
}

static void kdbh_state(slong *label, const wk_xsff_model_struct *m, slong s)
{
    const kdbh_data *d = m->data;
    slong q;
    for (q = 0; q < d->L; q++) label[q] = d->occ[s * d->L + q];
}

static slong kdbh_index(const wk_xsff_model_struct *m, const slong *label)
{
    const kdbh_data *d = m->data;
    slong q, tot = 0;
    ulong c = 0, p = 1;
    for (q = 0; q < d->L; q++) {
        if (label[q] < 0 || label[q] > d->nb) return -1;
        tot += label[q];
        c += (ulong) label[q] * p;
        p *= d->nb + 1;
    }
    return tot == d->nb ? kdbh_find(d, c) : -1;
}

static int ucmp(const void *x, const void *y)
{
    ulong a = *(const ulong *) x, b = *(const ulong *) y;
    return a < b ? -1 : (a > b);
}

wk_status wk_xsff_model_kdbh(wk_xsff_model_t m, slong L, slong nb, double kappa, double U, double sigma)
{
    kdbh_data *d;
    slong D, s, q, i, h = L / 2;
    double Dd;
    unsigned char occ[64];
    slong *perm;
    double complex *ph, w;
    char params[160];
    wk_status st = WK_OK;

    if (L % 2 != 0)
        return wk_error(WK_E_DOMAIN, "L = %ld is odd; the momentum shift by pi is not defined", (long) L);
    if (L < 4 || L > 16)
        return wk_error(WK_E_DOMAIN, "L = %ld must be an even number 4..16", (long) L);
    if (nb < 1 || nb > 40)
        return wk_error(WK_E_DOMAIN, "number of bosons %ld must be 1..40", (long) nb);
    if (!isfinite(kappa) || !isfinite(U) || !isfinite(sigma) || sigma < 0)
        return wk_error(WK_E_DOMAIN, "kappa, U and sigma must be finite and sigma >= 0");
    /* D = C(nb + L - 1, L - 1) */
    Dd = 1;
    for (i = 1; i < L; i++) Dd = Dd * (nb + i) / i;
    if (Dd > (double) WK_XSFF_DIM_LIMIT || pow(nb + 1.0, L) > 1.8e19)
        return wk_error(WK_E_TOO_LARGE, "Hilbert space of %ld bosons on %ld sites has %.0f states (too large)",
                        (long) nb, (long) L, Dd);
    D = (slong) (Dd + 0.5);

    d = flint_calloc(1, sizeof(kdbh_data));
    d->L = L; d->nb = nb; d->D = D; d->kappa = kappa; d->U = U; d->sigma = sigma;
    d->code = flint_malloc(D * sizeof(ulong));
    d->occ = flint_malloc(D * L);
    /* enumerate compositions of nb into L parts */
    {
        slong cnt = 0;
        compose(d, occ, 0, nb, &cnt);
        if (cnt != D) {
            kdbh_clear(d);
            return wk_error(WK_E_INTERNAL, "enumerated %ld boson states, expected %ld", (long) cnt, (long) D);
        }
    }
    qsort(d->code, D, sizeof(ulong), ucmp);
    for (s = 0; s < D; s++) {
        ulong c = d->code[s];
        for (q = 0; q < L; q++) { d->occ[s * L + q] = c % (nb + 1); c /= nb + 1; }
    }

    wk_xsff_model_clear(m);
    snprintf(params, sizeof params, "L = %ld, bosons = %ld, kappa = %.6g, U = %.6g, sigma = %.6g",
             (long) L, (long) nb, kappa, U, sigma);
    m->name = _wk_xsff_strdup("kdbh");
    m->params = _wk_xsff_strdup(params);
    m->dim = D;
    m->kind = WK_XSFF_FINITE;
    m->real = 1;
    m->disordered = sigma != 0;
    m->build = kdbh_build;
    m->nvar = 1;
    m->nsites = L;
    m->state = kdbh_state;
    m->index = kdbh_index;
    m->data = d;
    m->data_clear = kdbh_clear;
    /* N = D_L = <T, P>: T|n> = w^Q |n>, P: n_q -> n_{-q} */
    wk_xsff_group_clear(m->N);
    wk_xsff_group_init(m->N, D);
    perm = flint_malloc(D * sizeof(slong));
    ph = flint_malloc(D * sizeof(double complex));
    w = cexp(2 * M_PI * I / L);
    for (s = 0; s < D; s++) {
        slong Q = 0;
        for (q = 0; q < L; q++) Q += q * d->occ[s * L + q];
        perm[s] = s;
        ph[s] = cexp(2 * M_PI * I * (double) (Q % L) / L);
    }
    st = wk_xsff_group_add_gen(m->N, "T", perm, ph);
    for (s = 0; s < D && !st; s++) {
        ulong c = 0, p = 1;
        for (q = 0; q < L; q++) { c += d->occ[s * L + (L - q) % L] * p; p *= nb + 1; }
        perm[s] = kdbh_find(d, c);
    }
    if (!st) st = wk_xsff_group_add_gen(m->N, "P", perm, NULL);
    flint_free(perm); flint_free(ph);
    {
        double complex one[2] = {1, 1}, m1[2] = {1, -1};
        double complex h1[2] = {-1, 1}, h2[2] = {-1, -1};
        if (!st) st = wk_xsff_group_add_irrep(m->N, "(0,+)", 1, one);
        if (!st) st = wk_xsff_group_add_irrep(m->N, "(0,-)", 1, m1);
        for (q = 1; q < h && !st; q++) {
            double complex mats[8] = {cpow(w, q), 0, 0, cpow(w, -q), 0, 1, 1, 0};
            char nm[16];
            snprintf(nm, sizeof nm, "%ld", (long) q);
            st = wk_xsff_group_add_irrep(m->N, nm, 2, mats);
        }
        {
            char nm[32];
            snprintf(nm, sizeof nm, "(%ld,+)", (long) h);
            if (!st) st = wk_xsff_group_add_irrep(m->N, nm, 1, h1);
            snprintf(nm, sizeof nm, "(%ld,-)", (long) h);
            if (!st) st = wk_xsff_group_add_irrep(m->N, nm, 1, h2);
        }
    }
    if (!st) st = wk_xsff_group_setup(m->N);
    if (st) wk_xsff_model_clear(m);
    return st;
}

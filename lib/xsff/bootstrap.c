/* wk — SPDX-License-Identifier: GPL-3.0-or-later
   lib/xsff/bootstrap.c: the bootstrap, stages A (orbits, e-values, block counts)
   and B (index search with pruning), anti-unitary and projective readings
   (spec 5.1-5.3, 5.5, 5.6; equations E1-E10). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xsff_impl.h"

#define MAXE 16         /* distinct e-values per orbit */
#define MAXC 64         /* largest cluster value decomposed */

void wk_xsff_boot_opts_init(wk_xsff_boot_opts_struct *o)
{
    o->kmax = 64;
    o->tol = 0.08;
    o->use_blocks = 1;
    o->acc_max = 0.2;
}

void wk_xsff_boot_init(wk_xsff_boot_t B)
{
    memset(B, 0, sizeof(wk_xsff_boot_struct));
}

void wk_xsff_boot_clear(wk_xsff_boot_t B)
{
    flint_free(B->orbit_of); flint_free(B->orbit_size);
    flint_free(B->blocks); flint_free(B->beta); flint_free(B->anti);
    flint_free(B->uorbit_of); flint_free(B->uorbit_size); flint_free(B->kramers);
    flint_free(B->row_orbit); flint_free(B->row_e); flint_free(B->row_deg); flint_free(B->M);
    flint_free(B->cand_k); flint_free(B->cand_anti); flint_free(B->cand_chi2);
    flint_free(B->report); flint_free(B->warnings);
    wk_xsff_boot_init(B);
}

/* one orbit of the unitary part */
typedef struct {
    slong size, rep;
    slong ne, e[MAXE];          /* observed e-values (pure clusters), decreasing */
    slong ecount[MAXE];         /* levels in pure clusters with that e */
    slong nval, val[MAXC + 1], cnt[MAXC + 1];   /* cluster values on the orbit, counts */
    slong over;                 /* levels with values > MAXC */
    slong R;
    int blocks;                 /* 1: exactly one row; 2: at least two; 0 unknown */
    int kramers;
    /* the chosen rows: e-values sel[] with multiplicities c[] */
    slong nsel, sel[MAXE], c[MAXE];
    double hobs[MAXE];
    double dev;                 /* largest relative deviation (E7) */
    slong acc, tot;             /* levels in accidental clusters, all levels */
} uorb_t;

static slong gcd_s(slong a, slong b) { while (b) { slong t = a % b; a = b; b = t; } return a; }

/* fewest parts summing to m with part e[i] used at most lim[i] times (lim NULL:
   unbounded); parts counted in np[]; returns the number of parts or -1 */
static void decomp_rec(slong m, slong i, const slong *e, slong ne, const slong *lim, slong *np,
                       slong *best, slong *bestnp, slong used)
{
    slong k, kmax;
    if (m == 0) {
        if (*best < 0 || used < *best) { *best = used; memcpy(bestnp, np, ne * sizeof(slong)); }
        return;
    }
    if (i == ne) return;
    if (*best >= 0 && used + (m + e[i] - 1) / e[i] >= *best) return;
    kmax = m / e[i];
    if (lim != NULL && lim[i] < kmax) kmax = lim[i];
    for (k = kmax; k >= 0; k--) {
        np[i] = k;
        decomp_rec(m - k * e[i], i + 1, e, ne, lim, np, best, bestnp, used + k);
        np[i] = 0;
    }
}

/* A cluster of value m on an orbit is split into the fewest rows, using each
   row of the candidate at most once if possible (distinct irreps coinciding),
   else allowing repeats. */
static slong decomp(slong m, const slong *e, slong ne, const slong *lim, slong *parts)
{
    slong np[MAXE] = {0}, best = -1, i;
    for (i = 0; i < ne; i++) parts[i] = 0;
    decomp_rec(m, 0, e, ne, lim, np, &best, parts, 0);
    if (best < 0 && lim != NULL) decomp_rec(m, 0, e, ne, NULL, np, &best, parts, 0);
    return best;
}

typedef struct {
    double tol, acc_max;
    int use_blocks;
    slong k;
    /* best so far */
    int have;
    slong nsel, sel[MAXE], c[MAXE];
    double hobs[MAXE], dev;
    slong acc, tot;
    double bad;                 /* smallest violation seen (for the error message) */
} cand_t;

/* scores the candidate rows (sel, c) on U at index k */
static void score(uorb_t *U, const slong *sel, slong nsel, const slong *c, cand_t *C)
{
    slong i, j, parts[MAXE], sumc = 0, unexpl = U->over, tot = U->over, acc = 0;
    double h[MAXE] = {0}, dev = 0, viol;
    for (i = 0; i < nsel; i++) sumc += c[i];
    if (C->use_blocks && U->blocks == 1 && sumc != 1) return;
    if (C->use_blocks && U->blocks >= 2 && sumc < 2) return;
    for (j = 0; j < U->nval; j++) {
        slong np = decomp(U->val[j], sel, nsel, c, parts);
        tot += U->cnt[j];
        if (np < 0) { unexpl += U->cnt[j]; continue; }
        if (np > 1) acc += U->cnt[j];
        for (i = 0; i < nsel; i++) h[i] += (double) parts[i] * U->cnt[j];
    }
    for (i = 0; i < nsel; i++) {
        double expct = (double) c[i] * sel[i] * U->size / C->k;
        double obs = U->R > 0 ? h[i] / U->R : 0;
        dev = fmax(dev, fabs(obs - expct) / expct);
    }
    viol = fmax(dev / C->tol, tot > 0 ? (double) acc / tot / C->acc_max : 0);
    if (tot > 0 && unexpl > 0) viol = fmax(viol, 1 + (double) unexpl / tot);
    if (viol < C->bad) C->bad = viol;
    if (viol > 1) return;
    if (!C->have || acc < C->acc || (acc == C->acc && dev < C->dev)) {
        C->have = 1;
        C->nsel = nsel;
        memcpy(C->sel, sel, nsel * sizeof(slong));
        memcpy(C->c, c, nsel * sizeof(slong));
        for (i = 0; i < nsel; i++) C->hobs[i] = U->R > 0 ? h[i] / U->R : 0;
        C->dev = dev;
        C->acc = acc;
        C->tot = tot;
    }
}

/* enumerates c with sum c_i e_i^2 = s, c_i >= 1 */
static void search_c(uorb_t *U, const slong *sel, slong nsel, slong i, slong s, slong *c, cand_t *C)
{
    slong n, e2;
    if (i == nsel) {
        if (s == 0) score(U, sel, nsel, c, C);
        return;
    }
    e2 = sel[i] * sel[i];
    for (n = 1; n * e2 <= s; n++) {
        c[i] = n;
        search_c(U, sel, nsel, i + 1, s - n * e2, c, C);
    }
    c[i] = 0;
}

/* best rows for U at index k over all subsets of the observed e-values */
static int fit_orbit(uorb_t *U, slong k, double tol, double acc_max, int use_blocks, double *bad)
{
    cand_t C;
    slong mask, ne = U->ne < 8 ? U->ne : 8, i;
    memset(&C, 0, sizeof C);
    C.tol = tol; C.acc_max = acc_max; C.use_blocks = use_blocks; C.k = k; C.bad = INFINITY;
    for (mask = 1; mask < (WORD(1) << ne); mask++) {
        slong sel[MAXE], nsel = 0, c[MAXE] = {0};
        for (i = 0; i < ne; i++) if (mask & (WORD(1) << i)) sel[nsel++] = U->e[i];
        search_c(U, sel, nsel, 0, k / U->size, c, &C);
    }
    *bad = C.bad;
    if (!C.have) return 0;
    U->nsel = C.nsel;
    memcpy(U->sel, C.sel, C.nsel * sizeof(slong));
    memcpy(U->c, C.c, C.nsel * sizeof(slong));
    memcpy(U->hobs, C.hobs, C.nsel * sizeof(double));
    U->dev = C.dev; U->acc = C.acc; U->tot = C.tot;
    return 1;
}

/* runs the index search; returns the smallest k or 0 */
static slong index_search(uorb_t *U, slong nu, slong kmax, double tol, double acc_max, int use_blocks,
                          slong *fail_orbit)
{
    slong L0 = 1, k, u;
    double best_bad = INFINITY;
    for (u = 0; u < nu; u++) L0 = L0 / gcd_s(L0, U[u].size) * U[u].size;
    *fail_orbit = -1;
    for (k = L0; k <= kmax; k += L0) {
        int ok = 1;
        if (wk_interrupted()) return -1;
        for (u = 0; u < nu && ok; u++) {
            double bad;
            if (U[u].ne == 0 || !fit_orbit(U + u, k, tol, acc_max, use_blocks, &bad)) {
                ok = 0;
                if (U[u].ne == 0) bad = INFINITY;
                if (*fail_orbit < 0 || bad < best_bad) { *fail_orbit = u; best_bad = bad; }
            }
        }
        if (ok) return k;
    }
    return 0;
}

typedef struct { slong mask, k, nsplit; int minimal; double chi2; } cand_rec;

/* e-values without a histogram: rho_O = P_aa / R_a = 1 means e = 1 only */
static void eval_no_hist(uorb_t *U, slong nu, const wk_xsff_info_t info, const slong *P, slong nvec)
{
    slong u, nsec = info->nsec;
    if (nvec > 0) return;
    for (u = 0; u < nu; u++) {
        slong aa = U[u].rep;
        if (P[aa * nsec + aa] == info->R[aa]) {
            U[u].ne = 1; U[u].e[0] = 1; U[u].nval = 1; U[u].val[0] = 1; U[u].cnt[0] = info->R[aa];
            U[u].ecount[0] = info->R[aa];
        }
    }
}

/* rows for every orbit at index k; 1 if all fit */
static int fit_all(uorb_t *U, slong nu, slong k, double tol, double acc_max)
{
    slong u;
    double bad;
    for (u = 0; u < nu; u++)
        if (k % U[u].size != 0 || U[u].ne == 0 || !fit_orbit(U + u, k, tol, acc_max, 0, &bad)) return 0;
    return 1;
}

/* <r> of a superposition of independent blocks of one Dyson class with
   effective number m = (sum f)^2 / sum f^2 (fractions f of the levels): fitted
   to random-matrix superpositions of 1..4 blocks (NOTES.md) */
static double r_model(int beta, double m)
{
    double r1 = beta == 4 ? 0.6744 : (beta == 2 ? 0.5996 : 0.5307);
    double A = beta == 1 ? 2.92 : 4.85, E = beta == 1 ? 1.36 : 1.52;
    if (m <= 1 + 1e-12) return r1;
    return 0.3863 + (r1 - 0.3863) / (1 + A * pow(m - 1, E));
}

/* chi^2 of the observed <r> against the blocks the candidate rows predict: in
   sector a one block per row over a, with n_Gamma proportional to e; GUE if
   complex conjugation (declared or split) maps the orbit elsewhere, GSE if
   Kramers-doubled, else GOE; each P-orbit counted once, model error 0.015 */
static double chi2_of(const uorb_t *U, const slong *uof, slong nu, const int *split,
                      const wk_xsff_info_t info, const slong *orbit_of, const slong *orbit_size,
                      const double *r, const double *rerr)
{
    slong a, b, i, nsec = info->nsec;
    double chi = 0;
    (void) nu;
    for (a = 0; a < nsec; a++) {
        const uorb_t *u = U + uof[a];
        double s1 = 0, s2 = 0, pred, w;
        int beta = 1;
        if (!isfinite(r[a]) || !(rerr[a] <= 0.05)) continue;
        for (i = 0; i < u->nsel; i++) {
            s1 += (double) u->c[i] * u->sel[i];
            s2 += (double) u->c[i] * u->sel[i] * u->sel[i];
        }
        if (s2 == 0) continue;
        if (u->kramers) beta = 4;
        else if (split[a]) beta = 2;
        else if (info->kperm != NULL)
            for (b = 0; b < nsec; b++)
                if (uof[b] == uof[a] && (info->kperm[b] < 0 || uof[info->kperm[b]] != uof[a])) beta = 2;
        pred = r_model(beta, s1 * s1 / s2);
        w = 1.0 / orbit_size[orbit_of[a]];
        chi += w * (r[a] - pred) * (r[a] - pred) / (rerr[a] * rerr[a] + 0.015 * 0.015);
    }
    return chi;
}

static void orbit_name(char *buf, size_t n, const wk_xsff_info_t info, const slong *of, slong o)
{
    slong a;
    size_t len = 0;
    len += snprintf(buf, n, "{");
    for (a = 0; a < info->nsec && len < n - 8; a++)
        if (of[a] == o) len += snprintf(buf + len, n - len, "%s%s", len > 1 ? "," : "", info->name[a]);
    snprintf(buf + len, n - len, "}");
}

/* builds the unitary orbits: split[a] = 1 splits a's orbit into singletons */
static slong build_uorbits(uorb_t **Uout, slong *uof, const wk_xsff_info_t info, const slong *orbit_of,
                           const int *split, slong nvec, const slong *hvec, const slong *hcount,
                           const slong *blocks, const int *beta, int use_blocks, const int *purev)
{
    slong nsec = info->nsec, a, b, nu = 0, v, i;
    uorb_t *U;
    for (a = 0; a < nsec; a++) uof[a] = -1;
    for (a = 0; a < nsec; a++) {
        if (uof[a] >= 0) continue;
        uof[a] = nu;
        if (!split[a])
            for (b = a + 1; b < nsec; b++)
                if (orbit_of[b] == orbit_of[a] && !split[b]) uof[b] = nu;
        nu++;
    }
    U = flint_calloc(nu + 1, sizeof(uorb_t));
    for (a = 0; a < nsec; a++) {
        uorb_t *u = U + uof[a];
        if (u->size == 0) { u->rep = a; u->R = info->R[a]; }
        u->size++;
    }
    /* block requirement */
    for (i = 0; i < nu; i++) {
        int one = 0, many = 0, gse = 1;
        for (a = 0; a < nsec; a++) {
            if (uof[a] != i) continue;
            if (blocks == NULL || blocks[a] == 0) { gse = 0; continue; }
            if (blocks[a] == 1) one = 1; else many = 1;
            if (blocks[a] != 1 || beta[a] != 4) gse = 0;
        }
        /* conflicting readings inside an orbit: no constraint */
        U[i].blocks = !use_blocks ? 0 : (one && !many ? 1 : (many && !one ? 2 : 0));
        U[i].kramers = gse;
    }
    /* cluster values and observed e on each unitary orbit */
    for (v = 0; v < nvec; v++) {
        const slong *vec = hvec + v * nsec;
        for (i = 0; i < nu; i++) {
            slong m = vec[U[i].rep], j;
            if (m == 0) continue;
            if (U[i].kramers) {
                if (m % 2 != 0) U[i].kramers = 0;   /* not a doubled spectrum after all */
            }
            if (m > MAXC) { U[i].over += hcount[v]; continue; }
            for (j = 0; j < U[i].nval; j++) if (U[i].val[j] == m) break;
            if (j == U[i].nval) { U[i].val[j] = m; U[i].cnt[j] = 0; U[i].nval++; }
            U[i].cnt[j] += hcount[v];
            if (purev[v]) {
                for (j = 0; j < U[i].ne; j++) if (U[i].e[j] == m) break;
                if (j == U[i].ne && U[i].ne < MAXE) { U[i].e[U[i].ne] = m; U[i].ecount[U[i].ne] = 0; U[i].ne++; }
                if (j < MAXE) U[i].ecount[j] += hcount[v];
            }
        }
    }
    for (i = 0; i < nu; i++) {
        slong j, l;
        if (U[i].kramers) {   /* halve: each level of a GSE block appears twice */
            for (j = 0; j < U[i].nval; j++) U[i].val[j] /= 2;
            for (j = 0; j < U[i].ne; j++) U[i].e[j] /= 2;
            U[i].R /= 2;
        }
        /* most frequent e first (the subset search looks at the first 8) */
        for (j = 1; j < U[i].ne; j++)
            for (l = j; l > 0 && U[i].ecount[l] > U[i].ecount[l - 1]; l--) {
                slong t = U[i].e[l]; U[i].e[l] = U[i].e[l - 1]; U[i].e[l - 1] = t;
                t = U[i].ecount[l]; U[i].ecount[l] = U[i].ecount[l - 1]; U[i].ecount[l - 1] = t;
            }
    }
    *Uout = U;
    return nu;
}

wk_status wk_xsff_bootstrap(wk_xsff_boot_t B, const wk_xsff_info_t info, const slong *P,
                            slong pdim, slong nvec, const slong *hvec, const slong *hcount,
                            const double *r, const double *rerr,
                            const wk_xsff_boot_opts_struct *opts_in)
{
    slong nsec = info->nsec, a, b, v, i, u, nu = 0, nu2, k = 0, kmin = 0, kalt = 0;
    wk_xsff_boot_opts_struct opts;
    slong *par, *uof, *uof2;
    int *split, *purev;
    uorb_t *U = NULL, *U2 = NULL;
    wk_xsff_buf rep, warn;
    char nm[512];
    slong fail_orbit = -1;
    wk_status st = WK_OK;

    /* ---- check ---- */
    if (opts_in) opts = *opts_in; else wk_xsff_boot_opts_init(&opts);
    if (opts.kmax <= 0) opts.kmax = 64;
    if (!(opts.tol > 0)) opts.tol = 0.08;
    if (!(opts.acc_max > 0)) opts.acc_max = 0.2;
    if (opts.kmax > 1024)
        return wk_error(WK_E_TOO_LARGE, "kmax = %ld is too large (limit 1024)", (long) opts.kmax);
    if (nsec <= 0 || P == NULL || pdim != nsec)
        return wk_error(WK_E_DOMAIN, "plateau matrix must be symmetric non-negative, size %ldx%ld to match %ld sectors",
                        (long) nsec, (long) nsec, (long) nsec);
    for (a = 0; a < nsec; a++) {
        for (b = 0; b < nsec; b++)
            if (P[a * nsec + b] < 0 || P[a * nsec + b] != P[b * nsec + a])
                return wk_error(WK_E_DOMAIN, "plateau matrix must be symmetric non-negative, size %ldx%ld to match %ld sectors",
                                (long) nsec, (long) nsec, (long) nsec);
        if (info->R[a] < 0 || P[a * nsec + a] < info->R[a])
            return wk_error(WK_E_DOMAIN, "P_aa = %ld < R_a = %ld for sector %s: P and R do not belong together",
                            (long) P[a * nsec + a], (long) info->R[a], info->name[a]);
        if (r != NULL && rerr == NULL)
            return wk_error(WK_E_DOMAIN, "ratios given without their standard errors");
    }
    if (nvec < 0 || (nvec > 0 && (hvec == NULL || hcount == NULL)))
        return wk_error(WK_E_DOMAIN, "histogram has %ld vectors but no data", (long) nvec);
    for (v = 0; v < nvec; v++) {
        if (hcount[v] < 0)
            return wk_error(WK_E_DOMAIN, "histogram count %ld is negative", (long) hcount[v]);
        for (a = 0; a < nsec; a++)
            if (hvec[v * nsec + a] < 0)
                return wk_error(WK_E_DOMAIN, "histogram vector %ld has a negative entry", (long) v);
    }
    if (nvec > 0) {
        for (a = 0; a < nsec; a++) {
            slong s = 0;
            for (v = 0; v < nvec; v++) s += hvec[v * nsec + a] * hcount[v];
            if (s != info->R[a])
                return wk_error(WK_E_DOMAIN, "histogram gives R = %ld for sector %s, expected %ld",
                                (long) s, info->name[a], (long) info->R[a]);
        }
    }

    /* ---- stage A ---- */
    wk_xsff_boot_clear(B);
    B->nsec = nsec;
    _wk_xsff_buf_init(&rep);
    _wk_xsff_buf_init(&warn);
    par = flint_malloc(nsec * sizeof(slong));
    for (a = 0; a < nsec; a++) par[a] = a;
    for (a = 0; a < nsec; a++)
        for (b = a + 1; b < nsec; b++) {
            double pab = P[a * nsec + b], paa = P[a * nsec + a], pbb = P[b * nsec + b];
            if (pab > 0 && pab > 0.5 * sqrt(paa * pbb)) {
                slong x = a, y = b;
                while (par[x] != x) x = par[x];
                while (par[y] != y) y = par[y];
                if (x != y) par[FLINT_MAX(x, y)] = FLINT_MIN(x, y);
            }
        }
    B->orbit_of = flint_malloc(nsec * sizeof(slong));
    B->orbit_size = flint_calloc(nsec, sizeof(slong));
    for (a = 0; a < nsec; a++) {
        slong x = a;
        while (par[x] != x) x = par[x];
        if (x == a) B->orbit_of[a] = B->norbits++;
        else B->orbit_of[a] = B->orbit_of[x];
        B->orbit_size[B->orbit_of[a]]++;
    }
    /* (E6) checks inside orbits */
    for (i = 0; i < B->norbits; i++) {
        slong a0 = -1, mR = -1;
        int unequal = 0, pdiff = 0, ddiff = 0;
        for (a = 0; a < nsec; a++) {
            if (B->orbit_of[a] != i) continue;
            if (a0 < 0) { a0 = a; mR = info->R[a]; continue; }
            if (info->R[a] != mR) unequal = 1;
            if (info->d[a] != info->d[a0]) ddiff = 1;
            if (P[a * nsec + a0] != P[a0 * nsec + a0] || P[a * nsec + a] != P[a0 * nsec + a0]) pdiff = 1;
        }
        if (unequal || ddiff || pdiff) {
            size_t len;
            orbit_name(nm, sizeof nm, info, B->orbit_of, i);
            _wk_xsff_buf_printf(&warn, "warning: orbit %s has ", nm);
            if (ddiff) _wk_xsff_buf_printf(&warn, "irreps of different dimension, ");
            len = 0;
            _wk_xsff_buf_printf(&warn, "R =");
            for (a = 0; a < nsec; a++)
                if (B->orbit_of[a] == i) { _wk_xsff_buf_printf(&warn, "%s %ld", len++ ? "," : "", (long) info->R[a]); }
            _wk_xsff_buf_printf(&warn, "%s: N is not normal in G or levels were merged wrongly\n",
                                pdiff ? " and unequal P_ab" : "");
        }
    }
    /* histogram classification */
    purev = flint_calloc(nvec + 1, sizeof(int));
    for (v = 0; v < nvec; v++) {
        const slong *vec = hvec + v * nsec;
        slong touched = 0, last = -1;
        int bad = 0;
        for (i = 0; i < B->norbits; i++) {
            slong val = -1;
            int any = 0;
            for (a = 0; a < nsec; a++) {
                if (B->orbit_of[a] != i) continue;
                if (vec[a] > 0) any = 1;
                if (val < 0) val = vec[a];
                else if (vec[a] != val) bad = 1;
            }
            if (any) { touched++; last = i; }
        }
        (void) last;
        if (bad) B->bad += hcount[v];
        else if (touched == 1) purev[v] = 1;
        else if (touched > 1) B->accidental += hcount[v];
    }
    if (B->bad > 0)
        _wk_xsff_buf_printf(&warn, "warning: %ld levels are not constant on an orbit (E6): N is not normal in G "
                            "or levels were merged wrongly\n", (long) B->bad);
    /* block counts */
    B->blocks = flint_calloc(nsec, sizeof(slong));
    B->beta = flint_calloc(nsec, sizeof(int));
    if (r != NULL)
        for (a = 0; a < nsec; a++) {
            wk_xsff_ratio_class(B->blocks + a, B->beta + a, r[a], rerr[a]);
        }
    /* anti-unitary pairings (5.5) are decided in stage B */
    B->anti = flint_malloc(nsec * sizeof(slong));
    split = flint_calloc(nsec, sizeof(int));
    for (a = 0; a < nsec; a++) B->anti[a] = -1;
    B->anti_is_K = 1;
    if (info->kperm != NULL)
        for (a = 0; a < nsec; a++) {
            b = info->kperm[a];
            if (b >= 0 && b != a && B->orbit_of[a] != B->orbit_of[b])
                _wk_xsff_buf_printf(&warn, "warning: H is real, so K maps %s to %s, but P does not pair them\n",
                                    info->name[a], info->name[b]);
        }

    /* ---- stage B ---- */
    uof = flint_malloc(nsec * sizeof(slong));
    uof2 = flint_malloc(nsec * sizeof(slong));
    {
        /* readings: each two-sector orbit that an anti-unitary could explain (K if
           declared) is either a unitary orbit or split into an anti-unitary pair */
        slong sp_x[16], sp_y[16], nsp = 0, mask, nmask, best = -1, bestb = -1;
        slong ncand = 0, j;
        cand_rec cands[16 * 4 * 2 + 8];
        double rbest = INFINITY;
        int have_r = 0;
        if (r != NULL)
            for (a = 0; a < nsec; a++) if (isfinite(r[a]) && rerr[a] <= 0.05) have_r = 1;
        for (i = 0; i < B->norbits && nsp < 16; i++) {
            slong x = -1, y = -1;
            if (B->orbit_size[i] != 2) continue;
            for (a = 0; a < nsec; a++) if (B->orbit_of[a] == i) { if (x < 0) x = a; else y = a; }
            if (info->kperm != NULL && info->kperm[x] != y) continue;
            if (info->kperm == NULL && !have_r) continue;   /* nothing to tell them apart */
            sp_x[nsp] = x; sp_y[nsp] = y; nsp++;
        }
        nmask = nsp <= 4 ? (WORD(1) << nsp) : 2;
        for (mask = 0; mask < nmask; mask++) {
            slong kv, kk;
            memset(split, 0, nsec * sizeof(int));
            for (j = 0; j < nsp; j++)
                if ((nsp <= 4 && (mask & (WORD(1) << j))) || (nsp > 4 && mask == 1))
                    split[sp_x[j]] = split[sp_y[j]] = 1;
            nu = build_uorbits(&U, uof, info, B->orbit_of, split, nvec, hvec, hcount, NULL, NULL, 0, purev);
            eval_no_hist(U, nu, info, P, nvec);
            {
                slong dummy;
                kv = index_search(U, nu, opts.kmax, opts.tol, opts.acc_max, 0, mask == 0 ? &fail_orbit : &dummy);
            }
            if (kv < 0) { flint_free(U); U = NULL; break; }
            if (kv > 0 && (kmin == 0 || kv < kmin)) kmin = kv;
            for (kk = kv; kv > 0 && kk <= opts.kmax && kk <= 4 * kv; kk += kv) {
                if (kk > kv && !fit_all(U, nu, kk, opts.tol, opts.acc_max)) continue;
                if (kk == kv) fit_all(U, nu, kk, opts.tol, opts.acc_max);
                cands[ncand].mask = mask;
                cands[ncand].k = kk;
                cands[ncand].minimal = kk == kv;
                cands[ncand].nsplit = 0;
                for (j = 0; j < nsec; j++) cands[ncand].nsplit += split[j];
                cands[ncand].chi2 = have_r ? chi2_of(U, uof, nu, split, info, B->orbit_of, B->orbit_size, r, rerr) : 0;
                ncand++;
            }
            flint_free(U); U = NULL;
        }
        /* primary reading: the most parsimonious (smallest index, then fewest
           anti-unitary pairs) among the minimal indices of the readings, unless the
           level statistics favour another one by chi^2 > 9 (three standard errors) */
        for (j = 0; j < ncand; j++) {
            if (!cands[j].minimal) continue;
            if (best < 0 || cands[j].k < cands[best].k
                || (cands[j].k == cands[best].k && cands[j].nsplit < cands[best].nsplit)) best = j;
        }
        if (best >= 0 && have_r) {
            slong alt = best;
            for (j = 0; j < ncand; j++)
                if (cands[j].minimal && cands[j].chi2 < cands[alt].chi2) alt = j;
            if (cands[alt].chi2 < cands[best].chi2 - 9) best = alt;
        }
        /* block counts may prefer a larger index (an extension acting by 1-dim irreps) */
        if (best >= 0 && have_r) {
            rbest = cands[best].chi2;
            bestb = best;
            for (j = 0; j < ncand; j++)
                if (cands[j].chi2 < rbest - 9) { rbest = cands[j].chi2; bestb = j; }
        }
        B->ncand = ncand;
        B->cand_k = flint_malloc((ncand + 1) * sizeof(slong));
        B->cand_anti = flint_malloc((ncand + 1) * sizeof(slong));
        B->cand_chi2 = flint_malloc((ncand + 1) * sizeof(double));
        for (j = 0; j < ncand; j++) {
            B->cand_k[j] = cands[j].k;
            B->cand_anti[j] = cands[j].nsplit / 2;
            B->cand_chi2[j] = have_r ? cands[j].chi2 : NAN;
        }
        B->used_blocks = have_r;
        if (best >= 0) {
            k = cands[best].k;
            B->chi2 = have_r ? cands[best].chi2 : NAN;
            B->index_blocks = bestb >= 0 ? cands[bestb].k : k;
            B->chi2_blocks = bestb >= 0 ? cands[bestb].chi2 : B->chi2;
            memset(split, 0, nsec * sizeof(int));
            for (j = 0; j < nsp; j++)
                if ((nsp <= 4 && (cands[best].mask & (WORD(1) << j))) || (nsp > 4 && cands[best].mask == 1)) {
                    split[sp_x[j]] = split[sp_y[j]] = 1;
                    B->anti[sp_x[j]] = sp_y[j];
                    B->anti[sp_y[j]] = sp_x[j];
                    if (info->kperm == NULL || info->kperm[sp_x[j]] != sp_y[j]) B->anti_is_K = 0;
                }
            nu = build_uorbits(&U, uof, info, B->orbit_of, split, nvec, hvec, hcount, NULL, NULL, 0, purev);
            eval_no_hist(U, nu, info, P, nvec);
            fit_all(U, nu, k, opts.tol, opts.acc_max);
        } else {
            k = 0;
            memset(split, 0, nsec * sizeof(int));
            nu = build_uorbits(&U, uof, info, B->orbit_of, split, nvec, hvec, hcount, NULL, NULL, 0, purev);
        }
        (void) kalt; (void) nu2; (void) uof2; (void) U2;
    }
    if (wk_interrupted()) {
        st = wk_error(WK_E_INTERRUPT, "interrupted");
        _wk_xsff_buf_clear(&rep);
        _wk_xsff_buf_clear(&warn);
        goto cleanup;
    }
    B->minimal_index = kmin;
    B->nunitary = nu;
    B->uorbit_of = _wk_xsff_slong_dup(uof, nsec);
    B->uorbit_size = flint_malloc((nu + 1) * sizeof(slong));
    B->kramers = flint_malloc((nu + 1) * sizeof(slong));
    for (u = 0; u < nu; u++) { B->uorbit_size[u] = U[u].size; B->kramers[u] = U[u].kramers; }

    if (k > 0) {
        slong row = 0, nr = 0;
        B->found = 1;
        B->index = k;
        for (u = 0; u < nu; u++) for (i = 0; i < U[u].nsel; i++) nr += U[u].c[i];
        B->nrows = nr;
        B->row_orbit = flint_malloc((nr + 1) * sizeof(slong));
        B->row_e = flint_malloc((nr + 1) * sizeof(slong));
        B->row_deg = flint_malloc((nr + 1) * sizeof(slong));
        B->M = flint_calloc(nr * nsec + 1, sizeof(slong));
        B->max_dev = 0;
        for (u = 0; u < nu; u++) {
            B->max_dev = fmax(B->max_dev, U[u].dev);
            for (i = 0; i < U[u].nsel; i++) {
                slong c;
                for (c = 0; c < U[u].c[i]; c++) {
                    B->row_orbit[row] = u;
                    B->row_e[row] = U[u].sel[i];
                    B->row_deg[row] = U[u].sel[i] * U[u].size * info->d[U[u].rep];
                    for (a = 0; a < nsec; a++)
                        if (uof[a] == u) B->M[row * nsec + a] = U[u].sel[i];
                    row++;
                }
            }
        }
        /* (E9) a linear representation has the trivial irrep as a row e = 1 over {trivial} */
        if (info->trivial >= 0) {
            slong t = info->trivial, ut = uof[t];
            int linear = U[ut].size == 1;
            if (linear) {
                linear = 0;
                for (i = 0; i < U[ut].nsel; i++) if (U[ut].sel[i] == 1 && U[ut].c[i] > 0) linear = 1;
            }
            B->projective = !linear;
        }
        /* (E10) fusion: Res(G x G') constant on orbits and a sum of rows; duals are rows */
        B->fusion_ok = -1;
        if (info->fusion != NULL && !B->projective && nr <= 200) {
            slong x, y, c2;
            slong *f = flint_malloc(nsec * sizeof(slong));
            B->fusion_ok = 1;
            for (x = 0; x < nr && B->fusion_ok; x++)
                for (y = x; y < nr && B->fusion_ok; y++) {
                    for (c2 = 0; c2 < nsec; c2++) {
                        slong s = 0;
                        for (a = 0; a < nsec; a++) {
                            if (!B->M[x * nsec + a]) continue;
                            for (b = 0; b < nsec; b++)
                                s += B->M[x * nsec + a] * B->M[y * nsec + b]
                                     * info->fusion[(a * nsec + b) * nsec + c2];
                        }
                        f[c2] = s;
                    }
                    for (u = 0; u < nu && B->fusion_ok; u++) {
                        slong val = -1, parts[MAXE];
                        for (a = 0; a < nsec; a++) {
                            if (uof[a] != u) continue;
                            if (val < 0) val = f[a];
                            else if (f[a] != val) B->fusion_ok = 0;
                        }
                        if (B->fusion_ok && val > 0 && val <= 4096 && decomp(val, U[u].sel, U[u].nsel, NULL, parts) < 0)
                            B->fusion_ok = 0;
                    }
                    if (!B->fusion_ok)
                        _wk_xsff_buf_printf(&warn, "warning: rows %ld and %ld: Res of their product is not a sum of rows (E10)\n",
                                            (long) x, (long) y);
                }
            if (B->fusion_ok && info->dual != NULL)
                for (x = 0; x < nr && B->fusion_ok; x++) {
                    int found = 0;
                    for (y = 0; y < nr && !found; y++) {
                        int same = 1;
                        for (a = 0; a < nsec && same; a++)
                            if (info->dual[a] < 0 || B->M[y * nsec + info->dual[a]] != B->M[x * nsec + a]) same = 0;
                        found = same;
                    }
                    if (!found) {
                        B->fusion_ok = 0;
                        _wk_xsff_buf_printf(&warn, "warning: row %ld has no dual row (E10)\n", (long) x);
                    }
                }
            flint_free(f);
        }
    }

    /* ---- report ---- */
    _wk_xsff_buf_printf(&rep, "xSFF bootstrap: %ld sectors", (long) nsec);
    if (info->order > 0) _wk_xsff_buf_printf(&rep, " of N (order %ld)", (long) info->order);
    _wk_xsff_buf_printf(&rep, "\nstage A: %ld orbit%s (P_ab > sqrt(P_aa P_bb)/2):", (long) B->norbits,
                        B->norbits == 1 ? "" : "s");
    for (i = 0; i < B->norbits; i++) {
        orbit_name(nm, sizeof nm, info, B->orbit_of, i);
        _wk_xsff_buf_printf(&rep, " %s", nm);
    }
    _wk_xsff_buf_printf(&rep, "\n  %-14s %4s %8s %10s %8s  %s\n", "sector", "d", "levels", "P_aa/R", "<r>", "blocks");
    for (a = 0; a < nsec; a++) {
        char rb[32] = "-", bb[48] = "-";
        if (r != NULL && isfinite(r[a])) snprintf(rb, sizeof rb, "%.3f", r[a]);
        if (B->blocks[a] == 1) snprintf(bb, sizeof bb, "1 (%s)", B->beta[a] == 4 ? "GSE" : B->beta[a] == 2 ? "GUE" : "GOE");
        else if (B->blocks[a] == 2) snprintf(bb, sizeof bb, "2");
        else if (B->blocks[a] == 3) snprintf(bb, sizeof bb, ">= 3");
        else if (r != NULL) snprintf(bb, sizeof bb, "unknown (error %.3f)", rerr[a]);
        _wk_xsff_buf_printf(&rep, "  %-14s %4ld %8ld %10.4f %8s  %s\n", info->name[a], (long) info->d[a],
                            (long) info->R[a], info->R[a] > 0 ? (double) P[a * nsec + a] / info->R[a] : 0.0, rb, bb);
    }
    if (nvec > 0) {
        _wk_xsff_buf_printf(&rep, "  histogram: %ld distinct multiplet vectors", (long) nvec);
        if (B->accidental > 0)
            _wk_xsff_buf_printf(&rep, "; %ld levels span several orbits (accidental, split into rows in stage B)",
                                (long) B->accidental);
        _wk_xsff_buf_printf(&rep, "\n");
    } else _wk_xsff_buf_printf(&rep, "  no histogram: e-values from P_aa / R_a only\n");
    for (a = 0; a < nsec; a++)
        if (B->anti[a] > a)
            _wk_xsff_buf_printf(&rep, "  anti-unitary pairing %s <-> %s%s (%s)\n", info->name[a], info->name[B->anti[a]],
                                info->kperm && info->kperm[a] == B->anti[a] ? " by complex conjugation K" : "",
                                "the most parsimonious reading, or preferred by the level statistics");
    if (B->ncand > 1 || B->used_blocks) {
        _wk_xsff_buf_printf(&rep, "  readings compared (index, anti-unitary pairs%s):", B->used_blocks ? ", chi^2 of <r>" : "");
        for (i = 0; i < B->ncand; i++) {
            if (B->used_blocks)
                _wk_xsff_buf_printf(&rep, " (%ld, %ld, %.1f)", (long) B->cand_k[i], (long) B->cand_anti[i], B->cand_chi2[i]);
            else
                _wk_xsff_buf_printf(&rep, " (%ld, %ld)", (long) B->cand_k[i], (long) B->cand_anti[i]);
        }
        _wk_xsff_buf_printf(&rep, "\n");
    }
    _wk_xsff_buf_printf(&rep, "stage B: ");
    if (B->found) {
        slong sumd2 = 0, x;
        _wk_xsff_buf_printf(&rep, "index [G_u:N] = %ld", (long) k);
        if (B->used_blocks)
            _wk_xsff_buf_printf(&rep, " (chi^2 of <r> against the skeleton's blocks = %.1f)", B->chi2);
        else _wk_xsff_buf_printf(&rep, " (smallest consistent index; no level statistics: abelian extensions acting "
                                 "by 1-dim irreps are invisible to plateaus)");
        if (B->used_blocks && B->index_blocks != k)
            _wk_xsff_buf_printf(&rep, "\n  the block counts prefer index %ld (chi^2 %.1f): more chaotic blocks than the skeleton "
                                "has irreps -- an extension acting by 1-dim irreps, or non-group structure",
                                (long) B->index_blocks, B->chi2_blocks);
        _wk_xsff_buf_printf(&rep, "\n  %ld irreps of G_u over N (degree, e, orbit, h/R observed vs c e |O|/k):\n", (long) B->nrows);
        for (x = 0; x < B->nrows; x++) {
            slong uu = B->row_orbit[x], j;
            double obs = 0, ex = 0;
            for (j = 0; j < U[uu].nsel; j++)
                if (U[uu].sel[j] == B->row_e[x]) { obs = U[uu].hobs[j]; ex = (double) U[uu].c[j] * U[uu].sel[j] * U[uu].size / k; }
            orbit_name(nm, sizeof nm, info, uof, uu);
            _wk_xsff_buf_printf(&rep, "    d = %-4ld e = %-3ld over %-30s h/R = %.4f vs %.4f%s\n", (long) B->row_deg[x],
                                (long) B->row_e[x], nm, obs, ex, U[uu].kramers ? " (Kramers-doubled)" : "");
            sumd2 += B->row_deg[x] * B->row_deg[x];
        }
        _wk_xsff_buf_printf(&rep, "  degrees [");
        for (x = 0; x < B->nrows; x++) _wk_xsff_buf_printf(&rep, "%s%ld", x ? "," : "", (long) B->row_deg[x]);
        _wk_xsff_buf_printf(&rep, "]; sum d^2 = %ld = [G_u:N] |N| = %ld\n", (long) sumd2, (long) (k * info->order));
        _wk_xsff_buf_printf(&rep, "  largest relative deviation from equidistribution: %.3f (tolerance %.3f)\n",
                            B->max_dev, opts.tol);
        for (u = 0; u < nu; u++)
            if (U[u].acc > 0) {
                orbit_name(nm, sizeof nm, info, uof, u);
                _wk_xsff_buf_printf(&rep, "  orbit %s: %ld of %ld levels (%.1f%%) are coincidences of several rows "
                                    "(accidental, or a symmetry beyond a group)\n", nm, (long) U[u].acc,
                                    (long) U[u].tot, 100.0 * U[u].acc / U[u].tot);
            }
        if (B->projective)
            _wk_xsff_buf_printf(&rep, "  PROJECTIVE: the trivial sector %s is not a singleton orbit with e = 1 (E9); "
                                "look for a central extension (5.6)\n",
                                info->trivial >= 0 ? info->name[info->trivial] : "?");
        else if (info->trivial >= 0) _wk_xsff_buf_printf(&rep, "  linear: the trivial sector is a singleton orbit with e = 1\n");
        if (B->fusion_ok == 1) _wk_xsff_buf_printf(&rep, "  fusion with N's rules consistent (E10)\n");
        else if (B->fusion_ok == 0) _wk_xsff_buf_printf(&rep, "  fusion with N's rules INCONSISTENT (E10)\n");
    } else {
        _wk_xsff_buf_printf(&rep, "no consistent hidden group of index <= %ld\n", (long) opts.kmax);
    }
    if (warn.len > 0) _wk_xsff_buf_printf(&rep, "%s", warn.s);
    B->report = _wk_xsff_buf_take(&rep);
    B->warnings = _wk_xsff_buf_take(&warn);

    if (!B->found) {
        if (fail_orbit >= 0 && fail_orbit < nu) {
            uorb_t *F = U + fail_orbit;
            char hb[256];
            size_t len = 0;
            hb[0] = '\0';
            for (i = 0; i < F->ne && len < 200; i++)
                len += snprintf(hb + len, sizeof hb - len, "%s%.2f", i ? ", " : "",
                                F->R > 0 ? (double) F->ecount[i] / F->R : 0.0);
            orbit_name(nm, sizeof nm, info, uof, fail_orbit);
            st = wk_error(WK_E_DOMAIN, "no consistent hidden group of index <= %ld (orbit %s: h/R = %s fits no c e|O|/k)",
                          (long) opts.kmax, nm, hb);
        } else
            st = wk_error(WK_E_DOMAIN, "no consistent hidden group of index <= %ld", (long) opts.kmax);
    }
cleanup:
    flint_free(par); flint_free(purev); flint_free(split); flint_free(uof); flint_free(uof2);
    flint_free(U); flint_free(U2);
    return st;
}

wk_status wk_xsff_bootstrap_spectrum(wk_xsff_boot_t B, const wk_xsff_info_t info,
                                     const wk_xsff_plateau_t pl, const wk_xsff_ratio_t rr,
                                     const wk_xsff_boot_opts_struct *opts)
{
    wk_xsff_info_t I2;
    wk_status st;
    slong a;
    if (pl->nsec != info->nsec || (rr != NULL && rr->nsec != info->nsec))
        return wk_error(WK_E_DIM, "plateau (%ld sectors) and sector information (%ld) do not match",
                        (long) pl->nsec, (long) info->nsec);
    wk_xsff_info_init(I2);
    wk_xsff_info_set(I2, info);
    for (a = 0; a < info->nsec; a++) I2->R[a] = pl->R[a];
    st = wk_xsff_bootstrap(B, I2, pl->P, pl->nsec, pl->nvec, pl->vec, pl->count,
                           rr ? rr->r : NULL, rr ? rr->err : NULL, opts);
    wk_xsff_info_clear(I2);
    return st;
}
